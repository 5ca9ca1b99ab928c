import { rectA1, type Rect } from "../core/sheet/address";
import type { Cell, SheetDescription, Style } from "../core/sheet/description";
import { candidateSheetNames, candidateTableNames } from "../core/sheet/sheet-names";
import { excelInput } from "./cell-input";

// Renders a sheet description into a new worksheet with Office.js, in two context.sync() round trips:
// one to find free names (a user's sheet or table is never overwritten), one to write everything.
// Needs ExcelApi 1.8 (data validation, chart options); the task pane checks before calling.

/** Office.js wants every cell of a range as a formula or constant; text goes in exactly as it is. */
function cellInput(cell: Cell): string | number | boolean {
  if (cell.formula !== undefined) return cell.formula;
  return excelInput(cell.value ?? null);
}

const ALIGN: Record<NonNullable<Style["align"]>, Excel.HorizontalAlignment> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
};

function applyStyle(range: Excel.Range, style: Style, rows: number, cols: number): void {
  if (style.numberFormat)
    range.numberFormat = Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => style.numberFormat!)
    );
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
  if (style.size) range.format.font.size = style.size;
  if (style.color) range.format.font.color = style.color;
  if (style.fill) range.format.fill.color = style.fill;
  if (style.wrap) range.format.wrapText = true;
  if (style.align) range.format.horizontalAlignment = ALIGN[style.align];
}

const POINTS_PER_CHARACTER = 7;

export interface RenderResult {
  sheetName: string;
  tableName?: string;
}

export async function renderSheet(
  context: Excel.RequestContext,
  d: SheetDescription
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

  // Round trip 2: everything else is queued, then sent at once.
  const sheet = wb.worksheets.add(freeSheet);
  const range = (r: Rect) => sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
  // Names before the formulas that use them (W_*, T_*), so Excel binds them when it parses the formulas.
  for (const n of d.names) {
    const item = sheet.names.add(n.name, range(n.ref), n.comment);
    if (n.hidden) item.visible = false;
  }
  for (const block of d.blocks) {
    const rows = block.cells.length;
    const cols = Math.max(...block.cells.map((line) => line.length));
    if (rows === 0 || cols === 0) continue;
    const target = range({ row: block.row, col: block.col, rows, cols });
    target.formulas = block.cells.map((line) =>
      Array.from({ length: cols }, (_, c) => (line[c] ? cellInput(line[c]) : ""))
    );
    if (block.style) applyStyle(target, block.style, rows, cols);
  }
  for (const c of d.columns) {
    const column = range({ row: 0, col: c.col, rows: 1, cols: 1 }).getEntireColumn();
    column.format.columnWidth = c.width * POINTS_PER_CHARACTER;
    if (c.hidden) column.columnHidden = true;
  }
  for (const r of d.hiddenRows)
    range({ row: r, col: 0, rows: 1, cols: 1 }).getEntireRow().rowHidden = true;
  let tableName: string | undefined;
  if (d.table && freeTable) {
    const table = sheet.tables.add(range(d.table.range), true);
    table.name = freeTable;
    table.style = d.table.style;
    tableName = freeTable;
  }
  for (const v of d.validations) {
    const target = range(v.range);
    target.dataValidation.rule = {
      wholeNumber: {
        formula1: v.wholeNumber.min,
        formula2: v.wholeNumber.max,
        operator: "Between" as Excel.DataValidationOperator,
      },
    };
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
  }
  for (const s of d.colorScales) {
    const format = range(s.range).conditionalFormats.add(
      "ColorScale" as Excel.ConditionalFormatType
    );
    const [min, mid, max] = s.points.map((p) => ({
      formula: String(p.value),
      type: "Number" as Excel.ConditionalFormatColorCriterionType,
      color: p.color,
    }));
    format.colorScale.criteria = { minimum: min, midpoint: mid, maximum: max };
  }
  for (const c of d.charts) {
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
  }
  if (d.freeze.rows || d.freeze.columns)
    sheet.freezePanes.freezeAt(
      range({
        row: 0,
        col: 0,
        rows: Math.max(1, d.freeze.rows),
        cols: Math.max(1, d.freeze.columns),
      })
    );
  sheet.activate();
  await context.sync();
  return { sheetName: freeSheet, tableName };
}
