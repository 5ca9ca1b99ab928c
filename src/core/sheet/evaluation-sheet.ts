import { CityNetError } from "../errors";
import type { Lang } from "../model";
import { LEVELS, type Localized } from "../scoring/criteria";
import {
  evaluateRow,
  type Evaluation,
  type EvaluationRow,
  type RowResult,
} from "../scoring/evaluation";
import { MEMBERSHIP_RECOMMENDATIONS, CANDIDATE_RECOMMENDATIONS } from "../scoring/recommend";
import { a1, type Rect } from "./address";
import { MAX_CELL_TEXT } from "./cell-text";
import type { Rater, Team } from "../scoring/team";
import type {
  Block,
  Cell,
  ColorScale,
  NameSpec,
  SheetDescription,
  Validation,
} from "./description";
import {
  aggregateFormula,
  consensusFormula,
  coverageFormula,
  disputedFormula,
  recommendationFormula,
  seriesFormula,
  spreadFormula,
  valueFormula,
  type FormulaCriterion,
  recommendationWords,
  type RecommendationWords,
} from "./formulas";
import {
  columnName,
  FIXED_COLUMNS,
  MATRIX_MARKER,
  raterColumnKey,
  scoreColumnKey,
  spreadColumnKey,
  TEAM_COLUMNS,
  seriesColumnKey,
  SETTINGS_NAME,
  THRESHOLD_NAMES,
  weightName,
  type FixedColumn,
} from "./matrix-names";
import { costParts, INPUT_FILL } from "./cost-parts";
import { settingsText } from "./settings";
import { uniqueHeadings, validTableName } from "./sheet-names";
import { SHEET_WORDS } from "./strings";
import { rowEvidence } from "../words/evidence";
import { approximateDate } from "../words/sources";

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

export interface RaterColumns {
  id: string;
  scores: number[];
  value: number;
  recommendation: number;
  notes: number;
}

/** Format 4: what the membership costs (typed) and its value for money (computed). */
export interface CostColumns {
  fee: number;
  currency: number;
  staffDays: number;
  trips: number;
  converted: number;
  perTenThousand: number;
  perStaffDay: number;
}

export interface Columns {
  /** Team reviews: who is to score the row. */
  assigned?: number;
  /** The score columns; in a team review, the raters' aggregate. */
  criteria: number[];
  value: number;
  coverage: number;
  recommendation: number;
  fragile: number;
  /** Team reviews. */
  consensus?: number;
  disputed?: number;
  evidence: number;
  notes: number;
  /** Format 4: the cost columns, after the notes. */
  costs?: CostColumns;
  /** Team reviews: one per criterion. */
  spread: number[];
  /** Team reviews: each rater's scores, value, recommendation and notes. */
  raters: RaterColumns[];
  /** Hidden chart helpers, one per recommendation. */
  series: number[];
  legend: number;
  last: number;
}

/**
 * Where each column starts out. Without a team, the layout of format 2: the criterion columns are
 * typed in. With a team: "Assigned to" after Responsible, the criterion columns aggregate the raters'
 * columns, which follow the notes with the spreads.
 */
export function columnsFor(
  criteriaCount: number,
  raterIds: readonly string[] = [],
  withCosts = false
): Columns {
  const team = raterIds.length > 0;
  const assigned = team ? LAYOUT.col.firstCriterion : undefined;
  const first = LAYOUT.col.firstCriterion + (team ? 1 : 0);
  const value = first + criteriaCount;
  let next = value + 4;
  const consensus = team ? next++ : undefined;
  const disputed = team ? next++ : undefined;
  const evidence = next++;
  const notes = next++;
  const costs = withCosts
    ? {
        fee: next++,
        currency: next++,
        staffDays: next++,
        trips: next++,
        converted: next++,
        perTenThousand: next++,
        perStaffDay: next++,
      }
    : undefined;
  const range = (count: number) => Array.from({ length: count }, () => next++);
  const spread = team ? range(criteriaCount) : [];
  const raters = raterIds.map((id) => ({
    id,
    scores: range(criteriaCount),
    value: next++,
    recommendation: next++,
    notes: next++,
  }));
  const series = range(MEMBERSHIP_RECOMMENDATIONS.length + CANDIDATE_RECOMMENDATIONS.length);
  return {
    assigned,
    criteria: Array.from({ length: criteriaCount }, (_, i) => first + i),
    value,
    coverage: value + 1,
    recommendation: value + 2,
    fragile: value + 3,
    consensus,
    disputed,
    evidence,
    notes,
    costs,
    spread,
    raters,
    series,
    legend: series[series.length - 1] + 2,
    last: series[series.length - 1],
  };
}

