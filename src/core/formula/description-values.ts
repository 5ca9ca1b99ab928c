import type { Cell, SheetDescription } from "../sheet/description";
import { Calculation, type CalcSheet } from "./calculation";

// The values a workbook of sheet descriptions shows once calculated: what the .xlsx writer stores as
// each formula's cached value, so that Protected View, file previews and readers that do not calculate
// see numbers, not blanks.

/** Each sheet's cells by "row,col", later blocks over earlier ones, as a host writes them. */
function cellsOf(d: SheetDescription): { cells: Map<string, Cell>; rows: number } {
  const cells = new Map<string, Cell>();
  let rows = 0;
  for (const b of d.blocks)
    b.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        cells.set(`${b.row + r},${b.col + c}`, cell);
        rows = Math.max(rows, b.row + r + 1);
      })
    );
  return { cells, rows };
}

/** A calculation of the sheets as they will be named in the workbook. */
export function describedWorkbook(
  sheets: readonly { name: string; description: SheetDescription }[]
): Calculation {
  const calcSheets: CalcSheet[] = sheets.map(({ name, description }) => {
    const { cells, rows } = cellsOf(description);
    const names = new Map(description.names.map((n) => [n.name.toUpperCase(), n.ref]));
    return {
      name,
      rows,
      cell: (r, c) => cells.get(`${r},${c}`),
      named: (n) => names.get(n.toUpperCase()),
    };
  });
  return new Calculation(calcSheets);
}
