// Used by `npm run lint` (office-addin-lint): the Office add-in rules (with typescript-eslint and prettier), plus ours.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", ".bench-build/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      // TypeScript checks names and redeclarations itself (overloads are not redeclarations).
      "no-undef": "off",
      "no-redeclare": "off",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build DOM with textContent (src/taskpane/dom.ts): no innerHTML with data." },
        { property: "outerHTML", message: "Build DOM with textContent (src/taskpane/dom.ts)." },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
