import { rectA1, type Rect } from "../core/sheet/address";
import type { Block, Cell, SheetDescription, Style, Validation } from "../core/sheet/description";
import { candidateSheetNames, candidateTableNames } from "../core/sheet/sheet-names";
import { excelInput } from "./cell-input";
import { toR1C1 } from "./r1c1";
import {
  batched,
  jsonBytes,
  MAX_REQUEST_BYTES,
  type WriteBatch,
  type WriteOptions,
} from "./write-batch";

// Renders a sheet description into a new worksheet with Office.js: one context.sync() to find free names
// (a user's sheet or table is never overwritten), then the writes, in one request while they fit
// MAX_REQUEST_BYTES (write-batch.ts) and in as many as they need past it. A column of formulas that differ
// only by their row goes as one R1C1 formula for the whole column (r1c1.ts), so a review's size costs
// the request its constants only. Names are added before the formulas that use them, in the same
// request. Needs ExcelApi 1.9 (data validation, chart options and Runtime.enableEvents are 1.8, the
// page layout for printing 1.9); the task pane checks before calling.

/** A description's rule as Office.js takes it. */
function validationRule(rule: Validation["rule"]): Excel.DataValidationRule {
  switch (rule.kind) {
    case "whole":
      return {
        wholeNumber: {
          formula1: rule.min,
          formula2: rule.max,
          operator: "Between" as Excel.DataValidationOperator,
        },
      };
    case "decimal":
      return {
        decimal: {
          formula1: rule.min,
          operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator,
        },
      };
    case "list":
      // A list source with commas is one item per word; the words CityNet lists hold no commas.
      return { list: { inCellDropDown: true, source: rule.items.join(",") } };
  }
}

/** Office.js wants every cell of a range as a formula or constant; text goes in exactly as it is. */
function cellInput(cell: Cell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  return excelInput(cell.value ?? null);
}

const ALIGN: Record<NonNullable<Style["align"]>, Excel.HorizontalAlignment> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
};

/**
 * A single value for a whole range: Excel applies it to every cell ("If the argument is a single value,
 * it will be applied to all cells in the range", the ExcelApi 1.1/1.2 reference of formulas,
 * formulasR1C1 and numberFormat), where a 2-D array would repeat it once per cell.
 */
const everyCell = (value: string) => value as unknown as string[][];

function applyStyle(range: Excel.Range, style: Style): void {
  if (style.numberFormat) range.numberFormat = everyCell(style.numberFormat);
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
  if (style.size) range.format.font.size = style.size;
  if (style.color) range.format.font.color = style.color;
  if (style.fill) range.format.fill.color = style.fill;
  if (style.wrap) range.format.wrapText = true;
  if (style.align) range.format.horizontalAlignment = ALIGN[style.align];
}

/** How a block is written: columns with one R1C1 formula for every row, and runs of other columns. */
export interface BlockPlan {
  /** Column offset in the block → the R1C1 formula every row of that column holds. */
  uniform: { col: number; r1c1: string }[];
  /** Runs of adjacent columns written cell by cell (constants, and formulas that differ otherwise). */
  runs: { col: number; cols: number }[];
}

export function planBlock(block: Block): BlockPlan {
  const rows = block.cells.length;
  const cols = Math.max(0, ...block.cells.map((line) => line.length));
  const uniform: BlockPlan["uniform"] = [];
  const runs: BlockPlan["runs"] = [];
  for (let c = 0; c < cols; c++) {
    let r1c1: string | undefined;
    if (rows > 1) {
      for (let r = 0; r < rows; r++) {
        const f = block.cells[r][c]?.formula;
        const here = f === undefined ? undefined : toR1C1(f, block.row + r, block.col + c);
        if (here === undefined || (r > 0 && here !== r1c1)) {
          r1c1 = undefined;
          break;
        }
        r1c1 = here;
      }
    }
    if (r1c1 !== undefined) uniform.push({ col: c, r1c1 });
    else if (runs.length > 0 && runs[runs.length - 1].col + runs[runs.length - 1].cols === c)
      runs[runs.length - 1].cols++;
    else runs.push({ col: c, cols: 1 });
  }
  return { uniform, runs };
}

