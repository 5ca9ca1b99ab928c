import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { descriptionToGrid } from "../../src/core/sheet/grid";
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
