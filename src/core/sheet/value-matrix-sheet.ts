import type { Dataset } from "../dataset";
import type { Lang } from "../model";
import { defaultFramework, type Framework } from "../scoring/frameworks";
import { chooseMatrix, matrixAxes, valueCell, type ValueCell } from "../scoring/score-queries";
import type { Status } from "../status";
import { columnLetter, quoteSheet } from "./address";
import type { Block, Cell, SheetDescription } from "./description";
import { tableNameFor } from "./evaluation-sheet";
import type { MatrixRead } from "./read-matrix";
import { uniqueHeadings } from "./sheet-names";
import { SHEET_WORDS } from "./strings";
import { VALUE_MATRIX_WORDS } from "./value-matrix-words";

// The value matrix across cities: organisations down, cities across. Where the workbook has a matrix
// for a city, its cells are live formulas that look the organisation up in that matrix by its key, so
// the team's scores (their aggregate, in a team review) reach it as they are typed, wherever rows are
// sorted or inserted. Elsewhere a cell is the value the sources' scores imply, or the status, marked
// as such. A colour scale over the values.

const TITLE_ROW = 0;
const NOTE_ROW = 1;
const ORIGIN_ROW = 2;
const HEADER_ROW = 3;
const SOURCES_STYLE = { italic: true, color: "#605E5C" } as const;

/** The formula that follows a matrix row: the Value in the row whose Key is this organisation's. */
export function lookupFormula(
  cell: Extract<ValueCell, { kind: "workbook" }>,
  missing: string
): string {
  const { matrix, row } = cell;
  const sheet = quoteSheet(matrix.sheet);
  const column = (col: number) => `${sheet}!$${columnLetter(col)}:$${columnLetter(col)}`;
  const key = `"${row.key.replace(/"/g, '""')}"`;
  const match = `MATCH(${key},${column(matrix.layout.columns.key!)},0)`;
  // An error in the value itself shows; only a row deleted from the matrix is said in words.
  return `=IF(ISNA(${match}),"${missing.replace(/"/g, '""')}",INDEX(${column(matrix.layout.columns.value!)},${match}))`;
}

export function valueMatrixSheet(
  ds: Dataset,
  cityNames: readonly string[],
  /** The framework asked for; left out, each city's own review's (else combined). */
  framework: Framework | undefined,
  lang: Lang,
  networks: readonly string[] = [],
  /** The workbook's matrices, as read back (read-matrix.ts). */
  workbook: readonly MatrixRead[] = []
): SheetDescription {
  const w = SHEET_WORDS[lang];
  const vw = VALUE_MATRIX_WORDS[lang];
  const { cities, orgs } = matrixAxes(ds, [cityNames as string[]], [networks as string[]]);
  const frameworks = cities.map((c) => framework ?? defaultFramework(c.id));
  // Only a matrix that can be followed by formula: one with its Key and Value columns in place.
  const matrices = cities.map((c, i) => {
    const m = chooseMatrix(workbook, c, frameworks[i]);
    return m && m.layout.columns.key !== undefined && m.layout.columns.value !== undefined
      ? m
      : undefined;
  });
  const statusWord = (x: Cell["value"]) =>
    typeof x === "string" && x in w.statuses ? w.statuses[x as Status] : x;
  const rows = orgs.map((org) =>
    cities.map((city, i): { cell: Cell; fromSources: boolean } => {
      const v = valueCell(ds, city, org, frameworks[i], matrices[i]);
      if (v.kind === "workbook")
        return { cell: { formula: lookupFormula(v, vw.notInMatrix) }, fromSources: false };
      if (v.kind === "sources") return { cell: { value: v.value }, fromSources: true };
      const status = statusWord(v.status as Cell["value"]);
      return {
        cell: { value: status === "" ? null : (status ?? null) },
        fromSources: status !== "",
      };
    })
  );
  const headerCells: Cell[] = uniqueHeadings([
    w.headers.organisation,
    ...cities.map((c) => c.name),
  ]).map((value) => ({ value }));
  const origins: Cell[] = cities.map((_, i) => ({
    value: matrices[i]
      ? vw.fromMatrix(matrices[i]!.sheet, matrices[i]!.evaluation.framework.label[lang])
      : vw.fromSources(frameworks[i].label[lang]),
  }));
  const dataRows = rows.length;
  const cols = cities.length + 1;
  // One block per run of cells alike (followed or from the sources), so the sources' look marked.
  const valueBlocks: Block[] = [];
  rows.forEach((line, r) => {
    let start = 0;
    for (let c = 1; c <= line.length; c++) {
      if (c < line.length && line[c].fromSources === line[start].fromSources) continue;
      valueBlocks.push({
        row: HEADER_ROW + 1 + r,
        col: 1 + start,
        cells: [line.slice(start, c).map((x) => x.cell)],
        style: line[start].fromSources
          ? { ...SOURCES_STYLE, numberFormat: "0.00", align: "center" }
          : { numberFormat: "0.00", align: "center" },
      });
      start = c;
    }
  });
  return {
    name: w.matrixTitle.slice(0, 31),
    blocks: [
      {
        row: TITLE_ROW,
        col: 0,
        cells: [[{ value: `${w.matrixTitle}: ${cities.map((c) => c.name).join(", ")}` }]],
        style: { bold: true, size: 14 },
      },
      { row: NOTE_ROW, col: 0, cells: [[{ value: vw.note }]], style: SOURCES_STYLE },
      { row: ORIGIN_ROW, col: 1, cells: [origins], style: { ...SOURCES_STYLE, wrap: true } },
      {
        row: HEADER_ROW,
        col: 0,
        cells: [headerCells],
        style: { bold: true, fill: "#DCE9F5", wrap: true },
      },
      { row: HEADER_ROW + 1, col: 0, cells: orgs.map((o) => [{ value: o.name }]) },
      ...valueBlocks,
    ],
    columns: [
      { col: 0, width: 40 },
      ...Array.from({ length: cols - 1 }, (_, i) => ({ col: i + 1, width: 16 })),
    ],
    hiddenRows: [],
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    print: {
      landscape: true,
      fitToWidth: true,
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
    table: {
      name: tableNameFor(`values_${cities.map((c) => c.name).join("_")}`),
      range: { row: HEADER_ROW, col: 0, rows: dataRows + 1, cols },
      style: "TableStyleLight9",
    },
    validations: [],
    colorScales: [
      {
        range: { row: HEADER_ROW + 1, col: 1, rows: dataRows, cols: cols - 1 },
        points: [
          { value: 1, color: "#F8696B" },
          { value: 3, color: "#FFEB84" },
          { value: 5, color: "#63BE7B" },
        ],
      },
    ],
    charts: [],
    names: [],
    inputs: [],
  };
}
