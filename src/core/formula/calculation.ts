import type { Constant } from "../sheet/description";
import { compile, FormulaError, type CellAt, type Compiled, type Value } from "./evaluate";

// A workbook calculated once: the value of any cell, its formula evaluated over the cells, ranges,
// whole columns and names it refers to, on its own sheet or another, each cell at most once (memo),
// a circular reference an error. The preview's in-page workbook and the .xlsx writer's cached values
// both calculate with it, so what the preview shows and what a file holds are the same numbers.

/** A sheet as the calculation reads it. */
export interface CalcSheet {
  name: string;
  /** The cell's formula, or its constant (undefined: blank). */
  cell(row: number, col: number): { formula?: string; value?: Constant } | undefined;
  /** A sheet-scoped name's single cell. */
  named(name: string): { row: number; col: number } | undefined;
  /** How many rows the sheet uses (whole columns reach this far). */
  rows: number;
}

export class Calculation {
  private readonly memo = new Map<string, Value>();
  private readonly visiting = new Set<string>();
  private readonly compiled = new Map<string, Compiled | FormulaError>();
  private readonly byName = new Map<string, CalcSheet>();
  /** Ranges read once per calculation: a whole column looked up from every row of a summary. */
  private readonly ranges = new Map<string, Value[][]>();

  constructor(
    sheets: readonly CalcSheet[],
    /** Functions beyond the built-ins (CITYNET.*): their answer, or undefined for an unknown one. */
    private readonly call: (name: string, args: Value[]) => Value | undefined = () => undefined
  ) {
    // Excel finds a sheet by its name without regard to case.
    for (const s of sheets) this.byName.set(s.name.toLowerCase(), s);
  }

  /** The calculated value of a cell; "" for a blank one. */
  value(sheetName: string, row: number, col: number): Value {
    const sheet = this.byName.get(sheetName.toLowerCase());
    if (!sheet) return new FormulaError("#REF!", `There is no sheet '${sheetName}'.`);
    const k = `${sheet.name.toLowerCase()}!${row}:${col}`;
    const known = this.memo.get(k);
    if (known !== undefined) return known;
    const cell = sheet.cell(row, col);
    if (!cell || cell.formula === undefined) return cell?.value ?? "";
    if (this.visiting.has(k)) return new FormulaError("#REF!", "Circular reference.");
    this.visiting.add(k);
    const v = this.evaluateOn(sheet, cell.formula, { row, col });
    this.visiting.delete(k);
    this.memo.set(k, v);
    return v;
  }

  /** A formula as if it were in a cell of `sheetName` (the formula box of the preview). */
  evaluate(formula: string, sheetName?: string): Value {
    const sheet = sheetName ? this.byName.get(sheetName.toLowerCase()) : undefined;
    return this.evaluateOn(sheet, formula);
  }

  private evaluateOn(sheet: CalcSheet | undefined, formula: string, at?: CellAt): Value {
    // A column of formulas that differ only by their row is read once (relativeKey).
    const k = at ? relativeKey(formula, at.row, at.col) : formula;
    let c = this.compiled.get(k);
    if (!c) {
      c = compile(formula, at);
      this.compiled.set(k, c);
    }
    if (c instanceof FormulaError) return c;
    return c.run(
      {
        cell: (r, col, other) =>
          other !== undefined
            ? this.value(other, r, col)
            : sheet
              ? this.value(sheet.name, r, col)
              : "",
        range: (first, last, from, to, other) => {
          const name = other ?? sheet?.name;
          if (name === undefined) return [];
          const k = `${name.toLowerCase()}!${first}:${last}:${from}:${to}`;
          let values = this.ranges.get(k);
          if (!values) {
            values = [];
            for (let r = first; r <= last; r++) {
              const line: Value[] = [];
              for (let c = from; c <= to; c++) line.push(this.value(name, r, c));
              values.push(line);
            }
            this.ranges.set(k, values);
          }
          return values;
        },
        rows: (other) =>
          other !== undefined
            ? (this.byName.get(other.toLowerCase())?.rows ?? 0)
            : (sheet?.rows ?? 0),
        name: (n) => {
          const at = sheet?.named(n);
          return at && sheet ? this.value(sheet.name, at.row, at.col) : undefined;
        },
        call: this.call,
      },
      at
    );
  }
}

const CELL_WORD = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN_WORD = /^(\$?)([A-Za-z]{1,3})$/;
const columnNumber = (letters: string) =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * A formula with its relative references written as offsets from the cell (row, col): equal for two
 * cells exactly when one compiled formula computes both ("=G9*2" in row 9 and "=G10*2" in row 10).
 * Text in quotes and quoted sheet names are kept as they are.
 */
export function relativeKey(formula: string, row: number, col: number): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < n && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z0-9_.$\p{L}]/u.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && /[A-Za-z0-9_.$\p{L}\p{N}]/u.test(formula[j])) j++;
    const word = formula.slice(i, j);
    const next = formula[j];
    const cell = next !== "(" && next !== "!" ? CELL_WORD.exec(word) : null;
    const column =
      !cell && (next === ":" || formula[i - 1] === ":") ? COLUMN_WORD.exec(word) : null;
    if (cell) {
      const c = columnNumber(cell[2]);
      const r = Number(cell[4]) - 1;
      out += `{${cell[1] ? `C${c}` : `c${c - col}`}${cell[3] ? `R${r}` : `r${r - row}`}}`;
    } else if (column) {
      const c = columnNumber(column[2]);
      out += `{${column[1] ? `C${c}` : `c${c - col}`}}`;
    } else out += word;
    i = j;
  }
  return out;
}
