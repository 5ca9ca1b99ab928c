import type { Lang } from "../model";
import type { Thresholds } from "../scoring/frameworks";

// What the pane checks before it writes a weight or a threshold into a matrix: plain data, the words
// are the pane's. The reader (read-matrix) reports the same problems when they are typed in the sheet;
// the pane refuses them at the field, so that nothing wrong reaches the sheet from it.

/** The largest weight the reader accepts (weights are relative). */
export const MAX_WEIGHT = 1_000_000;

/**
 * A number as the reader types it: "1,4" or "1.4" in Norwegian and Swedish, "1.4" in English (where
 * "1,4" could be a thousands separator, so it is not read as a number). NaN for anything else, null
 * for an empty field.
 */
export function parseNumber(text: string, lang: Lang): number | null {
  const t = text.trim().replace(/^[−–]/, "-");
  if (t === "") return null;
  const decimal = lang === "en" ? /^-?(\d+(\.\d*)?|\.\d+)$/ : /^-?(\d+([.,]\d*)?|[.,]\d+)$/;
  if (!decimal.test(t)) return NaN;
  return Number(t.replace(",", "."));
}

export type WeightProblem =
  | "empty"
  | "not-a-number"
  | "negative"
  | "too-large"
  /** Every weight would be 0: no value can be computed. */
  | "all-zero";

/**
 * One weight as typed, checked with the others: a number, 0 or more (0 leaves the criterion out), at
 * most MAX_WEIGHT, and not the last weight above 0 set to 0.
 */
export function checkWeight(
  text: string,
  lang: Lang,
  index: number,
  weights: readonly number[]
): { value: number; problem?: undefined } | { value?: undefined; problem: WeightProblem } {
  const value = parseNumber(text, lang);
  if (value === null) return { problem: "empty" };
  if (!Number.isFinite(value)) return { problem: "not-a-number" };
  if (value < 0) return { problem: "negative" };
  if (value > MAX_WEIGHT) return { problem: "too-large" };
  if (value === 0 && weights.every((w, i) => i === index || !(w > 0)))
    return { problem: "all-zero" };
  return { value };
}

export type ThresholdKey = keyof Thresholds;

/** The thresholds of current memberships, highest first: each must lie above the next. */
export const MEMBERSHIP_THRESHOLDS = ["strengthen", "continue", "review"] as const;

export type ThresholdProblem =
  | { kind: "empty" }
  | { kind: "not-a-number" }
  /** Outside 1–5, the scale of the value. */
  | { kind: "out-of-scale" }
  /**
   * Out of order: Strengthen above Continue above Review, so that every recommendation can be given.
   * `above` is the threshold this one must stay below, `below` the one it must stay above.
   */
  | {
      kind: "order";
      above?: { key: ThresholdKey; value: number };
      below?: { key: ThresholdKey; value: number };
    };

/**
 * One threshold as typed, checked with the others: a number on the 1–5 scale and, for the
 * recommendations of current memberships, strictly between its neighbours (a threshold equal to its
 * neighbour leaves one recommendation that can never be given). The join threshold stands alone.
 */
export function checkThreshold(
  text: string,
  lang: Lang,
  key: ThresholdKey,
  thresholds: Thresholds
): { value: number; problem?: undefined } | { value?: undefined; problem: ThresholdProblem } {
  const value = parseNumber(text, lang);
  if (value === null) return { problem: { kind: "empty" } };
  if (!Number.isFinite(value)) return { problem: { kind: "not-a-number" } };
  if (value < 1 || value > 5) return { problem: { kind: "out-of-scale" } };
  const order = MEMBERSHIP_THRESHOLDS as readonly ThresholdKey[];
  const i = order.indexOf(key);
  if (i >= 0) {
    const higher = order[i - 1];
    const lower = order[i + 1];
    const problem: Extract<ThresholdProblem, { kind: "order" }> = { kind: "order" };
    if (higher && !(value < thresholds[higher]))
      problem.above = { key: higher, value: thresholds[higher] };
    if (lower && !(value > thresholds[lower]))
      problem.below = { key: lower, value: thresholds[lower] };
    if (problem.above || problem.below) return { problem };
  }
  return { value };
}
