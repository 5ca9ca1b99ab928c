import {
  CANDIDATE_RECOMMENDATIONS,
  MEMBERSHIP_RECOMMENDATIONS,
  type Recommendation,
} from "../scoring/recommend";
import { a1, columnLetter, quoteSheet, type Rect } from "./address";
import { COST_WORDS } from "./cost-words";
import type { Block, Cell, ChartSpec, SheetDescription } from "./description";
import { COLORS, tableNameFor } from "./evaluation-sheet";
import { countIfFormula, seriesFormula, sumCostFormula } from "./formulas";
import type { ReadMatrix } from "./read-matrix";
import { uniqueHeadings } from "./sheet-names";
import { SHEET_WORDS } from "./strings";
import { SUMMARY_WORDS } from "./summary-words";

// The summary sheet a council secretary reads at a glance: how many organisations get each
// recommendation (with their costs), how many recommendations are fragile or disputed, a chart of
// value per organisation coloured by recommendation, and one line per organisation with its value,
// recommendation, coverage, the raters' consensus and the quote it rests on. Every figure is a native
// formula on the matrix sheet, so the summary follows the scores; organisations are found by their
// key, so sorting or inserting rows in the matrix changes nothing.

const TITLE_ROW = 0;
const NOTE_ROW = 1;
const COUNTS_ROW = 3;
const BOLD = { bold: true } as const;
const HEADER = { bold: true, fill: "#DCE9F5", wrap: true } as const;

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function summarySheet(m: ReadMatrix): SheetDescription {
  const lang = m.lang;
  const w = SUMMARY_WORDS[lang];
  const sw = SHEET_WORDS[lang];
  const cw = COST_WORDS[lang];
  const e = m.evaluation;
  const cols = m.layout.columns;
  const team = m.layout.team;
  const costs = e.costs && m.layout.costs ? m.layout.costs.columns : undefined;
  const sheet = quoteSheet(m.sheet);
  const rows = e.rows.filter((r) => !r.outsideTable);
  const first = Math.min(...rows.map((r) => r.sheetRow));
  const last = Math.max(...rows.map((r) => r.sheetRow));
  /** A column of the matrix's rows, absolute, so that rows inserted inside it widen the range. */
  const range = (col: number) => `${sheet}!${a1(first, col, true)}:${a1(last, col, true)}`;
  const whole = (col: number) => `${sheet}!$${columnLetter(col)}:$${columnLetter(col)}`;
  const order: Recommendation[] = [...MEMBERSHIP_RECOMMENDATIONS, ...CANDIDATE_RECOMMENDATIONS];
  const blocks: Block[] = [];
  const text = (value: string | number | null): Cell => ({ value });
  const formula = (f: string): Cell => ({ formula: f });

  blocks.push(
    {
      row: TITLE_ROW,
      col: 0,
      cells: [[text(w.title(e.city.name))]],
      style: { bold: true, size: 14 },
    },
    {
      row: NOTE_ROW,
      col: 0,
      cells: [[text(w.note(m.sheet, e.framework.label[lang]))]],
      style: { italic: true, color: "#605E5C" },
    }
  );

  // Counts (and costs) per recommendation, then all organisations.
  const rec = cols.recommendation !== undefined ? range(cols.recommendation) : undefined;
  const costHeadings = costs ? [cw.fees(e.costs!.currency), cw.staffDaysTotal, cw.tripsTotal] : [];
  blocks.push(
    {
      row: COUNTS_ROW,
      col: 0,
      cells: [[text(w.recommendations)]],
      style: { bold: true, size: 12 },
    },
    {
      row: COUNTS_ROW + 1,
      col: 0,
      cells: [[text(w.recommendation), text(w.organisations), ...costHeadings.map(text)]],
      style: HEADER,
    }
  );
  const costCells = (word?: string): Cell[] =>
    costs
      ? [costs.converted, costs.staffDays, costs.trips].map((c) =>
          formula(
            c === undefined
              ? '=""'
              : sumCostFormula(range(c), word === undefined ? undefined : rec, word)
          )
        )
      : [];
  blocks.push({
    row: COUNTS_ROW + 2,
    col: 0,
    cells: [
      ...order.map((r) => [
        text(sw.recommendations[r]),
        formula(rec ? countIfFormula(rec, sw.recommendations[r]) : '=""'),
        ...costCells(sw.recommendations[r]),
      ]),
      [
        text(w.total),
        formula(`=COUNTA(${range(cols.organisation ?? cols.key ?? 0)})`),
        ...costCells(),
      ],
    ],
    style: { numberFormat: "#,##0.##" },
  });
  const afterCounts = COUNTS_ROW + 2 + order.length + 1;
  const flags: Cell[][] = [];
  if (cols.fragile !== undefined)
    flags.push([text(w.fragile), formula(countIfFormula(range(cols.fragile), sw.yes))]);
  if (team?.disputed !== undefined)
    flags.push([text(w.disputed), formula(countIfFormula(range(team.disputed), sw.yes))]);
  if (flags.length > 0) blocks.push({ row: afterCounts + 1, col: 0, cells: flags, style: BOLD });

  // One line per organisation, looked up by key; chart helpers to its right.
  const chartRow = afterCounts + 1 + flags.length + 1;
  const chartRows = Math.max(16, Math.min(60, Math.ceil(rows.length * 0.6) + 6));
  const tableRow = chartRow + chartRows + 1;
  const headings = [
    w.organisation,
    w.value,
    w.recommendation,
    w.coverage,
    ...(team ? [w.consensus, sw.team.disputed] : []),
    sw.headers.fragile,
    w.quote,
  ];
  const series = order.map((r) => sw.recommendations[r]);
  const allHeadings = uniqueHeadings([...headings, ...series]);
  const seriesAt = headings.length;
  const dataRow = tableRow + 1;
  const key = (r: (typeof rows)[number]) => q(r.key);
  const match = (r: (typeof rows)[number]) => `MATCH(${key(r)},${whole(cols.key ?? 0)},0)`;
  /**
   * The matrix's cell in this organisation's row, or the words that say it is gone. A text column's
   * blank would come back as 0 from INDEX: joined to "" it stays blank.
   */
  const lookup = (r: (typeof rows)[number], col: number | undefined, asText = false) =>
    col === undefined
      ? '=""'
      : `=IF(ISNA(${match(r)}),${q(w.notInMatrix)},INDEX(${whole(col)},${match(r)})${asText ? '&""' : ""})`;
  const firstLine = (r: (typeof rows)[number], col: number | undefined) => {
    if (col === undefined) return '=""';
    const x = `INDEX(${whole(col)},${match(r)})&""`;
    // The evidence's first line: the quote the first score rests on.
    return `=IF(ISNA(${match(r)}),"",IF(ISNUMBER(FIND(CHAR(10),${x})),LEFT(${x},FIND(CHAR(10),${x})-1),${x}))`;
  };
  const lines: Cell[][] = rows.map((r, i) => {
    const here = dataRow + i;
    return [
      text(r.name),
      formula(lookup(r, cols.value)),
      formula(lookup(r, cols.recommendation, true)),
      formula(lookup(r, cols.coverage)),
      ...(team
        ? [formula(lookup(r, team.consensus)), formula(lookup(r, team.disputed, true))]
        : []),
      formula(lookup(r, cols.fragile, true)),
      formula(firstLine(r, cols.evidence)),
      ...series.map((word) => formula(seriesFormula(a1(here, 1), a1(here, 2), word))),
    ];
  });
  blocks.push(
    {
      row: tableRow - 1,
      col: 0,
      cells: [[text(w.perOrganisation)]],
      style: { bold: true, size: 12 },
    },
    { row: tableRow, col: 0, cells: [allHeadings.map(text)], style: HEADER },
    { row: dataRow, col: 0, cells: lines.map((l) => l.slice(0, 1)) },
    {
      row: dataRow,
      col: 1,
      cells: lines.map((l) => l.slice(1, 2)),
      style: { numberFormat: "0.00", align: "center" },
    },
    { row: dataRow, col: 2, cells: lines.map((l) => l.slice(2, 3)) },
    {
      row: dataRow,
      col: 3,
      cells: lines.map((l) => l.slice(3, 4 + (team ? 2 : 0))),
      style: { numberFormat: "0%", align: "center" },
    },
    {
      row: dataRow,
      col: 4 + (team ? 2 : 0),
      cells: lines.map((l) => l.slice(4 + (team ? 2 : 0))),
      style: { wrap: false },
    }
  );
  const dataRect = (col: number): Rect => ({ row: dataRow, col, rows: rows.length, cols: 1 });
  const chart: ChartSpec = {
    title: w.chartTitle(e.city.name),
    kind: "barStacked",
    categories: dataRect(0),
    series: order.map((r, i) => ({
      name: sw.recommendations[r],
      values: dataRect(seriesAt + i),
      color: COLORS[r],
    })),
    anchor: { row: chartRow, col: 0, rows: chartRows, cols: 6 },
  };
  return {
    name: w.sheetName,
    blocks,
    columns: [
      ...headings.map((_, col) => ({
        col,
        width: col === 0 ? 40 : col === seriesAt - 1 ? 70 : col === 2 ? 16 : 12,
      })),
      ...series.map((_, i) => ({ col: seriesAt + i, width: 8, hidden: true })),
    ],
    hiddenRows: [],
    freeze: { rows: 0, columns: 0 },
    print: { landscape: true, fitToWidth: true },
    table: {
      name: tableNameFor(`summary_${e.city.name}`),
      range: { row: tableRow, col: 0, rows: rows.length + 1, cols: allHeadings.length },
      style: "TableStyleLight9",
    },
    validations: [],
    colorScales: [
      {
        range: dataRect(1),
        points: [
          { value: 1, color: "#F8696B" },
          { value: 3, color: "#FFEB84" },
          { value: 5, color: "#63BE7B" },
        ],
      },
    ],
    charts: [chart],
    names: [],
    inputs: [],
  };
}
