import { readFileSync } from "fs";
import { join } from "path";
import { buildEvaluation, evaluateRow, teamRowResult } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { a1 } from "../../src/core/sheet/address";
import { addRaterEdit } from "../../src/core/sheet/add-rater";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { MATRIX_VERSION } from "../../src/core/sheet/matrix-names";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { PageWorkbook } from "../../src/preview/page-workbook";
import { readXlsx } from "../../src/xlsx/read";
import { bundled } from "../helpers/dataset";
import { applyEditTo, EditableSheet } from "../helpers/sheet-edits";

// A rater added to a review already in use: columns inserted inside the table, the team's formulas
// counting the newcomer, nobody's cells written over; a review with one set of scores becomes a team
// review whose first rater owns those scores.

const ds = bundled();
const bergen = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;
const read = (s: EditableSheet) => readMatrix(s.snapshot()) as ReadMatrix;

test("a third rater joins a team review: their columns, the others' scores untouched", () => {
  const e = buildEvaluation(ds, "Bergen", bergen, { raters: ["Anne", "Per"] });
  e.rows.forEach((row, i) => {
    row.ratings!.anne.scores = [1 + (i % 5), 3, null];
    row.ratings!.per.scores = [2, 2, 2];
  });
  const sheet = new EditableSheet(descriptionToSnapshot(evaluationSheet(e, "nb"), "Bergen"));
  const before = read(sheet);
  const { edit, raterId } = addRaterEdit(before, "Kari Ødegård");
  expect(raterId).toBe("kari_odegard");
  applyEditTo(sheet, edit);
  const after = read(sheet);
  expect(after.problems).toEqual([]);
  expect(after.evaluation.team!.raters.map((r) => r.name)).toEqual([
    "Anne",
    "Per",
    "Kari Ødegård",
    "Bergen kommune, c. 2020–2021",
  ]);
  after.evaluation.rows.forEach((row, i) => {
    expect(row.ratings!.anne.scores).toEqual(before.evaluation.rows[i].ratings!.anne.scores);
    expect(row.ratings!.kari_odegard.scores).toEqual([null, null, null]);
  });
  // The aggregate formulas count Kari: her score in the first row changes the median.
  const kari = after.layout.team!.raters[2];
  const row0 = after.evaluation.rows[0].sheetRow;
  const aggregate = String(sheet.values[row0][after.layout.scoreColumns[0]!]);
  const [anne, per] = after.layout.team!.raters.map((r) => a1(row0, r.scores[0]!));
  const k = a1(row0, kari.scores[0]!);
  expect(aggregate).toBe(`=IF(COUNT(${anne},${per},${k})=0,"",MEDIAN(${anne},${per},${k}))`);
  expect(String(sheet.get("A8"))).toBe("Organisasjon");
  expect(sheet.tables[0].range.cols).toBe(before.layout.table!.range.cols + 6);
});

test("a review with one set of scores becomes a team review: the scores are the first rater's", () => {
  const e = buildEvaluation(ds, "Bergen", bergen);
  const sheet = new EditableSheet(descriptionToSnapshot(evaluationSheet(e, "en"), "Bergen"));
  const before = read(sheet);
  applyEditTo(sheet, addRaterEdit(before, "Per", "Anne").edit);
  const after = read(sheet);
  expect(after.problems).toEqual([]);
  expect(after.version).toBe(MATRIX_VERSION);
  expect(after.evaluation.team!.raters.map((r) => r.name)).toEqual(["Anne", "Per"]);
  after.evaluation.rows.forEach((row, i) => {
    expect(row.ratings!.anne.scores).toEqual(before.evaluation.rows[i].scores);
    expect(row.scores).toEqual(before.evaluation.rows[i].scores); // the median of Anne's alone
  });
});

