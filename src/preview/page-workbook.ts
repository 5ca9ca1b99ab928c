import { rectA1, type Rect } from "../core/sheet/address";
import { fitCellText } from "../core/sheet/cell-text";
import type { Block, Cell, Constant, SheetDescription, SheetEdit } from "../core/sheet/description";
import { uniqueSheetName, uniqueTableName } from "../core/sheet/sheet-names";
import { readMatrix, type MatrixRead } from "../core/sheet/read-matrix";
import type { SheetSnapshot, TableRef } from "../core/sheet/snapshot";
import type { CellBlock, CellPosition, SheetChange, WorkbookHost } from "../excel/host";
import { Calculation } from "../core/formula/calculation";
import { FormulaError, shiftColumns, type Value } from "../core/formula/evaluate";

// The workbook of the preview page: sheets held in memory, formulas calculated on read by the small
// evaluator, the same WorkbookHost the pane uses in Excel. No DOM here; the page draws it.
//
// Functions that answer later (NETWORK_SCORE and NETWORK_VERDICT read the workbook's matrices, as in
// Excel) show #BUSY! until their answer comes, then the page is told to draw again. Their answers
// hold until the workbook changes: they are volatile, so any change asks them again.

/** A cell of the page's workbook: what it holds, and its number format, which stays when typed over. */
export type PreviewCell = Cell & { format?: string };

export interface PreviewSheet {
  name: string;
  cells: Map<string, PreviewCell>;
  /** Sheet-scoped names. */
  names: Map<string, Rect>;
  tables: TableRef[];
  description?: SheetDescription;
}

/** Text as a cell holds it: at most 32,767 characters (cell-text.ts); other constants as they are. */
const fit = (v: Constant | undefined): Constant =>
  typeof v === "string" ? fitCellText(v) : (v ?? null);

const key = (row: number, col: number) => `${row},${col}`;

/** Puts a cell in place; its number format is the one given, else the one the place had (as in Excel). */
function put(sheet: PreviewSheet, at: string, cell: Cell, format?: string): void {
  const kept = format ?? sheet.cells.get(at)?.format;
  sheet.cells.set(at, kept ? { ...cell, format: kept } : cell);
}

/** A description's blocks into the sheet: formulas and constants, with the blocks' number formats. */
function putBlocks(sheet: PreviewSheet, blocks: readonly Block[]): void {
  for (const b of blocks)
    b.cells.forEach((line, r) =>
      line.forEach((cell, c) =>
        put(
          sheet,
          key(b.row + r, b.col + c),
          cell.formula !== undefined ? { formula: cell.formula } : { value: fit(cell.value) },
          b.style?.numberFormat
        )
      )
    );
}

/** Constants typed or written into cells; the cells keep their formats. */
function putValues(sheet: PreviewSheet, blocks: readonly CellBlock[]): void {
  for (const b of blocks)
    b.values.forEach((line, r) =>
      line.forEach((v, c) => put(sheet, key(b.row + r, b.col + c), { value: fit(v) }))
    );
}

/** Calls a custom function (CITYNET.*) by name: its value, a promise of it, or undefined if unknown. */
export type Functions = (name: string, args: Value[]) => Value | Promise<Value> | undefined;

/** What the page keeps of a workbook between visits (storage.ts): cells, names, tables, settings. */
export interface WorkbookState {
  sheets: {
    name: string;
    cells: [string, PreviewCell][];
    names: [string, Rect][];
    tables: TableRef[];
    /** The description without its blocks (the cells hold those): columns, hidden rows … */
    description?: SheetDescription;
  }[];
  settings: [string, string][];
}

const BUSY = new FormulaError("#BUSY!", "Calculating …");

/** A call's key: its name and arguments, errors included. */
function callKey(name: string, args: Value[]): string {
  return `${name}(${JSON.stringify(args, (_, v: unknown) => (v instanceof FormulaError ? { error: v.code } : v))})`;
}

