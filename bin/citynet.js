#!/usr/bin/env node
// The citynet command (src/cli), compiled by `npm run build:cli`, which `npm install` runs (prepare).
"use strict";
let cli;
try {
  cli = require("../build/cli/src/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("citynet is not built yet: run 'npm run build:cli' in the CityNet folder.\n");
    process.exit(2);
  }
  throw error;
}
// Output piped into a program that stops reading (`citynet check f.xlsx | head`) is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
