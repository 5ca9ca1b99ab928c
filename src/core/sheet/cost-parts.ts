import type { Lang } from "../model";
import { CURRENCIES, type CostSettings } from "../scoring/costs";
import type { EvaluationRow } from "../scoring/evaluation";
import type { Recommendation } from "../scoring/recommend";
import { a1, type Rect } from "./address";
import { COST_WORDS } from "./cost-words";
import type { Block, Cell, ColumnSpec, NameSpec, Validation } from "./description";
import {
  convertedFeeFormula,
  countIfFormula,
  rateExpression,
  sumCostFormula,
  valuePerFormula,
} from "./formulas";
import { columnName, COST_COLUMNS, rateName, type CostColumn } from "./matrix-names";

// The cost parts of an evaluation matrix (format 4): the typed fee, currency, staff days and trips
// after the notes, the fee in the review's currency and the value for money beside them, the exchange
// rates as named inputs, and the costs totalled per recommendation, all native formulas.

export const INPUT_FILL = "#FFF8DC";

/** Where the cost parts go: the matrix's columns and rows, and the corner of the totals legend. */
export interface CostPlacement {
  rows: readonly EvaluationRow[];
  firstRow: number;
  headerRow: number;
  columns: Record<CostColumn, number>;
  organisationColumn: number;
  valueColumn: number;
  recommendationColumn: number;
  /** Top-left cell of the rates and totals (to the right of the legend). */
  legend: { row: number; col: number };
  /** The recommendation words as the sheet writes them, in the order of the totals. */
  recommendations: readonly { id: Recommendation; word: string }[];
}

export interface CostParts {
  headings: [number, string][];
  blocks: Block[];
  validations: Validation[];
  names: NameSpec[];
  columns: ColumnSpec[];
  inputs: Rect[];
  /** The first row below the totals: where the chart may start. */
  endRow: number;
}

const text = (value: string | number | null): Cell => ({ value });
const formula = (f: string): Cell => ({ formula: f });