export class PageWorkbook implements WorkbookHost {
  readonly kind = "preview" as const;
  readonly sheets: PreviewSheet[] = [];
  private current: CellPosition | null = null;
  private readonly selectionHandlers: ((p: CellPosition) => void)[] = [];
  private readonly changeHandlers: ((sheet: string, change: SheetChange) => void)[] = [];
  private readonly settings = new Map<string, string>();
  private readonly calculatedHandlers: (() => void)[] = [];
  private readonly stateHandlers: (() => void)[] = [];
  /** Answers that came later (or are coming), for the workbook as it is now. */
  private readonly later = new Map<string, { value: Value | null }>();
  private calculatedSoon = false;
  private calc?: Calculation;

  /** `functions` calls custom functions (CITYNET.*) by name for formulas that use them. */
  constructor(private readonly functions: Functions = () => undefined) {}

  /** Calls back when answers that came later are in: the page draws the cells again. */
  onCalculated(handler: () => void): void {
    this.calculatedHandlers.push(handler);
  }

  /** Calls back after anything the page keeps changes: cells, names, sheets, settings. */
  onStateChanged(handler: () => void): void {
    this.stateHandlers.push(handler);
  }

  /** A custom function's answer: at once, or #BUSY! until a promised one comes for this version. */
  private call(name: string, args: Value[]): Value | undefined {
    const key = callKey(name, args);
    const known = this.later.get(key);
    if (known) return known.value ?? BUSY;
    const result = this.functions(name, args);
    if (!(result instanceof Promise)) return result;
    const entry: { value: Value | null } = { value: null };
    this.later.set(key, entry);
    void result
      .catch((e: unknown) => new FormulaError("#VALUE!", String((e as Error)?.message ?? e)))
      .then((value) => {
        // Asked before the workbook changed: a new call is made for the new version.
        if (this.later.get(key) !== entry) return;
        entry.value = value;
        this.calc = undefined; // what was #BUSY! has its answer now
        this.calculatedLater();
      });
    return BUSY;
  }

  /** One "calculated" event for answers that come together. */
  private calculatedLater(): void {
    if (this.calculatedSoon) return;
    this.calculatedSoon = true;
    setTimeout(() => {
      this.calculatedSoon = false;
      for (const h of this.calculatedHandlers) h();
    }, 0);
  }

  async createSheet(d: SheetDescription): Promise<string> {
    const name = uniqueSheetName(
      d.name,
      this.sheets.map((s) => s.name)
    );
    if (!name)
      throw new Error(
        `The workbook already has sheets named ${d.name} to ${d.name} (20): rename or remove one.`
      );
    const sheet: PreviewSheet = {
      name,
      cells: new Map(),
      names: new Map(),
      tables: [],
      description: d,
    };
    putBlocks(sheet, d.blocks);
    for (const n of d.names) sheet.names.set(n.name, n.ref);
    if (d.table) {
      const taken = this.sheets.flatMap((s) => s.tables.map((t) => t.name));
      sheet.tables.push({ name: uniqueTableName(d.table.name, taken)!, range: d.table.range });
    }
    this.sheets.push(sheet);
    this.changed(name);
    return name;
  }

