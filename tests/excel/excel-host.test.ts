import { OfficeMockObject } from "office-addin-mock";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { isDamaged, readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { ExcelHost } from "../../src/excel/excel-host";
import { parseAddress, type CellPosition } from "../../src/excel/host";
import { bundled } from "../helpers/dataset";

// The pane's Office.js layer on office-addin-mock: Excel.run, load and sync behave as in Office (a value
// read before sync is an error), so the host must load what it reads. office-addin-mock cannot load
// "items/…" of a collection, so the names and tables collections are small strict stand-ins that throw
// on items read before load and sync, as Office.js does.

const description = evaluationSheet(
  buildEvaluation(bundled(), "Bergen", BUILT_IN_FRAMEWORKS[1]),
  "en"
);
const snapshot = descriptionToSnapshot(description, "Bergen");
const grid = snapshot.values;

/** A collection whose items can be read only after load() and a sync. */
function strictCollection<T>(items: T[], syncs: { count: number }) {
  let loadedAt = -1;
  return {
    load() {
      loadedAt = syncs.count;
      return this;
    },
    get items(): T[] {
      if (loadedAt < 0 || syncs.count <= loadedAt)
        throw new Error("items read before load() and sync()");
      return items;
    },
  };
}

function mockExcel(selection = "Bergen!H12") {
  const selectionHandlers: ((e: { worksheetId: string; address: string }) => Promise<void>)[] = [];
  const changeHandlers: ((e: { worksheetId: string }) => Promise<void>)[] = [];
  const written: { row: number; col: number; rows: number; cols: number; values?: unknown }[] = [];
  const selected: unknown[] = [];
  const syncs = { count: 0 };
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: "Bergen",
            used: { values: grid, rowIndex: 0, columnIndex: 0, isNullObject: false },
            range: {
              values: [[0]],
              select: () => selected.push("select"),
              // Which of the probed Value/Coverage/Recommendation cells hold formulas: all but K12.
              special: {
                isNullObject: false,
                address: "Bergen!J9:J43,Bergen!K9:K11,Bergen!K13:K43,Bergen!L9:L43",
              },
              getSpecialCellsOrNullObject: function (this: { special: unknown }, type: string) {
                if (type !== "Formulas") throw new Error(`unexpected ${type}`);
                return this.special;
              },
            },
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
        selection: { address: selection },
        getSelectedRanges: function (this: { selection: unknown }) {
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
  type Mock = {
    context: {
      sync: () => Promise<void>;
      workbook: {
        worksheets: {
          sheet: { range: { values: unknown }; names: unknown; tables: unknown };
        };
      };
    };
  };
  const excel = new OfficeMockObject(data) as unknown as Mock;
  const realSync = excel.context.sync.bind(excel.context);
  excel.context.sync = async () => {
    syncs.count++;
    await realSync();
  };
  const ws = excel.context.workbook.worksheets.sheet;
  ws.names = strictCollection(
    description.names.map((n) => ({
      name: n.name,
      formula: `=Bergen!$${String.fromCharCode(65 + n.ref.col)}$${n.ref.row + 1}`,
    })),
    syncs
  );
  const table = description.table!;
  ws.tables = strictCollection(
    [
      {
        name: "CityNet_Bergen",
        getRange: () => {
          const range = {
            load() {
              return range;
            },
            rowIndex: table.range.row,
            columnIndex: table.range.col,
            rowCount: table.range.rows,
            columnCount: table.range.cols,
          };
          return range;
        },
      },
    ],
    syncs
  );
  return { excel, written, selected, selectionHandlers, changeHandlers, syncs };
}

let mock: ReturnType<typeof mockExcel>;
beforeEach(() => {
  mock = mockExcel();
  (globalThis as unknown as { Excel: unknown }).Excel = mock.excel;
});

describe("readSheet", () => {
  test("gives the core the sheet's values, names, table and formula cells in two round trips", async () => {
    const s = await new ExcelHost().readSheet("Bergen");
    expect(mock.syncs.count).toBe(2);
    expect(s.values).toEqual(grid);
    expect(s.tables).toEqual([{ name: "CityNet_Bergen", range: description.table!.range }]);
    expect(s.names.find((n) => n.name === "T_JOIN")).toEqual(
      snapshot.names.find((n) => n.name === "T_JOIN")
    );
    // Only the probed columns are known: J (Value), K (Coverage), L (Recommendation).
    expect(s.formulas?.[9]?.[9]).toBe(true);
    expect(s.formulas?.[11]?.[10]).toBe(false);
    expect(s.formulas?.[9]?.[6]).toBeUndefined();
    const read = readMatrix(s) as ReadMatrix;
    expect(isDamaged(read)).toBe(false);
    expect(read.evaluation.rows).toHaveLength(34);
    expect(read.problems.map((p) => p.cell)).toEqual(["K12"]); // the one cell not listed as a formula
  });
});

describe("writeCells", () => {
  test("a score goes in as a number, a cleared one as a blank, all blocks in one run", async () => {
    await new ExcelHost().writeCells("Bergen", [
      { row: LAYOUT.firstDataRow + 3, col: 6, values: [[4]] },
      { row: 12, col: 6, values: [[null]] },
    ]);
    expect(mock.written).toEqual([
      { row: LAYOUT.firstDataRow + 3, col: 6, rows: 1, cols: 1 },
      { row: 12, col: 6, rows: 1, cols: 1 },
    ]);
    expect(mock.excel.context.workbook.worksheets.sheet.range.values).toEqual([[""]]);
    expect(mock.syncs.count).toBe(1);
  });

  test.each([
    ['=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'],
    ["- bullet", "'- bullet"],
    ["+47 55 56 60 00", "'+47 55 56 60 00"],
    ["1-2", "'1-2"],
    ["3/4", "'3/4"],
    ["50%", "'50%"],
    ["TRUE", "'TRUE"],
    ["usann", "'usann"],
    ["00123", "'00123"],
    ["#N/A", "'#N/A"],
    ["'s-Hertogenbosch", "''s-Hertogenbosch"],
    ["Ikke deltatt siden forrige periode", "Ikke deltatt siden forrige periode"],
  ])("a note %j stays that text (sent as %j)", async (text, sent) => {
    await new ExcelHost().writeCells("Bergen", [{ row: 9, col: 14, values: [[text]] }]);
    expect(mock.excel.context.workbook.worksheets.sheet.range.values).toEqual([[sent]]);
  });

  test("text longer than a cell holds is cut with a visible marker; numbers stay numbers", async () => {
    await new ExcelHost().writeCells("Bergen", [
      { row: 9, col: 14, values: [["é".repeat(40000), 2.5, false]] },
    ]);
    const [[text, n, b]] = mock.excel.context.workbook.worksheets.sheet.range.values as unknown[][];
    expect((text as string).length).toBe(32767);
    expect((text as string).endsWith(" […]")).toBe(true);
    expect([n, b]).toEqual([2.5, false]);
  });
});

describe("the selection", () => {
  test("comes as sheet, row and column; events too", async () => {
    const host = new ExcelHost();
    expect(await host.selection()).toEqual({ sheet: "Bergen", row: 11, col: 7 });
    const seen: CellPosition[] = [];
    await host.onSelectionChanged((p) => seen.push(p));
    await mock.selectionHandlers[0]({ worksheetId: "{id}", address: "C9" });
    await mock.selectionHandlers[0]({ worksheetId: "{id}", address: "Bergen!C:C" });
    await mock.selectionHandlers[0]({ worksheetId: "{id}", address: "Bergen!R1C1" });
    expect(seen).toEqual([
      { sheet: "Bergen", row: 8, col: 2 },
      { sheet: "Bergen", row: 0, col: 2 },
    ]);
    const changed: string[] = [];
    await host.onChanged((s) => changed.push(s));
    await mock.changeHandlers[0]({ worksheetId: "{id}" });
    expect(changed).toEqual(["Bergen"]);
  });

  test.each([
    ["Bergen!A10:B12,Bergen!D4", { row: 9, col: 0 }],
    ["Bergen!3:5", { row: 2, col: 0 }],
    ["Bergen!$D:$F", { row: 0, col: 3 }],
  ])(
    "several areas, whole rows or columns (%s): the first cell of the first area",
    async (address, at) => {
      mock = mockExcel(address);
      (globalThis as unknown as { Excel: unknown }).Excel = mock.excel;
      expect(await new ExcelHost().selection()).toEqual({ sheet: "Bergen", ...at });
    }
  );

  test("select activates the sheet and selects the cell", async () => {
    await new ExcelHost().select({ sheet: "Bergen", row: 9, col: 7 });
    expect(mock.selected).toEqual(["activate", "select"]);
    expect(mock.written.at(-1)).toEqual({ row: 9, col: 7, rows: 1, cols: 1 });
  });
});

test("addresses", () => {
  expect(parseAddress("Sheet1!$AB$12:AC20")).toEqual({ row: 11, col: 27 });
  expect(parseAddress("'Bergen, 2024!'!B3")).toEqual({ row: 2, col: 1 });
  expect(parseAddress("'It''s'!C:C,'It''s'!E5")).toEqual({ row: 0, col: 2 });
  expect(parseAddress("Sheet1!7:7")).toEqual({ row: 6, col: 0 });
  expect(parseAddress("Sheet1!R1C1")).toBeUndefined();
  expect(parseAddress("")).toBeUndefined();
});
