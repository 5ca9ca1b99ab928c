import type { Thresholds } from "./frameworks";
import { recommend, THRESHOLD_EPSILON, type Recommendation } from "./recommend";
import { isAssessed, valueScore, type ValueResult, type WeightedCriterion } from "./value";

export interface WeightRange {
  /** Index of the criterion in the framework. */
  index: number;
  /** The weight may be multiplied by any factor strictly between minFactor and maxFactor without changing the recommendation. */
  minFactor: number;
  /** Infinity when no increase changes it. */
  maxFactor: number;
}

export interface Sensitivity extends ValueResult {
  recommendation: Recommendation | null;
  ranges: WeightRange[];
  /** True when moving one weight by the tolerance (default ±20 %) changes the recommendation. */
  fragile: boolean;
}

export const DEFAULT_TOLERANCE = 0.2;
const MAX_FACTOR = 1e6;

/** The last x near f for which `holds` is true, assuming it holds just below f and fails just above. */
function refine(f: number, holds: (x: number) => boolean): number {
  let lo = f * (1 - 1e-7);
  let hi = f * (1 + 1e-7);
  // To 1e-12 of the factor: far finer than any weight a user types, and 17 steps instead of 40.
  for (let i = 0; i < 60 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (holds(mid)) lo = mid;
    else hi = mid;
  }
  return holds(lo) ? hi : lo;
}

/**
 * How far each weight can move before the recommendation changes. Changing one weight moves the value
 * monotonically towards that criterion's (direction-adjusted) score, so the limits are where the value
 * crosses a threshold: solved exactly, then confirmed by evaluating just past each limit.
 */
export function sensitivity(
  criteria: readonly WeightedCriterion[],
  scores: readonly unknown[],
  thresholds: Thresholds,
  candidate: boolean,
  tolerance = DEFAULT_TOLERANCE
): Sensitivity {
  const { value, coverage } = valueScore(criteria, scores);
  const base = recommend(value, candidate, thresholds);
  // Where the recommendation actually changes: a threshold less the rounding margin recommend() allows.
  const cuts = (
    candidate ? [thresholds.join] : [thresholds.strengthen, thresholds.continue, thresholds.review]
  ).map((t) => t - THRESHOLD_EPSILON);

  let fragile = false;
  const ranges: WeightRange[] = criteria.map((c, index) => {
    const s = scores[index];
    // A criterion not assessed, or without weight, cannot move the value.
    if (base === null || !isAssessed(s) || c.weight === 0)
      return { index, minFactor: 0, maxFactor: Infinity };
    const score = c.direction === "cost" ? 6 - s : s;
    // Totals without this criterion: value(g) = (rest + g·score) / (restWeight + g) for its weight g.
    let rest = 0;
    let restWeight = 0;
    criteria.forEach((o, i) => {
      const x = scores[i];
      if (i === index || !isAssessed(x)) return;
      rest += o.weight * (o.direction === "cost" ? 6 - x : x);
      restWeight += o.weight;
    });
    // The recommendation with this weight times f, from the totals: O(1), no arrays.
    const atFactor = (f: number) => {
      const g = c.weight * f;
      const weight = restWeight + g;
      return recommend(weight === 0 ? null : (rest + g * score) / weight, candidate, thresholds);
    };
    if (atFactor(1 - tolerance) !== base || atFactor(1 + tolerance) !== base) fragile = true;
    let minFactor = 0;
    let maxFactor = Infinity;
    for (const t of cuts) {
      if (score === t) continue;
      const g = (t * restWeight - rest) / (score - t);
      if (!(g >= 0) || !Number.isFinite(g)) continue;
      const f = g / c.weight;
      // A value that only creeps up to a threshold (a score at the threshold) meets it at absurd
      // factors, where rounding decides: no weight is moved a million-fold.
      if (f > MAX_FACTOR) continue;
      // The value meets the threshold at f. Which side keeps the recommendation tells whether f is an
      // upper or a lower limit; bisection then pins the limit down to floating-point precision.
      const below = atFactor(f * (1 - 1e-7)) === base;
      const above = atFactor(f * (1 + 1e-7)) === base;
      // (An upper limit lies above 1 and a lower one below: anything else is rounding at a threshold.)
      if (below && !above && f >= 1)
        maxFactor = Math.min(
          maxFactor,
          refine(f, (x) => atFactor(x) === base)
        );
      if (!below && above && f <= 1)
        minFactor = Math.max(
          minFactor,
          refine(f, (x) => atFactor(x) !== base)
        );
    }
    return { index, minFactor, maxFactor };
  });

  return { value, coverage, recommendation: base, ranges, fragile };
}

