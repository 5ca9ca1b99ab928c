import { CRITERIA, CRITERION_IDS, LEVELS } from "../../src/core/scoring/criteria";
import { resolveFramework, validateFramework } from "../../src/core/scoring/framework-check";
import {
  BUILT_IN_FRAMEWORKS,
  DEFAULT_THRESHOLDS,
  type Framework,
} from "../../src/core/scoring/frameworks";
import { recommend } from "../../src/core/scoring/recommend";
import { sensitivity } from "../../src/core/scoring/sensitivity";
import { isAssessed, valueScore } from "../../src/core/scoring/value";
import { failure } from "../helpers/dataset";

const fw = (id: string) => BUILT_IN_FRAMEWORKS.find((f) => f.id === id)!;
const crit = (f: Framework) =>
  f.criteria.map((c) => ({ direction: c.criterion.direction, weight: c.weight }));
const combined = crit(fw("combined")); // participation, learning, influence, fit (1 each); resources, travel (costs, 0.5 each)
const bergen = crit(fw("bergen")); // participation, learning, influence (1 each)

describe("value score", () => {
  test("weighted mean with cost criteria inverted (hand-computed)", () => {
    // adjusted: 4, 3, 5, 4, 6−2=4, 6−1=5 → (4+3+5+4 + 0.5·4 + 0.5·5) / 5 = 20.5 / 5
    expect(valueScore(combined, [4, 3, 5, 4, 2, 1])).toEqual({ value: 4.1, coverage: 1 });
  });
  test("blanks are not assessed: weights renormalise and coverage drops", () => {
    // assessed: participation 4 (w 1), influence 5 (w 1), resources 3 → 3 (w 0.5): 10.5 / 2.5
    expect(valueScore(combined, [4, null, 5, "", 3, undefined])).toEqual({
      value: 4.2,
      coverage: 0.5,
    });
  });
  test("nothing assessed: no value, coverage 0", () => {
    expect(valueScore(combined, [])).toEqual({ value: null, coverage: 0 });
  });
  test("text, out-of-scale numbers and booleans are not assessed", () => {
    expect([4, 1, 5, 2.5, "4", 0, 6, true, NaN, null].map(isAssessed)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(valueScore(bergen, ["4", 6, 2])).toEqual({ value: 2, coverage: 1 / 3 });
  });
  test("zero weights", () => {
    const zeroFirst = [{ direction: "benefit" as const, weight: 0 }, ...bergen.slice(1)];
    expect(valueScore(zeroFirst, [1, 4, 5])).toEqual({ value: 4.5, coverage: 1 });
    expect(valueScore(zeroFirst, [1, null, null])).toEqual({ value: null, coverage: 0 });
    expect(
      valueScore(
        bergen.map((c) => ({ ...c, weight: 0 })),
        [3, 3, 3]
      )
    ).toEqual({ value: null, coverage: 0 });
  });
  test("a single cost criterion: 5 (highest cost) counts as 1", () => {
    expect(valueScore([{ direction: "cost", weight: 2 }], [5]).value).toBe(1);
  });
});

describe("recommendation thresholds", () => {
  const t = DEFAULT_THRESHOLDS; // strengthen 4.5, continue 3, review 2, join 3
  test.each([
    [4.5, false, "Strengthen"],
    [4.499999, false, "Continue"],
    [2.9999999999999996, false, "Continue"], // rounding of a value that is 3
    [2.999999, false, "Review"],
    [3, false, "Continue"],
    [2, false, "Review"],
    [1.99, false, "Leave"],
    [1, false, "Leave"],
    [3, true, "Join"],
    [2.99, true, "Do not join"],
  ])("%s (candidate: %s) → %s", (value, candidate, expected) => {
    expect(recommend(value, candidate, t)).toBe(expected);
  });
  test("no value, no recommendation", () => {
    expect(recommend(null, false, t)).toBeNull();
  });
});

describe("sensitivity", () => {
  test("a value exactly at a threshold is fragile: lowering the higher score's weight flips it", () => {
    const s = sensitivity(bergen, [4, 3, 2], DEFAULT_THRESHOLDS, false); // value 3 → Continue
    expect(s.recommendation).toBe("Continue");
    expect(s.fragile).toBe(true);
    expect(s.ranges[0].maxFactor).toBe(Infinity);
    expect(s.ranges[0].minFactor).toBeCloseTo(1, 7);
  });
  test("hand-solved limits for scores 5, 4, 1 (value 3.33, Continue)", () => {
    const s = sensitivity(bergen, [5, 4, 1], DEFAULT_THRESHOLDS, false);
    expect(s.recommendation).toBe("Continue");
    expect(s.fragile).toBe(false);
    // participation: (5+5g)/(2+g) reaches 3 at g = 0.5 and 4.5 at g = 8
    expect(s.ranges[0].minFactor).toBeCloseTo(0.5, 7);
    expect(s.ranges[0].maxFactor).toBeCloseTo(8, 7);
    // influence (score 1): (9+g)/(2+g) falls to 3 at g = 1.5; at g = 0 the value is 4.5 → Strengthen
    expect(s.ranges[2].minFactor).toBe(0);
    expect(s.ranges[2].maxFactor).toBeCloseTo(1.5, 7);
  });
  test("the limits agree with brute force on many random cases", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 500; n++) {
      const criteria = combined.map((c) => ({ ...c, weight: Math.round(rand() * 40) / 10 }));
      const scores = criteria.map(() => (rand() < 0.2 ? null : 1 + Math.floor(rand() * 5)));
      const candidate = rand() < 0.3;
      const s = sensitivity(criteria, scores, DEFAULT_THRESHOLDS, candidate);
      for (const r of s.ranges) {
        for (const f of [0.05, 0.5, 0.8, 0.95, 1.05, 1.2, 2, 5]) {
          const moved = criteria.map((c, i) =>
            i === r.index ? { ...c, weight: c.weight * f } : c
          );
          const rec = recommend(valueScore(moved, scores).value, candidate, DEFAULT_THRESHOLDS);
          // Exactly at a limit, rounding in the last bit decides: test points clear of the limits.
          const inside = f > r.minFactor * (1 + 1e-9) && f < r.maxFactor * (1 - 1e-9);
          if (inside)
            expect({ n, r, f, rec, scores, candidate }).toEqual({
              n,
              r,
              f,
              rec: s.recommendation,
              scores,
              candidate,
            });
        }
        if (r.maxFactor !== Infinity) {
          const moved = criteria.map((c, i) =>
            i === r.index ? { ...c, weight: c.weight * r.maxFactor * 1.000001 } : c
          );
          expect({
            n,
            r,
            rec: recommend(valueScore(moved, scores).value, candidate, DEFAULT_THRESHOLDS),
          }).not.toEqual({ n, r, rec: s.recommendation });
        }
      }
      const flips = criteria.some((_, i) =>
        [0.8, 1.2].some((f) => {
          const moved = criteria.map((c, j) => (j === i ? { ...c, weight: c.weight * f } : c));
          return (
            recommend(valueScore(moved, scores).value, candidate, DEFAULT_THRESHOLDS) !==
            s.recommendation
          );
        })
      );
      expect(s.fragile).toBe(flips);
    }
  });
});

