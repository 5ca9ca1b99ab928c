import type { Constant } from "../sheet/description";
import { compile, FormulaError, type Compiled, type Value } from "./evaluate";

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
    const v = this.evaluateOn(sheet, cell.formula);
    this.visiting.delete(k);
    this.memo.set(k, v);
    return v;
  }

  /** A formula as if it were in a cell of `sheetName` (the formula box of the preview). */
  evaluate(formula: string, sheetName?: string): Value {
    const sheet = sheetName ? this.byName.get(sheetName.toLowerCase()) : undefined;
    return this.evaluateOn(sheet, formula);
  }

  private evaluateOn(sheet: CalcSheet | undefined, formula: string): Value {
    let c = this.compiled.get(formula);
    if (!c) {
      c = compile(formula);
      this.compiled.set(formula, c);
    }
    if (c instanceof FormulaError) return c;
    return c.run({
      cell: (r, col, other) =>
        other !== undefined
          ? this.value(other, r, col)
          : sheet
            ? this.value(sheet.name, r, col)
            : "",
      rows: (other) =>
        other !== undefined
          ? (this.byName.get(other.toLowerCase())?.rows ?? 0)
          : (sheet?.rows ?? 0),
      name: (n) => {
        const at = sheet?.named(n);
        return at && sheet ? this.value(sheet.name, at.row, at.col) : undefined;
      },
      call: this.call,
    });
  }
}
