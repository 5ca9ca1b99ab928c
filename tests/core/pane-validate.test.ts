import { checkThreshold, checkWeight, MAX_WEIGHT, parseNumber } from "../../src/core/pane/validate";
import { DEFAULT_THRESHOLDS } from "../../src/core/scoring/frameworks";

// The pane's checks before it writes a weight or a threshold into a matrix.

describe("parseNumber", () => {
  test("a decimal comma in Norwegian and Swedish, a point everywhere", () => {
    expect(parseNumber("1,4", "nb")).toBe(1.4);
    expect(parseNumber(" 1,4 ", "sv")).toBe(1.4);
    expect(parseNumber("1.4", "nb")).toBe(1.4);
    expect(parseNumber("1.4", "en")).toBe(1.4);
    expect(parseNumber(",5", "sv")).toBe(0.5);
    expect(parseNumber("−2", "nb")).toBe(-2); // the minus sign Word and Excel type
  });
  test("in English a comma is not a decimal separator; text and empty fields", () => {
    expect(parseNumber("1,4", "en")).toBeNaN();
    expect(parseNumber("1,000", "en")).toBeNaN();
    expect(parseNumber("1,2,3", "nb")).toBeNaN();
    expect(parseNumber("one", "en")).toBeNaN();
    expect(parseNumber("1e3", "en")).toBeNaN();
    expect(parseNumber("Infinity", "en")).toBeNaN();
    expect(parseNumber("", "en")).toBeNull();
    expect(parseNumber("   ", "sv")).toBeNull();
  });
});

describe("checkWeight", () => {
  const weights = [1, 1, 1];
  test("0 or more, up to a million", () => {
    expect(checkWeight("2,5", "nb", 0, weights)).toEqual({ value: 2.5 });
    expect(checkWeight("0", "en", 0, weights)).toEqual({ value: 0 });
    expect(checkWeight(String(MAX_WEIGHT), "en", 0, weights)).toEqual({ value: MAX_WEIGHT });
  });
  test("empty, text, negative and too large are refused with what is wrong", () => {
    expect(checkWeight("", "en", 0, weights)).toEqual({ problem: "empty" });
    expect(checkWeight("heavy", "en", 0, weights)).toEqual({ problem: "not-a-number" });
    expect(checkWeight("-1", "en", 2, weights)).toEqual({ problem: "negative" });
    expect(checkWeight("1000001", "en", 2, weights)).toEqual({ problem: "too-large" });
  });
  test("the last weight above 0 cannot become 0; another can", () => {
    expect(checkWeight("0", "en", 1, [0, 2, 0])).toEqual({ problem: "all-zero" });
    expect(checkWeight("0", "en", 1, [0, 2, 0.5])).toEqual({ value: 0 });
  });
});

describe("checkThreshold", () => {
  const t = DEFAULT_THRESHOLDS; // strengthen 4.5, continue 3, review 2, join 3
  test("on the 1–5 scale and between its neighbours", () => {
    expect(checkThreshold("4", "en", "strengthen", t)).toEqual({ value: 4 });
    expect(checkThreshold("2,5", "sv", "review", t)).toEqual({ value: 2.5 });
    expect(checkThreshold("5", "en", "join", t)).toEqual({ value: 5 });
  });
  test("outside the scale, empty or text", () => {
    expect(checkThreshold("6", "en", "strengthen", t)).toEqual({
      problem: { kind: "out-of-scale" },
    });
    expect(checkThreshold("0.5", "en", "join", t)).toEqual({ problem: { kind: "out-of-scale" } });
    expect(checkThreshold("", "en", "review", t)).toEqual({ problem: { kind: "empty" } });
    expect(checkThreshold("high", "en", "review", t)).toEqual({
      problem: { kind: "not-a-number" },
    });
  });
  test("Strengthen below Continue, Continue above Strengthen or below Review: out of order", () => {
    expect(checkThreshold("2,5", "nb", "strengthen", t)).toEqual({
      problem: { kind: "order", below: { key: "continue", value: 3 } },
    });
    expect(checkThreshold("4.5", "en", "continue", t)).toEqual({
      problem: { kind: "order", above: { key: "strengthen", value: 4.5 } },
    });
    expect(checkThreshold("2", "en", "continue", t)).toEqual({
      problem: { kind: "order", below: { key: "review", value: 2 } },
    });
    expect(checkThreshold("3.5", "en", "review", t)).toEqual({
      problem: { kind: "order", above: { key: "continue", value: 3 } },
    });
  });
  test("the join threshold is not ordered against the others", () => {
    expect(checkThreshold("1", "en", "join", t)).toEqual({ value: 1 });
    expect(checkThreshold("4.9", "en", "join", t)).toEqual({ value: 4.9 });
  });
});