/** The recommendations' colours, in charts. */
export const COLORS: Record<string, string> = {
  Strengthen: "#1B7F3B",
  Continue: "#6BB36B",
  Review: "#E8A33D",
  Leave: "#C8102E",
  Join: "#0F6CBD",
  "Do not join": "#8A8886",
};
const HEADER_FILL = "#DCE9F5";
const MAX_PROMPT = 255;
const MAX_PROMPT_TITLE = 32;

const text = (value: string | number | null): Cell => ({ value });
const formula = (f: string): Cell => ({ formula: f });

export function rubricMessage(levels: Record<1 | 2 | 3 | 4 | 5, Localized>, lang: Lang): string {
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
  const team = e.team;
  const raters = team?.raters ?? [];
  const cols = columnsFor(
    n,
    raters.map((r) => r.id),
    e.costs !== undefined
  );
  const L = LAYOUT;
  const firstRow = L.firstDataRow;
  const fc: FormulaCriterion[] = e.framework.criteria.map((c, i) => ({
    weightName: weightName(c.criterion.id),
    direction: c.criterion.direction,
    col: cols.criteria[i],
    aggregate: team !== undefined,
  }));
  const recWords = recommendationWords(w);
  const seriesWords = [...MEMBERSHIP_RECOMMENDATIONS, ...CANDIDATE_RECOMMENDATIONS];
  const label = (i: number) => e.framework.criteria[i].criterion.label[lang];

  const settings = settingsText({
    lang,
    city: e.city,
    framework: e.framework,
    team,
    currency: e.costs?.currency,
  });
  if (settings.length > MAX_CELL_TEXT)
    throw new CityNetError(
      "invalid",
      `The framework ${e.framework.label.en} is too large to keep in the sheet (${settings.length} characters; a cell holds ${MAX_CELL_TEXT}): shorten its rubrics.`
    );

  // Headings by column, then made unique (Excel's tables require it).
  const heading: string[] = [];
  const put = (col: number | undefined, h: string) => col !== undefined && (heading[col] = h);
  put(L.col.organisation, w.headers.organisation);
  put(L.col.key, w.headers.key);
  put(L.col.type, w.headers.type);
  put(L.col.status, w.headers.status);
  put(L.col.since, w.headers.since);
  put(L.col.responsible, w.headers.responsible);
  put(cols.assigned, w.team.assigned);
  cols.criteria.forEach((c, i) => put(c, label(i)));
  put(cols.value, w.headers.value);
  put(cols.coverage, w.headers.coverage);
  put(cols.recommendation, w.headers.recommendation);
  put(cols.fragile, w.headers.fragile);
  put(cols.consensus, w.team.consensus);
  put(cols.disputed, w.team.disputed);
  put(cols.evidence, w.headers.evidence);
  put(cols.notes, w.headers.notes);
  cols.spread.forEach((c, i) => put(c, w.team.spread(label(i))));
  raters.forEach((r, k) => {
    const name = raterLabel(r, lang);
    const rc = cols.raters[k];
    rc.scores.forEach((c, i) => put(c, w.team.column(name, label(i))));
    put(rc.value, w.team.column(name, w.headers.value));
    put(rc.recommendation, w.team.column(name, w.headers.recommendation));
    put(rc.notes, w.team.column(name, w.headers.notes));
  });
  seriesWords.forEach((r, i) => put(cols.series[i], w.recommendations[r]));
  const costs =
    e.costs && cols.costs
      ? costParts(
          e.costs,
          {
            rows: e.rows,
            firstRow,
            headerRow: L.headerRow,
            columns: cols.costs,
            organisationColumn: L.col.organisation,
            valueColumn: cols.value,
            recommendationColumn: cols.recommendation,
            legend: { row: L.weightRow, col: cols.legend + 3 },
            recommendations: seriesWords.map((id) => ({ id, word: w.recommendations[id] })),
          },
          lang
        )
      : undefined;
  costs?.headings.forEach(([c, h]) => put(c, h));
  const headings = uniqueHeadings(
    Array.from({ length: cols.last + 1 }, (_, c) => heading[c] ?? "")
  );

  /** A block of one column over every row. */
  const column = (
    col: number,
    cell: (row: EvaluationRow, i: number) => Cell,
    style?: Block["style"]
  ): Block => ({
    row: firstRow,
    col,
    cells: e.rows.map((r, i) => [cell(r, i)]),
    ...(style ? { style } : {}),
  });
  const at = (i: number, col: number) => a1(firstRow + i, col);
  const typeCell = (i: number) => at(i, L.col.type);
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
      cells: [
        [
          text(
            team
              ? w.team.subtitle(e.framework.label[lang], team.aggregate)
              : w.subtitle(e.framework.label[lang])
          ),
        ],
      ],
      style: { italic: true, color: "#605E5C" },
    },
    { row: L.metaRow, col: 0, cells: [[text(MATRIX_MARKER), text(settings)]] },
    // Labels of the weight rows, beside the first criterion.
    {
      row: L.weightRow,
      col: cols.criteria[0] - 1,
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
        ...(cols.assigned !== undefined ? [text(r.assigned || null)] : []),
      ]),
    },
    team
      ? {
          row: firstRow,
          col: cols.criteria[0],
          cells: e.rows.map((_, i) =>
            cols.criteria.map((_c, ci) =>
              formula(
                aggregateFormula(
                  countedIndexes(team).map((k) => at(i, cols.raters[k].scores[ci])),
                  team.aggregate
                )
              )
            )
          ),
          style: { numberFormat: "0.0#", align: "center" },
        }
      : {
          row: firstRow,
          col: cols.criteria[0],
          cells: e.rows.map((r) => r.scores.map((s) => text(s))),
          style: { numberFormat: "0", align: "center" },
        },
    column(cols.value, (_, i) => formula(valueFormula(fc, firstRow + i)), { numberFormat: "0.00" }),
    column(cols.coverage, (_, i) => formula(coverageFormula(fc, firstRow + i)), {
      numberFormat: "0%",
    }),
    column(cols.recommendation, (_, i) =>
      formula(recommendationFormula(at(i, cols.value), typeCell(i), THRESHOLD_NAMES, recWords))
    ),
    column(cols.fragile, (_, i) => text(results[i].fragile ? w.yes : null)),
    column(cols.evidence, (r) => text(rowEvidence(r, lang) || null), { wrap: true }),
    column(cols.notes, (r) => text(r.notes || null), { wrap: true }),
    {
      row: firstRow,
      col: cols.series[0],
      cells: e.rows.map((_, i) =>
        seriesWords.map((word) =>
          formula(
            seriesFormula(at(i, cols.value), at(i, cols.recommendation), w.recommendations[word])
          )
        )
      ),
    },
    ...(team ? teamBlocks(e, team, cols, fc, recWords, lang, column) : []),
    ...legendBlocks(e, lang, cols.legend),
    ...(costs?.blocks ?? []),
  ];

  const dataRect = (col: number, count = 1): Rect => ({
    row: firstRow,
    col,
    rows: e.rows.length,
    cols: count,
  });
  // Validation where scores are typed: the criterion columns, or each rater's.
  const scoreColumns = team ? cols.raters.map((rc) => rc.scores) : [cols.criteria];
  const scoreValidations: Validation[] = scoreColumns.flatMap((columnsOfOne) =>
    e.framework.criteria.map((c, i) => ({
      range: dataRect(columnsOfOne[i]),
      rule: { kind: "whole", min: 1, max: 5 },
      prompt: {
        title: c.criterion.label[lang].slice(0, MAX_PROMPT_TITLE),
        message: rubricMessage(c.criterion.rubric, lang),
      },
      error: w.scoreError,
    }))
  );
  const validations = [...scoreValidations, ...(costs?.validations ?? [])];
  const legendRow = L.weightRow;
  const thresholdCell = (i: number): Rect => ({
    row: legendRow + 1 + i,
    col: cols.legend + 1,
    rows: 1,
    cols: 1,
  });
  const scale = (range: Rect, low: string, high: string, max = 5): ColorScale => ({
    range,
    points: [
      { value: max === 5 ? 1 : 0, color: low },
      { value: max === 5 ? 3 : max / 2, color: "#FFEB84" },
      { value: max, color: high },
    ],
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
      ...(cols.assigned !== undefined ? [{ col: cols.assigned, width: 16 }] : []),
      ...cols.criteria.map((col) => ({ col, width: 12 })),
      { col: cols.value, width: 8 },
      { col: cols.coverage, width: 9 },
      { col: cols.recommendation, width: 15 },
      { col: cols.fragile, width: 8 },
      ...(cols.consensus !== undefined ? [{ col: cols.consensus, width: 11 }] : []),
      ...(cols.disputed !== undefined ? [{ col: cols.disputed, width: 10 }] : []),
      { col: cols.evidence, width: 60 },
      { col: cols.notes, width: 30 },
      ...(costs?.columns ?? []),
      ...cols.spread.map((col) => ({ col, width: 10 })),
      ...cols.raters.flatMap((rc) => [
        ...rc.scores.map((col) => ({ col, width: 12 })),
        { col: rc.value, width: 9 },
        { col: rc.recommendation, width: 14 },
        { col: rc.notes, width: 24 },
      ]),
      ...cols.series.map((col) => ({ col, width: 8, hidden: true })),
      { col: cols.legend, width: 24 },
      { col: cols.legend + 1, width: 50 },
      ...(costs
        ? [
            { col: cols.legend + 3, width: 22 },
            ...[4, 5, 6, 7].map((k) => ({ col: cols.legend + k, width: 13 })),
          ]
        : []),
    ],
    hiddenRows: [L.metaRow],
    freeze: { rows: L.firstDataRow, columns: 1 },
    print: {
      landscape: true,
      fitToWidth: true,
      titleRows: { first: L.headerRow, last: L.headerRow },
    },
    table: {
      name: tableNameFor(e.city.name),
      range: { row: L.headerRow, col: 0, rows: e.rows.length + 1, cols: cols.last + 1 },
      style: "TableStyleMedium2",
    },
    validations,
    colorScales: [
      scale(dataRect(cols.value), "#F8696B", "#63BE7B"),
      ...cols.spread.map((col) => scale(dataRect(col), "#63BE7B", "#F8696B", 4)),
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
          row: costs ? costs.endRow + 1 : legendRow,
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
      ...(costs?.names ?? []),
    ],
    inputs: [
      { row: L.weightRow, col: cols.criteria[0], rows: 1, cols: n },
      ...scoreColumns.map((c) => dataRect(c[0], n)),
      dataRect(cols.notes),
      ...(cols.assigned !== undefined ? [dataRect(cols.assigned)] : []),
      ...cols.raters.map((rc) => dataRect(rc.notes)),
      { row: legendRow + 1, col: cols.legend + 1, rows: 4, cols: 1 },
      ...(costs?.inputs ?? []),
    ],
  };
}

