import { CURRENCIES, feeInCurrency, valueForMoney, costTotals } from "../../src/core/scoring/costs";
import { buildEvaluation, evaluateRow, type Evaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import {
  CANDIDATE_RECOMMENDATIONS,
  MEMBERSHIP_RECOMMENDATIONS,
} from "../../src/core/scoring/recommend";
import { a1 } from "../../src/core/sheet/address";
import { COST_WORDS } from "../../src/core/sheet/cost-words";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToGrid, descriptionToSnapshot } from "../../src/core/sheet/grid";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { writeXlsx } from "../../src/xlsx/write";
import { bundled } from "../helpers/dataset";
import { expectClose, seeded, withLibreOffice, recalculate } from "../helpers/libreoffice";

// Costs calculated by a real spreadsheet engine: the fee in the review's currency, value per 10,000
// and per staff day on every row, and the totals per recommendation, equal the core's, for a team
// review of two raters with fees in three currencies, one without a rate, and bad input typed in.

const { soffice, test: maybe } = withLibreOffice("the cost formula check cannot run");

const rand = seeded(23);

function review(frameworkId: string, city: string): Evaluation {
  const f = BUILT_IN_FRAMEWORKS.find((x) => x.id === frameworkId)!;
  const e = buildEvaluation(bundled(), city, f, {
    raters: ["Anne", "Per"],
    candidates: ["Nordic Urban Lab"],
  });
  for (const row of e.rows) {
    for (const r of e.team!.raters)
      if (!r.source)
        row.ratings![r.id].scores = row.ratings![r.id].scores.map(() =>
          rand() < 0.3 ? null : 1 + Math.floor(rand() * 5)
        );
    const pick = rand();
    row.costs = {
      fee: pick < 0.2 ? null : Math.round(rand() * 90000) / (pick < 0.5 ? 10 : 1),
      currency: pick < 0.4 ? null : CURRENCIES[Math.floor(rand() * 3)],
      staffDays: rand() < 0.3 ? null : Math.round(rand() * 400) / 10,
      trips: rand() < 0.3 ? null : Math.floor(rand() * 8),
    };
  }
  // A rate for euros only: fees in the third currency cannot be converted.
  e.costs!.rates.EUR = 11.37;
  return e;
}

maybe(
  "LibreOffice computes the costs, value for money and totals the core computes",
  () => {
    const cases = [review("bergen", "Bergen"), review("stockholm", "Stockholm")];
    const sheets = cases.map((e, i) => {
      const description = evaluationSheet(e, i === 0 ? "nb" : "sv");
      return { name: e.city.name, description };
    });
    // Bad input, as people type it: text for a fee, a negative staff days, a currency CityNet lacks.
    const first = descriptionToSnapshot(sheets[0].description, sheets[0].name);
    const layout = (readMatrix(first) as ReadMatrix).layout.costs!.columns;
    const feeBlock = sheets[0].description.blocks.find((b) => b.col === layout.fee && b.row === 8)!;
    feeBlock.cells[0][0] = { value: "ca. 20 000" };
    feeBlock.cells[1][2] = { value: -3 };
    feeBlock.cells[2][1] = { value: "DKK" };

    const computed = recalculate(
      soffice,
      writeXlsx(sheets),
      sheets.map((s) => s.name)
    );
    const close = expectClose;
    let rows = 0;
    let converted = 0;
    sheets.forEach(({ name, description }, k) => {
      const read = readMatrix(descriptionToSnapshot(description, name)) as ReadMatrix;
      const e = read.evaluation;
      const c = read.layout.costs!.columns;
      const recommendations = e.rows.map((row) => evaluateRow(e, row).recommendation);
      e.rows.forEach((row, i) => {
        const at = (col: number) => computed.get(`${name}!${a1(row.sheetRow, col)}`);
        const where = `${name} ${row.name}`;
        const value = evaluateRow(e, row).value;
        close(`${where} value`, at(read.layout.columns.value!), value);
        const fee = feeInCurrency(row.costs!, e.costs!);
        if (fee !== null) converted++;
        close(`${where} fee`, at(c.converted!), fee);
        const money = valueForMoney(value, row.costs!, e.costs!);
        close(`${where} per 10,000`, at(c.perTenThousand!), money.perTenThousand);
        close(`${where} per staff day`, at(c.perStaffDay!), money.perStaffDay);
        expect(recommendations[i]).toBeDefined();
        rows++;
      });
      // The totals: found by their heading, one line per recommendation and one for all.
      const grid = descriptionToGrid(description);
      const words = COST_WORDS[k === 0 ? "nb" : "sv"];
      const top = grid.findIndex((line) => line.includes(words.totals));
      const col = grid[top].indexOf(words.totals);
      const totals = costTotals(
        e.rows.map((row, i) => ({ costs: row.costs, recommendation: recommendations[i] })),
        [...MEMBERSHIP_RECOMMENDATIONS, ...CANDIDATE_RECOMMENDATIONS],
        e.costs!
      );
      totals.forEach((t, j) => {
        const cell = (dc: number) => computed.get(`${name}!${a1(top + 2 + j, col + dc)}`);
        const where = `${name} totals ${t.recommendation ?? "all"}`;
        close(`${where} organisations`, cell(1), t.organisations);
        close(`${where} fees`, cell(2), t.fees);
        close(`${where} staff days`, cell(3), t.staffDays);
        close(`${where} trips`, cell(4), t.trips);
      });
      expect(totals.at(-1)!.organisations).toBe(e.rows.length);
      expect(totals.filter((t) => t.recommendation && t.organisations > 0).length).toBeGreaterThan(
        2
      );
    });
    expect(rows).toBeGreaterThan(40);
    expect(converted).toBeGreaterThan(15);
  },
  180_000
);
