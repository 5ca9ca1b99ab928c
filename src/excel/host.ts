import type { CellBlock, SheetDescription, SheetEdit } from "../core/sheet/description";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import type { SheetChange } from "./changes";

// The workbook as the task pane sees it. Excel implements it with Office.js (excel-host.ts); the
// preview implements it in the page (src/preview), so the pane's code is the same in both.

export interface CellPosition {
  sheet: string;
  row: number;
  col: number;
}

export type { CellBlock, SheetChange };

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /** Writes a sheet description as a new sheet (never over an existing one); returns its name. */
  createSheet(description: SheetDescription): Promise<string>;
  /** The sheet as the core reads it: calculated values, which cells hold formulas, names, tables. */
  readSheet(sheet: string): Promise<SheetSnapshot>;
  /**
   * Writes constants into blocks of cells, in one go. Text stays exactly that text (never a formula,
   * number, date or logical value); a number stays a number; null clears the cell.
   */
  writeCells(sheet: string, blocks: readonly CellBlock[]): Promise<void>;
  sheetNames(): Promise<string[]>;
  selection(): Promise<CellPosition | null>;
  select(position: CellPosition): Promise<void>;
  /** Calls back when the user selects other cells, with the active cell. */
  onSelectionChanged(handler: (position: CellPosition) => void): Promise<void>;
  /**
   * Calls back when cells change: by the user, a co-author (source "remote") or the pane itself (own,
   * where the host can tell; Excel may also stay silent about writes the pane made).
   */
  onChanged(handler: (sheet: string, change: SheetChange) => void): Promise<void>;
  /** Settings stored in the workbook (it travels with the file). */
  getSetting(key: string): string | undefined;
  setSetting(key: string, value: string): Promise<void>;
  /**
   * Recalculates every formula (the custom functions included): after the team's data rows change
   * what the functions answer. A host that calculates on every read needs none.
   */
  recalculate?(): Promise<void>;
  /** Inserts whole columns and writes names and cells into a sheet that is there (a SheetEdit). */
  applyEdit(sheet: string, edit: SheetEdit): Promise<void>;
}

/**
 * The top-left cell of the first area of an address, zero-based: "C9", "Sheet1!C9:D12",
 * "'My sheet'!$C$9", a whole column "Sheet1!C:C" (row 0), a whole row "Sheet1!3:3" (column 0),
 * several areas "Sheet1!A1:B2,Sheet1!D4". Undefined for anything else.
 */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  // An optional sheet (quoted names may hold commas and "!"), then the first area's first corner.
  const area = /^(?:(?:'(?:[^']|'')*'|[^'!,]+)!)?([^,]+)/.exec(address.trim());
  if (!area) return undefined;
  const corner = area[1].split(":")[0].replace(/\$/g, "").trim();
  const m = /^([A-Z]{1,3})?(\d{1,7})?$/i.exec(corner);
  if (!m || (!m[1] && !m[2])) return undefined;
  const col = m[1]
    ? [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
    : 0;
  const row = m[2] ? Number(m[2]) - 1 : 0;
  return row >= 0 ? { row, col } : undefined;
}

/** A used range's values as a grid from A1: Excel's used range starts at its first filled cell. */
export function gridFromA1(
  values: readonly (readonly unknown[])[],
  rowIndex: number,
  columnIndex: number
): unknown[][] {
  const grid: unknown[][] = Array.from({ length: rowIndex }, () => []);
  for (const row of values) grid.push([...Array.from({ length: columnIndex }, () => ""), ...row]);
  return grid;
}