/** Where one weight, moved on its own, changes the recommendation. */
export interface WeightTip {
  /** Index of the criterion in the framework. */
  index: number;
  /** The weight now. */
  weight: number;
  /** "more": the recommendation changes once the weight rises above `limit`; "less": once it falls below. */
  when: "more" | "less";
  limit: number;
  from: Recommendation;
  to: Recommendation;
}

/**
 * The weights at which the recommendation changes, criterion by criterion (the others kept as they
 * are): the limits sensitivity() finds, as weights, with the recommendation on the far side. A
 * criterion weighted 0 but scored can change it too, by getting a weight. Empty when no single weight
 * can change the recommendation (or there is none).
 */
export function weightTips(
  criteria: readonly WeightedCriterion[],
  scores: readonly unknown[],
  thresholds: Thresholds,
  candidate: boolean
): WeightTip[] {
  const s = sensitivity(criteria, scores, thresholds, candidate);
  const from = s.recommendation;
  if (from === null) return [];
  const at = (index: number, weight: number) =>
    recommend(
      valueScore(
        criteria.map((c, i) => (i === index ? { ...c, weight } : c)),
        scores
      ).value,
      candidate,
      thresholds
    );
  const tips: WeightTip[] = [];
  const largest = Math.max(...criteria.map((o) => o.weight));
  const add = (index: number, when: WeightTip["when"], limit: number) => {
    // Just past the limit (bisection pins it to 1e-12): the recommendation on the far side.
    const past =
      when === "less" ? limit * (1 - 1e-6) : limit > 0 ? limit * (1 + 1e-6) : largest * 1e-6;
    const to = at(index, past);
    if (to !== null && to !== from)
      tips.push({ index, weight: criteria[index].weight, when, limit, from, to });
  };
  criteria.forEach((c, index) => {
    const score = scores[index];
    if (!isAssessed(score)) return;
    if (c.weight > 0) {
      const r = s.ranges[index];
      if (r.minFactor > 0) add(index, "less", c.weight * r.minFactor);
      if (r.maxFactor < Infinity) add(index, "more", c.weight * r.maxFactor);
      return;
    }
    // Weighted 0: the value is the others'; a weight g moves it towards this score,
    // (rest + g·score) / (restWeight + g), crossing a threshold t at g = (t·restWeight − rest) / (score − t).
    const x = c.direction === "cost" ? 6 - score : score;
    let rest = 0;
    let restWeight = 0;
    criteria.forEach((o, i) => {
      const y = scores[i];
      if (i === index || !isAssessed(y)) return;
      rest += o.weight * (o.direction === "cost" ? 6 - y : y);
      restWeight += o.weight;
    });
    const cuts = (
      candidate
        ? [thresholds.join]
        : [thresholds.strengthen, thresholds.continue, thresholds.review]
    ).map((t) => t - THRESHOLD_EPSILON);
    const limits = cuts
      .filter((t) => t !== x)
      .map((t) => (t * restWeight - rest) / (x - t))
      .filter((g) => g > 0 && Number.isFinite(g) && g <= largest * MAX_FACTOR)
      // A value sitting at a threshold tips at a weight within rounding of 0: any weight tips it.
      .map((g) => (g < largest * 1e-6 ? 0 : refine(g, (w) => at(index, w) === from)))
      .filter((g) => at(index, g === 0 ? largest * 1e-6 : g * (1 + 1e-6)) !== from);
    if (limits.length > 0) add(index, "more", Math.min(...limits));
  });
  return tips;
}
