import type { Dataset } from "../dataset";
import type { Lang } from "../model";
import type { Framework } from "../scoring/frameworks";
import { networkMatrix } from "../scoring/score-queries";
import type { Status } from "../status";
import type { Cell, SheetDescription } from "./description";
import { tableNameFor } from "./evaluation-sheet";
import { uniqueHeadings } from "./sheet-names";
import { SHEET_WORDS } from "./strings";

// The value matrix across cities: organisations down, cities across, each cell the value score from
// the sources' scores, or the status where nothing is scored, with a colour scale over the values.

const TITLE_ROW = 0;
const NOTE_ROW = 1;
const HEADER_ROW = 3;

export function valueMatrixSheet(
  ds: Dataset,
  cities: readonly string[],
  framework: Framework,
  lang: Lang,
  networks: readonly string[] = []
): SheetDescription {
  const w = SHEET_WORDS[lang];
  const grid = networkMatrix(ds, [cities as string[]], [networks as string[]], "value", framework);
  const [header, ...rows] = grid;
  const statusWord = (x: unknown) =>
    typeof x === "string" && x in w.statuses ? w.statuses[x as Status] : x;
  const cells: Cell[][] = rows.map((r) =>
    r.map((x, i) => ({ value: i === 0 ? x : x === "" ? null : (statusWord(x) as string | number) }))
  );
  const headerCells: Cell[] = uniqueHeadings(
    header.map((x, i) => (i === 0 ? w.headers.organisation : String(x)))
  ).map((value) => ({ value }));
  const dataRows = rows.length;
  const cols = header.length;
  return {
    name: w.matrixTitle.slice(0, 31),
    blocks: [
      {
        row: TITLE_ROW,
        col: 0,
        cells: [[{ value: `${w.matrixTitle}: ${cities.join(", ")}` }]],
        style: { bold: true, size: 14 },
      },
      {
        row: NOTE_ROW,
        col: 0,
        cells: [[{ value: `${w.matrixNote} (${framework.label[lang]})` }]],
        style: { italic: true, color: "#605E5C" },
      },
      {
        row: HEADER_ROW,
        col: 0,
        cells: [headerCells],
        style: { bold: true, fill: "#DCE9F5", wrap: true },
      },
      { row: HEADER_ROW + 1, col: 0, cells: cells.map((r) => [r[0]]) },
      {
        row: HEADER_ROW + 1,
        col: 1,
        cells: cells.map((r) => r.slice(1)),
        style: { numberFormat: "0.00", align: "center" },
      },
    ],
    columns: [
      { col: 0, width: 40 },
      ...Array.from({ length: cols - 1 }, (_, i) => ({ col: i + 1, width: 14 })),
    ],
    hiddenRows: [],
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    table: {
      name: tableNameFor(`values_${cities.join("_")}`),
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
