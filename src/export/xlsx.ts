import { strToU8, zipSync } from "fflate";
import { a1, quoteSheet, rectA1, type Rect } from "../core/sheet/address";
import type { Cell, SheetDescription, Style } from "../core/sheet/description";

// Writes sheet descriptions as an .xlsx workbook (Office Open XML, SpreadsheetML). Formulas are written
// without cached values, so whatever opens the file calculates them: that is what lets a real
// spreadsheet engine check CityNet's formulas. Written: values, formulas, styles, number formats,
// column widths, hidden rows and columns, frozen panes, sheet-scoped names, data validation and
// colour scales. Not yet written: the table and the chart (Excel adds those when CityNet renders).

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
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

function cellXml(ref: string, cell: Cell, style: number): string {
  const s = style ? ` s="${style}"` : "";
  if (cell.formula !== undefined)
    return `<c r="${ref}"${s}><f>${esc(clean(cell.formula.replace(/^=/, "")))}</f></c>`;
  const v = cell.value;
  if (v === null || v === undefined) return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : "";
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${esc(clean(v))}</t></is></c>`;
}

function sheetXml(d: SheetDescription, styles: Styles): string {
  // Cells by row, then column; later blocks win where blocks overlap.
  const rows = new Map<number, Map<number, string>>();
  for (const block of d.blocks) {
    const style = styles.index(block.style);
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const row = block.row + r;
        const col = block.col + c;
        const xml = cellXml(a1(row, col), cell, style);
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
  const validations = d.validations.map(
    (v) =>
      `<dataValidation type="whole" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${esc(v.error.title)}" error="${esc(v.error.message)}" promptTitle="${esc(v.prompt.title)}" prompt="${esc(v.prompt.message)}" sqref="${rectA1(v.range)}"><formula1>${v.wholeNumber.min}</formula1><formula2>${v.wholeNumber.max}</formula2></dataValidation>`
  );
  const scales = d.colorScales.map(
    (s, i) =>
      `<conditionalFormatting sqref="${rectA1(s.range)}"><cfRule type="colorScale" priority="${i + 1}"><colorScale>${s.points.map((p) => `<cfvo type="num" val="${p.value}"/>`).join("")}${s.points.map((p) => `<color rgb="${argb(p.color)}"/>`).join("")}</colorScale></cfRule></conditionalFormatting>`
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${sheetData}</sheetData>` +
    scales.join("") +
    (validations.length
      ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`
      : "") +
    "</worksheet>"
  );
}

export interface NamedSheet {
  /** The name the sheet gets in the file (unique, at most 31 characters). */
  name: string;
  description: SheetDescription;
}

/** An .xlsx file with one worksheet per description. */
export function writeXlsx(sheets: readonly NamedSheet[]): Uint8Array {
  const styles = new Styles();
  const files: Record<string, Uint8Array> = {};
  const names: string[] = [];
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.description, styles));
    const ref = (r: Rect) => `${quoteSheet(s.name)}!${rectA1(r, true)}`;
    for (const n of s.description.names)
      names.push(
        `<definedName name="${esc(n.name)}" localSheetId="${i}">${esc(ref(n.ref))}</definedName>`
      );
  });
  const sheetList = sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
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
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
  );
  return zipSync(files, { level: 6 });
}