const POINTS_PER_CHARACTER = 7;

export interface RenderResult {
  sheetName: string;
  tableName?: string;
}

type RangeOf = (r: Rect) => Excel.Range;

/**
 * Names, then the blocks (formulas that use the names come after them), column widths, hidden rows
 * and data validation: what a new sheet and an edit of one (apply-edit.ts) both write.
 */
export async function writeParts(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  range: RangeOf,
  parts: Pick<SheetDescription, "names" | "blocks" | "columns" | "validations"> & {
    hiddenRows?: number[];
  },
  options: WriteOptions = {}
): Promise<void> {
  const small = 0; // a setting, a range, a format: the per-write overhead covers it
  // Names before the formulas that use them (W_*, T_*), so Excel binds them when it parses the formulas.
  for (const n of parts.names)
    await batch.add(jsonBytes([n.name, n.comment]), () => {
      const item = sheet.names.add(n.name, range(n.ref), n.comment);
      if (n.hidden) item.visible = false;
    });
  // Chunks of rows small enough that a request holds several, so requests fill up before they go.
  const chunkBytes = (options.maxRequestBytes ?? MAX_REQUEST_BYTES) / 4;
  for (const block of parts.blocks) {
    const rows = block.cells.length;
    const cols = Math.max(0, ...block.cells.map((line) => line.length));
    if (rows === 0 || cols === 0) continue;
    const plan = planBlock(block);
    for (const u of plan.uniform)
      await batch.add(jsonBytes(u.r1c1), () => {
        range({ row: block.row, col: block.col + u.col, rows, cols: 1 }).formulasR1C1 = everyCell(
          u.r1c1
        );
      });
    for (const run of plan.runs) {
      let first = 0;
      let lines: (string | number | boolean)[][] = [];
      let bytes = 0;
      const flush = async () => {
        if (lines.length === 0) return;
        const at = {
          row: block.row + first,
          col: block.col + run.col,
          rows: lines.length,
          cols: run.cols,
        };
        const values = lines;
        await batch.add(
          bytes,
          () => {
            range(at).formulas = values;
          },
          at.rows * at.cols
        );
        first += lines.length;
        lines = [];
        bytes = 0;
      };
      for (let r = 0; r < rows; r++) {
        const line = Array.from({ length: run.cols }, (_, c) =>
          cellInput(block.cells[r][run.col + c])
        );
        const size = jsonBytes(line);
        if (bytes > 0 && bytes + size > chunkBytes) await flush();
        lines.push(line);
        bytes += size;
      }
      await flush();
    }
    if (block.style)
      await batch.add(small, () =>
        applyStyle(range({ row: block.row, col: block.col, rows, cols }), block.style!)
      );
  }
  for (const c of parts.columns)
    await batch.add(small, () => {
      const column = range({ row: 0, col: c.col, rows: 1, cols: 1 }).getEntireColumn();
      column.format.columnWidth = c.width * POINTS_PER_CHARACTER;
      if (c.hidden) column.columnHidden = true;
    });
  for (const r of parts.hiddenRows ?? [])
    await batch.add(small, () => {
      range({ row: r, col: 0, rows: 1, cols: 1 }).getEntireRow().rowHidden = true;
    });
  for (const v of parts.validations)
    await batch.add(jsonBytes([v.prompt, v.error]), () => {
      const target = range(v.range);
      target.dataValidation.rule = validationRule(v.rule);
      target.dataValidation.ignoreBlanks = true;
      target.dataValidation.prompt = {
        showPrompt: true,
        title: v.prompt.title,
        message: v.prompt.message,
      };
      target.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop" as Excel.DataValidationAlertStyle,
        title: v.error.title,
        message: v.error.message,
      };
    });
}

