import type { Rect } from "../core/sheet/address";
import { formulaProbe, isDamaged, readMatrix } from "../core/sheet/read-matrix";
import { namedRef, parseAreas, type SheetSnapshot, type TableRef } from "../core/sheet/snapshot";
import { gridFromA1 } from "./host";
import { jsonBytes } from "./write-batch";

// Sheets as the core reads them (snapshot.ts), from Office.js in two round trips however many sheets:
// values, names and table names first; then the tables' ranges and which of the cells the reader checks
// hold formulas (Range.getSpecialCells lists them as a few areas, where loading every formula would
// send back kilobytes of formula text per row). Needs ExcelApi 1.9.
//
// Excel on the web refuses to send back more than 5 MB at once (ResponsePayloadSizeLimitExceeded): a
// review of thousands of rows with its evidence is that large. Then each sheet is read again with its
// values in parts of about 1 MB, one round trip each, sized by what the parts before weighed (and
// halved while Excel still refuses one).

const PART_BYTES = 1_000_000;
const FIRST_PART_ROWS = 500;

/** The first pass over a sheet: its name, values (as a grid from A1), names and tables' names. */
interface FirstPass {
  ws: Excel.Worksheet;
  name: string;
  values: unknown[][];
  names: { name: string; formula: unknown }[];
  tables: string[];
}

/** Excel on the web's answer to a request whose answer would pass 5 MB. */
export function tooLarge(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "ResponsePayloadSizeLimitExceeded";
}

async function atOnce(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[]
): Promise<FirstPass[]> {
  const first = worksheets.map((ws) => ({
    ws,
    sheet: ws.load("name"),
    used: ws.getUsedRangeOrNullObject(true).load("isNullObject, values, rowIndex, columnIndex"),
    names: ws.names.load("items/name, items/formula"),
    tables: ws.tables.load("items/name"),
  }));
  await context.sync();
  return first.map(({ ws, sheet, used, names, tables }) => ({
    ws,
    name: sheet.name,
    values: used.isNullObject ? [] : gridFromA1(used.values, used.rowIndex, used.columnIndex),
    names: names.items.map((n) => ({ name: n.name, formula: n.formula })),
    tables: tables.items.map((t) => t.name),
  }));
}

/** One sheet with its used range read in parts that each stay near PART_BYTES. */
async function inParts(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<FirstPass> {
  const sheet = ws.load("name");
  const used = ws
    .getUsedRangeOrNullObject(true)
    .load("isNullObject, rowIndex, columnIndex, rowCount, columnCount");
  const names = ws.names.load("items/name, items/formula");
  const tables = ws.tables.load("items/name");
  await context.sync();
  const grid: unknown[][] = [];
  if (!used.isNullObject) {
    let rows = FIRST_PART_ROWS;
    let ceiling = Infinity; // fewer rows than a part Excel refused
    for (let done = 0; done < used.rowCount;) {
      const count = Math.min(rows, ceiling, used.rowCount - done);
      const part = ws
        .getRangeByIndexes(used.rowIndex + done, used.columnIndex, count, used.columnCount)
        .load("values");
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one part per answer is the point
        await context.sync();
      } catch (error) {
        // Heavier rows than those before: half as many, down to one row at a time.
        if (!tooLarge(error) || count === 1) throw error;
        ceiling = Math.ceil(count / 2);
        continue;
      }
      grid.push(...part.values);
      done += count;
      // The next part as large as the rows so far say fits (at least one row).
      const perRow = Math.max(1, jsonBytes(part.values) / count);
      rows = Math.max(1, Math.floor(PART_BYTES / perRow));
    }
  }
  return {
    ws,
    name: sheet.name,
    values: used.isNullObject ? [] : gridFromA1(grid, used.rowIndex, used.columnIndex),
    names: names.items.map((n) => ({ name: n.name, formula: n.formula })),
    tables: tables.items.map((t) => t.name),
  };
}

export async function readSheets(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[]
): Promise<SheetSnapshot[]> {
  let first: FirstPass[];
  try {
    first = await atOnce(context, worksheets);
  } catch (error) {
    if (!tooLarge(error)) throw error;
    first = [];
    for (const ws of worksheets) first.push(await inParts(context, ws));
  }

  const second = first.map(({ ws, name, values, names, tables }) => {
    const snapshot: SheetSnapshot = {
      name,
      values,
      names: names.map((n) => namedRef(n.name, String(n.formula ?? ""), name)),
      tables: [],
    };
    const read = readMatrix(snapshot);
    const probe: Rect[] = read && !isDamaged(read) ? formulaProbe(read) : [];
    return {
      snapshot,
      tables: tables.map((t) => loadTableRange(ws, t)),
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
      tables: tables.map(tableRef),
    };
  });
}

/** A table's range, loaded with the round trip's other reads; tableRef reads it after the sync. */
export function loadTableRange(ws: Excel.Worksheet, name: string) {
  return {
    name,
    range: ws.tables.getItem(name).getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
  };
}

export function tableRef(t: ReturnType<typeof loadTableRange>): TableRef {
  return {
    name: t.name,
    range: {
      row: t.range.rowIndex,
      col: t.range.columnIndex,
      rows: t.range.rowCount,
      cols: t.range.columnCount,
    },
  };
}
