import { CityNetError } from "../errors";
import type { Lang } from "../model";
import { LEVELS, type Localized } from "../scoring/criteria";
import { evaluateRow, type Evaluation, type RowResult } from "../scoring/evaluation";
import { MEMBERSHIP_RECOMMENDATIONS, CANDIDATE_RECOMMENDATIONS } from "../scoring/recommend";
import { a1, type Rect } from "./address";
import { MAX_CELL_TEXT } from "./cell-text";
import type { Block, Cell, NameSpec, SheetDescription, Validation } from "./description";
import {
  coverageFormula,
  recommendationFormula,
  seriesFormula,
  valueFormula,
  type FormulaCriterion,
} from "./formulas";
import {
  columnName,
  FIXED_COLUMNS,
  MATRIX_MARKER,
  scoreColumnKey,
  seriesColumnKey,
  SETTINGS_NAME,
  THRESHOLD_NAMES,
  weightName,
  type FixedColumn,
} from "./matrix-names";
import { settingsText } from "./settings";
import { uniqueHeadings, validTableName } from "./sheet-names";
import { SHEET_WORDS } from "./strings";

// The evaluation matrix sheet: title, weights, a table with one row per organisation, native formulas
// for value, coverage and recommendation, a legend with thresholds and rubrics, and a chart.

/** Fixed rows (zero-based) and the first columns; the rest follow from the number of criteria. */
export const LAYOUT = {
  titleRow: 0,
  subtitleRow: 1,
  metaRow: 2,
  weightRow: 3,
  directionRow: 4,
  shareRow: 5,
  headerRow: 7,
  firstDataRow: 8,
  col: { organisation: 0, key: 1, type: 2, status: 3, since: 4, responsible: 5, firstCriterion: 6 },
} as const;

export interface Columns {
  criteria: number[];
  value: number;
  coverage: number;
  recommendation: number;
  fragile: number;
  evidence: number;
  notes: number;
  /** Hidden chart helpers, one per recommendation. */
  series: number[];
  legend: number;
  last: number;
}

export function columnsFor(criteriaCount: number): Columns {
  const first = LAYOUT.col.firstCriterion;
  const value = first + criteriaCount;
  const series = [...MEMBERSHIP_RECOMMENDATIONS, ...CANDIDATE_RECOMMENDATIONS].map(
    (_, i) => value + 6 + i
  );
  return {
    criteria: Array.from({ length: criteriaCount }, (_, i) => first + i),
    value,
    coverage: value + 1,
    recommendation: value + 2,
    fragile: value + 3,
    evidence: value + 4,
    notes: value + 5,
    series,
    legend: series[series.length - 1] + 2,
    last: series[series.length - 1],
  };
}

const COLORS: Record<string, string> = {
  Strengthen: "#1B7F3B",
  Continue: "#6BB36B",
  Review: "#E8A33D",
  Leave: "#C8102E",
  Join: "#0F6CBD",
  "Do not join": "#8A8886",
};
const INPUT_FILL = "#FFF8DC";
const HEADER_FILL = "#DCE9F5";
const MAX_PROMPT = 255;
const MAX_PROMPT_TITLE = 32;

const text = (value: string | number | null): Cell => ({ value });
const formula = (f: string): Cell => ({ formula: f });

function rubricMessage(levels: Record<1 | 2 | 3 | 4 | 5, Localized>, lang: Lang): string {
  const message = LEVELS.map((l) => `${l} ${levels[l][lang]}`).join("\n");
  return message.length <= MAX_PROMPT ? message : `${message.slice(0, MAX_PROMPT - 1)}…`;
}

/** The table's name for a city: letters, digits and underscores ("CityNet_Tromso"). */
export function tableNameFor(city: string): string {
  return validTableName(city);
}

