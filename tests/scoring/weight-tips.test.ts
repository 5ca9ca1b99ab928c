import { evaluateRow } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS, DEFAULT_THRESHOLDS } from "../../src/core/scoring/frameworks";
import { weightTips } from "../../src/core/scoring/sensitivity";

// The weights at which a recommendation changes, checked against evaluateRow (what the pane and the
// sheet show) just inside and just past every limit, by hand-solved cases and at random.

const fw = (id: string) => BUILT_IN_FRAMEWORKS.find((f) => f.id === id)!;
const criteriaOf = (id: string) =>
  fw(id).criteria.map((c) => ({ direction: c.criterion.direction, weight: c.weight }));

/** The row's recommendation with these weights, as evaluateRow gives it. */
function recWith(
  id: string,
  weights: number[],
  scores: (number | null)[],
  candidate = false,
  thresholds = DEFAULT_THRESHOLDS
) {
  return evaluateRow(
    { framework: fw(id), weights, thresholds },
    { scores, type: candidate ? "Candidate" : "Membership" }
  ).recommendation;
}

describe("weightTips", () => {
  test("hand-solved: scores 5, 4, 1 with Bergen's criteria (value 3.33, Continue)", () => {
    const tips = weightTips(criteriaOf("bergen"), [5, 4, 1], DEFAULT_THRESHOLDS, false);
    // participation: (5 + 5g) / (2 + g) reaches 3 at g = 0.5 and 4.5 at g = 8; influence (score 1):
    // (9 + g) / (2 + g) falls to 3 at g = 1.5; learning (4) only moves the value between 3 and 4.
    expect(tips.map((t) => ({ ...t, limit: Math.round(t.limit * 1e6) / 1e6 }))).toEqual([
      { index: 0, weight: 1, when: "less", limit: 0.5, from: "Continue", to: "Review" },
      { index: 0, weight: 1, when: "more", limit: 8, from: "Continue", to: "Strengthen" },
      { index: 2, weight: 1, when: "more", limit: 1.5, from: "Continue", to: "Review" },
    ]);
  });

  test("UBC in the combined framework (1, 2, 2, the rest blank): no single weight changes Leave", () => {
    const scores = [1, 2, 2, null, null, null];
    expect(recWith("combined", [1, 1, 1, 1, 0.5, 0.5], scores)).toBe("Leave");
    expect(weightTips(criteriaOf("combined"), scores, DEFAULT_THRESHOLDS, false)).toEqual([]);
  });

  test("Leave becomes Review if influence weighs more than 1.4 (hand-solved)", () => {
    // participation 1 (weight 1), learning 1 (weight 1.8), influence 4 (weight 1): value 6.8 / 3.8,
    // Leave; (2.8 + 4g) / (2.8 + g) reaches 2 at g = 1.4.
    const criteria = criteriaOf("bergen").map((c, i) => (i === 1 ? { ...c, weight: 1.8 } : c));
    const tips = weightTips(criteria, [1, 1, 4], DEFAULT_THRESHOLDS, false);
    // (Participation and learning weighing less would raise the value too.)
    expect(tips.map((t) => [t.index, t.when, t.from, t.to])).toEqual([
      [0, "less", "Leave", "Review"],
      [1, "less", "Leave", "Review"],
      [2, "more", "Leave", "Review"],
    ]);
    expect(tips[2].limit).toBeCloseTo(1.4, 6);
    expect(tips[2].weight).toBe(1);
    expect(recWith("bergen", [1, 1.8, 1.401], [1, 1, 4])).toBe("Review");
    expect(recWith("bergen", [1, 1.8, 1.399], [1, 1, 4])).toBe("Leave");
  });

  test("a scored criterion weighted 0 can change the recommendation by getting a weight", () => {
    // participation 2, learning 2 (value 2, Review); influence 5 at weight 0: (4 + 5g) / (2 + g)
    // reaches 3 at g = 1.
    const criteria = criteriaOf("bergen").map((c, i) => (i === 2 ? { ...c, weight: 0 } : c));
    const tips = weightTips(criteria, [2, 2, 5], DEFAULT_THRESHOLDS, false);
    const influence = tips.find((t) => t.index === 2)!;
    expect(influence).toMatchObject({ weight: 0, when: "more", from: "Review", to: "Continue" });
    expect(influence.limit).toBeCloseTo(1, 6);
    expect(recWith("bergen", [1, 1, 1.0001], [2, 2, 5])).toBe("Continue");
    expect(recWith("bergen", [1, 1, 0.9999], [2, 2, 5])).toBe("Review");
  });

  test("a value at a threshold, a lower score weighted 0: any weight at all tips it (limit 0)", () => {
    const criteria = criteriaOf("bergen").map((c, i) => (i === 0 ? { ...c, weight: 0 } : c));
    expect(weightTips(criteria, [2, null, 3], DEFAULT_THRESHOLDS, false)).toEqual([
      { index: 0, weight: 0, when: "more", limit: 0, from: "Continue", to: "Review" },
    ]);
    expect(recWith("bergen", [0.001, 1, 1], [2, null, 3])).toBe("Review");
  });

  test("candidates: Join and Do not join", () => {
    // learning 5, influence 1, participation blank: (5 + g) / (1 + g) falls below 3 past g = 1.
    const tips = weightTips(criteriaOf("bergen"), [null, 5, 1], DEFAULT_THRESHOLDS, true);
    expect(tips.map((t) => [t.index, t.when, t.from, t.to])).toEqual([
      [1, "less", "Join", "Do not join"],
      [2, "more", "Join", "Do not join"],
    ]);
  });

  test("nothing scored: no recommendation, no tips", () => {
    expect(weightTips(criteriaOf("bergen"), [null, null, null], DEFAULT_THRESHOLDS, false)).toEqual(
      []
    );
  });

  test("agrees with evaluateRow just inside and just past every limit, at random", () => {
    let seed = 11;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let checked = 0;
    for (let n = 0; n < 400; n++) {
      const id = ["combined", "bergen", "stockholm"][n % 3];
      const weights = fw(id).criteria.map(() => (rand() < 0.1 ? 0 : Math.round(rand() * 30) / 10));
      const scores = weights.map(() => (rand() < 0.2 ? null : 1 + Math.floor(rand() * 5)));
      const candidate = rand() < 0.3;
      const criteria = fw(id).criteria.map((c, i) => ({
        direction: c.criterion.direction,
        weight: weights[i],
      }));
      const from = recWith(id, weights, scores, candidate);
      // Without a value there is nothing to change (a weight may give one: that is not a tip).
      if (from === null) continue;
      const tips = weightTips(criteria, scores, DEFAULT_THRESHOLDS, candidate);
      for (const tip of tips) {
        const moved = (w: number) => weights.map((x, i) => (i === tip.index ? w : x));
        // A limit of 0: the value sits at a threshold and any weight at all tips it.
        const past =
          tip.when === "less" ? tip.limit * 0.999999 : tip.limit > 0 ? tip.limit * 1.000001 : 1e-4;
        const inside =
          tip.when === "more"
            ? (tip.weight + tip.limit * 0.999999) / 2
            : (tip.weight + tip.limit * 1.000001) / 2;
        expect({ n, tip, rec: recWith(id, moved(past), scores, candidate) }).toEqual({
          n,
          tip,
          rec: tip.to,
        });
        if (tip.limit > 0)
          expect({ n, tip, rec: recWith(id, moved(inside), scores, candidate) }).toEqual({
            n,
            tip,
            rec: from,
          });
        checked++;
      }
      // Where no tip is given, no weight from a hundredth to a hundredfold changes anything.
      fw(id).criteria.forEach((_, i) => {
        const limits = tips.filter((t) => t.index === i);
        for (const f of [0.01, 0.3, 0.9, 1.1, 3, 100]) {
          const w = weights[i] === 0 ? f : weights[i] * f;
          const within = limits.every((t) =>
            t.when === "more" ? w < t.limit * 0.999999 : w > t.limit * 1.000001
          );
          if (!within) continue;
          const rec = recWith(
            id,
            weights.map((x, j) => (j === i ? w : x)),
            scores,
            candidate
          );
          expect({ n, i, w, rec, weights, scores, candidate, tips }).toEqual({
            n,
            i,
            w,
            rec: from,
            weights,
            scores,
            candidate,
            tips,
          });
        }
      });
    }
    expect(checked).toBeGreaterThan(200);
  });
});
