import {
  costSettingsFor,
  costTotals,
  defaultCurrency,
  feeInCurrency,
  valueForMoney,
  type CostSettings,
} from "../../src/core/scoring/costs";
import { buildEvaluation, type Evaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { a1 } from "../../src/core/sheet/address";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { rateName } from "../../src/core/sheet/matrix-names";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { reviewReport } from "../../src/core/sheet/review-report";
import { bundled } from "../helpers/dataset";

// Costs: typed beside the scores, converted to the review's currency by named exchange rates, shown as
// value for money and totals per recommendation; bad input named by sheet and cell, never guessed.

const ds = bundled();
const bergen = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;
const nok: CostSettings = { currency: "NOK", rates: { NOK: 1, SEK: null, EUR: 11.5 } };

describe("the cost model", () => {
  test("the review's currency follows the city's country", () => {
    expect(defaultCurrency("NO")).toBe("NOK");
    expect(defaultCurrency("SE")).toBe("SEK");
    expect(defaultCurrency("FI")).toBe("EUR");
    expect(buildEvaluation(ds, "Bergen", bergen).costs).toEqual(costSettingsFor("NOK"));
    expect(buildEvaluation(ds, "Stockholm", bergen).costs!.currency).toBe("SEK");
    expect(buildEvaluation(ds, "Bergen", bergen, { currency: "EUR" }).costs!.currency).toBe("EUR");
  });

  test("a fee in another currency needs its rate; blank currency is the review's", () => {
    const fee = (f: number | null, currency: "NOK" | "SEK" | "EUR" | null) =>
      feeInCurrency({ fee: f, currency, staffDays: null, trips: null }, nok);
    expect(fee(20000, null)).toBe(20000);
    expect(fee(2000, "EUR")).toBe(23000);
    expect(fee(2000, "SEK")).toBeNull(); // no SEK rate typed
    expect(fee(null, "EUR")).toBeNull();
  });

  test("value for money: per 10,000 of fee and per staff day, none at 0", () => {
    const c = { fee: 2000, currency: "EUR" as const, staffDays: 8, trips: 2 };
    expect(valueForMoney(4, c, nok)).toEqual({ perTenThousand: 4 / 2.3, perStaffDay: 0.5 });
    expect(valueForMoney(null, c, nok)).toEqual({ perTenThousand: null, perStaffDay: null });
    expect(valueForMoney(3, { ...c, fee: 0, staffDays: 0 }, nok)).toEqual({
      perTenThousand: null,
      perStaffDay: null,
    });
  });

  test("totals per recommendation, then for all rows", () => {
    const rows = [
      {
        recommendation: "Continue" as const,
        costs: { fee: 10000, currency: null, staffDays: 5, trips: 1 },
      },
      {
        recommendation: "Continue" as const,
        costs: { fee: 1000, currency: "EUR" as const, staffDays: null, trips: 3 },
      },
      {
        recommendation: "Leave" as const,
        costs: { fee: 500, currency: "SEK" as const, staffDays: 2, trips: 0 },
      },
      { recommendation: null, costs: { fee: 7000, currency: null, staffDays: 1, trips: 1 } },
    ];
    expect(costTotals(rows, ["Continue", "Leave"], nok)).toEqual([
      { recommendation: "Continue", organisations: 2, fees: 21500, staffDays: 5, trips: 4 },
      { recommendation: "Leave", organisations: 1, fees: 0, staffDays: 2, trips: 0 },
      { recommendation: null, organisations: 4, fees: 28500, staffDays: 8, trips: 5 },
    ]);
  });
});

/** Bergen's review with costs typed on three rows and a euro rate. */
function withCosts(): Evaluation {
  const e = buildEvaluation(ds, "Bergen", bergen);
  const set = (
    key: string,
    fee: number | null,
    currency: "NOK" | "SEK" | "EUR" | null,
    days: number | null,
    trips: number | null
  ) => {
    e.rows.find((r) => r.key === key)!.costs = { fee, currency, staffDays: days, trips };
  };
  set("eurocities", 4500, "EUR", 30, 6);
  set("ubc", 25000, null, 4, 2);
  set("iclei", 1200, "SEK", null, 1);
  e.costs!.rates.EUR = 11.5;
  return e;
}

describe("costs in the matrix", () => {
  test("read back as typed, with the rates, value for money and totals in the report", () => {
    const e = withCosts();
    const snapshot = descriptionToSnapshot(evaluationSheet(e, "nb"), "Bergen");
    const read = readMatrix(snapshot) as ReadMatrix;
    // ICLEI's fee is in SEK, for which no rate is typed: said once, where the rate goes.
    const sek = read.layout.costs!.rates.SEK!;
    expect(read.problems.map((p) => [p.cell, p.severity, p.message])).toEqual([
      [
        a1(sek.row, sek.col),
        "warning",
        `Fees in SEK need an exchange rate: type what 1 SEK is worth in NOK in ${a1(sek.row, sek.col)}. Until then they are left out of the totals and the value for money.`,
      ],
    ]);
    expect(read.evaluation.costs).toEqual({
      currency: "NOK",
      rates: { NOK: 1, SEK: null, EUR: 11.5 },
    });
    const rows = Object.fromEntries(read.evaluation.rows.map((r) => [r.key, r.costs]));
    expect(rows.eurocities).toEqual({ fee: 4500, currency: "EUR", staffDays: 30, trips: 6 });
    expect(rows.ubc).toEqual({ fee: 25000, currency: null, staffDays: 4, trips: 2 });
    expect(rows["mayors-for-peace"]).toEqual({
      fee: null,
      currency: null,
      staffDays: null,
      trips: null,
    });

    const report = reviewReport([snapshot]).matrices[0];
    const ubc = report.rows.find((r) => r.key === "ubc")!;
    const fee = read.layout.costs!.columns.fee!;
    const ubcRow = read.evaluation.rows.find((r) => r.key === "ubc")!.sheetRow;
    expect(ubc.costs).toEqual({
      fee: 25000,
      currency: null,
      staffDays: 4,
      trips: 2,
      feeInCurrency: 25000,
      valuePerTenThousand: ubc.value! / 2.5,
      valuePerStaffDay: ubc.value! / 4,
      cells: {
        fee: a1(ubcRow, fee),
        currency: a1(ubcRow, fee + 1),
        staffDays: a1(ubcRow, fee + 2),
        trips: a1(ubcRow, fee + 3),
      },
    });
    const totals = report.costs!.totals;
    expect(totals.at(-1)).toEqual({
      recommendation: null,
      organisations: 34,
      fees: 4500 * 11.5 + 25000, // ICLEI's SEK fee has no rate
      staffDays: 34,
      trips: 9,
    });
    expect(totals.map((t) => t.recommendation)).toEqual([
      "Strengthen",
      "Continue",
      "Review",
      "Leave",
      "Join",
      "Do not join",
      null,
    ]);
    const leave = totals.find((t) => t.recommendation === "Leave")!;
    expect(leave.fees).toBe(25000); // UBC: Leave on the sources' scores
  });

  test("bad costs are named by cell; a fee in an unknown currency is not converted", () => {
    const e = withCosts();
    const d = evaluationSheet(e, "en");
    const made = descriptionToSnapshot(d, "Bergen");
    const values = made.values.map((line) => [...line]);
    const snapshot = { ...made, values };
    const read0 = readMatrix(snapshot) as ReadMatrix;
    const c = read0.layout.costs!.columns;
    const row = (key: string) => read0.evaluation.rows.find((r) => r.key === key)!.sheetRow;
    values[row("ubc")][c.fee!] = "about 20k";
    values[row("eurocities")][c.currency!] = "DKK";
    values[row("iclei")][c.trips!] = -1;
    values[row("iclei")][c.staffDays!] = "eur"; // not a number
    const rate = read0.layout.costs!.rates.EUR!;
    values[rate.row][rate.col] = "11,5";
    const read = readMatrix(snapshot) as ReadMatrix;
    expect(read.problems.map((p) => [p.cell, p.message])).toEqual([
      [
        a1(rate.row, rate.col),
        "'11,5' is not an exchange rate: type what 1 EUR is worth in NOK, as a number above 0, or clear the cell.",
      ],
      [
        a1(row("eurocities"), c.currency!),
        "'DKK' is not a currency CityNet knows: type NOK, SEK or EUR, or clear the cell for NOK, the review's currency. The fee is not counted until then.",
      ],
      [
        a1(row("iclei"), c.staffDays!),
        "'eur' is not a number of 0 or more, so it is not counted as the staff days per year. Type a number (e.g. 12), or clear the cell.",
      ],
      [
        a1(row("iclei"), c.trips!),
        "'-1' is not a number of 0 or more, so it is not counted as the trips per year. Type a number (e.g. 4), or clear the cell.",
      ],
      [
        a1(row("ubc"), c.fee!),
        "'about 20k' is not a number of 0 or more, so it is not counted as the annual fee. Type a number (e.g. 25000), or clear the cell.",
      ],
      expect.arrayContaining([expect.stringContaining("Fees in SEK need an exchange rate")]),
    ]);
    const costs = Object.fromEntries(read.evaluation.rows.map((r) => [r.key, r.costs]));
    expect(costs.eurocities).toEqual({ fee: null, currency: null, staffDays: 30, trips: 6 });
    expect(costs.iclei).toEqual({ fee: 1200, currency: "SEK", staffDays: null, trips: null });
    expect(costs.ubc).toEqual({ fee: null, currency: null, staffDays: 4, trips: 2 });
  });

  test("a matrix from before costs (format 3) has none, and none are made up", () => {
    const e = buildEvaluation(ds, "Bergen", bergen);
    delete e.costs;
    const read = readMatrix(descriptionToSnapshot(evaluationSheet(e, "en"))) as ReadMatrix;
    expect(read.problems).toEqual([]);
    expect(read.evaluation.costs).toBeUndefined();
    expect(read.layout.costs).toBeUndefined();
    expect(read.evaluation.rows.every((r) => r.costs === undefined)).toBe(true);
    expect(read.layout.columns.notes).toBeDefined();
  });

  test("the exchange rates are named cells; the review's own is 1", () => {
    const d = evaluationSheet(withCosts(), "sv");
    const s = descriptionToSnapshot(d);
    const at = (n: string) => {
      const ref = d.names.find((x) => x.name === n)!.ref;
      return s.values[ref.row][ref.col];
    };
    expect([at(rateName("NOK")), at(rateName("SEK")), at(rateName("EUR"))]).toEqual([1, "", 11.5]);
  });
});
