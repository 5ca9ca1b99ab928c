import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { a1 } from "../../src/core/sheet/address";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToGrid } from "../../src/core/sheet/grid";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { bundled } from "../helpers/dataset";

const ds = bundled();
const bergenFw = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;

function sheetGrid(lang: "en" | "nb" | "sv" = "nb") {
  const e = buildEvaluation(ds, "Bergen", bergenFw, { candidates: ["Nordic Cities Alliance"] });
  return { e, grid: descriptionToGrid(evaluationSheet(e, lang)) as unknown[][] };
}
const ok = (r: ReturnType<typeof readMatrix>): ReadMatrix => {
  if ("error" in r) throw new Error(r.error);
  return r;
};

test("a matrix reads back as the evaluation it was made from, in any sheet language", () => {
  for (const lang of ["en", "nb", "sv"] as const) {
    const { e, grid } = sheetGrid(lang);
    const back = ok(readMatrix(grid, "Bergen"));
    expect(back.issues).toEqual([]);
    expect(back.lang).toBe(lang);
    expect(back.evaluation.city).toEqual({ id: "bergen", name: "Bergen" });
    expect(back.evaluation.weights).toEqual([1, 1, 1]);
    expect(back.evaluation.thresholds).toEqual(bergenFw.thresholds);
    expect(back.evaluation.rows).toEqual(
      e.rows.map((r) => ({ ...r, evidence: r.evidence, notes: "" }))
    );
  }
});

test("what a user typed is read: scores, weights, thresholds, notes", () => {
  const { grid } = sheetGrid();
  const cols = columnsFor(3);
  const ubc = grid.findIndex((row) => row[LAYOUT.col.key] === "ubc");
  grid[ubc][cols.criteria[2]] = 1;
  grid[ubc][cols.notes] = "Ikke deltatt siden 2015";
  grid[LAYOUT.weightRow][cols.criteria[0]] = 2;
  grid[LAYOUT.weightRow + 2][cols.legend + 1] = 2.5;
  const back = ok(readMatrix(grid, "Bergen"));
  const row = back.evaluation.rows.find((r) => r.key === "ubc")!;
  expect(row.scores).toEqual([1, 2, 1]);
  expect(row.notes).toBe("Ikke deltatt siden 2015");
  expect(back.evaluation.weights).toEqual([2, 1, 1]);
  expect(back.evaluation.thresholds.continue).toBe(2.5);
  const candidate = back.evaluation.rows.find((r) => r.name === "Nordic Cities Alliance")!;
  expect(candidate).toMatchObject({
    type: "Candidate",
    status: "Candidate",
    key: "candidate:nordiccitiesalliance",
  });
});

test("text in a score cell is reported with its cell and left out of the scores", () => {
  const { grid } = sheetGrid();
  const cols = columnsFor(3);
  const r = LAYOUT.firstDataRow + 2;
  grid[r][cols.criteria[1]] = "fire";
  const back = ok(readMatrix(grid, "Bergen", "nb"));
  expect(back.issues).toEqual([
    {
      cell: a1(r, cols.criteria[1]),
      message: `${String(grid[r][0])}: «fire» er ikke et poeng for Læringsutbytte. Skriv et helt tall fra 1 til 5, eller tøm cellen.`,
    },
  ]);
  expect(back.evaluation.rows[2].scores[1]).toBeNull();
});

test("a deleted column is reported and no row is guessed", () => {
  const { grid } = sheetGrid("en");
  const cols = columnsFor(3);
  for (const row of grid) row.splice(cols.criteria[1], 1); // the user deleted the Learning outcome column
  const back = ok(readMatrix(grid, "Bergen"));
  expect(back.evaluation.rows).toEqual([]);
  expect(back.issues[0]).toEqual({
    cell: a1(LAYOUT.headerRow, cols.criteria[1]),
    message:
      "Column 'Learning outcome' is missing or moved (H8 holds 'Influence'). Undo the change, or create the matrix again.",
  });
});

test("a sheet that is not a matrix, or whose description is damaged, says so", () => {
  expect(readMatrix([["Budget 2024"]], "Budget")).toEqual({
    error: "'Budget' is not a CityNet matrix: its hidden row 3 does not hold CityNet's marker.",
  });
  const { grid } = sheetGrid();
  grid[LAYOUT.metaRow][1] = "{broken";
  expect(readMatrix(grid, "Bergen")).toEqual({
    error:
      "'Bergen' has a damaged CityNet description in cell B3; create the matrix again from the task pane.",
  });
});

test("problems are reported in the reader's language", () => {
  const { grid } = sheetGrid("en");
  const cols = columnsFor(3);
  grid[LAYOUT.firstDataRow][cols.criteria[0]] = "x";
  const sv = ok(readMatrix(grid, "Bergen", "sv"));
  expect(sv.issues[0].message).toBe(
    `${String(grid[LAYOUT.firstDataRow][0])}: ”x” är inte en poäng för Deltagande. Skriv ett heltal från 1 till 5, eller töm cellen.`
  );
  expect(readMatrix([["Budget"]], "Budget", "nb")).toEqual({
    error: "«Budget» er ikke en CityNet-matrise: den skjulte rad 3 har ikke CityNets merke.",
  });
});
