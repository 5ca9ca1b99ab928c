import type { Constant, SheetDescription } from "../core/sheet/description";

// The workbook as the task pane sees it. Excel implements it with Office.js (excel-host.ts); the
// preview implements it in the page (src/preview), so the pane's code is the same in both.

export interface CellPosition {
  sheet: string;
  row: number;
  col: number;
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /** Writes a sheet description as a new sheet (never over an existing one); returns its name. */
  createSheet(description: SheetDescription): Promise<string>;
  /** The sheet's values as a grid from A1 (formulas calculated). */
  readValues(sheet: string): Promise<unknown[][]>;
  /** Writes constants into a block of cells. */
  writeCells(sheet: string, row: number, col: number, values: Constant[][]): Promise<void>;
  sheetNames(): Promise<string[]>;
  selection(): Promise<CellPosition | null>;
  select(position: CellPosition): Promise<void>;
  /** Calls back when the user selects other cells. */
  onSelectionChanged(handler: (position: CellPosition) => void): Promise<void>;
  /** Calls back when cells change, by the user or the pane. */
  onChanged(handler: (sheet: string) => void): Promise<void>;
  /** Settings stored in the workbook (it travels with the file). */
  getSetting(key: string): string | undefined;
  setSetting(key: string, value: string): Promise<void>;
}

/** "C9" or "Sheet1!C9:D12" → the top-left cell, zero-based. */
export function parseAddress(address: string): { row: number; col: number } {
  const cell = address.split("!").pop()!.split(":")[0].replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)$/i.exec(cell);
  if (!m) throw new Error(`Not a cell address: ${address}`);
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
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
