import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { isDamaged, readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { ExcelHost } from "../../src/excel/excel-host";
import { bundled } from "../helpers/dataset";
import {
  EXCEL_ON_THE_WEB,
  loadOfficeJs,
  workbookResponder,
  type FakeWorkbook,
} from "../helpers/officejs";

// The pane's workbook host through Microsoft's Office.js client: what it loads before it reads, what it
// sends when it writes, and the requirement sets of what it uses.

const client = loadOfficeJs({ ExcelApi: "1.9" }, EXCEL_ON_THE_WEB);
const d = evaluationSheet(buildEvaluation(bundled(), "Bergen", BUILT_IN_FRAMEWORKS[1]), "en");
const bergen = descriptionToSnapshot(d, "Bergen");

function use(wb: FakeWorkbook): ExcelHost {
  client.reset();
  client.respond(workbookResponder(wb));
  (globalThis as unknown as { Excel: unknown }).Excel = client.Excel;
  return new ExcelHost();
}

afterAll(() => delete (globalThis as unknown as { Excel?: unknown }).Excel);

test("the selection is the active cell and its sheet, loaded in one round trip", async () => {
  const host = use({ sheets: [bergen], active: { sheet: "Bergen", row: 11, col: 7 } });
  expect(await host.selection()).toEqual({ sheet: "Bergen", row: 11, col: 7 });
  expect(client.requests).toHaveLength(1);
  const [r] = client.requests;
  const queries = r.actions
    .filter((a) => a.ActionType === 2)
    .map((a) => [r.pathOf(a), a.QueryInfo?.Select]);
  expect(queries).toEqual([
    ["GetActiveCell()", ["rowIndex", "columnIndex"]],
    ["GetActiveCell().Worksheet", ["name"]],
  ]);
});

test("readSheet: the snapshot the core reads, in two round trips", async () => {
  const host = use({ sheets: [bergen] });
  const s = await host.readSheet("Bergen");
  expect(client.requests).toHaveLength(2);
  expect(s.tables).toEqual(bergen.tables);
  const read = readMatrix(s) as ReadMatrix;
  expect(isDamaged(read)).toBe(false);
  expect(read.problems).toEqual([]);
  expect(read.evaluation.rows.map((r) => r.key)).toEqual(
    (readMatrix(bergen) as ReadMatrix).evaluation.rows.map((r) => r.key)
  );
});

test("writeCells: text with its text mark, a number as a number, events off and on in one request", async () => {
  const host = use({ sheets: [bergen] });
  await host.writeCells("Bergen", [
    { row: 11, col: 6, values: [[4, null]] },
    { row: 11, col: 14, values: [['=HYPERLINK("http://x.example")']] },
  ]);
  expect(client.requests).toHaveLength(1);
  const [r] = client.requests;
  const writes = r.actions
    .filter((a) => a.ActionType === 4)
    .map((a) => [a.Name, r.pathOf(a), a.ArgumentInfo?.Arguments]);
  expect(writes).toEqual([
    ["EnableEvents", "_Runtime", [false]],
    ["Values", 'Worksheets.GetItem("Bergen").GetRangeByIndexes(11,6,1,2)', [[[4, ""]]]],
    [
      "Values",
      'Worksheets.GetItem("Bergen").GetRangeByIndexes(11,14,1,1)',
      [[['\'=HYPERLINK("http://x.example")']]],
    ],
    ["EnableEvents", "_Runtime", [true]],
  ]);
});

test("everything the host uses is ExcelApi 1.9 or earlier, what the pane checks", async () => {
  const host = use({ sheets: [bergen], active: { sheet: "Bergen", row: 11, col: 7 } });
  await host.selection();
  await host.readSheet("Bergen");
  await host.writeCells("Bergen", [{ row: 11, col: 6, values: [[4]] }]);
  await host.select({ sheet: "Bergen", row: 11, col: 6 });
  await host.sheetNames();
  const sets = [...new Set(client.requirementChecks)].sort();
  // Worksheet.names 1.4, the runtime 1.5, the active cell 1.7, special cells 1.9 (the client does not
  // check Runtime.enableEvents' own 1.8 when it is set; the pane's 1.9 covers it).
  expect(sets).toEqual(["ExcelApi 1.4", "ExcelApi 1.5", "ExcelApi 1.7", "ExcelApi 1.9"]);
});

test("a review too large for one answer on the web is read in parts of about 1 MB, the same snapshot", async () => {
  const e = buildEvaluation(bundled(), "Bergen", BUILT_IN_FRAMEWORKS[1]);
  const template = e.rows[0];
  while (e.rows.length < 10000)
    e.rows.push({ ...template, key: `candidate:t${e.rows.length}`, name: `Org ${e.rows.length}` });
  e.rows = e.rows.map((r) => ({
    ...r,
    evidence: "Bystyret har vedtatt. ".repeat(25),
    sourceEvidence: undefined,
  }));
  const big = descriptionToSnapshot(evaluationSheet(e, "en"), "Bergen");
  const host = use({ sheets: [big] });
  const s = await host.readSheet("Bergen");
  // The whole used range at once is over 5 MB: Excel refuses it, and the host reads it in parts.
  expect(client.requests[0].refused).toBe("ResponsePayloadSizeLimitExceeded");
  const answered = client.requests.slice(1);
  expect(answered.filter((r) => r.refused)).toEqual([]);
  expect(answered.length).toBeGreaterThan(6);
  expect(Math.max(...answered.map((r) => r.responseBytes))).toBeLessThan(1_300_000);
  const read = readMatrix(s) as ReadMatrix;
  expect(read.evaluation.rows).toHaveLength(10000);
  expect(read.evaluation.rows.map((r) => r.evidence)).toEqual(e.rows.map((r) => r.evidence));
  expect(s.values).toEqual(big.values.map((line) => line.map((v) => v ?? "")));
}, 30_000);
