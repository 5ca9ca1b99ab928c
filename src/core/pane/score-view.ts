import { membershipKey, type Dataset } from "../dataset";
import { formatCitation } from "../format";
import type { Lang } from "../model";
import { columnLetter } from "../sheet/address";
import { LEVELS } from "../scoring/criteria";
import {
  evaluateRow,
  teamRowResult,
  weightedCriteria,
  type RowResult,
} from "../scoring/evaluation";
import { sourceEvidence } from "../scoring/evidence";
import { recommend, type Recommendation } from "../scoring/recommend";
import { weightTips, type WeightTip } from "../scoring/sensitivity";
import { valueScore } from "../scoring/value";
import { raterLabel } from "../sheet/evaluation-sheet";
import type { CellBlock } from "../sheet/description";
import type { CellPos, ReadMatrix } from "../sheet/read-matrix";
import { SHEET_WORDS } from "../sheet/strings";
import type { Status } from "../status";
import { sourceDetails } from "../words/sources";
import {
  membershipCard,
  organisationCard,
  type MembershipCard,
  type OrganisationCard,
} from "./fact-card";
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
  /** What is wrong with the score in that cell ("… is not a whole number"), in the reader's language. */
  problem?: string;
}

/** What the sources' words imply for one criterion, and where the review departs from it. */
export interface EvidenceLine {
  criterion: string;
  /** The score the document's words imply. */
  source: number;
  quote: string;
  /** The quote with its source by publisher, title and year. */
  citation: string;
  details: string;
  /** The review's (the team's) score where it is assessed and differs from the source's. */
  team?: number;
  /** In a team review, the current rater's own score where it differs from the source's. */
  own?: number;
}

export interface ScoreView {
  rowIndex: number;
  key: string;
  name: string;
  /** The status in the reader's words; statusKey for its colour (null when the sheet's is unknown). */
  status: string;
  statusKey: Status | "Candidate" | null;
  since: number | "";
  responsible: string;
  criteria: CriterionControl[];
  result: RowResult;
  /** The recommendation in the reader's words. */
  recommendation: string;
  notes: string;
  notesCell: CellPos | undefined;
  /** The sources' scores for this row with their quotes, where the dataset has them. */
  evidence: EvidenceLine[];
  /** The sheet's evidence text, for a row the dataset does not know (typed in by the team). */
  evidenceText: string;
  /** The organisation's fact card and the city's history, when the row is a dataset organisation. */
  card?: OrganisationCard;
  history?: MembershipCard;
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
    /** The rater's own value and recommendation (reader's words). */
    own: { value: number | null; recommendation: string; recommendationKey: Recommendation | null };
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
  const m = org && e.city.id ? ds.memberships.get(membershipKey(e.city.id, org.id)) : undefined;
  const words = SHEET_WORDS[lang];
  const problemAt = (cell: CellPos | undefined) => {
    if (!cell) return undefined;
    const address = `${columnLetter(cell.col)}${cell.row + 1}`;
    return read.problems.find((p) => p.cell === address)?.message;
  };
  const criteria = e.framework.criteria.map(({ criterion: c }, i) => {
    // In a team review without a rater chosen there is nowhere to write: the pane asks first.
    const cell = mine ? mine.scores[i] : e.team ? undefined : at(layout.scoreColumns[i]);
    const problem = problemAt(cell);
    return {
      id: c.id,
      label: c.label[lang],
      description: c.description[lang],
      direction: c.direction,
      levels: LEVELS.map((level) => ({ level, text: c.rubric[level][lang] })),
      score: ownScores[i] ?? null,
      cell,
      ...(problem ? { problem } : {}),
    };
  });
  const evidence: EvidenceLine[] = m
    ? sourceEvidence(ds, m, e.framework).map((x) => {
        const i = e.framework.criteria.findIndex((c) => c.criterion.id === x.criterion.id);
        const team = row.scores[i];
        const own = rater ? ownScores[i] : null;
        return {
          criterion: x.criterion.label[lang],
          source: x.score,
          quote: x.quote,
          citation: x.source ? formatCitation(x.source, x.quote, lang) : `«${x.quote}»`,
          details: x.source ? sourceDetails(x.source, lang) : "",
          ...(typeof team === "number" && team !== x.score ? { team } : {}),
          ...(typeof own === "number" && own !== x.score ? { own } : {}),
        };
      })
    : [];
  return {
    rowIndex,
    key: row.key,
    name: row.name,
    status: row.status === null ? (row.statusText ?? "") : words.statuses[row.status],
    statusKey: row.status,
    since: row.since,
    responsible: row.responsible,
    criteria,
    result,
    recommendation: result.recommendation
      ? words.recommendations[result.recommendation as Recommendation]
      : "",
    notes: rater ? (row.ratings?.[rater.id]?.notes ?? "") : row.notes,
    notesCell: mine ? mine.notes : e.team ? undefined : at(layout.columns.notes),
    evidence,
    evidenceText: m ? "" : row.evidence,
    ...(org ? { card: organisationCard(ds, org, lang, e.city.id) } : {}),
    ...(m ? { history: membershipCard(ds, m, lang) } : {}),
    ...(e.team && rater ? { team: teamPart(read, rowIndex, rater.id, result.value, lang) } : {}),
  };
}

function teamPart(
  read: ReadMatrix,
  rowIndex: number,
  raterIdValue: string,
  value: number | null,
  lang: Lang
): NonNullable<ScoreView["team"]> {
  const e = read.evaluation;
  const row = e.rows[rowIndex];
  const words = SHEET_WORDS[lang];
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
    own: {
      value: ownValue,
      recommendation: ownRec ? words.recommendations[ownRec] : "",
      recommendationKey: ownRec,
    },
    others: e
      .team!.raters.filter((r) => r.id !== raterIdValue)
      .map((r) => ({
        name: raterLabel(r, lang),
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
    recommendationKey: Recommendation | null;
    fragile: boolean;
    /** Where one weight, moved on its own, changes the recommendation (none: no single weight can). */
    tips: (WeightTip & { criterion: string; fromText: string; toText: string })[];
  }[];
}

/** Weights and thresholds with their cells, and each row's value, recommendation and what tips it. */
export function weightsView(read: ReadMatrix, lang: Lang): WeightsView {
  const e = read.evaluation;
  const words = SHEET_WORDS[lang];
  const keys = ["strengthen", "continue", "review", "join"] as const;
  const criteria = weightedCriteria(e.framework, e.weights);
  return {
    criteria: e.framework.criteria.map(({ criterion: c }, i) => ({
      id: c.id,
      label: c.label[lang],
      weight: e.weights[i],
      cell: read.layout.weightCells[i],
    })),
    thresholds: keys.map((key) => ({
      key,
      label: words.thresholdLabels[key],
      value: e.thresholds[key],
      cell: read.layout.thresholdCells[key],
    })),
    rows: e.rows.map((row) => {
      const r = evaluateRow(e, row);
      return {
        name: row.name,
        value: r.value,
        recommendation: r.recommendation ? words.recommendations[r.recommendation] : "",
        recommendationKey: r.recommendation,
        fragile: r.fragile,
        tips: weightTips(criteria, row.scores, e.thresholds, row.type === "Candidate").map((t) => ({
          ...t,
          criterion: e.framework.criteria[t.index].criterion.label[lang],
          fromText: words.recommendations[t.from],
          toText: words.recommendations[t.to],
        })),
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
