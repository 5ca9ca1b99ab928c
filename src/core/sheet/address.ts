// A1 addresses from zero-based rows and columns.

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row + 1}` : `${columnLetter(col)}${row + 1}`;
}

export function rectA1(r: Rect, absolute = false): string {
  const start = a1(r.row, r.col, absolute);
  return r.rows === 1 && r.cols === 1
    ? start
    : `${start}:${a1(r.row + r.rows - 1, r.col + r.cols - 1, absolute)}`;
}

/** A sheet name quoted for use in a reference: 'Bergen review'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
