// A1 formulas to R1C1, relative to the cell that holds them. A column of formulas that differ only by
// their row (=G9*2, =G10*2, …) is one R1C1 formula (=RC[-3]*2), so it can be sent once for the whole
// column instead of once per cell. Anything this cannot convert with certainty gives undefined, and the
// caller sends the A1 formulas as they are: a wrong formula must never reach a sheet.

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;

/** An A1 cell reference as R1C1, seen from the 1-based cell (row, col); undefined if it is not one. */
function cellR1C1(text: string, row: number, col: number): string | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const c = columnNumber(m[2]);
  const r = Number(m[4]);
  if (r < 1 || r > MAX_ROW || c > MAX_COL) return undefined;
  const part = (axis: "R" | "C", absolute: boolean, at: number, from: number) =>
    absolute ? `${axis}${at}` : at === from ? axis : `${axis}[${at - from}]`;
  return part("R", m[3] === "$", r, row) + part("C", m[1] === "$", c, col);
}

// Names may hold letters of any script ("W_læring"): read them whole, never as a name plus a cell.
const IDENTIFIER_START = /[\p{L}_\\$]/u;
const IDENTIFIER = /[\p{L}\p{N}_.\\$]/u;

/**
 * The R1C1 form of an A1 formula in the zero-based cell (row, col): cell references (relative,
 * absolute, mixed, in ranges, after a sheet name) become R1C1; strings, names, functions, numbers,
 * errors and array constants stay. Undefined for what it does not handle (whole rows or columns,
 * structured references, R1C1-looking text) or for a constant.
 */
export function toR1C1(formula: string, row: number, col: number): string | undefined {
  if (!formula.startsWith("=")) return undefined;
  const r = row + 1;
  const c = col + 1;
  let out = "=";
  let i = 1;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      // A string: up to the quote that is not doubled.
      let j = i + 1;
      while (j < n && !(formula[j] === '"' && formula[j + 1] !== '"'))
        j += formula[j] === '"' ? 2 : 1;
      if (j >= n) return undefined;
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "'") {
      // A quoted sheet name, which must be followed by "!".
      let j = i + 1;
      while (j < n && !(formula[j] === "'" && formula[j + 1] !== "'"))
        j += formula[j] === "'" ? 2 : 1;
      if (j >= n || formula[j + 1] !== "!") return undefined;
      out += formula.slice(i, j + 2);
      i = j + 2;
    } else if (ch === "[" || ch === "]") {
      return undefined; // structured references and external workbooks
    } else if (/\d/.test(ch) || (ch === "." && /\d/.test(formula[i + 1] ?? ""))) {
      // A number (1, 2.5, 1E-9); "1:3" would be whole rows.
      const m = /^\d*\.?\d+(?:[Ee][+-]?\d+)?/.exec(formula.slice(i))!;
      if (formula[i + m[0].length] === ":") return undefined;
      out += m[0];
      i += m[0].length;
    } else if (ch === "#") {
      const m = /^#[A-Za-z0-9/]+[!?]?/.exec(formula.slice(i));
      if (!m) return undefined;
      out += m[0];
      i += m[0].length;
    } else if (IDENTIFIER_START.test(ch)) {
      let j = i + 1;
      while (j < n && IDENTIFIER.test(formula[j])) j++;
      const word = formula.slice(i, j);
      const next = formula[j];
      if (next === "(" || next === "!") {
        out += word; // a function, or an unquoted sheet name
      } else {
        const ref = cellR1C1(word, r, c);
        if (ref !== undefined) out += ref;
        else if (next === ":" || /^\$?[A-Za-z]{1,3}$/.test(word) || /^R\d*C\d*$/i.test(word))
          return undefined; // A:C, or a word Excel would read as a reference once in R1C1
        else out += word; // a defined name (W_learning), TRUE, FALSE
      }
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