/** The raters counted in the aggregate, by their index in the team. */
function countedIndexes(team: Team): number[] {
  return team.raters.flatMap((r, k) => (!r.source || team.includeSources ? [k] : []));
}

/** Spreads, consensus, disputed, and each rater's scores, value, recommendation and notes. */
function teamBlocks(
  e: Evaluation,
  team: Team,
  cols: Columns,
  fc: FormulaCriterion[],
  recWords: RecommendationWords,
  lang: Lang,
  column: (
    col: number,
    cell: (row: EvaluationRow, i: number) => Cell,
    style?: Block["style"]
  ) => Block
): Block[] {
  const w = SHEET_WORDS[lang];
  const firstRow = LAYOUT.firstDataRow;
  const at = (i: number, col: number) => a1(firstRow + i, col);
  const counted = countedIndexes(team);
  const blocks: Block[] = [];
  if (cols.assigned !== undefined)
    blocks.push(column(cols.assigned, (r) => text(r.assigned || null), { fill: INPUT_FILL }));
  cols.spread.forEach((col, ci) =>
    blocks.push(
      column(
        col,
        (_, i) => formula(spreadFormula(counted.map((k) => at(i, cols.raters[k].scores[ci])))),
        {
          numberFormat: "0.#",
          align: "center",
        }
      )
    )
  );
  blocks.push(
    column(
      cols.consensus!,
      (_, i) =>
        formula(
          consensusFormula(
            cols.spread.map((col, ci) => ({ cell: at(i, col), weightName: fc[ci].weightName }))
          )
        ),
      { numberFormat: "0%" }
    ),
    column(cols.disputed!, (_, i) =>
      formula(
        disputedFormula(
          at(i, cols.value),
          at(i, cols.consensus!),
          counted.map((k) => at(i, cols.raters[k].value)),
          at(i, LAYOUT.col.type),
          THRESHOLD_NAMES,
          recWords,
          w.yes
        )
      )
    )
  );
  team.raters.forEach((rater, k) => {
    const rc = cols.raters[k];
    const own: FormulaCriterion[] = fc.map((c, ci) => ({
      ...c,
      col: rc.scores[ci],
      aggregate: false,
    }));
    blocks.push(
      {
        row: firstRow,
        col: rc.scores[0],
        cells: e.rows.map((r) =>
          rc.scores.map((_, ci) => text(r.ratings?.[rater.id]?.scores[ci] ?? null))
        ),
        style: { numberFormat: "0", align: "center", fill: rater.source ? undefined : INPUT_FILL },
      },
      column(rc.value, (_, i) => formula(valueFormula(own, firstRow + i)), {
        numberFormat: "0.00",
      }),
      column(rc.recommendation, (_, i) =>
        formula(
          recommendationFormula(at(i, rc.value), at(i, LAYOUT.col.type), THRESHOLD_NAMES, recWords)
        )
      ),
      column(rc.notes, (r) => text(r.ratings?.[rater.id]?.notes || null), { wrap: true })
    );
  });
  return blocks;
}