export async function renderSheet(
  context: Excel.RequestContext,
  d: SheetDescription,
  options: WriteOptions = {}
): Promise<RenderResult> {
  const wb = context.workbook;
  // Round trip 1: which of the candidate sheet and table names are free?
  const sheetNames = candidateSheetNames(d.name);
  const sheetProbes = sheetNames.map((n) => wb.worksheets.getItemOrNullObject(n));
  const tableNames = d.table ? candidateTableNames(d.table.name) : [];
  const tableProbes = tableNames.map((n) => wb.tables.getItemOrNullObject(n));
  for (const p of [...sheetProbes, ...tableProbes]) p.load("isNullObject");
  await context.sync();
  const freeSheet = sheetNames.find((_, i) => sheetProbes[i].isNullObject);
  if (!freeSheet)
    throw new Error(
      `The workbook already has sheets named ${sheetNames[0]} to ${sheetNames[sheetNames.length - 1]}: rename or remove one.`
    );
  const freeTable = tableNames.find((_, i) => tableProbes[i].isNullObject);

  return batched(context, { quiet: true, ...options }, async (batch) => {
    // A sheet from add() can be addressed in a later request only once Excel has said its id: a large
    // review's writes span several requests (Microsoft's client refuses the stale path otherwise).
    const sheet = wb.worksheets.add(freeSheet).load("id");
    const range = (r: Rect) => sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
    const small = 0; // a setting, a range, a format: the per-write overhead covers it
    await writeParts(batch, sheet, range, d, options);
    let tableName: string | undefined;
    if (d.table && freeTable) {
      const spec = d.table;
      await batch.add(small, () => {
        const table = sheet.tables.add(range(spec.range), true);
        table.name = freeTable;
        table.style = spec.style;
      });
      tableName = freeTable;
    }
    for (const s of d.colorScales)
      await batch.add(small, () => {
        const format = range(s.range).conditionalFormats.add(
          "ColorScale" as Excel.ConditionalFormatType
        );
        const [min, mid, max] = s.points.map((p) => ({
          formula: String(p.value),
          type: "Number" as Excel.ConditionalFormatColorCriterionType,
          color: p.color,
        }));
        format.colorScale.criteria = { minimum: min, midpoint: mid, maximum: max };
      });
    for (const c of d.charts)
      await batch.add(jsonBytes(c), () => {
        const chart = sheet.charts.add(
          "BarStacked" as Excel.ChartType,
          range(c.series[0].values),
          "Columns" as Excel.ChartSeriesBy
        );
        chart.title.text = c.title;
        chart.plotVisibleOnly = false; // the series columns are hidden helpers
        const first = chart.series.getItemAt(0);
        first.name = c.series[0].name;
        first.setXAxisValues(range(c.categories));
        first.format.fill.setSolidColor(c.series[0].color);
        for (const s of c.series.slice(1)) {
          const series = chart.series.add(s.name);
          series.setValues(range(s.values));
          series.setXAxisValues(range(c.categories));
          series.format.fill.setSolidColor(s.color);
        }
        chart.setPosition(
          rectA1({ ...c.anchor, rows: 1, cols: 1 }),
          rectA1({
            row: c.anchor.row + c.anchor.rows - 1,
            col: c.anchor.col + c.anchor.cols - 1,
            rows: 1,
            cols: 1,
          })
        );
      });
    await batch.add(small, () => {
      if (d.freeze.rows || d.freeze.columns)
        sheet.freezePanes.freezeAt(
          range({
            row: 0,
            col: 0,
            rows: Math.max(1, d.freeze.rows),
            cols: Math.max(1, d.freeze.columns),
          })
        );
      if (d.print) {
        const layout = sheet.pageLayout;
        if (d.print.landscape) layout.orientation = "Landscape" as Excel.PageOrientation;
        if (d.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
        const t = d.print.titleRows;
        if (t) layout.setPrintTitleRows(`$${t.first + 1}:$${t.last + 1}`);
      }
      sheet.activate();
    });
    return { sheetName: freeSheet, tableName };
  });
}
