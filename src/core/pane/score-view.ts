import type { Dataset } from "../dataset";
import { membershipView, type MembershipView } from "../explore";
import type { Lang } from "../model";
import { organisationFacts, type SourcedFact } from "../queries";
import { LEVELS } from "../scoring/criteria";
import { evaluateRow, type RowResult } from "../scoring/evaluation";
import type { Recommendation } from "../scoring/recommend";
import { columnsFor, LAYOUT } from "../sheet/evaluation-sheet";
import type { ReadMatrix } from "../sheet/read-matrix";
import { SHEET_WORDS } from "../sheet/strings";

// What the Score view shows for one row of a matrix, and where its inputs live in the sheet.

export interface CriterionControl {
  id: string;
  label: string;
  description: string;
  direction: "benefit" | "cost";
  levels: { level: number; text: string }[];
  score: number | null;
  /** Zero-based sheet cell of this score. */
  cell: { row: number; col: number };
}

export interface ScoreView {
  rowIndex: number;
  key: string;
  name: string;
  status: string;
  since: number | "";
  responsible: string;
  criteria: CriterionControl[];
  result: RowResult;
  /** The recommendation in the sheet's words. */
  recommendation: string;
  notes: string;
  notesCell: { row: number; col: number };
  evidence: string;
  /** Facts and history from the dataset, when the row is a dataset organisation. */
  facts: SourcedFact[];
  history?: MembershipView;
}

export function scoreView(ds: Dataset, read: ReadMatrix, rowIndex: number, lang: Lang): ScoreView {
  const e = read.evaluation;
  const row = e.rows[rowIndex];
  const cols = columnsFor(e.framework.criteria.length);
  const sheetRow = LAYOUT.firstDataRow + rowIndex;
  const result = evaluateRow(e, row);
  const org = ds.orgById.get(row.key);
  const m = org && e.city.id ? ds.memberships.get(`${e.city.id}|${org.id}`) : undefined;
  const words = SHEET_WORDS[read.lang];
  return {
    rowIndex,
    key: row.key,
    name: row.name,
    status: words.statuses[row.status],
    since: row.since,
    responsible: row.responsible,
    criteria: e.framework.criteria.map(({ criterion: c }, i) => ({
      id: c.id,
      label: c.label[lang],
      description: c.description[lang],
      direction: c.direction,
      levels: LEVELS.map((level) => ({ level, text: c.rubric[level][lang] })),
      score: row.scores[i],
      cell: { row: sheetRow, col: cols.criteria[i] },
    })),
    result,
    recommendation: result.recommendation
      ? words.recommendations[result.recommendation as Recommendation]
      : "",
    notes: row.notes,
    notesCell: { row: sheetRow, col: cols.notes },
    evidence: row.evidence,
    facts: org ? organisationFacts(ds, org.id) : [],
    history: m ? membershipView(ds, m, lang) : undefined,
  };
}

/** The next row (after `from`, wrapping round) with a criterion not yet scored; -1 when all are scored. */
export function nextUnscored(read: ReadMatrix, from: number): number {
  const rows = read.evaluation.rows;
  for (let k = 1; k <= rows.length; k++) {
    const i = (from + k) % rows.length;
    if (rows[i].scores.some((s) => s === null)) return i;
  }
  return -1;
}

/** The matrix row a selected sheet cell belongs to, or -1. */
export function rowAtCell(read: ReadMatrix, sheetRow: number): number {
  const i = sheetRow - LAYOUT.firstDataRow;
  return i >= 0 && i < read.evaluation.rows.length ? i : -1;
}

export interface WeightsView {
  criteria: { id: string; label: string; weight: number; cell: { row: number; col: number } }[];
  thresholds: {
    key: "strengthen" | "continue" | "review" | "join";
    label: string;
    value: number;
    cell: { row: number; col: number };
  }[];
  rows: {
    name: string;
    value: number | null;
    recommendation: string;
    fragile: boolean;
    limits: string;
  }[];
}

/** Weights and thresholds with their cells, and each row's value, recommendation and fragility. */
export function weightsView(read: ReadMatrix, lang: Lang): WeightsView {
  const e = read.evaluation;
  const cols = columnsFor(e.framework.criteria.length);
  const words = SHEET_WORDS[read.lang];
  const labels = SHEET_WORDS[lang].thresholdLabels;
  const keys = ["strengthen", "continue", "review", "join"] as const;
  return {
    criteria: e.framework.criteria.map(({ criterion: c }, i) => ({
      id: c.id,
      label: c.label[lang],
      weight: e.weights[i],
      cell: { row: LAYOUT.weightRow, col: cols.criteria[i] },
    })),
    thresholds: keys.map((key, i) => ({
      key,
      label: labels[key],
      value: e.thresholds[key],
      cell: { row: LAYOUT.weightRow + 1 + i, col: cols.legend + 1 },
    })),
    rows: e.rows.map((row) => {
      const r = evaluateRow(e, row);
      const tight = r.ranges
        .filter((x) => x.minFactor > 0 || x.maxFactor < Infinity)
        .map((x) => {
          const label = e.framework.criteria[x.index].criterion.label[lang];
          const down = x.minFactor > 0 ? `−${Math.round((1 - x.minFactor) * 100)} %` : "";
          const up = x.maxFactor < Infinity ? `+${Math.round((x.maxFactor - 1) * 100)} %` : "";
          return `${label} ${[down, up].filter(Boolean).join(" / ")}`;
        });
      return {
        name: row.name,
        value: r.value,
        recommendation: r.recommendation ? words.recommendations[r.recommendation] : "",
        fragile: r.fragile,
        limits: tight.join("; "),
      };
    }),
  };
}

/** The Fragile column as the current weights and scores make it: one cell per row, "Yes" or blank. */
export function fragileColumn(read: ReadMatrix): {
  row: number;
  col: number;
  values: (string | null)[][];
} {
  const e = read.evaluation;
  const yes = SHEET_WORDS[read.lang].yes;
  return {
    row: LAYOUT.firstDataRow,
    col: columnsFor(e.framework.criteria.length).fragile,
    values: e.rows.map((r) => [evaluateRow(e, r).fragile ? yes : null]),
  };
}
