// Request sizes through Microsoft's own Office.js client (officejs-client.ts): a matrix of 50, 500, 2,000
// and 10,000 organisations rendered into a new sheet, every request's bytes as the client serialises
// it; and what NETWORK_SCORE reads of a 2,000-row review against what the pane reads of it. Prints JSON.
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { evaluationOfSize } from "./synthetic";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { buildDataset } from "../../src/core/dataset";
import { RAW_DATASET } from "../../src/data";
import { readSheets } from "../../src/excel/read-sheets";
import { renderSheet } from "../../src/excel/render";
import { readWorkbookEvaluations } from "../../src/excel/workbook-evaluations";
import { EXCEL_ON_THE_WEB, loadOfficeJs } from "./officejs-client";
import { workbookResponder } from "./officejs-workbook";

const ds = buildDataset(RAW_DATASET);
const framework = BUILT_IN_FRAMEWORKS[0];

/** The Bergen review as a matrix of `count` rows. */
const evaluation = (count: number) =>
  evaluationOfSize(buildEvaluation(ds, "Bergen", framework), count);

async function main(): Promise<void> {
  // Excel on the web's 5 MB limits: what passes them fails here as it would there.
  const client = loadOfficeJs({ ExcelApi: "1.9" }, EXCEL_ON_THE_WEB);
  const results: { label: string; value: number; unit: string; target?: number }[] = [];
  for (const rows of [50, 500, 2000, 10000]) {
    client.reset();
    client.respond(workbookResponder({ sheets: [] }));
    const d = evaluationSheet(evaluation(rows), "en");
    await client.Excel.run((context) => renderSheet(context, d));
    if (client.requests.some((r) => r.refused))
      throw new Error(`${rows} rows: a request was refused`);
    const bytes = client.requests.map((r) => r.bytes);
    const total = bytes.reduce((a, b) => a + b, 0);
    results.push({
      label: `new matrix sheet, ${rows} rows: largest request (${bytes.length} syncs, ${(total / 1024).toFixed(0)} KB in all)`,
      value: Math.max(...bytes) / 1024,
      unit: "KB",
      target: 1000,
    });
  }

  // Reviews in the workbook: what the functions read of one, against what the pane reads.
  for (const rows of [2000, 10000]) {
    const sheet = descriptionToSnapshot(evaluationSheet(evaluation(rows), "en"), "Bergen");
    // Excel answers formulas' results: a number will do.
    sheet.values = sheet.values.map((line, r) =>
      line.map((v, c) => (sheet.formulas?.[r]?.[c] === true ? 3.5 : v))
    );
    client.reset();
    client.respond(workbookResponder({ sheets: [sheet] }));
    await client.Excel.run((context) => readWorkbookEvaluations(context));
    const functions = client.requests.filter((r) => !r.refused).map((r) => r.responseBytes);
    client.reset();
    await client.Excel.run((context) =>
      readSheets(context, [context.workbook.worksheets.getItem("Bergen")])
    );
    const pane = client.requests.filter((r) => !r.refused).map((r) => r.responseBytes);
    const refused = client.requests.length - pane.length;
    results.push({
      label: `NETWORK_SCORE's read of a ${rows}-row review: largest answer (${functions.length} syncs)`,
      value: Math.max(...functions) / 1024,
      unit: "KB",
      target: 5 * 1024,
    });
    results.push({
      label: `the pane's read of a ${rows}-row review: largest answer (${pane.length} syncs${refused ? `, after ${refused} refused at 5 MB` : ""})`,
      value: Math.max(...pane) / 1024,
      unit: "KB",
      target: 5 * 1024,
    });
  }
  console.log(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
