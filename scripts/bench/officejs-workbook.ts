import { quoteSheet, rectA1, type Rect } from "../../src/core/sheet/address";
import { cellAt, hasFormula, type SheetSnapshot } from "../../src/core/sheet/snapshot";
import type { Responder } from "./officejs-client";

// A workbook of sheet snapshots that answers Microsoft's Office.js client (officejs-client.ts) as Excel
// would: values, names, tables, used ranges, special cells, the active cell, null objects. The code
// under test runs unchanged and every request it makes is recorded (tests/excel, the bench).

export interface FakeWorkbook {
  sheets: SheetSnapshot[];
  /** The active cell, for selection(). */
  active?: { sheet: string; row: number; col: number };
  /** Tables in other sheets, by name, for the name probes of a new sheet. */
  otherTables?: string[];
}

const idOf = (name: string) => `{${name}}`;

/** Areas of formula cells within a rectangle, one per run of rows in a column, as Excel lists them. */
function formulaAreas(s: SheetSnapshot, r: Rect): string | null {
  const areas: string[] = [];
  for (let c = r.col; c < r.col + r.cols; c++) {
    let start = -1;
    for (let row = r.row; row <= r.row + r.rows; row++) {
      const here = row < r.row + r.rows && hasFormula(s, row, c) === true;
      if (here && start < 0) start = row;
      if (!here && start >= 0) {
        areas.push(
          `${quoteSheet(s.name)}!${rectA1({ row: start, col: c, rows: row - start, cols: 1 })}`
        );
        start = -1;
      }
    }
  }
  return areas.length > 0 ? areas.join(",") : null;
}

function usedBounds(s: SheetSnapshot): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  s.values.forEach((line, r) =>
    line?.forEach((_, c) => {
      if (cellAt(s.values, r, c) === undefined) return;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    })
  );
  return bottom < 0
    ? null
    : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

const grid = (s: SheetSnapshot, r: Rect) =>
  Array.from({ length: r.rows }, (_, i) =>
    Array.from({ length: r.cols }, (_, j) => {
      const v = s.values[r.row + i]?.[r.col + j];
      return v === undefined || v === null ? "" : v;
    })
  );

/** Answers the client's queries from sheet snapshots, as Excel answers them. */
export function workbookResponder(wb: FakeWorkbook): Responder {
  return (q) => {
    if (q.kind !== "query") return undefined;
    let sheet: SheetSnapshot | undefined;
    let at: "workbook" | "worksheets" | "sheet" | "names" | "tables" | "table" | "range" | "areas" =
      "workbook";
    let rect: Rect | undefined;
    let table: { name: string; range: Rect } | undefined;
    const findSheet = (key: unknown) =>
      wb.sheets.find((s) => s.name === key || idOf(s.name) === key);
    for (const step of q.steps) {
      const arg = step.args?.[0];
      if (step.name === "Worksheets") at = "worksheets";
      else if (
        at === "worksheets" &&
        (step.name === "GetItem" || step.name === "GetItemOrNullObject")
      ) {
        sheet = findSheet(arg);
        if (!sheet) return step.name === "GetItemOrNullObject" ? null : undefined;
        at = "sheet";
      } else if (at === "worksheets" && step.name === "Add") {
        sheet = { name: String(arg), values: [], names: [], tables: [] };
        wb.sheets.push(sheet);
        at = "sheet";
      } else if (step.name === "GetActiveCell" && wb.active) {
        sheet = findSheet(wb.active.sheet);
        rect = { row: wb.active.row, col: wb.active.col, rows: 1, cols: 1 };
        at = "range";
      } else if (step.name === "Worksheet") at = "sheet";
      else if (step.name === "Names") at = "names";
      else if (step.name === "Tables")
        at = "tables"; // a sheet's, or the workbook's when no sheet
      else if (
        at === "tables" &&
        (step.name === "GetItem" || step.name === "GetItemOrNullObject")
      ) {
        // The client addresses a loaded table item through the workbook's collection, by its id.
        const owner = sheet ?? wb.sheets.find((x) => x.tables.some((t) => t.name === arg));
        table = owner?.tables.find((t) => t.name === arg);
        sheet = owner;
        if (!table) {
          if (step.name === "GetItemOrNullObject")
            return wb.otherTables?.includes(String(arg)) ? {} : null;
          return undefined;
        }
        at = "table";
      } else if (at === "table" && step.name === "GetRange") {
        rect = table!.range;
        at = "range";
      } else if (step.name === "GetUsedRangeOrNullObject") {
        const used = sheet ? usedBounds(sheet) : null;
        if (!used) return null;
        rect = used;
        at = "range";
      } else if (step.name === "GetRangeByIndexes") {
        const [row, col, rows, cols] = step.args as number[];
        rect = { row, col, rows, cols };
        at = "range";
      } else if (step.name === "GetSpecialCellsOrNullObject") at = "areas";
      else return undefined; // not something these tests ask
    }
    if (at === "worksheets")
      return { _Items: wb.sheets.map((s) => ({ name: s.name, id: idOf(s.name) })) };
    if (at === "sheet") return { name: sheet!.name, id: idOf(sheet!.name) };
    if (at === "table") return { name: table!.name, id: table!.name };
    if (at === "names")
      return {
        _Items: sheet!.names.map((n) => ({
          name: n.name,
          formula: n.ref ? `=${quoteSheet(sheet!.name)}!${rectA1(n.ref, true)}` : "=#REF!",
        })),
      };
    // Items carry their id, as Excel's answers do: the client addresses each item by it afterwards.
    if (at === "tables")
      return {
        _Items: (sheet ? sheet.tables : wb.sheets.flatMap((s) => s.tables)).map((t) => ({
          name: t.name,
          id: t.name,
        })),
      };
    if (at === "areas") {
      const address = formulaAreas(sheet!, rect!);
      return address === null ? null : { address };
    }
    if (at === "range") {
      const r = rect!;
      return {
        address: `${quoteSheet(sheet!.name)}!${rectA1(r)}`,
        rowIndex: r.row,
        columnIndex: r.col,
        rowCount: r.rows,
        columnCount: r.cols,
        values: q.select.includes("values") ? grid(sheet!, r) : undefined,
      };
    }
    return undefined;
  };
}
