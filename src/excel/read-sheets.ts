import type { Rect } from "../core/sheet/address";
import { formulaProbe, isDamaged, readMatrix } from "../core/sheet/read-matrix";
import { namedRef, parseAreas, type SheetSnapshot } from "../core/sheet/snapshot";
import { gridFromA1 } from "./host";

// Sheets as the core reads them (snapshot.ts), from Office.js in two round trips however many sheets:
// values, names and table names first; then the tables' ranges and which of the cells the reader checks
// hold formulas (Range.getSpecialCells lists them as a few areas, where loading every formula would
// send back kilobytes of formula text per row). Needs ExcelApi 1.9.

export async function readSheets(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[]
): Promise<SheetSnapshot[]> {
  const first = worksheets.map((ws) => ({
    ws,
    sheet: ws.load("name"),
    used: ws.getUsedRangeOrNullObject(true).load("isNullObject, values, rowIndex, columnIndex"),
    names: ws.names.load("items/name, items/formula"),
    tables: ws.tables.load("items/name"),
  }));
  await context.sync();

  const second = first.map(({ ws, sheet, used, names, tables }) => {
    const values = used.isNullObject
      ? []
      : gridFromA1(used.values, used.rowIndex, used.columnIndex);
    const snapshot: SheetSnapshot = {
      name: sheet.name,
      values,
      names: names.items.map((n) => namedRef(n.name, String(n.formula ?? ""), sheet.name)),
      tables: [],
    };
    const read = readMatrix(snapshot);
    const probe: Rect[] = read && !isDamaged(read) ? formulaProbe(read) : [];
    return {
      snapshot,
      tables: tables.items.map((t) => ({
        name: t.name,
        range: t.getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
      })),
      probes: probe.map((rect) => ({
        rect,
        formulas: ws
          .getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols)
          .getSpecialCellsOrNullObject("Formulas" as Excel.SpecialCellType)
          .load("isNullObject, address"),
      })),
    };
  });
  if (second.some((s) => s.tables.length > 0 || s.probes.length > 0)) await context.sync();

  return second.map(({ snapshot, tables, probes }) => {
    const formulas: (boolean | undefined)[][] = [];
    for (const { rect, formulas: found } of probes) {
      for (let r = rect.row; r < rect.row + rect.rows; r++) (formulas[r] ??= [])[rect.col] = false;
      if (found.isNullObject) continue;
      for (const area of parseAreas(found.address))
        for (let r = area.row; r < area.row + area.rows; r++)
          for (let c = area.col; c < area.col + area.cols; c++) (formulas[r] ??= [])[c] = true;
    }
    return {
      ...snapshot,
      formulas: probes.length > 0 ? formulas : undefined,
      tables: tables.map((t) => ({
        name: t.name,
        range: {
          row: t.range.rowIndex,
          col: t.range.columnIndex,
          rows: t.range.rowCount,
          cols: t.range.columnCount,
        },
      })),
    };
  });
}
