/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  reporters: ["default", "<rootDir>/tests/setup/summary-reporter.js"],
  setupFiles: ["<rootDir>/tests/setup/custom-functions-shim.ts"],
  moduleNameMapper: {
    // office-addin-manifest's index pulls an ES-only dependency that Jest 30 on Node 20 cannot require;
    // office-addin-mock only needs the OfficeApp enum from this file.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
