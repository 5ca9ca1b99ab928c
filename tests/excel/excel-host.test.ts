import { OfficeMockObject } from "office-addin-mock";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToGrid } from "../../src/core/sheet/grid";
import { ExcelHost } from "../../src/excel/excel-host";
import { parseAddress, type CellPosition } from "../../src/excel/host";
import { bundled } from "../helpers/dataset";

// The pane's Office.js layer on office-addin-mock: Excel.run, load and sync behave as in Office (a value
// read before sync is an error), so the host must load what it reads.

const grid = descriptionToGrid(
  evaluationSheet(buildEvaluation(bundled(), "Bergen", BUILT_IN_FRAMEWORKS[1]), "en")
);

function mockExcel() {
  const selectionHandlers: ((e: { worksheetId: string; address: string }) => Promise<void>)[] = [];
  const changeHandlers: ((e: { worksheetId: string }) => Promise<void>)[] = [];
  const written: { row: number; col: number; rows: number; cols: number }[] = [];
  const selected: unknown[] = [];
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: "Bergen",
            used: { values: grid, rowIndex: 0, columnIndex: 0, isNullObject: false },
            range: { values: [[0]], select: () => selected.push("select") },
            getUsedRangeOrNullObject: function (this: { used: unknown }) {
              return this.used;
            },
            getRangeByIndexes: function (
              this: { range: unknown },
              row: number,
              col: number,
              rows: number,
              cols: number
            ) {
              written.push({ row, col, rows, cols });
              return this.range;
            },
            activate: () => selected.push("activate"),
          },
          getItem: function (this: { sheet: unknown }) {
            return this.sheet;
          },
          getActiveWorksheet: function (this: { sheet: unknown }) {
            return this.sheet;
          },
          onSelectionChanged: {
            add: (h: (typeof selectionHandlers)[number]) => selectionHandlers.push(h),
          },
          onChanged: { add: (h: (typeof changeHandlers)[number]) => changeHandlers.push(h) },
        },
        selection: { address: "Bergen!H12" },
        getSelectedRange: function (this: { selection: unknown }) {
          return this.selection;
        },
      },
    },
    run: async function (
      this: { context: unknown },
      callback: (context: unknown) => Promise<unknown>
    ) {
      return callback(this.context);
    },
  };
  const excel = new OfficeMockObject(data) as unknown as {
    context: { workbook: { worksheets: { sheet: { range: { values: unknown } } } } };
  };
  return { excel, written, selected, selectionHandlers, changeHandlers };
}

let mock: ReturnType<typeof mockExcel>;
beforeEach(() => {
  mock = mockExcel();
  (globalThis as unknown as { Excel: unknown }).Excel = mock.excel;
});

test("reads a matrix sheet's values from A1", async () => {
  const values = await new ExcelHost().readValues("Bergen");
  expect(values[LAYOUT.headerRow][0]).toBe("Organisation");
  expect(values).toEqual(grid);
});

test("writing a score sets the cell's value", async () => {
  await new ExcelHost().writeCells("Bergen", LAYOUT.firstDataRow + 3, 6, [[4]]);
  expect(mock.written).toEqual([{ row: LAYOUT.firstDataRow + 3, col: 6, rows: 1, cols: 1 }]);
  expect(mock.excel.context.workbook.worksheets.sheet.range.values).toEqual([[4]]);
  await new ExcelHost().writeCells("Bergen", 12, 6, [[null]]); // clearing a score writes a blank
  expect(mock.excel.context.workbook.worksheets.sheet.range.values).toEqual([[""]]);
});

test("the selection, and selection events, come as sheet, row and column", async () => {
  const host = new ExcelHost();
  expect(await host.selection()).toEqual({ sheet: "Bergen", row: 11, col: 7 });
  const seen: CellPosition[] = [];
  await host.onSelectionChanged((p) => seen.push(p));
  await mock.selectionHandlers[0]({ worksheetId: "{id}", address: "C9" });
  expect(seen).toEqual([{ sheet: "Bergen", row: 8, col: 2 }]);
  const changed: string[] = [];
  await host.onChanged((s) => changed.push(s));
  await mock.changeHandlers[0]({ worksheetId: "{id}" });
  expect(changed).toEqual(["Bergen"]);
});

test("select activates the sheet and selects the cell", async () => {
  await new ExcelHost().select({ sheet: "Bergen", row: 9, col: 7 });
  expect(mock.selected).toEqual(["activate", "select"]);
  expect(mock.written.at(-1)).toEqual({ row: 9, col: 7, rows: 1, cols: 1 });
});

test("addresses", () => {
  expect(parseAddress("Sheet1!$AB$12:AC20")).toEqual({ row: 11, col: 27 });
  expect(() => parseAddress("Sheet1!R1C1")).toThrow("Not a cell address");
});
