import type { Rect } from "./address";

// A sheet described as plain data: what to write where, and how it should look and behave. The Excel
// layer renders it with Office.js, the xlsx writer into a file, tests read it directly.

export type Constant = string | number | boolean | null;

export interface Cell {
  /** A constant. Text is always text, never read as a formula or number. */
  value?: Constant;
  /** A formula in Excel's invariant (English) syntax, starting with "=". */
  formula?: string;
}

export interface Style {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** #RRGGBB */
  fill?: string;
  color?: string;
  wrap?: boolean;
  numberFormat?: string;
  align?: "left" | "center" | "right";
}

/** Constants to write into a block of cells, from its top-left cell (zero-based). */
export interface CellBlock {
  row: number;
  col: number;
  values: Constant[][];
}

/** A rectangle of cells written in one go, with one style for all of it. */
export interface Block {
  row: number;
  col: number;
  cells: Cell[][];
  style?: Style;
}

export interface ColumnSpec {
  col: number;
  /** Width in characters of the default font. */
  width: number;
  hidden?: boolean;
}

/** What a cell accepts; blank is always allowed (blank = not assessed, or nothing to say). */
export type ValidationRule =
  /** Whole numbers from min to max: scores. */
  | { kind: "whole"; min: number; max: number }
  /** Any number of at least min: fees, staff days, trips. */
  | { kind: "decimal"; min: number }
  /** One of these words: a currency. */
  | { kind: "list"; items: string[] };

export interface Validation {
  range: Rect;
  rule: ValidationRule;
  /** Shown when the cell is selected: title at most 32 characters, message at most 255. */
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

export interface ColorScale {
  range: Rect;
  /** Three points: low, middle, high value with their colours. */
  points: [
    { value: number; color: string },
    { value: number; color: string },
    { value: number; color: string },
  ];
}

export interface TableSpec {
  name: string;
  /** Header row included. */
  range: Rect;
  style: string;
}

export interface ChartSpec {
  title: string;
  kind: "barStacked";
  categories: Rect;
  series: { name: string; values: Rect; color: string }[];
  /** Where the chart sits (the rectangle of cells it covers). */
  anchor: Rect;
}

export interface NameSpec {
  /** Sheet-scoped, so two matrices in one workbook keep their own weights. */
  name: string;
  ref: Rect;
  comment: string;
  /** Hidden from Excel's Name Manager: names CityNet keeps for itself. */
  hidden?: boolean;
}

/** How the sheet prints: on paper the council gets it. */
export interface PrintSpec {
  landscape: boolean;
  /** All columns on one page's width (as many pages tall as it takes). */
  fitToWidth: boolean;
  /** Rows repeated at the top of every page (zero-based, inclusive): the table's heading row. */
  titleRows?: { first: number; last: number };
}

export interface SheetDescription {
  /** Preferred name; the renderer adds " (2)" and so on when the workbook has it already. */
  name: string;
  blocks: Block[];
  columns: ColumnSpec[];
  hiddenRows: number[];
  freeze: { rows: number; columns: number };
  table?: TableSpec;
  validations: Validation[];
  colorScales: ColorScale[];
  charts: ChartSpec[];
  names: NameSpec[];
  /** Ranges where a user types (scores, weights, notes): never overwritten by a refresh. */
  inputs: Rect[];
  print?: PrintSpec;
}

/**
 * Changes to a sheet that is already there: whole columns inserted first (cells, names, tables and
 * formulas move as in any spreadsheet), then names added and blocks written at the positions after
 * the insertion. Nothing outside the listed blocks is written.
 */
export interface SheetEdit {
  /** Whole columns inserted before the zero-based column `before` (in today's positions). */
  insertColumns?: { before: number; count: number };
  names: NameSpec[];
  blocks: Block[];
  columns: ColumnSpec[];
  validations: Validation[];
}
