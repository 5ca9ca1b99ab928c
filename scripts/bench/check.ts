// `citynet check` on a 500-organisation review: the .xlsx written as `citynet export` writes it, then
// read (ExcelJS and the workbook's names) and checked by the core. Writes the file for the whole-command
// timing in bench.mjs (argument: its path). Prints JSON.
import { writeFileSync } from "fs";
import { performance } from "perf_hooks";
import { buildDataset } from "../../src/core/dataset";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { reviewReport } from "../../src/core/sheet/review-report";
import { RAW_DATASET } from "../../src/data";
import { readXlsx } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";

let seed = 5;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

async function median(runs: number, body: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await body(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await body();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

async function bench(): Promise<void> {
  const ds = buildDataset(RAW_DATASET);
  const e = buildEvaluation(ds, "Bergen", BUILT_IN_FRAMEWORKS[0]);
  const template = e.rows[0];
  for (let i = e.rows.length; i < 500; i++)
    e.rows.push({
      ...template,
      key: `candidate:o${i}`,
      name: `Organisation ${i}`,
      type: i % 5 === 0 ? "Candidate" : "Membership",
      scores: e.framework.criteria.map(() => (rand() < 0.15 ? null : 1 + Math.floor(rand() * 5))),
      notes: rand() < 0.3 ? "Ikke deltatt siden 2019; se referat 3/4-2020." : "",
    });
  const sheets = [{ name: "Bergen", description: evaluationSheet(e, "nb") }];
  const bytes = writeXlsx(sheets);
  if (process.argv[2]) writeFileSync(process.argv[2], bytes);
  const report = reviewReport(await readXlsx(bytes));
  if (report.matrices[0]?.rows.length !== 500 || report.problems.length > 0)
    throw new Error("the 500-row review did not read back whole");
  process.stdout.write(
    JSON.stringify([
      {
        label: "citynet export: sheet description and .xlsx of a 500-organisation review",
        ms: await median(9, () =>
          writeXlsx([{ name: "Bergen", description: evaluationSheet(e, "nb") }])
        ),
      },
      {
        label: `citynet check, in process: read and check a 500-organisation review (${Math.round(bytes.length / 1024)} KB)`,
        ms: await median(9, async () => reviewReport(await readXlsx(bytes))),
      },
    ])
  );
}

void bench();
