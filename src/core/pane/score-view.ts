import type { Dataset } from "../dataset";
import { membershipView, type MembershipView } from "../explore";
import type { Lang } from "../model";
import { organisationFacts, type SourcedFact } from "../queries";
import { LEVELS } from "../scoring/criteria";
import {
  evaluateRow,
  teamRowResult,
  weightedCriteria,
  type RowResult,
} from "../scoring/evaluation";
import { recommend, type Recommendation } from "../scoring/recommend";
import { valueScore } from "../scoring/value";
import { raterLabel } from "../sheet/evaluation-sheet";
import type { CellBlock } from "../sheet/description";
import type { CellPos, ReadMatrix } from "../sheet/read-matrix";
import { SHEET_WORDS } from "../sheet/strings";
import { raterCells } from "./team-view";

// What the Score view shows for one row of a matrix, and where its inputs live in the sheet.

export interface CriterionControl {
  id: string;
  label: string;
  description: string;
  direction: "benefit" | "cost";
  levels: { level: number; text: string }[];
  score: number | null;
  /** Zero-based sheet cell of this score; undefined when its column was deleted. */
  cell: CellPos | undefined;
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
  notesCell: CellPos | undefined;
  evidence: string;
  /** Facts and history from the dataset, when the row is a dataset organisation. */
  facts: SourcedFact[];
  history?: MembershipView;
  /**
   * Team reviews: the criteria's scores above are the rater's own (cells in their columns); this is
   * what the team says together, and what each other rater gave.
   */
  team?: {
    rater: string;
    aggregate: (number | null)[];
    spread: (number | null)[];
    consensus: number | null;
    disputed: boolean;
    /** The rater's own value and recommendation (sheet words). */
    own: { value: number | null; recommendation: string };
    others: { name: string; scores: (number | null)[]; source: boolean }[];
  };
}

/**
 * The Score view of one row. In a team review, `raterIdValue` says whose columns the controls write
 * into (never the aggregate's formulas); the team's figures come alongside.
 */
export function scoreView(
  ds: Dataset,
  read: ReadMatrix,
  rowIndex: number,
  lang: Lang,
  raterIdValue?: string
): ScoreView {
  const e = read.evaluation;
  const row = e.rows[rowIndex];
  const { layout } = read;
  const at = (col: number | undefined) =>
    col === undefined ? undefined : { row: row.sheetRow, col };
  const result = evaluateRow(e, row);
  const rater = raterIdValue ? e.team?.raters.find((r) => r.id === raterIdValue) : undefined;
  const mine = rater ? raterCells(read, rater.id, rowIndex) : undefined;
  const ownScores = rater ? (row.ratings?.[rater.id]?.scores ?? []) : row.scores;
  const org = ds.orgById.get(row.key);
  const m = org && e.city.id ? ds.memberships.get(`${e.city.id}|${org.id}`) : undefined;
  const words = SHEET_WORDS[read.lang];
  return {
    rowIndex,
    key: row.key,
    name: row.name,
    status: row.status === null ? (row.statusText ?? "") : words.statuses[row.status],
    since: row.since,
    responsible: row.responsible,
    criteria: e.framework.criteria.map(({ criterion: c }, i) => ({
      id: c.id,
      label: c.label[lang],
      description: c.description[lang],
      direction: c.direction,
      levels: LEVELS.map((level) => ({ level, text: c.rubric[level][lang] })),
      score: ownScores[i] ?? null,
      // In a team review without a rater chosen there is nowhere to write: the pane asks first.
      cell: mine ? mine.scores[i] : e.team ? undefined : at(layout.scoreColumns[i]),
    })),
    result,
    recommendation: result.recommendation
      ? words.recommendations[result.recommendation as Recommendation]
      : "",
    notes: rater ? (row.ratings?.[rater.id]?.notes ?? "") : row.notes,
    notesCell: mine ? mine.notes : e.team ? undefined : at(layout.columns.notes),
    evidence: row.evidence,
    facts: org ? organisationFacts(ds, org.id) : [],
    history: m ? membershipView(ds, m, lang) : undefined,
    ...(e.team && rater ? { team: teamPart(read, rowIndex, rater.id, result.value) } : {}),
  };
}

function teamPart(
  read: ReadMatrix,
  rowIndex: number,
  raterIdValue: string,
  value: number | null
): NonNullable<ScoreView["team"]> {
  const e = read.evaluation;
  const row = e.rows[rowIndex];
  const words = SHEET_WORDS[read.lang];
  const team = teamRowResult(e, row, value)!;
  const ownScores = row.ratings?.[raterIdValue]?.scores ?? [];
  const ownValue = valueScore(weightedCriteria(e.framework, e.weights), ownScores).value;
  const ownRec = recommend(ownValue, row.type === "Candidate", e.thresholds);
  return {
    rater: e.team!.raters.find((r) => r.id === raterIdValue)!.name,
    aggregate: row.scores,
    spread: team.spread,
    consensus: team.consensus,
    disputed: team.disputed,
    own: { value: ownValue, recommendation: ownRec ? words.recommendations[ownRec] : "" },
    others: e
      .team!.raters.filter((r) => r.id !== raterIdValue)
      .map((r) => ({
        name: raterLabel(r, read.lang),
        scores: row.ratings?.[r.id]?.scores ?? [],
        source: r.source ?? false,
      })),
  };
}

/** The matrix row a selected sheet cell belongs to, or -1. */
export function rowAtCell(read: ReadMatrix, sheetRow: number): number {
  return read.evaluation.rows.findIndex((r) => r.sheetRow === sheetRow);
}

export interface WeightsView {
  criteria: { id: string; label: string; weight: number; cell: CellPos | undefined }[];
  thresholds: {
    key: "strengthen" | "continue" | "review" | "join";
    label: string;
    value: number;
    cell: CellPos | undefined;
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
  const words = SHEET_WORDS[read.lang];
  const labels = SHEET_WORDS[lang].thresholdLabels;
  const keys = ["strengthen", "continue", "review", "join"] as const;
  return {
    criteria: e.framework.criteria.map(({ criterion: c }, i) => ({
      id: c.id,
      label: c.label[lang],
      weight: e.weights[i],
      cell: read.layout.weightCells[i],
    })),
    thresholds: keys.map((key) => ({
      key,
      label: labels[key],
      value: e.thresholds[key],
      cell: read.layout.thresholdCells[key],
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

/**
 * The Fragile column as the current weights and scores make it ("Yes" or blank per row), as blocks of
 * consecutive rows: rows can be anywhere in the sheet, with blank or foreign rows between them.
 */
export function fragileBlocks(read: ReadMatrix): CellBlock[] {
  const col = read.layout.columns.fragile;
  if (col === undefined) return [];
  const e = read.evaluation;
  const yes = SHEET_WORDS[read.lang].yes;
  const rows = e.rows
    .map((r) => ({ row: r.sheetRow, value: evaluateRow(e, r).fragile ? yes : null }))
    .sort((a, b) => a.row - b.row);
  const blocks: CellBlock[] = [];
  for (const r of rows) {
    const last = blocks[blocks.length - 1];
    if (last && last.row + last.values.length === r.row) last.values.push([r.value]);
    else blocks.push({ row: r.row, col, values: [[r.value]] });
  }
  return blocks;
}