describe("frameworks", () => {
  test("built-ins are valid, with rubrics for every level in three languages", () => {
    for (const f of BUILT_IN_FRAMEWORKS) expect(validateFramework(f)).toEqual([]);
    for (const id of CRITERION_IDS) {
      for (const level of LEVELS)
        for (const lang of ["en", "nb", "sv"] as const) {
          const text = CRITERIA[id].rubric[level][lang];
          expect(text.length).toBeGreaterThan(3);
          expect(text.length).toBeLessThanOrEqual(50); // five levels fit Excel's 255-character input message
        }
    }
    expect(fw("bergen").criteria.map((c) => c.criterion.id)).toEqual([
      "participation",
      "learning",
      "influence",
    ]);
    expect(
      fw("stockholm")
        .criteria.filter((c) => c.criterion.direction === "cost")
        .map((c) => c.criterion.id)
    ).toEqual(["resources", "travel"]);
  });
  test("a user framework with problems is refused, each problem said", () => {
    const bad: Framework = {
      ...fw("bergen"),
      id: "My framework",
      criteria: [
        { criterion: CRITERIA.learning, weight: -1 },
        { criterion: CRITERIA.learning, weight: 0 },
      ],
      thresholds: { strengthen: 3, continue: 4, review: 2, join: 3 },
    };
    expect(validateFramework(bad)).toEqual([
      "framework id 'My framework' must start with a letter and use only a–z, 0–9 and _ (at most 31)",
      "framework My framework, criterion learning: the weight must be a number of 0 or more",
      "framework My framework, criterion learning: used twice",
      "framework My framework: all weights are 0",
      "framework My framework: thresholds must rise: review ≤ continue ≤ strengthen (got 2, 4, 3)",
    ]);
  });
  test("frameworks are named by id or label in any language", () => {
    expect(resolveFramework(undefined).id).toBe("combined");
    expect(resolveFramework("Bergen").id).toBe("bergen");
    expect(resolveFramework("Stockholms strategi").id).toBe("stockholm");
    expect(resolveFramework("kombinert").id).toBe("combined");
    expect(failure(() => resolveFramework("Oslo")).message).toBe(
      'Unknown framework \'Oslo\'. Use "combined", "bergen" or "stockholm", or leave it out for "combined".'
    );
  });
});
