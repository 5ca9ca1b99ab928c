import type { Constant, SheetDescription } from "./description";
import type { SheetSnapshot } from "./snapshot";

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

/**
 * A description as a sheet snapshot before anything calculates: constants as values, formulas as their
 * text (and marked as formulas), its names and table. What a host would read right after rendering it.
 */
export function descriptionToSnapshot(d: SheetDescription, name = d.name): SheetSnapshot {
  const values = descriptionToGrid(d);
  const formulas = values.map((line) => line.map(() => false as unknown));
  for (const block of d.blocks)
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell.formula !== undefined) formulas[block.row + r][block.col + c] = true;
      })
    );
  return {
    name,
    values,
    formulas,
    names: d.names.map((n) => ({ name: n.name, ref: n.ref })),
    tables: d.table ? [{ name: d.table.name, range: d.table.range }] : [],
  };
}
