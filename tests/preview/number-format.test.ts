import { formatNumber } from "../../src/preview/number-format";

describe("a number as its cell's format shows it in the preview", () => {
  test.each([
    [5, "0.00", "5.00"],
    [1.666667, "0.00", "1.67"],
    [2.5, "0", "3"],
    [2.5, "0.##", "2.5"],
    [2, "0.0#", "2.0"],
    [2.345, "0.0#", "2.35"],
    [12500, "#,##0", "12,500"],
    [12500.5, "#,##0.##", "12,500.5"],
    [0.25, "0%", "25%"],
  ])("%p in %p is %p", (n, format, shown) => {
    expect(formatNumber(n, format)).toBe(shown);
  });

  test("a format it does not know is not guessed at", () => {
    expect(formatNumber(45000, "yyyy-mm-dd")).toBeUndefined();
    expect(formatNumber(1, "@")).toBeUndefined();
  });
});
