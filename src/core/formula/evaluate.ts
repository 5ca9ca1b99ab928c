// A small evaluator for the formulas CityNet writes (IF, AND, OR, ISNUMBER, ISNA, MATCH, INDEX, NA,
// COUNT, COUNTA, COUNTIF, SUMIF, SUMIFS, MIN, MAX, MEDIAN, AVERAGE, FIND, LEFT, CHAR, array constants,
// arithmetic, comparisons and "&" over cells, ranges, whole columns, other sheets' cells and
// sheet-scoped names), a few more people type (SUM, ROUND, ABS, NOT, IFERROR) and =CITYNET.… calls.
// The preview calculates its cells with it; the .xlsx writer the cached value of every formula.
// Excel's semantics where they matter here: blank counts as 0 or "", errors propagate, IF evaluates
// only the branch it takes.

export class FormulaError {
  constructor(
    readonly code: string,
    readonly message = ""
  ) {}
}
export type Value = number | string | boolean | FormulaError | Value[][];

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "op"; v: string }
  | { t: "id"; v: string }
  /** A cell, a range or whole columns ("A:C"), on the formula's sheet or a named one. */
  | { t: "ref"; v: string; sheet?: string };

/** Sticky patterns: each matches at `lastIndex` only, so a long formula is read without copies. */
const NUMBER_AT = /\d+(\.\d+)?(E[+-]?\d+)?/iy;
const SHEET_AT = /(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!/uy;
const CELL_RANGE_AT = /\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?(?![A-Z0-9_.(])/iy;
const COLUMNS_AT = /\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![A-Z0-9_.(])/iy;
const NAME_AT = /[\p{L}_][\p{L}\p{N}_.]*/uy;
const OPERATOR_AT = /<=|>=|<>|[-+*/&=<>(),;{}]/y;

/** The match of a sticky pattern at position i, or null. */
function at(pattern: RegExp, src: string, i: number): RegExpExecArray | null {
  pattern.lastIndex = i;
  return pattern.exec(src);
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = at(NUMBER_AT, src, i))) {
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if (ch === '"') {
      let s = "";
      i++;
      while (i < src.length) {
        if (src[i] === '"' && src[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (src[i] === '"') break;
        else s += src[i++];
      }
      i++;
      out.push({ t: "str", v: s });
    } else if (
      (m = at(SHEET_AT, src, i)) &&
      (at(CELL_RANGE_AT, src, i + m[0].length) || at(COLUMNS_AT, src, i + m[0].length))
    ) {
      const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      const after = i + m[0].length;
      const ref = (at(CELL_RANGE_AT, src, after) ?? at(COLUMNS_AT, src, after))![0];
      out.push({ t: "ref", v: ref.toUpperCase(), sheet });
      i = after + ref.length;
    } else if ((m = at(CELL_RANGE_AT, src, i)) || (m = at(COLUMNS_AT, src, i))) {
      out.push({ t: "ref", v: m[0].toUpperCase() });
      i += m[0].length;
    } else if ((m = at(NAME_AT, src, i))) {
      out.push({ t: "id", v: m[0] });
      i += m[0].length;
    } else if ((m = at(OPERATOR_AT, src, i))) {
      out.push({ t: "op", v: m[0] === ";" ? "," : m[0] });
      i += m[0].length;
    } else
      throw new FormulaError("#NAME?", `Cannot read the formula at '${src.slice(i, i + 10)}'.`);
  }
  return out;
}

export interface Scope {
  /** A cell, zero-based, on the formula's sheet or on the sheet named (an unknown sheet: #REF!). */
  cell(row: number, col: number, sheet?: string): Value;
  /** How many rows a sheet uses: how far whole columns ("A:A") reach. */
  rows?(sheet?: string): number;
  /**
   * A range's values, rows by columns, where the scope can give them faster than cell by cell (the
   * same whole column looked up from hundreds of rows); left out, the cells are read one by one.
   */
  range?(first: number, last: number, from: number, to: number, sheet?: string): Value[][];
  /** A sheet-scoped name → its single cell's value, or undefined. */
  name(name: string): Value | undefined;
  /** Functions beyond the built-ins (CITYNET.*), by upper-case name. */
  call(name: string, args: Value[]): Value | undefined;
}

/**
 * "B12" → row 11, column 1; "B" (a whole column) → column 1, row undefined; with which parts are
 * absolute ("$B$12").
 */
function refToIndex(ref: string): { row?: number; col: number; rowAbs: boolean; colAbs: boolean } {
  const m = /^(\$?)([A-Z]+)(\$?)(\d+)?$/.exec(ref)!;
  const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    row: m[4] === undefined ? undefined : Number(m[4]) - 1,
    col,
    colAbs: m[1] === "$",
    rowAbs: m[3] === "$",
  };
}

const isError = (v: unknown): v is FormulaError => v instanceof FormulaError;
const scalar = (v: Value): Exclude<Value, Value[][]> =>
  (Array.isArray(v) ? (v[0]?.[0] ?? "") : v) as Exclude<Value, Value[][]>;

function toNumber(v: Value): number | FormulaError {
  const x = scalar(v);
  if (isError(x)) return x;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x === "") return 0;
  const n = Number(x);
  return Number.isFinite(n) ? n : new FormulaError("#VALUE!", `'${x}' is not a number.`);
}