/** The description of an evaluation matrix sheet, in the given language. */
export function evaluationSheet(
  e: Evaluation,
  lang: Lang,
  results: readonly RowResult[] = e.rows.map((r) => evaluateRow(e, r))
): SheetDescription {
  if (e.rows.length === 0) {
    throw new CityNetError(
      "invalid",
      `There is nothing to evaluate for ${e.city.name}: add at least one organisation or candidate.`
    );
  }
  const w = SHEET_WORDS[lang];
  const n = e.framework.criteria.length;
  const cols = columnsFor(n);
  const L = LAYOUT;
  const firstRow = L.firstDataRow;
  const fc: FormulaCriterion[] = e.framework.criteria.map((c, i) => ({
    weightName: weightName(c.criterion.id),
    direction: c.criterion.direction,
    col: cols.criteria[i],
  }));
  const recWords = {
    candidateType: w.types.Candidate,
    strengthen: w.recommendations.Strengthen,
    continue: w.recommendations.Continue,
    review: w.recommendations.Review,
    leave: w.recommendations.Leave,
    join: w.recommendations.Join,
    doNotJoin: w.recommendations["Do not join"],
  };
  const seriesWords = [...MEMBERSHIP_RECOMMENDATIONS, ...CANDIDATE_RECOMMENDATIONS];

  const settings = settingsText({ lang, city: e.city, framework: e.framework });
  if (settings.length > MAX_CELL_TEXT)
    throw new CityNetError(
      "invalid",
      `The framework ${e.framework.label.en} is too large to keep in the sheet (${settings.length} characters; a cell holds ${MAX_CELL_TEXT}): shorten its rubrics.`
    );
  const headings = uniqueHeadings([
    w.headers.organisation,
    w.headers.key,
    w.headers.type,
    w.headers.status,
    w.headers.since,
    w.headers.responsible,
    ...e.framework.criteria.map((c) => c.criterion.label[lang]),
    w.headers.value,
    w.headers.coverage,
    w.headers.recommendation,
    w.headers.fragile,
    w.headers.evidence,
    w.headers.notes,
    ...seriesWords.map((r) => w.recommendations[r]),
  ]);
  const blocks: Block[] = [
    {
      row: L.titleRow,
      col: 0,
      cells: [[text(w.title(e.city.name))]],
      style: { bold: true, size: 14 },
    },
    {
      row: L.subtitleRow,
      col: 0,
      cells: [[text(w.subtitle(e.framework.label[lang]))]],
      style: { italic: true, color: "#605E5C" },
    },
    { row: L.metaRow, col: 0, cells: [[text(MATRIX_MARKER), text(settings)]] },
    // Labels of the weight rows, beside the first criterion.
    {
      row: L.weightRow,
      col: L.col.responsible,
      cells: [[text(w.weight)], [text(w.direction)], [text(w.share)]],
      style: { bold: true, align: "right" },
    },
    {
      row: L.weightRow,
      col: cols.criteria[0],
      cells: [e.weights.map((x) => text(x))],
      style: { fill: INPUT_FILL, numberFormat: "0.##", align: "center" },
    },
    {
      row: L.directionRow,
      col: cols.criteria[0],
      cells: [
        e.framework.criteria.map((c) =>
          text(c.criterion.direction === "cost" ? w.cost : w.benefit)
        ),
      ],
      style: { italic: true, align: "center" },
    },
    {
      row: L.shareRow,
      col: cols.criteria[0],
      cells: [
        fc.map((c) =>
          formula(
            `=IF((${fc.map((x) => x.weightName).join("+")})=0,0,${c.weightName}/(${fc.map((x) => x.weightName).join("+")}))`
          )
        ),
      ],
      style: { numberFormat: "0%", align: "center" },
    },
    // Header row of the table.
    {
      row: L.headerRow,
      col: 0,
      cells: [headings.map((h) => text(h))],
      style: { bold: true, fill: HEADER_FILL, wrap: true },
    },
    // The rows: facts, then scores, then formulas.
    {
      row: firstRow,
      col: 0,
      cells: e.rows.map((r) => [
        text(r.name),
        text(r.key),
        text(w.types[r.type]),
        text(r.status === null ? (r.statusText ?? null) : w.statuses[r.status]),
        text(r.since === "" ? null : r.since),
        text(r.responsible || null),
      ]),
    },
    {
      row: firstRow,
      col: cols.criteria[0],
      cells: e.rows.map((r) => r.scores.map((s) => text(s))),
      style: { numberFormat: "0", align: "center" },
    },
    {
      row: firstRow,
      col: cols.value,
      cells: e.rows.map((_, i) => [formula(valueFormula(fc, firstRow + i))]),
      style: { numberFormat: "0.00" },
    },
    {
      row: firstRow,
      col: cols.coverage,
      cells: e.rows.map((_, i) => [formula(coverageFormula(fc, firstRow + i))]),
      style: { numberFormat: "0%" },
    },
    {
      row: firstRow,
      col: cols.recommendation,
      cells: e.rows.map((_, i) => [
        formula(
          recommendationFormula(
            a1(firstRow + i, cols.value),
            a1(firstRow + i, L.col.type),
            THRESHOLD_NAMES,
            recWords
          )
        ),
      ]),
    },
    {
      row: firstRow,
      col: cols.fragile,
      cells: results.map((r) => [text(r.fragile ? w.yes : null)]),
    },
    {
      row: firstRow,
      col: cols.evidence,
      cells: e.rows.map((r) => [text(r.evidence || null), text(r.notes || null)]),
      style: { wrap: true },
    },
    {
      row: firstRow,
      col: cols.series[0],
      cells: e.rows.map((_, i) =>
        seriesWords.map((word) =>
          formula(
            seriesFormula(
              a1(firstRow + i, cols.value),
              a1(firstRow + i, cols.recommendation),
              w.recommendations[word]
            )
          )
        )
      ),
    },
    ...legendBlocks(e, lang, cols.legend),
  ];

  const dataRect = (col: number, count = 1): Rect => ({
    row: firstRow,
    col,
    rows: e.rows.length,
    cols: count,
  });
  const validations: Validation[] = e.framework.criteria.map((c, i) => ({
    range: dataRect(cols.criteria[i]),
    wholeNumber: { min: 1, max: 5 },
    prompt: {
      title: c.criterion.label[lang].slice(0, MAX_PROMPT_TITLE),
      message: rubricMessage(c.criterion.rubric, lang),
    },
    error: w.scoreError,
  }));
  const legendRow = L.weightRow;
  const thresholdCell = (i: number): Rect => ({
    row: legendRow + 1 + i,
    col: cols.legend + 1,
    rows: 1,
    cols: 1,
  });

  return {
    name: e.city.name,
    blocks,
    columns: [
      { col: L.col.organisation, width: 36 },
      { col: L.col.key, width: 12, hidden: true },
      { col: L.col.type, width: 12 },
      { col: L.col.status, width: 16 },
      { col: L.col.since, width: 8 },
      { col: L.col.responsible, width: 26 },
      ...cols.criteria.map((col) => ({ col, width: 12 })),
      { col: cols.value, width: 8 },
      { col: cols.coverage, width: 9 },
      { col: cols.recommendation, width: 15 },
      { col: cols.fragile, width: 8 },
      { col: cols.evidence, width: 60 },
      { col: cols.notes, width: 30 },
      ...cols.series.map((col) => ({ col, width: 8, hidden: true })),
      { col: cols.legend, width: 24 },
      { col: cols.legend + 1, width: 50 },
    ],
    hiddenRows: [L.metaRow],
    freeze: { rows: L.firstDataRow, columns: 1 },
    table: {
      name: tableNameFor(e.city.name),
      range: { row: L.headerRow, col: 0, rows: e.rows.length + 1, cols: cols.last + 1 },
      style: "TableStyleMedium2",
    },
    validations,
    colorScales: [
      {
        range: dataRect(cols.value),
        points: [
          { value: 1, color: "#F8696B" },
          { value: 3, color: "#FFEB84" },
          { value: 5, color: "#63BE7B" },
        ],
      },
    ],
    charts: [
      {
        title: w.chartTitle(e.city.name),
        kind: "barStacked",
        categories: dataRect(L.col.organisation),
        series: seriesWords.map((word, i) => ({
          name: w.recommendations[word],
          values: dataRect(cols.series[i]),
          color: COLORS[word],
        })),
        anchor: {
          row: legendRow,
          col: cols.legend + 3,
          rows: Math.max(18, e.rows.length + 4),
          cols: 8,
        },
      },
    ],
    names: [
      ...e.framework.criteria.map((c, i) => ({
        name: weightName(c.criterion.id),
        ref: { row: L.weightRow, col: cols.criteria[i], rows: 1, cols: 1 },
        comment: `Weight of ${c.criterion.label.en}`,
      })),
      {
        name: THRESHOLD_NAMES.strengthen,
        ref: thresholdCell(0),
        comment: "Strengthen at or above this value",
      },
      {
        name: THRESHOLD_NAMES.continue,
        ref: thresholdCell(1),
        comment: "Continue at or above this value",
      },
      {
        name: THRESHOLD_NAMES.review,
        ref: thresholdCell(2),
        comment: "Review at or above this value; below it, Leave",
      },
      {
        name: THRESHOLD_NAMES.join,
        ref: thresholdCell(3),
        comment: "Candidates: Join at or above this value",
      },
      ...partNames(e, cols),
    ],
    inputs: [
      { row: L.weightRow, col: cols.criteria[0], rows: 1, cols: n },
      dataRect(cols.criteria[0], n),
      dataRect(cols.notes),
      { row: legendRow + 1, col: cols.legend + 1, rows: 4, cols: 1 },
    ],
  };
}

