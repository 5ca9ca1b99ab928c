// A 500-organisation review with costs: `citynet export` (the whole workbook: summary, matrix, sources
// and data sheets, every formula's cached value calculated), `citynet check` (read with ExcelJS and the
// workbook's names, checked by the core) and `citynet report` (the council report drafted and written
// as .docx). Writes the file for the whole-command timing in bench.mjs (argument: its path). Prints
// JSON.
import { writeFileSync } from "fs";
import { performance } from "perf_hooks";
import { buildDataset } from "../../src/core/dataset";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { councilReport } from "../../src/core/report/council-report";
import { isDamaged, readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { reviewWorkbook } from "../../src/core/sheet/review-workbook";
import { dataSheet } from "../../src/core/team-data/data-sheet";
import { reportDocx } from "../../src/report/docx";
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
      costs: {
        fee: rand() < 0.3 ? null : Math.round(rand() * 100000),
        currency: rand() < 0.7 ? null : "EUR",
        staffDays: rand() < 0.3 ? null : Math.round(rand() * 40),
        trips: rand() < 0.3 ? null : Math.floor(rand() * 6),
      },
    });
  e.costs!.rates.EUR = 11.5;
  const workbook = () => reviewWorkbook(ds, e, "nb", [dataSheet("nb")]).sheets;
  const bytes = writeXlsx(workbook());
  if (process.argv[2]) writeFileSync(process.argv[2], bytes);
  const report = reviewReport(await readXlsx(bytes));
  if (report.matrices[0]?.rows.length !== 500 || report.problems.length > 0)
    throw new Error("the 500-row review did not read back whole");
  const read = (await readXlsx(bytes))
    .map((s) => readMatrix(s))
    .find((m) => m && !isDamaged(m)) as ReadMatrix;
  const docx = await reportDocx(
    councilReport(
      ds,
      { sheet: "Bergen", evaluation: read.evaluation, date: "22. november 2026" },
      "nb"
    )
  );
  process.stdout.write(
    JSON.stringify([
      {
        label: `citynet export: the whole .xlsx of a 500-organisation review with costs (summary, matrix, sources, data; every formula's value cached; ${Math.round(bytes.length / 1024)} KB)`,
        ms: await median(9, () => writeXlsx(workbook())),
      },
      {
        label: `citynet report: the council report of a 500-organisation review drafted and written as .docx (${Math.round(docx.length / 1024)} KB)`,
        ms: await median(9, async () =>
          reportDocx(
            councilReport(
              ds,
              { sheet: "Bergen", evaluation: read.evaluation, date: "22. november 2026" },
              "nb"
            )
          )
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