function rank(v: Exclude<Value, Value[][] | FormulaError>): number {
  return typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
}

function compare(op: string, a: Value, b: Value): Value {
  let x = scalar(a);
  let y = scalar(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  if (x === "" && typeof y === "number") x = 0;
  if (y === "" && typeof x === "number") y = 0;
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else if (typeof x === "string") c = x.toLowerCase().localeCompare((y as string).toLowerCase());
  else c = Number(x) - Number(y);
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

/** The functions the evaluator calculates itself; others go to the scope (CITYNET.*). */
export const BUILT_IN_FUNCTIONS = [
  "ABS",
  "AND",
  "AVERAGE",
  "CHAR",
  "COUNT",
  "COUNTA",
  "COUNTIF",
  "FIND",
  "IF",
  "IFERROR",
  "INDEX",
  "ISNA",
  "ISNUMBER",
  "LEFT",
  "MATCH",
  "MAX",
  "MEDIAN",
  "MIN",
  "NA",
  "NOT",
  "OR",
  "ROUND",
  "SUM",
  "SUMIF",
  "SUMIFS",
] as const;

/**
 * A COUNTIF/SUMIF criterion as a test: "<>x", ">=3", "=x" or plain "x" (text compared without case,
 * with * and ? as wildcards; a number compared as a number); "" matches blank cells.
 */
function criterion(c: Value): (v: Value) => boolean {
  const x = scalar(c);
  if (typeof x === "number" || typeof x === "boolean") return (v) => scalar(v) === x;
  if (isError(x)) return () => false;
  const m = /^(<=|>=|<>|=|<|>)?([\s\S]*)$/.exec(x)!;
  const op = m[1] ?? "=";
  const operand = m[2];
  const asNumber =
    operand.trim() !== "" && Number.isFinite(Number(operand)) ? Number(operand) : null;
  if (asNumber !== null)
    return (v) => {
      const y = scalar(v);
      return typeof y === "number" && (compare(op, y, asNumber) as boolean);
    };
  if (op === "=" || op === "<>") {
    const pattern = new RegExp(
      `^${operand
        .split(/(~[*?~]|[*?])/)
        .map((part) =>
          part === "*"
            ? "[\\s\\S]*"
            : part === "?"
              ? "[\\s\\S]"
              : (part.startsWith("~") ? part.slice(1) : part).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        )
        .join("")}$`,
      "i"
    );
    const test = (v: Value) => {
      const y = scalar(v);
      if (operand === "") return y === "";
      return typeof y === "string" && pattern.test(y);
    };
    return op === "=" ? test : (v) => !test(v);
  }
  return (v) => {
    const y = scalar(v);
    return typeof y === "string" && (compare(op, y, operand) as boolean);
  };
}

const cellsOf = (v: Value): Value[] => (Array.isArray(v) ? v.flat() : [v]);

/** What MATCH compares: the type and the value, text without case; blanks and errors match nothing. */
function matchKey(v: Value): string | undefined {
  if (typeof v === "string") return v === "" ? undefined : `s${v.toLowerCase()}`;
  if (typeof v === "number") return `n${v}`;
  if (typeof v === "boolean") return `b${v}`;
  return undefined;
}

/**
 * The first position of each value in a range, built once per range: a calculation hands the same
 * range (a whole column) to hundreds of MATCHes, so each is a lookup, not a scan.
 */
const matchIndexes = new WeakMap<Value[][], Map<string, number>>();
function matchIndex(range: Value[][]): Map<string, number> {
  let index = matchIndexes.get(range);
  if (!index) {
    index = new Map();
    const flat = range.flat();
    for (let i = 0; i < flat.length; i++) {
      const k = matchKey(flat[i]);
      if (k !== undefined && !index.has(k)) index.set(k, i);
    }
    matchIndexes.set(range, index);
  }
  return index;
}
const BUILT_IN = new Set<string>(BUILT_IN_FUNCTIONS);

/** A formula read once: run it in any scope; the functions and names it uses, for checking it. */
export interface Compiled {
  /** Runs in a scope; `at` is the cell it runs in, for a formula compiled with an origin. */
  run(scope: Scope, at?: CellAt): Value;
  /** Upper-case names of the functions it calls, built-in or not. */
  functions: string[];
  /** The names (not cell references) it refers to, as typed. */
  names: string[];
  /** The other sheets its references name, as typed. */
  sheets: string[];
}

export interface CellAt {
  row: number;
  col: number;
}

/**
 * Reads a formula (with or without its leading "="); a formula it cannot read is a #NAME? error. With
 * `origin`, the cell it was written in, its relative references follow the cell it runs in.
 */
export function compile(formula: string, origin?: CellAt): Compiled | FormulaError {
  let tokens: Token[];
  try {
    tokens = tokenize(formula.replace(/^=/, ""));
  } catch (e) {
    return e as FormulaError;
  }
  const functions = new Set<string>();
  const names = new Set<string>();
  const sheets = new Set<string>();
  // The scope of the run under way: the thunks read it when they run, not when they are made.
  let scope: Scope | undefined;
  let here: CellAt | undefined;
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (v?: string) => {
    const t = tokens[pos++];
    if (v !== undefined && (!t || t.v !== v))
      throw new FormulaError("#NAME?", `Expected '${v}' in the formula.`);
    return t;
  };
  // Parse into thunks so that IF can skip the branch it does not take.
  type Thunk = () => Value;
  const comparison = (): Thunk => {
    let left = additive();
    while (peek()?.t === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(peek()!.v as string)) {
      const op = take().v as string;
      const l = left;
      const r = additive();
      left = () => compare(op, l(), r());
    }
    return left;
  };
  const additive = (): Thunk => {
    let left = term();
    while (peek()?.t === "op" && ["+", "-", "&"].includes(peek()!.v as string)) {
      const op = take().v as string;
      const l = left;
      const r = term();
      left = () => {
        if (op === "&") {
          const a = scalar(l());
          const b = scalar(r());
          return isError(a) ? a : isError(b) ? b : `${a}${b}`;
        }
        const a = toNumber(l());
        const b = toNumber(r());
        return isError(a) ? a : isError(b) ? b : op === "+" ? a + b : a - b;
      };
    }
    return left;
  };
  const term = (): Thunk => {
    let left = unary();
    while (peek()?.t === "op" && ["*", "/"].includes(peek()!.v as string)) {
      const op = take().v as string;
      const l = left;
      const r = unary();
      left = () => {
        const a = toNumber(l());
        const b = toNumber(r());
        if (isError(a)) return a;
        if (isError(b)) return b;
        if (op === "/" && b === 0) return new FormulaError("#DIV/0!");
        return op === "*" ? a * b : a / b;
      };
    }
    return left;
  };
  const unary = (): Thunk => {
    if (peek()?.t === "op" && (peek()!.v === "-" || peek()!.v === "+")) {
      const op = take().v;
      const inner = unary();
      return () => {
        const n = toNumber(inner());
        return isError(n) ? n : op === "-" ? -n : n;
      };
    }
    return primary();
  };
  const primary = (): Thunk => {
    const t = take();
    if (!t) throw new FormulaError("#NAME?", "The formula ends too early.");
    if (t.t === "num" || t.t === "str") return () => t.v;
    if (t.t === "op" && t.v === "(") {
      const inner = comparison();
      take(")");
      return inner;
    }
    if (t.t === "op" && t.v === "{") {
      // An array constant, {1,2,3,4,5}: one row of numbers, text or logical values.
      const items: Value[] = [];
      do {
        const x = take();
        const negative = x?.t === "op" && x.v === "-";
        const item = negative ? take() : x;
        if (item?.t === "num") items.push(negative ? -item.v : item.v);
        else if (item?.t === "str" && !negative) items.push(item.v);
        else if (item?.t === "id" && /^(TRUE|FALSE)$/i.test(item.v) && !negative)
          items.push(item.v.toUpperCase() === "TRUE");
        else throw new FormulaError("#NAME?", "An array constant holds only constants.");
      } while (peek()?.t === "op" && peek()!.v === "," && take(","));
      take("}");
      return () => [items];
    }
    if (t.t === "ref") {
      const [a, b] = t.v.split(":");
      const start = refToIndex(a);
      const end = b ? refToIndex(b) : start;
      const sheet = t.sheet;
      if (sheet !== undefined) sheets.add(sheet);
      // Relative parts are kept as offsets from the cell the formula was read for (origin), and
      // resolved from the cell it runs in: one compiled formula serves a whole column.
      const o = origin;
      const rel = (x: number | undefined, abs: boolean, axis: "row" | "col") =>
        x === undefined || abs || !o ? x : x - o[axis];
      const r1 = rel(start.row, start.rowAbs, "row");
      const c1 = rel(start.col, start.colAbs, "col")!;
      const r2 = rel(end.row, end.rowAbs, "row");
      const c2 = rel(end.col, end.colAbs, "col")!;
      const at = (x: number, abs: boolean, axis: "row" | "col") =>
        abs || !o ? x : x + (here ?? o)[axis];
      return () => {
        const col1 = at(c1, start.colAbs, "col");
        if (!b) return scope!.cell(at(r1!, start.rowAbs, "row"), col1, sheet);
        const col2 = at(c2, end.colAbs, "col");
        // Whole columns reach as far as the sheet has rows.
        const first = r1 === undefined ? 0 : at(r1, start.rowAbs, "row");
        const last = r2 === undefined ? (scope!.rows?.(sheet) ?? 0) - 1 : at(r2, end.rowAbs, "row");
        if (scope!.range) return scope!.range(first, last, col1, col2, sheet);
        const rows: Value[][] = [];
        for (let r = first; r <= last; r++) {
          const line: Value[] = [];
          for (let c = col1; c <= col2; c++) line.push(scope!.cell(r, c, sheet));
          rows.push(line);
        }
        return rows;
      };
    }
    if (t.t === "id") {
      const name = t.v.toUpperCase();
      if (peek()?.t === "op" && peek()!.v === "(") {
        take("(");
        const args: Thunk[] = [];
        if (!(peek()?.t === "op" && peek()!.v === ")")) {
          do args.push(comparison());
          while (peek()?.t === "op" && peek()!.v === "," && take(","));
        }
        take(")");
        functions.add(name);
        return () => callFunction(name, args);
      }
      if (name === "TRUE" || name === "FALSE") return () => name === "TRUE";
      names.add(t.v);
      return () => scope!.name(t.v) ?? new FormulaError("#NAME?", `Unknown name '${t.v}'.`);
    }
    throw new FormulaError("#NAME?", `Unexpected '${String(t.v)}' in the formula.`);
  };
  /** The numbers in arguments, as Excel's SUM, MIN … take them from references: an error wins. */
  const numbersOf = (args: Thunk[]): number[] | FormulaError => {
    const numbers: number[] = [];
    for (const a of args) {
      const v = a();
      for (const x of Array.isArray(v) ? v.flat() : [v]) {
        if (isError(x)) return x;
        if (typeof x === "number") numbers.push(x);
      }
    }
    return numbers;
  };
  const callFunction = (name: string, args: Thunk[]): Value => {
    switch (name) {
      case "IF": {
        const c = scalar(args[0]());
        if (isError(c)) return c;
        const truthy = typeof c === "string" ? c !== "" : Boolean(c);
        return truthy ? (args[1] ? args[1]() : true) : args[2] ? args[2]() : false;
      }
      case "IFERROR": {
        const v = args[0]();
        return isError(scalar(v)) ? (args[1] ? args[1]() : "") : v;
      }
      case "AND": {
        for (const a of args) {
          const v = scalar(a());
          if (isError(v)) return v;
          if (!v) return false;
        }
        return true;
      }
      case "NOT": {
        const v = scalar(args[0]());
        if (isError(v)) return v;
        return typeof v === "string" ? v === "" : !v;
      }
      case "ISNUMBER":
        return typeof scalar(args[0]()) === "number";
      case "ISNA": {
        const v = scalar(args[0]());
        return isError(v) && v.code === "#N/A";
      }
      case "COUNTA":
        return args.reduce((n, a) => n + cellsOf(a()).filter((v) => v !== "").length, 0);
      case "COUNTIF": {
        const test = criterion(args[1]());
        return cellsOf(args[0]()).filter(test).length;
      }
      case "SUMIF":
      case "SUMIFS": {
        // SUMIF(range, criterion, [sum range]); SUMIFS(sum range, range, criterion, …).
        const [sumArg, pairs] =
          name === "SUMIF"
            ? [args[2] ?? args[0], [[args[0], args[1]]]]
            : [
                args[0],
                Array.from({ length: (args.length - 1) >> 1 }, (_, k) => [
                  args[1 + 2 * k],
                  args[2 + 2 * k],
                ]),
              ];
        const sums = cellsOf(sumArg());
        const tests = pairs.map(([range, c]) => ({
          cells: cellsOf(range()),
          test: criterion(c()),
        }));
        let total = 0;
        sums.forEach((v, i) => {
          if (typeof v !== "number") return;
          if (tests.every((t) => t.test(t.cells[i] ?? ""))) total += v;
        });
        return total;
      }
      case "INDEX": {
        const array = args[0]();
        const grid = Array.isArray(array) ? array : [[array]];
        const row = toNumber(args[1]());
        if (isError(row)) return row;
        const col = args[2] ? toNumber(args[2]()) : 1;
        if (isError(col)) return col;
        // One column (or one row) is indexed by the one number given.
        const [r, c] =
          args[2] === undefined && grid.length === 1 && grid[0].length > 1 ? [1, row] : [row, col];
        const v = grid[Math.trunc(r) - 1]?.[Math.trunc(c) - 1];
        return v === undefined ? new FormulaError("#REF!", "INDEX is outside the range.") : v;
      }
      case "CHAR": {
        const n = toNumber(args[0]());
        return isError(n) ? n : String.fromCharCode(Math.trunc(n));
      }
      case "FIND": {
        const what = scalar(args[0]());
        const within = scalar(args[1]());
        if (isError(what)) return what;
        if (isError(within)) return within;
        const i = String(within).indexOf(String(what));
        return i >= 0 ? i + 1 : new FormulaError("#VALUE!", "FIND did not find the text.");
      }
      case "LEFT": {
        const v = scalar(args[0]());
        if (isError(v)) return v;
        const n = args[1] ? toNumber(args[1]()) : 1;
        if (isError(n)) return n;
        return n < 0 ? new FormulaError("#VALUE!") : String(v).slice(0, Math.trunc(n));
      }
      case "NA":
        return new FormulaError("#N/A");
      case "ABS":
      case "ROUND": {
        const n = toNumber(args[0]());
        if (isError(n)) return n;
        if (name === "ABS") return Math.abs(n);
        const digits = args[1] ? toNumber(args[1]()) : 0;
        if (isError(digits)) return digits;
        // Excel rounds halves away from zero; the epsilon keeps 1.005 from being 1.00499….
        const f = 10 ** Math.trunc(digits);
        return (Math.sign(n) * Math.round(Math.abs(n) * f * (1 + Number.EPSILON))) / f;
      }
      case "SUM":
      case "COUNT":
      case "MIN":
      case "MAX":
      case "MEDIAN":
      case "AVERAGE": {
        // As in Excel, blank cells, text and logical values in references are skipped.
        const numbers = numbersOf(args);
        if (isError(numbers)) return numbers;
        if (name === "SUM") return numbers.reduce((t, x) => t + x, 0);
        if (name === "COUNT") return numbers.length;
        if (numbers.length === 0)
          return name === "MIN" || name === "MAX"
            ? 0
            : new FormulaError(name === "AVERAGE" ? "#DIV/0!" : "#NUM!");
        if (name === "MIN") return Math.min(...numbers);
        if (name === "MAX") return Math.max(...numbers);
        if (name === "AVERAGE") return numbers.reduce((t, x) => t + x, 0) / numbers.length;
        const sorted = [...numbers].sort((x, y) => x - y);
        const mid = sorted.length >> 1;
        return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
      }
      case "OR": {
        let any = false;
        for (const a of args) {
          const v = scalar(a());
          if (isError(v)) return v;
          if (v) any = true;
        }
        return any;
      }
      case "MATCH": {
        // Exact match only (match type 0), as CityNet's formulas use it: same type, text without case.
        const x = scalar(args[0]());
        if (isError(x)) return x;
        const list = args[1]();
        const k = matchKey(x);
        if (k === undefined) return new FormulaError("#N/A");
        const i = Array.isArray(list)
          ? matchIndex(list).get(k)
          : matchKey(list) === k
            ? 0
            : undefined;
        return i !== undefined ? i + 1 : new FormulaError("#N/A");
      }
      default: {
        const values = args.map((a) => a());
        const result = scope!.call(name, values);
        return result ?? new FormulaError("#NAME?", `Unknown function ${name}.`);
      }
    }
  };
  try {
    const thunk = comparison();
    if (pos < tokens.length)
      throw new FormulaError("#NAME?", `Unexpected '${String(tokens[pos].v)}' in the formula.`);
    return {
      run(s: Scope, cell?: CellAt): Value {
        const outer = scope;
        const outerCell = here;
        scope = s;
        here = cell;
        try {
          return thunk();
        } finally {
          scope = outer;
          here = outerCell;
        }
      },
      functions: [...functions],
      names: [...names],
      sheets: [...sheets],
    };
  } catch (e) {
    if (e instanceof FormulaError) return e;
    throw e;
  }
}

/** Evaluates a formula (with or without its leading "=") in a scope. Errors come back as values. */
export function evaluate(formula: string, scope: Scope): Value {
  const c = compile(formula);
  return c instanceof FormulaError ? c : c.run(scope);
}

/**
 * Why the preview cannot calculate a formula typed into a cell, or null when it can: a formula it
 * cannot read, a function it does not have, a name the sheet does not have. Excel would take some of
 * these and show #NAME?; the preview says so before anything is written.
 */
export function formulaProblem(
  formula: string,
  known: {
    function(name: string): boolean;
    name(name: string): boolean;
    /** Whether the workbook has a sheet of this name; left out, any is taken. */
    sheet?(name: string): boolean;
  }
): string | null {
  if (/^=\s*$/.test(formula)) return "The formula is empty.";
  const c = compile(formula);
  if (c instanceof FormulaError) return `The preview cannot read this formula: ${c.message}`;
  const unknown = c.functions.filter((f) => !BUILT_IN.has(f) && !known.function(f));
  if (unknown.length > 0)
    return `The preview does not calculate ${unknown.join(", ")}: it calculates ${BUILT_IN_FUNCTIONS.join(", ")} and the CITYNET functions.`;
  const noSheet = known.sheet ? c.sheets.filter((n) => !known.sheet!(n)) : [];
  if (noSheet.length > 0)
    return `This workbook has no sheet ${noSheet.map((n) => `'${n}'`).join(", ")}.`;
  const missing = c.names.filter((n) => !known.name(n));
  if (missing.length > 0)
    return `This sheet has no name ${missing.map((n) => `'${n}'`).join(", ")}.`;
  return null;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A formula after whole columns are inserted before column `before` (zero-based): every A1 reference at
 * or right of it moves right by `count`, as in a spreadsheet. Text in quotes and names are left alone.
 */
export function shiftColumns(formula: string, before: number, count: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?\d+)(?![A-Za-z0-9_(])/g,
            (_, dollar: string, letters: string, rest: string) => {
              const col = columnNumber(letters);
              return `${dollar}${columnLetters(col >= before ? col + count : col)}${rest}`;
            }
          )
    )
    .join("");
}
