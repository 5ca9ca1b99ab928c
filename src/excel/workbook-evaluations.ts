import type { Rect } from "../core/sheet/address";
import {
  columnName,
  isCityNetName,
  SETTINGS_NAME,
  THRESHOLD_NAMES,
} from "../core/sheet/matrix-names";
import { readMatrix, type MatrixLayout, type MatrixRead } from "../core/sheet/read-matrix";
import { namedRef, parseAreas, type NamedRef, type SheetSnapshot } from "../core/sheet/snapshot";
import { loadTableRange, readSheets, tableRef, tooLarge } from "./read-sheets";

export type WorkbookEvaluation = MatrixRead;

// Every CityNet evaluation matrix in the workbook, read back for NETWORK_SCORE and NETWORK_VERDICT,
// damaged ones included (a function says that a matrix it would have used cannot be read). Custom
// functions run while Excel calculates, so they read only what an answer needs, in three round trips
// however many matrices: the sheets; each sheet's names, tables and used rows; then, for each matrix,
// its named cells (settings, weights, thresholds), its heading row and the columns of its table that
// the reader reads, with which of their cells hold formulas. The evidence and notes columns (the bulk
// of a review, up to 32,767 characters a cell) are left out: no answer depends on them. A matrix whose
// columns are not all named (written by CityNet 0.1, or a name deleted by hand) is read whole instead,
// as the pane reads it (read-sheets.ts), so no column is ever missed; so is a workbook whose matrices
// together would answer with more than Excel on the web sends at once (5 MB).

/** Columns no function answer depends on: long text, and the chart's helpers. */
const SKIPPED_COLUMN = /^(evidence|notes|rater_.+_notes|series_.+)$/;
const COLUMN_PREFIX = columnName("");

interface SheetInfo {
  ws: Excel.Worksheet;
  name: string;
  names: NamedRef[];
  tables: string[];
  /** The last used row and column (zero-based), or -1 for an empty sheet. */
  lastRow: number;
  lastCol: number;
}

/** Every column a read matrix uses (its fixed, score and team columns), to check none was left unread. */
function layoutColumns(layout: MatrixLayout): number[] {
  const out: number[] = [];
  const walk = (x: unknown) => {
    if (typeof x === "number") out.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") Object.values(x).forEach(walk);
  };
  walk([layout.columns, layout.scoreColumns, layout.team]);
  return out;
}

/** The single cells a read matrix uses: its settings, weights and thresholds. */
function layoutCells(layout: MatrixLayout): { row: number; col: number }[] {
  return [
    layout.settingsCell,
    ...layout.weightCells,
    ...Object.values(layout.thresholdCells),
  ].filter((p): p is { row: number; col: number } => p !== undefined);
}

export async function readWorkbookEvaluations(
  context: Excel.RequestContext
): Promise<WorkbookEvaluation[]> {
  // Round trip 1: the sheets.
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();

  // Round trip 2: each sheet's names, tables and used area (its bounds, not its values).
  const probes = sheets.items.map((ws) => ({
    ws,
    names: ws.names.load("items/name, items/formula"),
    tables: ws.tables.load("items/name"),
    used: ws
      .getUsedRangeOrNullObject(true)
      .load("isNullObject, rowIndex, columnIndex, rowCount, columnCount"),
  }));
  await context.sync();
  const candidates: SheetInfo[] = probes
    .filter((p) =>
      p.names.items.some((n) => isCityNetName(n.name) || n.name === THRESHOLD_NAMES.strengthen)
    )
    .map((p) => ({
      ws: p.ws,
      name: p.ws.name,
      names: p.names.items.map((n) => namedRef(n.name, String(n.formula ?? ""), p.ws.name)),
      tables: p.tables.items.map((t) => t.name),
      lastRow: p.used.isNullObject ? -1 : p.used.rowIndex + p.used.rowCount - 1,
      lastCol: p.used.isNullObject ? -1 : p.used.columnIndex + p.used.columnCount - 1,
    }));
  if (candidates.length === 0) return [];

  // Round trip 3: what each matrix's answers need.
  const light = candidates.map((info) => ({ info, plan: planRead(info) }));
  const queued = light.map(({ info, plan }) => (plan ? queueRead(info, plan) : null));
  try {
    await context.sync();
  } catch (error) {
    // Over Excel on the web's 5 MB answer: read the matrices as the pane does, in parts.
    if (!tooLarge(error)) throw error;
    const snapshots = await readSheets(
      context,
      candidates.map((c) => c.ws)
    );
    return snapshots.map((s) => readMatrix(s)).filter((r): r is MatrixRead => r !== null);
  }

  const reads: (MatrixRead | null)[] = [];
  const whole: SheetInfo[] = [];
  light.forEach(({ info }, i) => {
    const q = queued[i];
    const read = q ? readMatrix(q.snapshot()) : null;
    // A column or cell the reader found by its heading or position but this read skipped (names
    // deleted by hand): read the sheet whole.
    const missed =
      q && read && !("damaged" in read)
        ? layoutColumns(read.layout).some((c) => !q.covers(q.headerRow + 1, c)) ||
          layoutCells(read.layout).some((p) => !q.covers(p.row, p.col))
        : false;
    if (!q || missed) whole.push(info);
    else reads.push(read);
  });
  if (whole.length > 0)
    for (const s of await readSheets(
      context,
      whole.map((w) => w.ws)
    ))
      reads.push(readMatrix(s));
  return reads.filter((r): r is MatrixRead => r !== null);
}

