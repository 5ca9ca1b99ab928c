import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { addRaterEdit } from "../../src/core/sheet/add-rater";
import { columnsFor, evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { applySheetEdit } from "../../src/excel/apply-edit";
import { bundled } from "../helpers/dataset";
import {
  EXCEL_ON_THE_WEB,
  loadOfficeJs,
  workbookResponder,
  type RecordedRequest,
} from "../helpers/officejs";

// Adding a rater to a review in Excel, through Microsoft's own Office.js client: the columns are
// inserted in a request of their own (what follows is addressed after it), then the names before the
// formulas that use them, with this runtime's events off from the first request to the last.

const client = loadOfficeJs({ ExcelApi: "1.9" }, EXCEL_ON_THE_WEB);

const actions = (r: RecordedRequest) =>
  r.actions
    .filter((a) => a.ActionType === 3 || a.ActionType === 4)
    .map((a) => `${a.Name} ${r.pathOf(a)}`);

test("a rater added: insert, then names, then formulas; events off and on again", async () => {
  const e = buildEvaluation(bundled(), "Bergen", BUILT_IN_FRAMEWORKS[1], { raters: ["Anne"] });
  const snapshot = descriptionToSnapshot(evaluationSheet(e, "nb"), "Bergen");
  const { edit } = addRaterEdit(readMatrix(snapshot) as ReadMatrix, "Per");
  client.reset();
  client.respond(workbookResponder({ sheets: [snapshot] }));
  await client.Excel.run((context) => applySheetEdit(context, "Bergen", edit));
  expect(client.requests.length).toBeGreaterThanOrEqual(2);
  const first = actions(client.requests[0]);
  // Whole columns before the last table column (a hidden chart helper), 6 for Per: 3 scores, value,
  // recommendation, notes.
  const last = columnsFor(3, ["anne", "sources"], true).last;
  expect(first).toContain(
    `_KeepReference Worksheets.GetItem("Bergen").GetRangeByIndexes(0,${last},1,6).GetEntireColumn().Insert("Right")`
  );
  expect(first.some((a) => a.includes(".Names.Add("))).toBe(false);
  const rest = client.requests.slice(1).flatMap(actions);
  const lastName = rest.map((a) => a.includes(".Names.Add(")).lastIndexOf(true);
  const firstFormula = rest.findIndex((a) => /^(Formulas|FormulasR1C1) /.test(a));
  expect(lastName).toBeGreaterThanOrEqual(0);
  expect(lastName).toBeLessThan(firstFormula);
  const events = client.requests.flatMap(actions).filter((a) => a.startsWith("EnableEvents"));
  expect(events).toHaveLength(2);
  expect(Math.max(...client.requests.map((r) => r.bytes))).toBeLessThan(1_000_000);
  expect([...new Set(client.requirementChecks)].every((s) => /ExcelApi 1\.[1-9]$/.test(s))).toBe(
    true
  );
});
