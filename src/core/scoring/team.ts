import { foldText } from "../normalize";
import type { Thresholds } from "./frameworks";
import { recommend, type Recommendation } from "./recommend";
import { valueScore, type WeightedCriterion } from "./value";

// A review scored by several raters (Bergen: each commissioner scores the memberships their
// department follows; Stockholm: the officials active in each organisation answer). Each rater's
// scores stay their own; the matrix shows per criterion the aggregate (median, or mean) and the
// spread, per organisation a consensus and whether the raters' scores settle the recommendation.
// The sheet's formulas (src/core/sheet/formulas.ts) compute the same, term by term.

export interface Rater {
  /** Letters, digits and underscores, from the name: used in the sheet's names. */
  id: string;
  name: string;
  /** The scores the documents imply, shown beside the team's ("Sources: Bergen kommune, c. 2020"). */
  source?: boolean;
}

export type Aggregate = "median" | "mean";

export interface Team {
  raters: Rater[];
  aggregate: Aggregate;
  /** Whether the sources' scores count in the aggregate like a rater's. */
  includeSources: boolean;
}

export interface Rating {
  /** One per criterion, in the framework's order; null = not assessed. */
  scores: (number | null)[];
  notes: string;
}

/** A rater id from a name, unique among `taken`: "Anne Ødegård" → "anne_odegard". */
export function raterId(name: string, taken: Iterable<string> = []): string {
  const used = new Set(taken);
  const base =
    foldText(name)
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 24) || "rater";
  const start = /^[a-z]/.test(base) ? base : `r_${base}`;
  let id = start;
  for (let i = 2; used.has(id); i++) id = `${start}_${i}`;
  return id;
}

/** The raters whose scores make the aggregate: the team, and the sources if the team includes them. */
export function countedRaters(team: Team): Rater[] {
  return team.raters.filter((r) => !r.source || team.includeSources);
}

/** Excel's MEDIAN and AVERAGE over the numbers given, in the given order. */
function aggregateOf(values: number[], kind: Aggregate): number {
  if (kind === "mean") {
    let sum = 0;
    for (const v of values) sum += v;
    return sum / values.length;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface TeamScores {
  /** Per criterion: the aggregate of the counted raters' scores, or null when none scored it. */
  scores: (number | null)[];
  /** Per criterion: highest minus lowest, when at least two counted raters scored it. */
  spread: (number | null)[];
}

/** Aggregate and spread per criterion over the counted raters' ratings (missing ratings skipped). */
export function teamScores(
  team: Team,
  ratings: Readonly<Record<string, Rating | undefined>>,
  criteria: number
): TeamScores {
  const counted = countedRaters(team);
  const scores: (number | null)[] = [];
  const spread: (number | null)[] = [];
  for (let c = 0; c < criteria; c++) {
    const values: number[] = [];
    for (const r of counted) {
      const s = ratings[r.id]?.scores[c];
      if (typeof s === "number") values.push(s);
    }
    scores.push(values.length ? aggregateOf(values, team.aggregate) : null);
    spread.push(values.length >= 2 ? Math.max(...values) - Math.min(...values) : null);
  }
  return { scores, spread };
}

/**
 * 1 when the raters agree on every criterion, 0 when they are 4 apart on all: one minus the weighted
 * mean spread over the criteria two raters scored, divided by the widest spread (4). Null when no
 * criterion has two scores.
 */
export function consensus(
  weights: readonly number[],
  spread: readonly (number | null)[]
): number | null {
  let num = 0;
  let den = 0;
  spread.forEach((s, i) => {
    if (s === null) return;
    num += weights[i] * s;
    den += weights[i];
  });
  return den === 0 ? null : 1 - num / den / 4;
}

export interface TeamResult {
  /** Each counted rater's own value and recommendation, from their scores alone. */
  raters: { id: string; value: number | null; recommendation: Recommendation | null }[];
  consensus: number | null;
  /** Two or more raters' own recommendations differ. */
  differ: boolean;
  /**
   * The spread could change the recommendation: the value moved down and up by half the weighted mean
   * spread ((1 − consensus) × 2) gives two different recommendations.
   */
  unsettled: boolean;
  disputed: boolean;
}

/** What the raters say together about one row. */
export function teamResult(
  team: Team,
  criteria: readonly WeightedCriterion[],
  thresholds: Thresholds,
  candidate: boolean,
  ratings: Readonly<Record<string, Rating | undefined>>,
  value: number | null,
  spread: readonly (number | null)[]
): TeamResult {
  const raters = countedRaters(team).map((r) => {
    const v = valueScore(criteria, ratings[r.id]?.scores ?? []).value;
    return { id: r.id, value: v, recommendation: recommend(v, candidate, thresholds) };
  });
  const values = raters.map((r) => r.value).filter((v): v is number => v !== null);
  const differ =
    values.length >= 2 &&
    recommend(Math.min(...values), candidate, thresholds) !==
      recommend(Math.max(...values), candidate, thresholds);
  const c = consensus(
    criteria.map((x) => x.weight),
    spread
  );
  const unsettled =
    c !== null &&
    value !== null &&
    recommend(value - (1 - c) * 2, candidate, thresholds) !==
      recommend(value + (1 - c) * 2, candidate, thresholds);
  return { raters, consensus: c, differ, unsettled, disputed: differ || unsettled };
}

/** The rows a rater is to score: those assigned to them, or every row when none is assigned to anyone. */
export function assignedTo(rater: Rater, rows: readonly { assigned?: string }[]): boolean[] {
  const anyAssigned = rows.some((r) => (r.assigned ?? "").trim() !== "");
  const name = foldText(rater.name);
  return rows.map((r) => !anyAssigned || foldText(r.assigned ?? "") === name);
}