  sheet(name: string): PreviewSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`There is no sheet named '${name}'.`);
    return s;
  }

  /**
   * The workbook as the core calculates it (core/formula/calculation.ts), every sheet in it: kept, with
   * its values, until a cell changes or an answer that came later arrives.
   */
  private calculation(): Calculation {
    if (this.calc) return this.calc;
    this.calc = new Calculation(
      this.sheets.map((sheet) => {
        let rows = 0;
        for (const k of sheet.cells.keys()) rows = Math.max(rows, Number(k.split(",")[0]) + 1);
        return {
          name: sheet.name,
          rows,
          cell: (r: number, c: number) => sheet.cells.get(key(r, c)),
          named: (n: string) => {
            const upper = n.toUpperCase();
            for (const [k, ref] of sheet.names) if (k.toUpperCase() === upper) return ref;
            return undefined;
          },
        };
      }),
      (name, args) => this.call(name, args)
    );
    return this.calc;
  }

  /** The calculated value of one cell. */
  value(sheetName: string, row: number, col: number): Value {
    this.sheet(sheetName); // an unknown sheet is an error, as before
    return this.calculation().value(sheetName, row, col);
  }

  /** Calculates a formula typed in the formula box, on a sheet (or none). */
  evaluateFormula(formula: string, sheetName?: string): Value {
    if (sheetName) this.sheet(sheetName);
    return this.calculation().evaluate(formula, sheetName);
  }

  /** Whether the workbook has a sheet of this name (case as Excel: ignored). */
  hasSheet(name: string): boolean {
    return this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Whether a sheet has a name (case as Excel: ignored), for checking a typed formula. */
  hasName(sheetName: string, name: string): boolean {
    const upper = name.toUpperCase();
    return [...this.sheet(sheetName).names.keys()].some((n) => n.toUpperCase() === upper);
  }

  /**
   * Writes a formula into one cell, as typed into it (the page checks first that it can calculate it:
   * formula.ts formulaProblem). Text typed into a cell never comes here.
   */
  async writeFormula(sheetName: string, row: number, col: number, formula: string): Promise<void> {
    put(this.sheet(sheetName), key(row, col), { formula });
    this.changed(sheetName, rectA1({ row, col, rows: 1, cols: 1 }));
  }

  /** Every CityNet matrix in the workbook, read by the core's reader: what NETWORK_SCORE answers from. */
  evaluations(): MatrixRead[] {
    return this.sheets
      .map((s) => readMatrix(this.snapshot(s.name)))
      .filter((r): r is MatrixRead => r !== null);
  }

  size(sheetName: string): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const k of this.sheet(sheetName).cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  }

  /** Whole columns inserted, then names and cells written (a SheetEdit), as a spreadsheet would. */
  async applyEdit(sheetName: string, edit: SheetEdit): Promise<void> {
    const sheet = this.sheet(sheetName);
    const ins = edit.insertColumns;
    if (ins && ins.count > 0) {
      const moved = new Map<string, Cell>();
      for (const [k, cell] of sheet.cells) {
        const [r, c] = k.split(",").map(Number);
        const formula = cell.formula && shiftColumns(cell.formula, ins.before, ins.count);
        moved.set(
          key(r, c >= ins.before ? c + ins.count : c),
          formula ? { ...cell, formula } : cell
        );
      }
      sheet.cells = moved;
      const shift = (rect: Rect): Rect =>
        rect.col >= ins.before
          ? { ...rect, col: rect.col + ins.count }
          : rect.col + rect.cols > ins.before
            ? { ...rect, cols: rect.cols + ins.count }
            : rect;
      for (const [n, ref] of sheet.names) sheet.names.set(n, shift(ref));
      sheet.tables = sheet.tables.map((t) => ({ ...t, range: shift(t.range) }));
      if (sheet.description)
        sheet.description = {
          ...sheet.description,
          columns: sheet.description.columns.map((c) =>
            c.col >= ins.before ? { ...c, col: c.col + ins.count } : c
          ),
        };
    }
    for (const n of edit.names) sheet.names.set(n.name, n.ref);
    putBlocks(sheet, edit.blocks);
    if (sheet.description)
      sheet.description = {
        ...sheet.description,
        columns: [...sheet.description.columns, ...edit.columns],
      };
    this.changed(sheetName);
  }

  async readSheet(sheetName: string): Promise<SheetSnapshot> {
    return this.snapshot(sheetName);
  }

  /** The sheet as the core reads it: calculated values, which cells hold formulas, names, tables. */
  snapshot(sheetName: string): SheetSnapshot {
    const sheet = this.sheet(sheetName);
    const { rows, cols } = this.size(sheetName);
    const grid = (f: (r: number, c: number) => unknown) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));
    return {
      name: sheet.name,
      values: grid((r, c) => {
        const v = this.value(sheetName, r, c);
        return v instanceof FormulaError ? v.code : v;
      }),
      formulas: grid((r, c) => sheet.cells.get(key(r, c))?.formula !== undefined),
      names: [...sheet.names].map(([name, ref]) => ({ name, ref })),
      tables: sheet.tables.map((t) => ({ ...t })),
    };
  }

  async writeCells(sheetName: string, blocks: readonly CellBlock[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    putValues(sheet, blocks);
    // One event for the whole write, its blocks as areas, as Excel reports a change.
    const areas = blocks
      .filter((b) => b.values.length > 0)
      .map((b) =>
        rectA1({
          row: b.row,
          col: b.col,
          rows: b.values.length,
          cols: Math.max(1, ...b.values.map((line) => line.length)),
        })
      );
    this.changed(sheetName, areas.join(","));
  }

  /**
   * Writes cells as a co-author's edit arriving from elsewhere would: the change event says "remote".
   * The preview's way to try co-authoring without a second Excel.
   */
  async writeAsCoAuthor(sheetName: string, blocks: readonly CellBlock[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    putValues(sheet, blocks);
    const address = blocks
      .map((b) =>
        rectA1({
          row: b.row,
          col: b.col,
          rows: b.values.length,
          cols: Math.max(1, ...b.values.map((line) => line.length)),
        })
      )
      .join(",");
    this.bump();
    for (const h of this.changeHandlers)
      h(sheetName, { sheet: sheetName, address, source: "remote", own: false });
    this.stateChanged();
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async selection(): Promise<CellPosition | null> {
    return this.current;
  }

  async select(p: CellPosition): Promise<void> {
    this.current = p;
    for (const h of this.selectionHandlers) h(p);
  }

  async onSelectionChanged(handler: (p: CellPosition) => void): Promise<void> {
    this.selectionHandlers.push(handler);
  }

  async onChanged(handler: (sheet: string, change: SheetChange) => void): Promise<void> {
    this.changeHandlers.push(handler);
  }

  getSetting(k: string): string | undefined {
    return this.settings.get(k);
  }

  async setSetting(k: string, value: string): Promise<void> {
    this.settings.set(k, value);
    this.stateChanged();
  }

  /** What the page keeps between visits. */
  state(): WorkbookState {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells],
        names: [...s.names],
        tables: s.tables.map((t) => ({ ...t })),
        ...(s.description ? { description: { ...s.description, blocks: [] } } : {}),
      })),
      settings: [...this.settings],
    };
  }

  /** Takes up a kept workbook (checked by storage.ts) in place of this one's sheets and settings. */
  restore(state: WorkbookState): void {
    this.sheets.splice(
      0,
      this.sheets.length,
      ...state.sheets.map((s) => ({
        name: s.name,
        cells: new Map(s.cells),
        names: new Map(s.names),
        tables: s.tables.map((t) => ({ ...t })),
        ...(s.description ? { description: s.description } : {}),
      }))
    );
    this.settings.clear();
    for (const [k, v] of state.settings) this.settings.set(k, v);
    this.bump();
  }

  /** Cells changed: answers that came later no longer hold (the functions are volatile). */
  private bump(): void {
    this.later.clear();
    this.calc = undefined;
  }

  private stateChanged(): void {
    for (const h of this.stateHandlers) h();
  }

  /** The page cannot tell the pane's writes from what is typed into it: `own` stays unknown. */
  private changed(sheet: string, address?: string): void {
    this.bump();
    for (const h of this.changeHandlers) h(sheet, { sheet, address, source: "local" });
    this.stateChanged();
  }
}