interface ReadPlan {
  headerRow: number;
  /** Columns to read from the heading row down to the last used row. */
  columns: number[];
  /** Columns left out on purpose: the reader may use them, no answer depends on them. */
  skipped: number[];
  /** The first cell of every other name on the sheet: settings, weights, thresholds, and any to come. */
  cells: Rect[];
}

/** What to read of a matrix whose settings and heading row are named; null when it must be read whole. */
function planRead(info: SheetInfo): ReadPlan | null {
  const byName = new Map(info.names.map((n) => [n.name, n.ref]));
  const settings = byName.get(SETTINGS_NAME);
  const heading = byName.get(columnName("organisation")) ?? byName.get(columnName("key"));
  if (!settings || !heading || info.lastRow < heading.row) return null;
  const headerRow = heading.row;
  const columns = new Set<number>();
  const skipped = new Set<number>();
  for (const n of info.names) {
    if (!n.ref || !n.name.startsWith(COLUMN_PREFIX) || n.ref.row !== headerRow) continue;
    (SKIPPED_COLUMN.test(n.name.slice(COLUMN_PREFIX.length)) ? skipped : columns).add(n.ref.col);
  }
  // One cell per name, whatever its size: the reader uses a name's first cell only.
  const cells = info.names
    .filter((n) => n.ref && !n.name.startsWith(COLUMN_PREFIX))
    .map((n) => ({ row: n.ref!.row, col: n.ref!.col, rows: 1, cols: 1 }));
  return {
    headerRow,
    columns: [...columns].filter((c) => !skipped.has(c)),
    skipped: [...skipped],
    cells,
  };
}

/** Queues the reads of a plan; after the sync, `snapshot()` gives the sheet as far as it was read. */
function queueRead(info: SheetInfo, plan: ReadPlan) {
  const { ws } = info;
  const rows = info.lastRow - plan.headerRow; // below the heading row
  const headingRow = ws
    .getRangeByIndexes(plan.headerRow, 0, 1, Math.max(1, info.lastCol + 1))
    .load("values");
  const cells = plan.cells.map((rect) => ({
    rect,
    range: ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).load("values"),
  }));
  // Adjacent columns in one range: fewer objects in the request, the same cells.
  const runs: Rect[] = [];
  for (const c of [...plan.columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.col + last.cols === c) last.cols++;
    else runs.push({ row: plan.headerRow + 1, col: c, rows: rows, cols: 1 });
  }
  const columns = runs
    .filter((r) => r.rows > 0)
    .map((rect) => {
      const range = ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
      return {
        rect,
        values: range.load("values"),
        // Which hold formulas, as a few areas (a value typed over a formula is a problem to report).
        formulas: range
          .getSpecialCellsOrNullObject("Formulas" as Excel.SpecialCellType)
          .load("isNullObject, address"),
      };
    });
  const tables = info.tables.map((name) => loadTableRange(ws, name));

  const read = new Set([...plan.columns, ...plan.skipped]);
  return {
    headerRow: plan.headerRow,
    /** Whether the reader may use this cell: read, or left out on purpose. */
    covers: (row: number, col: number) =>
      row === plan.headerRow ||
      (row > plan.headerRow && read.has(col)) ||
      plan.cells.some((c) => c.row === row && c.col === col),
    snapshot(): SheetSnapshot {
      const values: unknown[][] = Array.from({ length: info.lastRow + 1 }, () => []);
      const put = (rect: Rect, grid: unknown[][]) =>
        grid.forEach((line, r) =>
          line.forEach((v, c) => {
            values[rect.row + r] ??= [];
            values[rect.row + r][rect.col + c] = v;
          })
        );
      put({ row: plan.headerRow, col: 0, rows: 1, cols: 0 }, headingRow.values);
      for (const c of cells) put(c.rect, c.range.values);
      const formulas: (boolean | undefined)[][] = [];
      for (const c of columns) {
        put(c.rect, c.values.values);
        for (let r = c.rect.row; r < c.rect.row + c.rect.rows; r++)
          for (let k = c.rect.col; k < c.rect.col + c.rect.cols; k++)
            (formulas[r] ??= [])[k] = false;
        if (c.formulas.isNullObject) continue;
        for (const area of parseAreas(c.formulas.address))
          for (let r = area.row; r < area.row + area.rows; r++)
            for (let k = area.col; k < area.col + area.cols; k++) (formulas[r] ??= [])[k] = true;
      }
      return {
        name: info.name,
        values,
        formulas,
        names: info.names,
        tables: tables.map(tableRef),
      };
    },
  };
}
