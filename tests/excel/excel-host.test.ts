import { OfficeMockObject } from "office-addin-mock";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { a1, columnLetter } from "../../src/core/sheet/address";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { isDamaged, readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { ExcelHost } from "../../src/excel/excel-host";
import { parseAddress, type CellPosition, type SheetChange } from "../../src/excel/host";
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
/** The computed cost columns (fee in NOK, value per 10,000 and per staff day), all formulas. */
const costFormulas = (() => {
  const c = columnsFor(3, [], true).costs!;
  return [c.converted, c.perTenThousand, c.perStaffDay]
    .map((col) => `,Bergen!${columnLetter(col)}9:${columnLetter(col)}43`)
    .join("");
})();

/** A collection whose items can be read only after load() and a sync; getItem by name any time. */
function strictCollection<T extends { name: string }>(items: T[], syncs: { count: number }) {
  let loadedAt = -1;
  return {
    load() {
      loadedAt = syncs.count;
      return this;
    },
    getItem(name: string): T {
      const item = items.find((i) => i.name === name);
      if (!item) throw new Error(`ItemNotFound: ${name}`);
      return item;
    },
    get items(): T[] {
      if (loadedAt < 0 || syncs.count <= loadedAt)
        throw new Error("items read before load() and sync()");
      return items;
    },
  };
}

/** Where Excel's active cell is: the cell the user is in, whatever the shape of the selection. */
interface Active {
  sheet: string;
  row: number;
  col: number;
}

interface ChangeEvent {
  worksheetId: string;
  address?: string;
  source?: string;
  changeType?: string;
  triggerSource?: string;
}

function mockExcel(active: Active = { sheet: "Bergen", row: 11, col: 7 }) {
  const selectionHandlers: ((e: { worksheetId: string; address: string }) => Promise<void>)[] = [];
  const changeHandlers: ((e: ChangeEvent) => Promise<void>)[] = [];
  const events: string[] = [];
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
                address: `Bergen!J9:J43,Bergen!K9:K11,Bergen!K13:K43,Bergen!L9:L43${costFormulas}`,
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
        active: {
          rowIndex: active.row,
          columnIndex: active.col,
          worksheet: { name: active.sheet },
        },
        getActiveCell: function (this: { active: unknown }) {
          return this.active;
        },
      },
      runtime: {},
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
      runtime: unknown;
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
  // Runtime.enableEvents: recorded in order with the syncs.
  excel.context.runtime = {
    set enableEvents(on: boolean) {
      events.push(on ? "events:on" : "events:off");
    },
  };
  const sync = excel.context.sync;
  excel.context.sync = async () => {
    events.push("sync");
    await sync();
  };
  const ws = excel.context.workbook.worksheets.sheet;
  ws.names = strictCollection(
    description.names.map((n) => ({
      name: n.name,
      formula: `=Bergen!${a1(n.ref.row, n.ref.col, true)}`,
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
  return { excel, written, selected, selectionHandlers, changeHandlers, syncs, events };
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
  // What Excel reports for each shape of selection, and the active cell it keeps within it: the pane
  // follows the active cell, which is in the area the user selected last.
  test.each<[string, string, Active, CellPosition]>([
    [
      "one cell",
      "Bergen!H12",
      { sheet: "Bergen", row: 11, col: 7 },
      { sheet: "Bergen", row: 11, col: 7 },
    ],
    [
      "a range, started at its bottom right",
      "Bergen!G10:I12",
      { sheet: "Bergen", row: 11, col: 8 },
      { sheet: "Bergen", row: 11, col: 8 },
    ],
    [
      "a whole column (header clicked)",
      "Bergen!C:C",
      { sheet: "Bergen", row: 0, col: 2 },
      { sheet: "Bergen", row: 0, col: 2 },
    ],
    [
      "a whole row",
      "Bergen!12:12",
      { sheet: "Bergen", row: 11, col: 0 },
      { sheet: "Bergen", row: 11, col: 0 },
    ],
    [
      "several areas, the last one active",
      "Bergen!A10:B12,Bergen!D14",
      { sheet: "Bergen", row: 13, col: 3 },
      { sheet: "Bergen", row: 13, col: 3 },
    ],
    [
      "on another sheet",
      "Notes!B2",
      { sheet: "Notes", row: 1, col: 1 },
      { sheet: "Notes", row: 1, col: 1 },
    ],
  ])("%s (%s): the active cell", async (_, address, active, expected) => {
    mock = mockExcel(active);
    (globalThis as unknown as { Excel: unknown }).Excel = mock.excel;
    const host = new ExcelHost();
    expect(await host.selection()).toEqual(expected);
    const seen: CellPosition[] = [];
    await host.onSelectionChanged((p) => seen.push(p));
    await mock.selectionHandlers[0]({ worksheetId: "{id}", address });
    expect(seen).toEqual([expected]);
  });

  test("if the active cell cannot be read, the event's first cell is followed; nothing when unreadable", async () => {
    const host = new ExcelHost();
    const seen: CellPosition[] = [];
    await host.onSelectionChanged((p) => seen.push(p));
    (
      mock.excel as unknown as { context: { workbook: { getActiveCell: unknown } } }
    ).context.workbook.getActiveCell = () => {
      throw new Error("not now");
    };
    await mock.selectionHandlers[0]({ worksheetId: "{id}", address: "Bergen!A10:B12,Bergen!D4" });
    await mock.selectionHandlers[0]({ worksheetId: "{id}", address: "Bergen!R1C1" });
    expect(seen).toEqual([{ sheet: "Bergen", row: 9, col: 0 }]);
  });

  test("select activates the sheet and selects the cell", async () => {
    await new ExcelHost().select({ sheet: "Bergen", row: 9, col: 7 });
    expect(mock.selected).toEqual(["activate", "select"]);
    expect(mock.written.at(-1)).toEqual({ row: 9, col: 7, rows: 1, cols: 1 });
  });
});

describe("own writes and change events", () => {
  test("writes run with this runtime's events off, turned on again in the same request", async () => {
    await new ExcelHost().writeCells("Bergen", [{ row: 11, col: 6, values: [[4]] }]);
    expect(mock.events).toEqual(["events:off", "events:on", "sync"]);
  });

  test("changes reach the pane with sheet, address, source and whether CityNet made them", async () => {
    const host = new ExcelHost();
    const changes: [string, SheetChange][] = [];
    await host.onChanged((sheet, change) => changes.push([sheet, change]));
    const fire = mock.changeHandlers[0];
    await fire({
      worksheetId: "{id}",
      address: "G12",
      source: "Local",
      changeType: "RangeEdited",
      triggerSource: "ThisLocalAddin",
    });
    await fire({
      worksheetId: "{id}",
      address: "G12",
      source: "Local",
      changeType: "RangeEdited",
      triggerSource: "Unknown",
    });
    await fire({
      worksheetId: "{id}",
      address: "H13:H14",
      source: "Remote",
      changeType: "RangeEdited",
    });
    await fire({ worksheetId: "{id}", address: "9:9", source: "Local", changeType: "RowInserted" });
    expect(changes).toEqual([
      [
        "Bergen",
        { sheet: "Bergen", address: "G12", source: "local", own: true, changeType: "RangeEdited" },
      ],
      [
        "Bergen",
        { sheet: "Bergen", address: "G12", source: "local", own: false, changeType: "RangeEdited" },
      ],
      // Before ExcelApi 1.14 Excel does not say: the pane recognises its own writes itself.
      [
        "Bergen",
        {
          sheet: "Bergen",
          address: "H13:H14",
          source: "remote",
          own: undefined,
          changeType: "RangeEdited",
        },
      ],
      [
        "Bergen",
        {
          sheet: "Bergen",
          address: "9:9",
          source: "local",
          own: undefined,
          changeType: "RowInserted",
        },
      ],
    ]);
  });

  test("a change on a sheet deleted meanwhile is dropped, not thrown", async () => {
    const host = new ExcelHost();
    const changes: unknown[] = [];
    await host.onChanged((_, change) => changes.push(change));
    (
      mock.excel as unknown as { context: { workbook: { worksheets: { getItem: unknown } } } }
    ).context.workbook.worksheets.getItem = () => {
      throw new Error("ItemNotFound");
    };
    await expect(
      mock.changeHandlers[0]({ worksheetId: "{gone}", address: "A1", source: "Local" })
    ).resolves.toBeUndefined();
    expect(changes).toEqual([]);
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
