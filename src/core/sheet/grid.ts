import type { Constant, SheetDescription } from "./description";

/**
 * The cells of a description as a grid (row by row from A1): constants as they are, formulas as their
 * text. What a sheet's values look like before anything calculates; tests and the read-back use it.
 */
export function descriptionToGrid(d: SheetDescription): (Constant | string)[][] {
  const grid: (Constant | string)[][] = [];
  for (const block of d.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const row = (grid[block.row + r] ??= []);
        row[block.col + c] = cell.formula ?? cell.value ?? "";
      })
    );
  }
  // The grid may have holes (empty rows): map() would skip them.
  let width = 0;
  for (let r = 0; r < grid.length; r++) width = Math.max(width, grid[r]?.length ?? 0);
  return Array.from({ length: grid.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? "")
  );
}
