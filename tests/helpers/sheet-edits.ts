import type { Rect } from "../../src/core/sheet/address";
import type { NamedRef, SheetSnapshot, TableRef } from "../../src/core/sheet/snapshot";
import { parseRange } from "../../src/core/sheet/snapshot";

// A sheet snapshot edited the way Excel and LibreOffice edit a sheet: inserting or deleting rows and
// columns moves the cells, the names that point at them and the tables around them; a name whose cell
// is deleted breaks (#REF!). The grid-level damage tests use it; tests/export/*-libreoffice tests do
// the same edits in a real spreadsheet.

type Axis = "row" | "col";

function shiftRect(r: Rect, axis: Axis, at: number, delta: number): Rect | null {
  const start = axis === "row" ? r.row : r.col;
  const size = axis === "row" ? r.rows : r.cols;
  let s = start;
  let n = size;
  if (delta > 0) {
    if (at <= start) s += delta;
    else if (at < start + size) n += delta;
  } else {
    const count = -delta;
    const delEnd = at + count;
    if (delEnd <= start) s -= count;
    else if (at >= start + size) {
      // after the rectangle: unchanged
    } else {
      const keptBefore = Math.max(0, at - start);
      const keptAfter = Math.max(0, start + size - delEnd);
      n = keptBefore + keptAfter;
      if (n === 0) return null;
      s = Math.min(start, at);
    }
  }
  return axis === "row" ? { ...r, row: s, rows: n } : { ...r, col: s, cols: n };
}

export class EditableSheet {
  name: string;
  values: unknown[][];
  formulas: unknown[][];
  names: NamedRef[];
  tables: TableRef[];

  constructor(s: SheetSnapshot) {
    this.name = s.name;
    this.values = s.values.map((line) => [...line]);
    this.formulas = (s.formulas ?? s.values.map((line) => line.map(() => false))).map((line) => [
      ...line,
    ]);
    this.names = s.names.map((n) => ({ ...n, ref: n.ref && { ...n.ref } }));
    this.tables = s.tables.map((t) => ({ ...t, range: { ...t.range } }));
  }

  snapshot(): SheetSnapshot {
    return {
      name: this.name,
      values: this.values,
      formulas: this.formulas,
      names: this.names,
      tables: this.tables,
    };
  }

  /** Row and column of an A1 address. */
  static at(address: string): { row: number; col: number } {
    const r = parseRange(address);
    if (!r) throw new Error(`bad address ${address}`);
    return { row: r.row, col: r.col };
  }

  get(address: string): unknown {
    const { row, col } = EditableSheet.at(address);
    return this.values[row]?.[col];
  }

  /** Types a constant into a cell (replacing a formula there, as typing does). */
  set(address: string, value: unknown): this {
    const { row, col } = EditableSheet.at(address);
    while (this.values.length <= row) this.values.push([]);
    while (this.formulas.length <= row) this.formulas.push([]);
    this.values[row][col] = value;
    this.formulas[row][col] = false;
    return this;
  }

  /** The cell a name points at, as A1. */
  named(name: string): string {
    const ref = this.names.find((n) => n.name === name)?.ref;
    if (!ref) throw new Error(`no name ${name}`);
    return cellA1(ref.row, ref.col);
  }

  insertRows(at: number, count = 1): this {
    let width = 0;
    for (let r = 0; r < this.values.length; r++)
      width = Math.max(width, this.values[r]?.length ?? 0);
    this.values.splice(at, 0, ...Array.from({ length: count }, () => Array(width).fill("")));
    this.formulas.splice(at, 0, ...Array.from({ length: count }, () => Array(width).fill(false)));
    return this.moveRefs("row", at, count);
  }

  deleteRows(at: number, count = 1): this {
    this.values.splice(at, count);
    this.formulas.splice(at, count);
    return this.moveRefs("row", at, -count);
  }

  insertColumns(at: number, count = 1): this {
    for (const grid of [this.values, this.formulas])
      for (const line of grid) {
        if (!line) continue;
        while (line.length < at) line.push(grid === this.values ? "" : false);
        line.splice(at, 0, ...Array(count).fill(grid === this.values ? "" : false));
      }
    return this.moveRefs("col", at, count);
  }

  deleteColumns(at: number, count = 1): this {
    for (const grid of [this.values, this.formulas])
      for (const line of grid) line?.splice(at, count);
    return this.moveRefs("col", at, -count);
  }

  /** Sorts a table's data rows (whole rows of the table move together, formulas with them). */
  sortTable(tableName: string, compare: (a: unknown[], b: unknown[]) => number): this {
    const t = this.tables.find((x) => x.name === tableName)!;
    const { row, col, rows, cols } = t.range;
    const indexes = Array.from({ length: rows - 1 }, (_, i) => row + 1 + i);
    const slice = (grid: unknown[][], r: number) => grid[r].slice(col, col + cols);
    const lines = indexes.map((r) => ({ v: slice(this.values, r), f: slice(this.formulas, r) }));
    lines.sort((a, b) => compare(a.v, b.v));
    indexes.forEach((r, i) => {
      this.values[r].splice(col, cols, ...lines[i].v);
      this.formulas[r].splice(col, cols, ...lines[i].f);
    });
    return this;
  }

  private moveRefs(axis: Axis, at: number, delta: number): this {
    this.names = this.names.map((n) => ({
      ...n,
      ref: n.ref && shiftRect(n.ref, axis, at, delta),
    }));
    this.tables = this.tables
      .map((t) => ({ ...t, range: shiftRect(t.range, axis, at, delta) }))
      .filter((t): t is TableRef => t.range !== null);
    return this;
  }
}

function cellA1(row: number, col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row + 1}`;
}

/** Applies a SheetEdit as a spreadsheet would: columns inserted, then names and cells written. */
export function applyEditTo(
  sheet: EditableSheet,
  edit: import("../../src/core/sheet/description").SheetEdit
): EditableSheet {
  if (edit.insertColumns && edit.insertColumns.count > 0)
    sheet.insertColumns(edit.insertColumns.before, edit.insertColumns.count);
  for (const n of edit.names) {
    sheet.names = sheet.names.filter((x) => x.name !== n.name);
    sheet.names.push({ name: n.name, ref: n.ref });
  }
  for (const b of edit.blocks)
    b.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const row = (sheet.values[b.row + r] ??= []);
        const marks = (sheet.formulas[b.row + r] ??= []);
        row[b.col + c] = cell.formula ?? cell.value ?? "";
        marks[b.col + c] = cell.formula !== undefined;
      })
    );
  return sheet;
}
