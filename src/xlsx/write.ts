import { strToU8, zipSync } from "fflate";
import { a1, quoteSheet, rectA1, type Rect } from "../core/sheet/address";
import { fitCellText } from "../core/sheet/cell-text";
import type { Cell, SheetDescription, Style } from "../core/sheet/description";
import { descriptionToGrid } from "../core/sheet/grid";
import { uniqueSheetName, uniqueTableName } from "../core/sheet/sheet-names";
import { describedWorkbook } from "../core/formula/description-values";
import { FormulaError, type Value } from "../core/formula/evaluate";
import { chartXml, drawingXml } from "./chart";

// Writes sheet descriptions as an .xlsx workbook (Office Open XML, SpreadsheetML). Every formula is
// written with its value as the core calculates it (core/formula) and the workbook asks to be
// calculated in full on opening, so Excel and LibreOffice recalculate (the tests compare their values
// with the cached ones) while readers that do not calculate still see the numbers. Written: values, formulas, styles, number formats,
// column widths, hidden rows and columns, frozen panes, sheet-scoped names (CityNet's own hidden), the
// table, data validation (prompts keep their line breaks), colour scales, page setup (landscape, fit to
// width, the heading row repeated) and charts (chart.ts).

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** For attribute values: XML turns a raw line break in an attribute into a space, so escape it. */
function escAttr(s: string): string {
  return esc(clean(s)).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/** XML 1.0 allows no control characters but tab, newline and return. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Collects distinct cell styles and number formats into styles.xml. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly fonts: string[] = ['<font><sz val="11"/><name val="Calibri"/></font>'];
  private readonly fills: string[] = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly xfs: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ];
  private readonly byKey = new Map<string, number>();

  index(style: Style | undefined): number {
    if (!style) return 0;
    const key = JSON.stringify(style);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    let numFmtId = 0;
    if (style.numberFormat) {
      numFmtId = this.formats.get(style.numberFormat) ?? 164 + this.formats.size;
      this.formats.set(style.numberFormat, numFmtId);
    }
    let fontId = 0;
    if (style.bold || style.italic || style.size || style.color) {
      this.fonts.push(
        `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${style.size ?? 11}"/>${style.color ? `<color rgb="${argb(style.color)}"/>` : ""}<name val="Calibri"/></font>`
      );
      fontId = this.fonts.length - 1;
    }
    let fillId = 0;
    if (style.fill) {
      this.fills.push(
        `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`
      );
      fillId = this.fills.length - 1;
    }
    const alignment =
      style.wrap || style.align
        ? `<alignment${style.align ? ` horizontal="${style.align}"` : ""}${style.wrap ? ' wrapText="1" vertical="top"' : ""}/>`
        : "";
    this.xfs.push(
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}>${alignment}</xf>`
    );
    const index = this.xfs.length - 1;
    this.byKey.set(key, index);
    return index;
  }

  xml(): string {
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`
    );
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}">` +
      (formats.length ? `<numFmts count="${formats.length}">${formats.join("")}</numFmts>` : "") +
      `<fonts count="${this.fonts.length}">${this.fonts.join("")}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join("")}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

/** A formula's cached value: its type attribute and <v>; nothing for a value that cannot be stored. */
function cached(v: Value | undefined): { t: string; v: string } | undefined {
  if (v === undefined || Array.isArray(v)) return undefined;
  if (v instanceof FormulaError) return { t: ' t="e"', v: esc(v.code) };
  if (typeof v === "number") return Number.isFinite(v) ? { t: "", v: String(v) } : undefined;
  if (typeof v === "boolean") return { t: ' t="b"', v: v ? "1" : "0" };
  return { t: ' t="str"', v: esc(clean(fitCellText(v))) };
}

function cellXml(ref: string, cell: Cell, style: number, value?: Value): string {
  const s = style ? ` s="${style}"` : "";
  if (cell.formula !== undefined) {
    const f = `<f>${esc(clean(cell.formula.replace(/^=/, "")))}</f>`;
    const c = cached(value);
    return c ? `<c r="${ref}"${s}${c.t}>${f}<v>${c.v}</v></c>` : `<c r="${ref}"${s}>${f}</c>`;
  }
  const v = cell.value;
  if (v === null || v === undefined) return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : "";
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${esc(clean(fitCellText(v)))}</t></is></c>`;
}

function sheetXml(
  d: SheetDescription,
  styles: Styles,
  rels: { table?: string; drawing?: string },
  /** A formula cell's calculated value, for its cache. */
  valueAt: (row: number, col: number) => Value | undefined
): string {
  // Cells by row, then column; later blocks win where blocks overlap.
  const rows = new Map<number, Map<number, string>>();
  for (const block of d.blocks) {
    const style = styles.index(block.style);
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const row = block.row + r;
        const col = block.col + c;
        const xml = cellXml(
          a1(row, col),
          cell,
          style,
          cell.formula !== undefined ? valueAt(row, col) : undefined
        );
        const cells = rows.get(row) ?? new Map<number, string>();
        if (xml) cells.set(col, xml);
        else cells.delete(col);
        rows.set(row, cells);
      })
    );
  }
  const hidden = new Set(d.hiddenRows);
  for (const r of hidden) if (!rows.has(r)) rows.set(r, new Map());
  const sheetData = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const cells = rows.get(r)!;
      const xml = [...cells.keys()]
        .sort((a, b) => a - b)
        .map((c) => cells.get(c))
        .join("");
      return `<row r="${r + 1}"${hidden.has(r) ? ' hidden="1"' : ""}>${xml}</row>`;
    })
    .join("");

  const cols = [...d.columns]
    .sort((a, b) => a.col - b.col)
    .map(
      (c) =>
        `<col min="${c.col + 1}" max="${c.col + 1}" width="${c.width}" customWidth="1"${c.hidden ? ' hidden="1"' : ""}/>`
    )
    .join("");
  const { rows: fr, columns: fc } = d.freeze;
  const pane =
    fr || fc
      ? `<pane${fc ? ` xSplit="${fc}"` : ""}${fr ? ` ySplit="${fr}"` : ""} topLeftCell="${a1(fr, fc)}" activePane="${fr && fc ? "bottomRight" : fr ? "bottomLeft" : "topRight"}" state="frozen"/>`
      : "";
  const validations = d.validations.map((v) => {
    const rule = v.rule;
    const [type, operator, formulas] =
      rule.kind === "whole"
        ? ["whole", "", `<formula1>${rule.min}</formula1><formula2>${rule.max}</formula2>`]
        : rule.kind === "decimal"
          ? ["decimal", ' operator="greaterThanOrEqual"', `<formula1>${rule.min}</formula1>`]
          : ["list", "", `<formula1>${esc(`"${rule.items.join(",")}"`)}</formula1>`];
    return `<dataValidation type="${type}"${operator} allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${escAttr(v.error.title)}" error="${escAttr(v.error.message)}" promptTitle="${escAttr(v.prompt.title)}" prompt="${escAttr(v.prompt.message)}" sqref="${rectA1(v.range)}">${formulas}</dataValidation>`;
  });
  const scales = d.colorScales.map(
    (s, i) =>
      `<conditionalFormatting sqref="${rectA1(s.range)}"><cfRule type="colorScale" priority="${i + 1}"><colorScale>${s.points.map((p) => `<cfvo type="num" val="${p.value}"/>`).join("")}${s.points.map((p) => `<color rgb="${argb(p.color)}"/>`).join("")}</colorScale></cfRule></conditionalFormatting>`
  );
  const print = d.print;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    (print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${sheetData}</sheetData>` +
    scales.join("") +
    (validations.length
      ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`
      : "") +
    (print
      ? '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
        `<pageSetup paperSize="9"${print.landscape ? ' orientation="landscape"' : ""}${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`
      : "") +
    (rels.drawing ? `<drawing r:id="${rels.drawing}"/>` : "") +
    (rels.table ? `<tableParts count="1"><tablePart r:id="${rels.table}"/></tableParts>` : "") +
    "</worksheet>"
  );
}