/** How a rater is shown: their name, or the documents for the sources' rater. */
export function raterLabel(r: Rater, lang: Lang): string {
  return r.source ? SHEET_WORDS[lang].team.sources(approximateDate(r.name, lang)) : r.name;
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
  const hidden = (name: string, col: number, comment: string): NameSpec => ({
    name,
    ref: heading(col),
    comment: `CityNet: ${comment}`,
    hidden: true,
  });
  const ids = e.framework.criteria.map((c) => c.criterion.id);
  return [
    {
      name: SETTINGS_NAME,
      ref: cell(LAYOUT.metaRow, 1),
      comment: "CityNet: this matrix's settings",
      hidden: true,
    },
    ...FIXED_COLUMNS.map((key) => hidden(columnName(key), fixed[key], `the ${key} column`)),
    ...ids.map((id, i) =>
      hidden(columnName(scoreColumnKey(id)), cols.criteria[i], `the scores for ${id}`)
    ),
    ...[...MEMBERSHIP_RECOMMENDATIONS, ...CANDIDATE_RECOMMENDATIONS].map((r, i) =>
      hidden(columnName(seriesColumnKey(r)), cols.series[i], `chart helper for ${r}`)
    ),
    ...(cols.assigned !== undefined
      ? [hidden(columnName(TEAM_COLUMNS.assigned), cols.assigned, "who scores the row")]
      : []),
    ...(cols.consensus !== undefined
      ? [hidden(columnName(TEAM_COLUMNS.consensus), cols.consensus, "the raters' consensus")]
      : []),
    ...(cols.disputed !== undefined
      ? [hidden(columnName(TEAM_COLUMNS.disputed), cols.disputed, "disputed recommendations")]
      : []),
    ...cols.spread.map((col, i) =>
      hidden(columnName(spreadColumnKey(ids[i])), col, `the spread for ${ids[i]}`)
    ),
    ...cols.raters.flatMap((rc) => [
      ...rc.scores.map((col, i) =>
        hidden(
          columnName(raterColumnKey(rc.id, scoreColumnKey(ids[i]))),
          col,
          `rater ${rc.id}: ${ids[i]}`
        )
      ),
      hidden(columnName(raterColumnKey(rc.id, "value")), rc.value, `rater ${rc.id}: value`),
      hidden(
        columnName(raterColumnKey(rc.id, "recommendation")),
        rc.recommendation,
        `rater ${rc.id}: recommendation`
      ),
      hidden(columnName(raterColumnKey(rc.id, "notes")), rc.notes, `rater ${rc.id}: notes`),
    ]),
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