/** Where each fixed column starts out. */
function fixedColumnAt(cols: Columns): Record<FixedColumn, number> {
  const L = LAYOUT.col;
  return {
    organisation: L.organisation,
    key: L.key,
    type: L.type,
    status: L.status,
    since: L.since,
    responsible: L.responsible,
    value: cols.value,
    coverage: cols.coverage,
    recommendation: cols.recommendation,
    fragile: cols.fragile,
    evidence: cols.evidence,
    notes: cols.notes,
  };
}

/**
 * Hidden names on the settings cell and on every column's heading cell: how the matrix is read back
 * after people insert, delete, sort and move things (matrix-names.ts).
 */
function partNames(e: Evaluation, cols: Columns): NameSpec[] {
  const cell = (row: number, col: number): Rect => ({ row, col, rows: 1, cols: 1 });
  const heading = (col: number) => cell(LAYOUT.headerRow, col);
  const fixed = fixedColumnAt(cols);
  return [
    {
      name: SETTINGS_NAME,
      ref: cell(LAYOUT.metaRow, 1),
      comment: "CityNet: this matrix's settings",
      hidden: true,
    },
    ...FIXED_COLUMNS.map((key) => ({
      name: columnName(key),
      ref: heading(fixed[key]),
      comment: `CityNet: the ${key} column`,
      hidden: true,
    })),
    ...e.framework.criteria.map((c, i) => ({
      name: columnName(scoreColumnKey(c.criterion.id)),
      ref: heading(cols.criteria[i]),
      comment: `CityNet: the scores for ${c.criterion.label.en}`,
      hidden: true,
    })),
    ...[...MEMBERSHIP_RECOMMENDATIONS, ...CANDIDATE_RECOMMENDATIONS].map((r, i) => ({
      name: columnName(seriesColumnKey(r)),
      ref: heading(cols.series[i]),
      comment: `CityNet: chart helper for ${r}`,
      hidden: true,
    })),
  ];
}

