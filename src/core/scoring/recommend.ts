import type { Thresholds } from "./frameworks";

export const MEMBERSHIP_RECOMMENDATIONS = ["Strengthen", "Continue", "Review", "Leave"] as const;
export const CANDIDATE_RECOMMENDATIONS = ["Join", "Do not join"] as const;
export type Recommendation =
  (typeof MEMBERSHIP_RECOMMENDATIONS)[number] | (typeof CANDIDATE_RECOMMENDATIONS)[number];

/**
 * How far below a threshold a value may fall from rounding alone and still reach it: all scores 3 with
 * weights 0.1 and 0.2 give 2.9999999999999996, which is 3. The Excel formulas use the same margin.
 */
export const THRESHOLD_EPSILON = 1e-9;

/** The recommendation for a value; a value at a threshold gets the higher one. */
export function recommend(
  value: number | null,
  candidate: boolean,
  t: Thresholds
): Recommendation | null {
  if (value === null) return null;
  const reaches = (threshold: number) => value >= threshold - THRESHOLD_EPSILON;
  if (candidate) return reaches(t.join) ? "Join" : "Do not join";
  if (reaches(t.strengthen)) return "Strengthen";
  if (reaches(t.continue)) return "Continue";
  if (reaches(t.review)) return "Review";
  return "Leave";
}
