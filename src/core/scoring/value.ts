// The value score: the weighted mean of the assessed criteria on the 1–5 scale, cost criteria inverted.
// The Excel formulas written into matrix sheets compute the same sums in the same order, so the
// workbook and the core agree to the last bit (tests check it with a real spreadsheet engine).

export interface WeightedCriterion {
  direction: "benefit" | "cost";
  weight: number;
}

export interface ValueResult {
  /** Weighted mean, 1–5; null when nothing with weight is assessed. */
  value: number | null;
  /** Share of the total weight that is assessed, 0–1. */
  coverage: number;
}

/** A score counts when it is a number from 1 to 5; blank, text or anything else is "not assessed". */
export function isAssessed(score: unknown): score is number {
  return typeof score === "number" && score >= 1 && score <= 5;
}

/**
 * Weights are divided by the largest one when it is far from 1, so that the sums stay finite and
 * exact enough: 5 × 1e308 overflows to Infinity (and Infinity / Infinity is NaN), and weights near
 * 5e-324 lose their digits. Otherwise they are divided by 1, which leaves every bit as it is, so
 * ordinary weights give exactly the sums the sheet's formulas give (scaling them too would round
 * differently). 1e100 is far beyond any real weight and far enough from the overflow that no number of
 * criteria reaches it (that would take about 1e207 of them).
 */
const SCALE_WEIGHTS_BEYOND = 1e100;

export function valueScore(
  criteria: readonly WeightedCriterion[],
  scores: readonly unknown[]
): ValueResult {
  let largest = 0;
  for (const c of criteria) if (c.weight > largest) largest = c.weight;
  const scale =
    largest > SCALE_WEIGHTS_BEYOND || (largest > 0 && largest < 1 / SCALE_WEIGHTS_BEYOND)
      ? largest
      : 1;
  let weighted = 0;
  let assessedWeight = 0;
  let totalWeight = 0;
  criteria.forEach((c, i) => {
    const weight = c.weight / scale;
    totalWeight += weight;
    const s = scores[i];
    if (!isAssessed(s)) return;
    weighted += weight * (c.direction === "cost" ? 6 - s : s);
    assessedWeight += weight;
  });
  return {
    value: assessedWeight === 0 ? null : weighted / assessedWeight,
    coverage: totalWeight === 0 ? 0 : assessedWeight / totalWeight,
  };
}