/** Thresholds (named input cells) and the rubric of every criterion, to the right of the table. */
function legendBlocks(e: Evaluation, lang: Lang, col: number): Block[] {
  const w = SHEET_WORDS[lang];
  const row = LAYOUT.weightRow;
  const t = e.thresholds;
  const rubricRows: Cell[][] = [];
  for (const { criterion: c } of e.framework.criteria) {
    rubricRows.push([
      text(`${c.label[lang]} (${c.direction === "cost" ? w.cost : w.benefit})`),
      text(c.description[lang]),
    ]);
    for (const level of LEVELS) rubricRows.push([text(level), text(c.rubric[level][lang])]);
  }
  return [
    { row, col, cells: [[text(w.thresholds)]], style: { bold: true } },
    {
      row: row + 1,
      col,
      cells: [
        [text(w.thresholdLabels.strengthen)],
        [text(w.thresholdLabels.continue)],
        [text(w.thresholdLabels.review)],
        [text(w.thresholdLabels.join)],
      ],
    },
    {
      row: row + 1,
      col: col + 1,
      cells: [[text(t.strengthen)], [text(t.continue)], [text(t.review)], [text(t.join)]],
      style: { fill: INPUT_FILL, numberFormat: "0.00", align: "left" },
    },
    { row: row + 6, col, cells: [[text(w.rubric)]], style: { bold: true } },
    { row: row + 7, col, cells: rubricRows, style: { wrap: true } },
  ];
}
