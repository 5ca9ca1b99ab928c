import { readFileSync } from "fs";
import { join } from "path";
import { buildEvaluation } from "../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../src/core/scoring/frameworks";
import { evaluationSheet } from "../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../src/core/sheet/grid";
import { reviewReport } from "../src/core/sheet/review-report";
import { bundled } from "./helpers/dataset";
import { EditableSheet } from "./helpers/sheet-edits";

// The README's examples must stay true.

const readme = readFileSync(join(__dirname, "../README.md"), "utf8");

test("the functions table is one table: every function a row of it, no blank line between", () => {
  const lines = readme.split("\n");
  const start = lines.indexOf("| Function | Returns | Example → result |");
  expect(start).toBeGreaterThan(0);
  let end = start;
  while (lines[end + 1]?.startsWith("|")) end++;
  const names = lines.slice(start + 2, end + 1).map((l) => /^\| `([A-Z_]+)\(/.exec(l)?.[1]);
  const metadata = JSON.parse(
    readFileSync(join(__dirname, "../src/functions/locales/nb-NO.json"), "utf8")
  ) as Record<string, unknown>;
  expect(names).toEqual(Object.keys(metadata).filter((k) => !k.startsWith("$")));
});

test("the Node.js version the README states is package.json's engines", () => {
  const engines = (
    JSON.parse(readFileSync(join(__dirname, "../package.json"), "utf8")) as {
      engines: { node: string };
    }
  ).engines.node;
  expect(engines).toBe("^22.13.0 || ^24.0.0");
  expect(readme).toContain("You need **Node.js 22 (22.13 or newer) or 24**, and npm.");
});

test("the citynet check --json example is what check prints for Bergen's review with 'fire' in H12", () => {
  const block = /`citynet check --json` prints one JSON object:\s*```json\n([\s\S]*?)```/.exec(
    readme
  );
  expect(block).not.toBeNull();
  const example = JSON.parse(block![1].replace(/"[^"]*…"/g, '"…"'));
  const bergen = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;
  const sheet = new EditableSheet(
    descriptionToSnapshot(evaluationSheet(buildEvaluation(bundled(), "Bergen", bergen), "nb"))
  ).set("H12", "fire");
  const report = reviewReport([sheet.snapshot()]);
  const { rows, ...matrix } = report.matrices[0];
  const { rows: exampleRows, ...exampleMatrix } = example.matrices[0];
  expect(matrix).toEqual(exampleMatrix);
  expect(exampleRows).toEqual([rows.find((r) => r.key === "ubc")]);
  expect(report.problems).toHaveLength(1);
  expect(report.problems[0]).toMatchObject({ ...example.problems[0], message: expect.any(String) });
  expect(report.problems[0].message).toMatch(/^'fire' is text, not a score for /);
  expect(report.problemsOmitted).toBe(example.problemsOmitted);
});