/** The table part: its columns are named by the heading cells, as Excel requires. */
function tableXml(d: SheetDescription, id: number, name: string): string {
  const t = d.table!;
  const grid = descriptionToGrid(d);
  const headings = Array.from({ length: t.range.cols }, (_, i) =>
    String(grid[t.range.row]?.[t.range.col + i] ?? `Column${i + 1}`)
  );
  const ref = rectA1(t.range);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="${MAIN}" id="${id}" name="${esc(name)}" displayName="${esc(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headings.length}">` +
    headings.map((h, i) => `<tableColumn id="${i + 1}" name="${escAttr(h)}"/>`).join("") +
    `</tableColumns><tableStyleInfo name="${esc(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

export interface NamedSheet {
  /** The name the sheet should get; made valid and unique in the file (sheet-names.ts). */
  name: string;
  description: SheetDescription;
}

/** The sheet names writeXlsx gives: valid, unique, in order. */
export function xlsxSheetNames(sheets: readonly NamedSheet[]): string[] {
  const names: string[] = [];
  for (const s of sheets) {
    const name = uniqueSheetName(s.name, names, 1000);
    if (!name) throw new Error(`Too many sheets named like '${s.name}'.`);
    names.push(name);
  }
  return names;
}

/** An .xlsx file with one worksheet per description. */
export function writeXlsx(sheets: readonly NamedSheet[]): Uint8Array {
  const styles = new Styles();
  const files: Record<string, Uint8Array> = {};
  const names: string[] = [];
  const sheetNames = xlsxSheetNames(sheets);
  // Every formula's value, calculated as Excel will (core/formula), stored as its cached value.
  const calculation = describedWorkbook(
    sheets.map((s, i) => ({ name: sheetNames[i], description: s.description }))
  );
  const tableNames: string[] = [];
  const tableParts: string[] = [];
  const drawingParts: string[] = [];
  const chartParts: string[] = [];
  const relationships = (items: string[]) =>
    strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PACKAGE_REL}">${items.join("")}</Relationships>`
    );
  sheets.forEach((s, i) => {
    const rels: { table?: string; drawing?: string } = {};
    const sheetRels: string[] = [];
    if (s.description.table) {
      const name = uniqueTableName(s.description.table.name, tableNames)!;
      tableNames.push(name);
      const id = tableNames.length;
      files[`xl/tables/table${id}.xml`] = strToU8(tableXml(s.description, id, name));
      tableParts.push(`/xl/tables/table${id}.xml`);
      rels.table = `rId${sheetRels.length + 1}`;
      sheetRels.push(
        `<Relationship Id="${rels.table}" Type="${REL}/table" Target="../tables/table${id}.xml"/>`
      );
    }
    if (s.description.charts.length > 0) {
      const drawing = drawingParts.length + 1;
      drawingParts.push(`/xl/drawings/drawing${drawing}.xml`);
      files[`xl/drawings/drawing${drawing}.xml`] = strToU8(drawingXml(s.description.charts));
      const chartRels = s.description.charts.map((c, k) => {
        const chart = chartParts.length + 1;
        chartParts.push(`/xl/charts/chart${chart}.xml`);
        files[`xl/charts/chart${chart}.xml`] = strToU8(chartXml(c, sheetNames[i]));
        return `<Relationship Id="rId${k + 1}" Type="${REL}/chart" Target="../charts/chart${chart}.xml"/>`;
      });
      files[`xl/drawings/_rels/drawing${drawing}.xml.rels`] = relationships(chartRels);
      rels.drawing = `rId${sheetRels.length + 1}`;
      sheetRels.push(
        `<Relationship Id="${rels.drawing}" Type="${REL}/drawing" Target="../drawings/drawing${drawing}.xml"/>`
      );
    }
    if (sheetRels.length > 0)
      files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = relationships(sheetRels);
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      sheetXml(s.description, styles, rels, (r, c) => calculation.value(sheetNames[i], r, c))
    );
    const ref = (r: Rect) => `${quoteSheet(sheetNames[i])}!${rectA1(r, true)}`;
    const titles = s.description.print?.titleRows;
    if (titles)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${quoteSheet(sheetNames[i])}!$${titles.first + 1}:$${titles.last + 1}`)}</definedName>`
      );
    for (const n of s.description.names)
      names.push(
        `<definedName name="${esc(n.name)}" localSheetId="${i}"${n.hidden ? ' hidden="1"' : ""}>${esc(ref(n.ref))}</definedName>`
      );
  });
  const sheetList = sheetNames
    .map((name, i) => `<sheet name="${esc(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList}</sheets>` +
      (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
      '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
  files["xl/styles.xml"] = strToU8(styles.xml());
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
        )
        .join("") +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
  files["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
        )
        .join("") +
      tableParts
        .map(
          (part) =>
            `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`
        )
        .join("") +
      drawingParts
        .map(
          (part) =>
            `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`
        )
        .join("") +
      chartParts
        .map(
          (part) =>
            `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`
        )
        .join("") +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
  );
  return zipSync(files, { level: 6 });
}
