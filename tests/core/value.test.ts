import { valueScore, type WeightedCriterion } from "../../src/core/scoring/value";

// The value score must stay finite for any weights Excel can pass, and must not change by a bit for
// ordinary weights: the matrix sheets' formulas compute the same sums (tests/scoring checks that).

const benefit = (...weights: number[]): WeightedCriterion[] =>
  weights.map((weight) => ({ direction: "benefit", weight }));

describe("valueScore with extreme weights", () => {
  test("weights near the largest number give the weighted mean, not NaN", () => {
    expect(valueScore(benefit(1e308, 1e308), [4, 5])).toEqual({ value: 4.5, coverage: 1 });
    expect(valueScore(benefit(1.7e308, 1.7e308, 1.7e308), [1, 5, ""])).toEqual({
      value: 3,
      coverage: 2 / 3,
    });
    expect(
      valueScore([{ direction: "cost", weight: 1e308 }, ...benefit(1e308)], [1, 3]).value
    ).toBe(4);
    // One huge weight outweighs the rest entirely.
    expect(valueScore(benefit(1e308, 1), [4, 5]).value).toBe(4);
  });
  test("weights near the smallest number keep their digits", () => {
    // Unscaled, 1.5 × 5e-324 rounds to 1e-323 and the mean comes out as 3.5.
    expect(valueScore(benefit(5e-324, 5e-324), [1.5, 5]).value).toBe(3.25);
  });
  test("ordinary weights give exactly the plain weighted sums", () => {
    // A small seeded generator: the same cases on every run.
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n++) {
      const size = 1 + Math.floor(random() * 8);
      const criteria: WeightedCriterion[] = Array.from({ length: size }, () => ({
        direction: random() < 0.3 ? "cost" : "benefit",
        weight: [0, 1, 0.1, 1 / 3, 1e6 * random(), 1e99, random()][Math.floor(random() * 7)],
      }));
      const scores = criteria.map(() => (random() < 0.2 ? "" : 1 + Math.floor(random() * 9) / 2));
      let weighted = 0;
      let assessed = 0;
      let total = 0;
      criteria.forEach((c, i) => {
        total += c.weight;
        const s = scores[i];
        if (typeof s !== "number") return;
        weighted += c.weight * (c.direction === "cost" ? 6 - s : s);
        assessed += c.weight;
      });
      expect(valueScore(criteria, scores)).toEqual({
        value: assessed === 0 ? null : weighted / assessed,
        coverage: total === 0 ? 0 : assessed / total,
      });
    }
  });
});
