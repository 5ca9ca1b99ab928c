import type { Rect } from "./address";

// A sheet as every host can give it to the core: its calculated values, which cells hold formulas,
// its sheet-scoped names and its tables, as plain data. Excel (Office.js), the preview's in-page
// workbook and .xlsx files (ExcelJS) each build one; the core reads reviews from it and nothing else.

export type Grid = readonly (readonly unknown[])[];

export interface NamedRef {
  name: string;
  /** The cell or range the name refers to on this sheet; null when it is broken (#REF!) or points elsewhere. */
  ref: Rect | null;
}

export interface TableRef {
  name: string;
  /** The whole table, header row included. */
  range: Rect;
}

export interface SheetSnapshot {
  name: string;
  /**
   * Calculated values from A1, row by row. Blank cells are "", null or missing; error values are
   * their text ("#N/A"). A host may leave out cells the reader does not need.
   */
  values: Grid;
  /**
   * Where the host knows it, per cell: true (or the formula text) when the cell holds a formula, false
   * (or null) when it holds a constant or nothing; missing or undefined when unknown.
   */
  formulas?: Grid;
  /** Names scoped to this sheet. */
  names: readonly NamedRef[];
  tables: readonly TableRef[];
}

/** The value of a cell, or undefined for a blank one. */
export function cellAt(grid: Grid | undefined, row: number, col: number): unknown {
  const v = grid?.[row]?.[col];
  return v === "" || v === null ? undefined : v;
}

/** Whether a cell holds a formula: true, false, or undefined when the host did not say. */
export function hasFormula(s: SheetSnapshot, row: number, col: number): boolean | undefined {
  const f = s.formulas?.[row]?.[col];
  if (f === undefined) return undefined;
  if (typeof f === "boolean") return f;
  return typeof f === "string" && f.startsWith("=");
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B3", "$B$3" or "B3:D9" (dollars allowed) → a rectangle; undefined for anything else. */
export function parseRange(text: string): Rect | undefined {
  const [first, second, extra] = text.trim().split(":");
  if (extra !== undefined) return undefined;
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b) return undefined;
  const r1 = Number(a[2]) - 1;
  const r2 = Number(b[2]) - 1;
  const c1 = columnIndex(a[1]);
  const c2 = columnIndex(b[1]);
  if (r1 < 0 || r2 < 0) return undefined;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/**
 * A name's reference as Excel ("=Bergen!$G$4", "='Bergen (2)'!$G$4:$G$5", "=#REF!") or an .xlsx file
 * ("'Bergen review'!$G$4") writes it → the sheet it names (undefined when it names none) and the
 * rectangle; null when it is broken or not a plain reference.
 */
export function parseReference(formula: string): { sheet?: string; rect: Rect } | null {
  let text = formula.trim();
  if (text.startsWith("=")) text = text.slice(1).trim();
  const bang = text.lastIndexOf("!");
  let sheet: string | undefined;
  let address = text;
  if (bang >= 0) {
    const rawSheet = text.slice(0, bang);
    address = text.slice(bang + 1);
    sheet =
      rawSheet.startsWith("'") && rawSheet.endsWith("'") && rawSheet.length >= 2
        ? rawSheet.slice(1, -1).replace(/''/g, "'")
        : rawSheet;
  }
  const rect = parseRange(address);
  return rect ? { sheet, rect } : null;
}

/** A name as a host reports it (its reference text) → a NamedRef on `sheetName`. */
export function namedRef(name: string, reference: string, sheetName: string): NamedRef {
  const parsed = parseReference(reference);
  const onSheet = parsed && (parsed.sheet === undefined || parsed.sheet === sheetName);
  return { name, ref: onSheet ? parsed.rect : null };
}

/** The areas of a multi-area address ("Sheet1!M9:M20,Sheet1!M22") on one sheet, as rectangles. */
export function parseAreas(address: string): Rect[] {
  const areas: Rect[] = [];
  // Commas inside a quoted sheet name do not separate areas.
  for (const m of address.matchAll(/(?:(?:'(?:[^']|'')*'|[^'!,]+)!)?([^,]+)/g)) {
    const rect = parseRange(m[1]);
    if (rect) areas.push(rect);
  }
  return areas;
}
