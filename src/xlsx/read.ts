import type ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import {
  namedRef,
  parseRange,
  type NamedRef,
  type SheetSnapshot,
  type TableRef,
} from "../core/sheet/snapshot";

// Reads an .xlsx file into the sheet snapshots the core reads reviews from (snapshot.ts): what Excel
// or LibreOffice saved, cached formula results included. ExcelJS reads the cells and tables. It keeps
// one of several names that share a name on different sheets (every CityNet matrix has W_*, T_* and
// CityNet_* names), so the sheet-scoped names are read from xl/workbook.xml here.

export type XlsxProblem =
  "too-large" | "not-zip" | "no-workbook" | "not-spreadsheet" | "unreadable";

/** The file cannot be read as an .xlsx workbook at all; `reason` says why, for the reader's words. */
export class XlsxReadError extends Error {
  constructor(
    readonly reason: XlsxProblem,
    /** The underlying library's message, for "unreadable". */
    readonly detail = ""
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

/** Larger files are refused rather than unpacked: a review is a few hundred kilobytes. */
export const MAX_XLSX_BYTES = 100 * 1024 * 1024;

interface WorkbookXml {
  sheets: string[];
  names: { name: string; sheet?: number; reference: string }[];
}

const asArray = <T>(x: T | T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x];

/** The sheets in order and the defined names with the sheet they belong to (localSheetId). */
function workbookXml(bytes: Uint8Array): WorkbookXml {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === "xl/workbook.xml" });
    const part = files["xl/workbook.xml"];
    if (!part) throw new XlsxReadError("no-workbook");
    xml = strFromU8(part);
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw new XlsxReadError("not-zip");
  }
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => name === "sheet" || name === "definedName",
  }).parse(xml) as {
    workbook?: {
      sheets?: { sheet?: { name?: string }[] };
      definedNames?: {
        definedName?: ({ name?: string; localSheetId?: string; "#text"?: string } | string)[];
      };
    };
  };
  const wb = parsed.workbook;
  if (!wb) throw new XlsxReadError("not-spreadsheet");
  return {
    sheets: asArray(wb.sheets?.sheet).map((s) => String(s.name ?? "")),
    names: asArray(wb.definedNames?.definedName)
      .filter(
        (n): n is { name?: string; localSheetId?: string; "#text"?: string } =>
          typeof n === "object"
      )
      .map((n) => ({
        name: String(n.name ?? ""),
        sheet: n.localSheetId === undefined ? undefined : Number(n.localSheetId),
        reference: String(n["#text"] ?? ""),
      })),
  };
}

/** Excel's serial day number of a date ExcelJS made from a date-formatted number. */
function serial(d: Date, date1904: boolean): number {
  return d.getTime() / 86400000 + (date1904 ? 24107 : 25569);
}

/** A cell's value as Excel's calculated value: numbers, text, logical values, errors as "#N/A". */
function plain(v: ExcelJS.CellValue, date1904: boolean): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serial(v, date1904);
  if (typeof v === "object") {
    const o = v as unknown as Record<string, unknown>;
    if ("error" in o) return String(o.error);
    if ("richText" in o && Array.isArray(o.richText))
      return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if ("formula" in o || "sharedFormula" in o)
      return plain((o.result ?? null) as ExcelJS.CellValue, date1904);
    if ("text" in o) return String(o.text);
  }
  return undefined;
}

function isFormula(v: ExcelJS.CellValue): boolean {
  return typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
}

/** Every sheet of an .xlsx file as a snapshot. Throws XlsxReadError when the file is not a workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetSnapshot[]> {
  if (bytes.length > MAX_XLSX_BYTES) throw new XlsxReadError("too-large");
  const book = workbookXml(bytes);
  // Loaded when a file is read: the task pane loads it (a large library) only when importing.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxReadError(
      "unreadable",
      String((error as { message?: unknown })?.message ?? error)
    );
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  return wb.worksheets.map((ws) => {
    const values: unknown[][] = [];
    const formulas: boolean[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: unknown[] = (values[r - 1] = []);
      const marks: boolean[] = (formulas[r - 1] = []);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        line[c - 1] = plain(cell.value, date1904);
        marks[c - 1] = isFormula(cell.value);
      });
    });
    // A file says of every cell whether it holds a formula: a missing cell holds none.
    const width = Math.max(0, ...values.map((line) => line?.length ?? 0));
    for (let r = 0; r < values.length; r++) {
      values[r] ??= [];
      const marks = (formulas[r] ??= []);
      for (let c = 0; c < width; c++) marks[c] ??= false;
    }
    const index = book.sheets.indexOf(ws.name);
    const names: NamedRef[] = book.names
      .filter((n) => n.sheet === index && index >= 0)
      .map((n) => namedRef(n.name, n.reference, ws.name));
    const tables: TableRef[] = ws.getTables().flatMap((t) => {
      const model = (t as unknown as { table: { name?: string; tableRef?: string; ref?: string } })
        .table;
      const range = parseRange(String(model.tableRef ?? model.ref ?? ""));
      return range ? [{ name: String(model.name ?? ""), range }] : [];
    });
    return { name: ws.name, values, formulas, names, tables };
  });
}