test("the preview workbook calculates the edited sheet as the core does", async () => {
  const wb = new PageWorkbook();
  const e = buildEvaluation(ds, "Bergen", bergen);
  const name = await wb.createSheet(evaluationSheet(e, "en"));
  const before = readMatrix(await wb.readSheet(name)) as ReadMatrix;
  await wb.applyEdit(name, addRaterEdit(before, "Per", "Anne").edit);
  let after = readMatrix(await wb.readSheet(name)) as ReadMatrix;
  const per = after.layout.team!.raters.find((r) => r.id === "per")!;
  const ubc = after.evaluation.rows.find((r) => r.key === "ubc")!;
  await wb.writeCells(name, [{ row: ubc.sheetRow, col: per.scores[0]!, values: [[5, 5, 5]] }]);
  after = readMatrix(await wb.readSheet(name)) as ReadMatrix;
  expect(after.problems).toEqual([]);
  for (const row of after.evaluation.rows) {
    const core = evaluateRow(after.evaluation, row);
    const team = teamRowResult(after.evaluation, row)!;
    expect({
      row: row.name,
      value: wb.value(name, row.sheetRow, after.layout.columns.value!),
    }).toEqual({
      row: row.name,
      value: core.value ?? "",
    });
    expect(wb.value(name, row.sheetRow, after.layout.team!.disputed!)).toBe(
      team.disputed ? "Yes" : ""
    );
  }
  const row = after.evaluation.rows.find((r) => r.key === "ubc")!;
  expect(row.scores).toEqual([3, 3.5, 3.5]); // Anne 1, 2, 2 and Per 5, 5, 5
});

describe("a review written before raters existed is migrated when a rater is added", () => {
  // Format 2 (tests/fixtures/matrix-v2: written by citynet export of commit 11ff746^, then typed in
  // LibreOffice) and format 1 (CityNet 0.1): whatever was typed becomes the first rater's.
  const fixture = async (path: string) =>
    (await readXlsx(new Uint8Array(readFileSync(join(__dirname, "../fixtures", path)))))[0];

  test.each([
    ["matrix-v2/bergen-nb.xlsx", 2],
    ["matrix-v1/bergen-nb.xlsx", 1],
  ])("%s (format %d)", async (path, version) => {
    const sheet = new EditableSheet(await fixture(path));
    const before = read(sheet);
    expect(before.version).toBe(version);
    expect(before.problems).toEqual([]);
    applyEditTo(sheet, addRaterEdit(before, "Per", "Anne").edit);
    const after = read(sheet);
    expect(after.problems).toEqual([]);
    expect(after.version).toBe(MATRIX_VERSION);
    expect(after.evaluation.team!.raters.map((r) => r.name)).toEqual(["Anne", "Per"]);
    expect(after.evaluation.rows.map((r) => r.key)).toEqual(
      before.evaluation.rows.map((r) => r.key)
    );
    after.evaluation.rows.forEach((row, i) => {
      const was = before.evaluation.rows[i];
      expect(row.ratings!.anne.scores).toEqual(was.scores);
      expect(row.notes ?? "").toBe(was.notes ?? ""); // the row's notes stay the row's
      expect(row.ratings!.anne.notes ?? "").toBe("");
      expect(row.ratings!.per.scores).toEqual([null, null, null]);
      expect(row.scores).toEqual(was.scores);
    });
    if (version === 2) {
      // What was typed in LibreOffice: a score changed, a score cleared, a note, who is responsible.
      const ubc = after.evaluation.rows.find((r) => r.key === "ubc")!;
      expect(ubc.ratings!.anne.scores).toEqual([3, 2, 2]);
      expect(ubc.notes).toBe("Viktig for Østersjøsamarbeidet; se sak 45/2025");
      const eurocities = after.evaluation.rows.find((r) => r.key === "eurocities")!;
      expect(eurocities.ratings!.anne.scores).toEqual([4, null, 5]);
      expect(eurocities.responsible).toBe("Byrådsavdeling for finans");
    }
  });
});
