import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { networkMatrix } from "../../src/core/scoring/score-queries";
import { a1, columnLetter } from "../../src/core/sheet/address";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToGrid, descriptionToSnapshot } from "../../src/core/sheet/grid";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { valueMatrixSheet } from "../../src/core/sheet/value-matrix-sheet";
import { renderSheet } from "../../src/excel/render";
import { bundled } from "../helpers/dataset";
import { mockExcel } from "../helpers/excel-mock";

const ds = bundled();

test("organisations × cities: values where scored, the status (in the sheet's language) where not", () => {
  const d = valueMatrixSheet(ds, ["Bergen", "Stockholm", "Oslo"], BUILT_IN_FRAMEWORKS[0], "nb", [
    "EUROCITIES",
    "UBC",
    "C40",
  ]);
  const grid = descriptionToGrid(d);
  expect(grid[3]).toEqual(["Organisasjon", "Bergen", "Stockholm", "Oslo"]);
  expect(grid[4]).toEqual(["EUROCITIES", 4, 13 / 3, "Medlem"]);
  expect(grid[5]).toEqual(["Union of the Baltic Cities", 5 / 3, "", ""]);
  // Stockholm on C40: participation 3, learning 3, fit 4; Oslo has no scored words on C40.
  expect(grid[6]).toEqual(["C40 Cities Climate Leadership Group", "", 10 / 3, "Medlem"]);
  expect(d.colorScales[0].range).toEqual({ row: 4, col: 1, rows: 3, cols: 3 });
  expect(d.table).toMatchObject({
    name: "CityNet_values_Bergen_Stockholm_Oslo",
    range: { row: 3, col: 0, rows: 4, cols: 4 },
  });
});

test("it renders into Excel in two round trips", async () => {
  const { context, recorded } = mockExcel(["Nettverkenes verdi per by"]);
  const result = await renderSheet(
    context,
    valueMatrixSheet(ds, ["Bergen", "Stockholm"], BUILT_IN_FRAMEWORKS[0], "nb")
  );
  expect(result.sheetName).toBe("Nettverkenes verdi per by (2)");
  expect(recorded.syncs).toBe(2);
});

describe("the team's scores reach the value matrix and NETWORK_MATRIX", () => {
  const bergen = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;
  /** Bergen's review in the workbook, UBC scored 5, 5, 5 by the team. */
  const workbook = () => {
    const e = buildEvaluation(ds, "Bergen", bergen);
    e.rows.find((r) => r.key === "ubc")!.scores = [5, 5, 5];
    const description = evaluationSheet(e, "nb");
    return {
      description,
      read: readMatrix(descriptionToSnapshot(description, "Bergen")) as ReadMatrix,
    };
  };

  test("NETWORK_MATRIX: the city's matrix where the workbook has one, the sources elsewhere; origin says which", () => {
    const { read } = workbook();
    const ask = (measure: string) =>
      networkMatrix(ds, [["Bergen, Stockholm"]], [["UBC"], ["EUROCITIES"]], measure, undefined, [
        read,
      ]);
    expect(ask("value")).toEqual([
      ["", "Bergen", "Stockholm"],
      ["Union of the Baltic Cities", 5, ""],
      ["EUROCITIES", 4, 4.25],
    ]);
    const ubc = read.evaluation.rows.find((r) => r.key === "ubc")!.sheetRow;
    const eurocities = read.evaluation.rows.find((r) => r.key === "eurocities")!.sheetRow;
    const value = read.layout.columns.value!;
    expect(ask("origin")).toEqual([
      ["", "Bergen", "Stockholm"],
      ["Union of the Baltic Cities", `'Bergen'!${a1(ubc, value)}`, ""],
      ["EUROCITIES", `'Bergen'!${a1(eurocities, value)}`, "sources"],
    ]);
    // Without the workbook: the sources' 1.67 the issue reported.
    expect(networkMatrix(ds, [["Bergen"]], [["UBC"]], "value")[1][1]).toBeCloseTo(5 / 3, 12);
  });

  test("a damaged matrix that may be the city's is named, never passed over for the sources", () => {
    const { description } = workbook();
    const s = descriptionToSnapshot(description, "Bergen");
    const values = s.values.map((line) => [...line]);
    const settings = read0(s).layout.settingsCell;
    values[settings.row][settings.col] = "{broken";
    const damaged = readMatrix({ ...s, values })!;
    expect(() => networkMatrix(ds, [["Bergen"]], [["UBC"]], "value", undefined, [damaged])).toThrow(
      /^Bergen!B3: .*It may hold Bergen's scores, so the sources' are not used until it is repaired\.$/
    );
  });

  test("the value matrix sheet: live lookups into the city's matrix, the sources marked", () => {
    const { read } = workbook();
    const d = valueMatrixSheet(
      ds,
      ["Bergen", "Stockholm"],
      undefined,
      "nb",
      ["UBC", "EUROCITIES"],
      [read]
    );
    const grid = descriptionToGrid(d);
    expect(grid[2]).toEqual([
      "",
      "Arket «Bergen» (Bergen-gjennomgangen)",
      "Kildene (Stockholm-strategien)",
    ]);
    const value = columnLetter(read.layout.columns.value!);
    const key = columnLetter(read.layout.columns.key!);
    expect(grid[4][1]).toBe(
      `=IF(ISNA(MATCH("ubc",'Bergen'!$${key}:$${key},0)),"ikke i matrisen",INDEX('Bergen'!$${value}:$${value},MATCH("ubc",'Bergen'!$${key}:$${key},0)))`
    );
    expect(grid[4][2]).toBe(""); // Stockholm is not in UBC
    expect(grid[5][2]).toBe(4.25);
    const style = (row: number, col: number) =>
      d.blocks.find(
        (b) => b.row === row && b.col <= col && col < b.col + b.cells[0].length && b.row >= 4
      )!.style;
    expect(style(5, 2)).toMatchObject({ italic: true });
    expect(style(5, 1)?.italic).toBeUndefined();
  });
});

const read0 = (s: Parameters<typeof readMatrix>[0]) => readMatrix(s) as ReadMatrix;
