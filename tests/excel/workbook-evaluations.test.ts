import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { columnName } from "../../src/core/sheet/matrix-names";
import { isDamaged, readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import type { SheetSnapshot } from "../../src/core/sheet/snapshot";
import { readSheets } from "../../src/excel/read-sheets";
import { readWorkbookEvaluations } from "../../src/excel/workbook-evaluations";
import { bundled } from "../helpers/dataset";
import { loadOfficeJs, workbookResponder, type FakeWorkbook } from "../helpers/officejs";
import { EditableSheet } from "../helpers/sheet-edits";

// What NETWORK_SCORE and NETWORK_VERDICT read of the workbook, through Microsoft's Office.js client
// against a workbook of snapshots: three round trips, only the columns an answer needs, the same
// answers and problems as reading the whole sheet.

const client = loadOfficeJs();
const ds = bundled();
const bergen = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;

/** A Bergen matrix with UBC scored 4, 4, 4 and `rows` organisations, each with long evidence. */
function matrix(rows = 0, name = "Bergen"): EditableSheet {
  const e = buildEvaluation(ds, "Bergen", bergen);
  const template = e.rows[0];
  while (e.rows.length < rows)
    e.rows.push({ ...template, key: `candidate:t${e.rows.length}`, name: `Org ${e.rows.length}` });
  e.rows = e.rows.map((r) => ({
    ...r,
    evidence: `«${"Bystyret har vedtatt. ".repeat(40)}»`,
    sourceEvidence: undefined,
  }));
  const sheet = new EditableSheet(descriptionToSnapshot(evaluationSheet(e, "nb"), name));
  // Excel gives formulas' results, not their text: a number will do for reading.
  sheet.values.forEach((line, r) =>
    line.forEach((_, c) => {
      if (sheet.formulas[r][c] === true) line[c] = 3.5;
    })
  );
  const ubc = sheet.values.findIndex((r) => r.includes("ubc")) + 1;
  sheet.set(`G${ubc}`, 4).set(`H${ubc}`, 4).set(`I${ubc}`, 4);
  return sheet;
}

const budget: SheetSnapshot = {
  name: "Budget",
  values: [
    ["Budget", 2026],
    ["Travel", 120000],
  ],
  names: [],
  tables: [],
};

async function read(wb: FakeWorkbook) {
  client.reset();
  client.respond(workbookResponder(wb));
  return client.Excel.run((context) => readWorkbookEvaluations(context));
}

/** Columns each request reads values of (GetRangeByIndexes queried for values). */
function columnsRead(): number[] {
  return client.requests.flatMap((r) =>
    r.actions
      .filter((a) => a.ActionType === 2 && a.QueryInfo?.Select?.includes("values"))
      .flatMap((a) => {
        const step = r.stepsOf(a).at(-1)!;
        if (step.name !== "GetRangeByIndexes") return [-1]; // a used range: the whole sheet
        const [row, col, rows, cols] = step.args as number[];
        return row === LAYOUT.headerRow || rows === 1
          ? []
          : Array.from({ length: cols }, (_, i) => col + i);
      })
  );
}

test("three round trips; the answers and problems of a whole read; no evidence or notes read", async () => {
  const sheet = matrix();
  const found = (await read({ sheets: [budget, sheet.snapshot()] })) as ReadMatrix[];
  expect(client.requests).toHaveLength(3);
  const whole = readMatrix(sheet.snapshot()) as ReadMatrix;
  expect(found).toHaveLength(1);
  const [m] = found;
  expect(isDamaged(m)).toBe(false);
  expect(m.sheet).toBe("Bergen");
  expect(m.evaluation.weights).toEqual(whole.evaluation.weights);
  expect(m.evaluation.thresholds).toEqual(whole.evaluation.thresholds);
  expect(
    m.evaluation.rows.map((r) => [r.key, r.name, r.type, r.status, r.since, r.scores, r.sheetRow])
  ).toEqual(
    whole.evaluation.rows.map((r) => [
      r.key,
      r.name,
      r.type,
      r.status,
      r.since,
      r.scores,
      r.sheetRow,
    ])
  );
  expect(m.evaluation.rows.find((r) => r.key === "ubc")!.scores).toEqual([4, 4, 4]);
  expect(m.problems).toEqual(whole.problems);
  const cols = columnsFor(3);
  const asked = columnsRead();
  expect(asked).not.toContain(-1);
  expect(asked).toEqual(
    expect.arrayContaining([
      0,
      1,
      2,
      3,
      ...cols.criteria,
      cols.value,
      cols.coverage,
      cols.recommendation,
    ])
  );
  expect(asked).not.toContain(cols.evidence);
  expect(asked).not.toContain(cols.notes);
});

test("a value typed over a formula is still found: the formula cells are asked, as areas", async () => {
  const sheet = matrix();
  const ubc = sheet.values.findIndex((r) => r.includes("ubc"));
  const cols = columnsFor(3);
  sheet.values[ubc][cols.value] = 5;
  sheet.formulas[ubc][cols.value] = false;
  const [m] = (await read({ sheets: [sheet.snapshot()] })) as ReadMatrix[];
  expect(m.problems.map((p) => p.cell)).toEqual([
    `${String.fromCharCode(65 + cols.value)}${ubc + 1}`,
  ]);
  expect(m.problems).toEqual((readMatrix(sheet.snapshot()) as ReadMatrix).problems);
});

test("a large review: the function's reads stay far below what the pane's whole read brings back", async () => {
  const sheet = matrix(2000);
  const found = (await read({ sheets: [sheet.snapshot()] })) as ReadMatrix[];
  expect(found[0].evaluation.rows).toHaveLength(2000);
  // Summed over the round trips: the pane's read may be split to keep each response under the budget.
  const total = () => client.requests.reduce((sum, r) => sum + r.responseBytes, 0);
  const functionResponse = total();
  client.reset();
  await client.Excel.run((context) =>
    readSheets(context, [context.workbook.worksheets.getItem("Bergen")])
  );
  const paneResponse = total();
  // The evidence (about 900 characters a row here) is what the pane shows and the functions skip.
  expect(paneResponse).toBeGreaterThan(1_800_000);
  expect(functionResponse).toBeLessThan(paneResponse / 5);
});

test("a matrix with a column name deleted by hand is read whole: nothing read by position is missed", async () => {
  const sheet = matrix();
  const snapshot = sheet.snapshot();
  const gone = columnName("score_learning");
  const damaged = { ...snapshot, names: snapshot.names.filter((n) => n.name !== gone) };
  const found = (await read({ sheets: [damaged] })) as ReadMatrix[];
  // The heading finds the column; the light read did not have it, so the sheet was read whole.
  expect(client.requests.length).toBeGreaterThan(3);
  expect(columnsRead()).toContain(-1);
  expect(found[0].evaluation.rows.find((r) => r.key === "ubc")!.scores).toEqual([4, 4, 4]);
});

test("damaged matrices are returned as damaged, so a function can name them; other sheets are not read", async () => {
  const sheet = matrix();
  sheet.set("B3", "{edited by hand");
  const found = await read({ sheets: [budget, sheet.snapshot()] });
  expect(found).toHaveLength(1);
  expect(isDamaged(found[0])).toBe(true);
  expect(found[0].problems[0].cell).toBe("B3");
  // Budget: its names and used range are asked, never its values.
  const budgetValues = client.requests.flatMap((r) =>
    r.actions.filter(
      (a) => a.QueryInfo?.Select?.includes("values") && r.pathOf(a).includes("{Budget}")
    )
  );
  expect(budgetValues).toEqual([]);
});

test("no matrices: two round trips and nothing else", async () => {
  expect(await read({ sheets: [budget] })).toEqual([]);
  expect(client.requests).toHaveLength(2);
});

test("matrices whose answer would pass what Excel sends at once are read in parts, the same answers", async () => {
  const small = loadOfficeJs({ ExcelApi: "1.9" }, { response: 40_000 });
  const sheet = matrix(600);
  small.respond(workbookResponder({ sheets: [budget, sheet.snapshot()] }));
  const found = (await small.Excel.run((context) =>
    readWorkbookEvaluations(context)
  )) as ReadMatrix[];
  expect(small.requests.filter((r) => r.refused).length).toBeGreaterThan(1);
  expect(
    Math.max(...small.requests.filter((r) => !r.refused).map((r) => r.responseBytes))
  ).toBeLessThanOrEqual(40_000);
  const whole = readMatrix(sheet.snapshot()) as ReadMatrix;
  expect(found[0].evaluation.rows.map((r) => r.scores)).toEqual(
    whole.evaluation.rows.map((r) => r.scores)
  );
  expect(found[0].problems).toEqual(whole.problems);
});