export function costParts(costs: CostSettings, p: CostPlacement, lang: Lang): CostParts {
  const w = COST_WORDS[lang];
  const c = p.columns;
  const n = p.rows.length;
  const own = costs.currency;
  const at = (i: number, col: number) => a1(p.firstRow + i, col);
  const rect = (col: number): Rect => ({ row: p.firstRow, col, rows: n, cols: 1 });
  const range = (col: number) =>
    `${a1(p.firstRow, col, true)}:${a1(p.firstRow + Math.max(n, 1) - 1, col, true)}`;
  const column = (
    col: number,
    cell: (r: EvaluationRow, i: number) => Cell,
    style: Block["style"]
  ) => ({
    row: p.firstRow,
    col,
    cells: p.rows.map((r, i) => [cell(r, i)]),
    style,
  });
  const rates = CURRENCIES.map((currency) => ({ currency, name: rateName(currency) }));

  const blocks: Block[] = [
    {
      row: p.firstRow,
      col: c.fee,
      cells: p.rows.map((r) => [
        text(r.costs?.fee ?? null),
        text(r.costs?.currency ?? null),
        text(r.costs?.staffDays ?? null),
        text(r.costs?.trips ?? null),
      ]),
      style: { fill: INPUT_FILL, align: "right" },
    },
    column(
      c.converted,
      (_, i) =>
        formula(convertedFeeFormula(at(i, c.fee), rateExpression(at(i, c.currency), own, rates))),
      { numberFormat: "#,##0" }
    ),
    column(
      c.perTenThousand,
      (_, i) => formula(valuePerFormula(at(i, p.valueColumn), at(i, c.converted), 10000)),
      { numberFormat: "0.00" }
    ),
    column(
      c.perStaffDay,
      (_, i) => formula(valuePerFormula(at(i, p.valueColumn), at(i, c.staffDays))),
      { numberFormat: "0.00" }
    ),
  ];

  // Exchange rates: the review's own is 1; the others are typed by the team.
  const L = p.legend;
  blocks.push(
    { row: L.row, col: L.col, cells: [[text(w.rates(own))]], style: { bold: true } },
    {
      row: L.row + 1,
      col: L.col,
      cells: CURRENCIES.map((cur) => [text(cur)]),
    },
    ...CURRENCIES.map((cur, i) => ({
      row: L.row + 1 + i,
      col: L.col + 1,
      cells: [[text(costs.rates[cur] ?? (cur === own ? 1 : null))]],
      style:
        cur === own ? { align: "left" as const } : { fill: INPUT_FILL, align: "left" as const },
    })),
    {
      row: L.row + 1 + CURRENCIES.length,
      col: L.col,
      cells: [[text(w.ratesHelp)]],
      style: { italic: true, color: "#605E5C" },
    }
  );

  // Totals per recommendation, then for all rows.
  const top = L.row + CURRENCIES.length + 3;
  const recs = range(p.recommendationColumn);
  const totalsRows: Cell[][] = p.recommendations.map(({ word }) => [
    text(word),
    formula(countIfFormula(recs, word)),
    formula(sumCostFormula(range(c.converted), recs, word)),
    formula(sumCostFormula(range(c.staffDays), recs, word)),
    formula(sumCostFormula(range(c.trips), recs, word)),
  ]);
  totalsRows.push([
    text(w.total),
    formula(`=COUNTA(${range(p.organisationColumn)})`),
    formula(sumCostFormula(range(c.converted))),
    formula(sumCostFormula(range(c.staffDays))),
    formula(sumCostFormula(range(c.trips))),
  ]);
  blocks.push(
    { row: top, col: L.col, cells: [[text(w.totals)]], style: { bold: true } },
    {
      row: top + 1,
      col: L.col,
      cells: [
        [
          text(""),
          text(w.organisations),
          text(w.fees(own)),
          text(w.staffDaysTotal),
          text(w.tripsTotal),
        ],
      ],
      style: { bold: true, wrap: true },
    },
    {
      row: top + 2,
      col: L.col,
      cells: totalsRows,
      style: { numberFormat: "#,##0.##" },
    }
  );

  const validations: Validation[] = [
    {
      range: rect(c.fee),
      rule: { kind: "decimal", min: 0 },
      prompt: w.feePrompt,
      error: w.feeError,
    },
    {
      range: rect(c.currency),
      rule: { kind: "list", items: [...CURRENCIES] },
      prompt: { title: w.currencyPrompt.title, message: w.currencyPrompt.message(own) },
      error: w.currencyError,
    },
    {
      range: rect(c.staffDays),
      rule: { kind: "decimal", min: 0 },
      prompt: w.staffDaysPrompt,
      error: w.countError,
    },
    {
      range: rect(c.trips),
      rule: { kind: "decimal", min: 0 },
      prompt: w.tripsPrompt,
      error: w.countError,
    },
  ];

  const heading = (key: CostColumn) => ({ row: p.headerRow, col: c[key], rows: 1, cols: 1 });
  const names: NameSpec[] = [
    ...(Object.keys(COST_COLUMNS) as CostColumn[]).map((key) => ({
      name: columnName(COST_COLUMNS[key]),
      ref: heading(key),
      comment: `CityNet: the ${COST_COLUMNS[key].replace(/_/g, " ")} column`,
      hidden: true,
    })),
    ...CURRENCIES.map((cur, i) => ({
      name: rateName(cur),
      ref: { row: L.row + 1 + i, col: L.col + 1, rows: 1, cols: 1 },
      comment: `What 1 ${cur} is worth in ${own}`,
    })),
  ];

  return {
    headings: [
      [c.fee, w.fee],
      [c.currency, w.currency],
      [c.staffDays, w.staffDays],
      [c.trips, w.trips],
      [c.converted, w.converted(own)],
      [c.perTenThousand, w.perTenThousand(own)],
      [c.perStaffDay, w.perStaffDay],
    ],
    blocks,
    validations,
    names,
    columns: [
      { col: c.fee, width: 12 },
      { col: c.currency, width: 9 },
      { col: c.staffDays, width: 11 },
      { col: c.trips, width: 10 },
      { col: c.converted, width: 12 },
      { col: c.perTenThousand, width: 12 },
      { col: c.perStaffDay, width: 12 },
    ],
    inputs: [
      { row: p.firstRow, col: c.fee, rows: n, cols: 4 },
      ...CURRENCIES.flatMap((cur, i) =>
        cur === own ? [] : [{ row: L.row + 1 + i, col: L.col + 1, rows: 1, cols: 1 }]
      ),
    ],
    endRow: top + 2 + totalsRows.length,
  };
}
