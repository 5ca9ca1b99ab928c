import type { Lang } from "../model";
import { fitCellText } from "../sheet/cell-text";
import type { Block, NameSpec, SheetDescription } from "../sheet/description";
import { DATA_COLUMNS, DATA_WORDS, type DataColumn } from "./words";

// The CityNet data sheet: a table where the team adds organisations, cities, membership events and
// facts, each row with its source and who entered it. Found again, like a matrix, by names on its
// parts (the settings cell and every column heading), so people can insert, sort and move freely.

export const DATA_MARKER = "CityNet data";
export const DATA_VERSION = 1;
export const DATA_SETTINGS_NAME = "CityNet_data_settings";
export const dataColumnName = (key: DataColumn) => `CityNet_data_col_${key}`;
export const DATA_TABLE_NAME = "CityNet_data";

/** Where the parts start out (zero-based). */
export const DATA_LAYOUT = { titleRow: 0, helpRow: 1, metaRow: 2, headerRow: 4 } as const;

/** A statement as the pane writes it into the data sheet (one row). */
export type DataRowInput = Partial<Record<DataColumn, string | number | null>>;

/** The data sheet, empty but for `rows`, in a language. */
export function dataSheet(lang: Lang, rows: readonly DataRowInput[] = []): SheetDescription {
  const w = DATA_WORDS[lang];
  const L = DATA_LAYOUT;
  const settings = JSON.stringify({ v: DATA_VERSION, kind: "data", lang });
  // A table needs a row under its headings: a blank one when there is nothing yet.
  const lines = rows.length > 0 ? rows : [{}];
  const blocks: Block[] = [
    { row: L.titleRow, col: 0, cells: [[{ value: w.title }]], style: { bold: true, size: 14 } },
    {
      row: L.helpRow,
      col: 0,
      cells: [[{ value: w.help }]],
      style: { italic: true, color: "#605E5C" },
    },
    { row: L.metaRow, col: 0, cells: [[{ value: DATA_MARKER }, { value: settings }]] },
    {
      row: L.headerRow,
      col: 0,
      cells: [DATA_COLUMNS.map((c) => ({ value: w.headers[c] }))],
      style: { bold: true, fill: "#DCE9F5", wrap: true },
    },
    {
      row: L.headerRow + 1,
      col: 0,
      cells: lines.map((r) =>
        DATA_COLUMNS.map((c) => {
          const v = r[c];
          return { value: typeof v === "string" ? fitCellText(v) : (v ?? null) };
        })
      ),
      style: { wrap: true },
    },
  ];
  const names: NameSpec[] = [
    {
      name: DATA_SETTINGS_NAME,
      ref: { row: L.metaRow, col: 1, rows: 1, cols: 1 },
      comment: "CityNet: the data sheet's settings",
      hidden: true,
    },
    ...DATA_COLUMNS.map((c, i) => ({
      name: dataColumnName(c),
      ref: { row: L.headerRow, col: i, rows: 1, cols: 1 },
      comment: `CityNet: the ${c} column of the data table`,
      hidden: true,
    })),
  ];
  const widths: Record<DataColumn, number> = {
    kind: 18,
    organisation: 34,
    city: 16,
    what: 24,
    value: 26,
    year: 7,
    document: 34,
    quote: 50,
    by: 16,
    on: 12,
  };
  return {
    name: w.sheetName,
    blocks,
    columns: DATA_COLUMNS.map((c, i) => ({ col: i, width: widths[c] })),
    hiddenRows: [L.metaRow],
    freeze: { rows: L.headerRow + 1, columns: 0 },
    table: {
      name: DATA_TABLE_NAME,
      range: { row: L.headerRow, col: 0, rows: lines.length + 1, cols: DATA_COLUMNS.length },
      style: "TableStyleLight9",
    },
    validations: [],
    colorScales: [],
    charts: [],
    names,
    inputs: [{ row: L.headerRow + 1, col: 0, rows: lines.length, cols: DATA_COLUMNS.length }],
  };
}

/**
 * The rows of a data sheet as typed, every cell of every row under its heading (a bad row too: a
 * copy of the workbook must not lose what someone typed), for writing the sheet again elsewhere.
 */
export function dataRowsOf(
  values: readonly (readonly unknown[])[],
  layout: { headerRow: number; columns: Partial<Record<DataColumn, number>>; freeRow: number }
): DataRowInput[] {
  const rows: DataRowInput[] = [];
  for (let r = layout.headerRow + 1; r < Math.max(layout.freeRow, values.length); r++) {
    const row: DataRowInput = {};
    let any = false;
    for (const key of DATA_COLUMNS) {
      const c = layout.columns[key];
      const v = c === undefined ? undefined : values[r]?.[c];
      if (v === undefined || v === null || v === "") continue;
      row[key] = typeof v === "number" ? v : String(v);
      any = true;
    }
    if (any) rows.push(row);
  }
  return rows;
}

/** A data sheet by its name in any language, copies included ("CityNet data (2)"). */
export function isDataSheetName(name: string): boolean {
  const n = name.toLowerCase();
  return Object.values(DATA_WORDS).some((w) => n.startsWith(w.sheetName.toLowerCase()));
}
