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

export function valueScore(
  criteria: readonly WeightedCriterion[],
  scores: readonly unknown[]
): ValueResult {
  let weighted = 0;
  let assessedWeight = 0;
  let totalWeight = 0;
  criteria.forEach((c, i) => {
    totalWeight += c.weight;
    const s = scores[i];
    if (!isAssessed(s)) return;
    weighted += c.weight * (c.direction === "cost" ? 6 - s : s);
    assessedWeight += c.weight;
  });
  return {
    value: assessedWeight === 0 ? null : weighted / assessedWeight,
    coverage: totalWeight === 0 ? 0 : assessedWeight / totalWeight,
  };
}
