import { CURRENCIES } from "../../src/core/scoring/costs";
import { buildEvaluation, evaluateRow, type Evaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { teamScores } from "../../src/core/scoring/team";
import { a1 } from "../../src/core/sheet/address";
import { reviewWorkbook } from "../../src/core/sheet/review-workbook";
import { SHEET_WORDS } from "../../src/core/sheet/strings";
import { valueMatrixSheet } from "../../src/core/sheet/value-matrix-sheet";
import { writeXlsx, xlsxSheetNames } from "../../src/xlsx/write";
import { bundled } from "../helpers/dataset";
import { seeded, withLibreOffice, recalculate, xlsxCells } from "../helpers/libreoffice";

// A complete exported review (two raters, costs, summary, value matrix, sources) stores a value for
// every formula, and LibreOffice, made to calculate everything afresh, gets the same value for every
// one of them: the numbers a reader sees before anything calculates are the numbers the formulas give,
// and they are the core's (value, coverage, recommendation per row checked against it too).

const { soffice, test: maybe } = withLibreOffice("the cached values cannot be checked");
const ds = bundled();

const rand = seeded(7);

function review(): Evaluation {
  const e = buildEvaluation(
    ds,
    "Stockholm",
    BUILT_IN_FRAMEWORKS.find((f) => f.id === "stockholm")!,
    {
      raters: ["Eva", "Lars"],
      candidates: ["Nordic Urban Lab", "ICLEI"],
      aggregate: "mean",
    }
  );
  for (const row of e.rows) {
    for (const r of e.team!.raters)
      if (!r.source)
        row.ratings![r.id].scores = row.ratings![r.id].scores.map(() =>
          rand() < 0.2 ? null : 1 + Math.floor(rand() * 5)
        );
    row.scores = teamScores(e.team!, row.ratings!, e.framework.criteria.length).scores;
    row.costs = {
      fee: rand() < 0.2 ? null : Math.round(rand() * 400000),
      currency: rand() < 0.5 ? null : CURRENCIES[Math.floor(rand() * 3)],
      staffDays: rand() < 0.2 ? null : Math.round(rand() * 300) / 10,
      trips: rand() < 0.2 ? null : Math.floor(rand() * 9),
    };
  }
  e.costs!.rates.EUR = 11.02;
  e.costs!.rates.NOK = 1.01;
  return e;
}

maybe(
  "every formula's cached value is what LibreOffice calculates, and the core's",
  () => {
    const e = review();
    const { sheets, matrix } = reviewWorkbook(ds, e, "sv");
    const values = valueMatrixSheet(ds, ["Stockholm", "Bergen"], undefined, "sv", [], [matrix]);
    const all = [...sheets, { name: values.name, description: values }];
    const bytes = writeXlsx(all);
    const names = xlsxSheetNames(all);
    const cached = xlsxCells(bytes, names, true);
    const calculated = recalculate(soffice, bytes, names);
    let numbers = 0;
    let texts = 0;
    const differ: string[] = [];
    for (const [cell, ours] of cached) {
      const theirs = calculated.get(cell) ?? "";
      const same =
        typeof ours === "number" && typeof theirs === "number"
          ? Math.abs(ours - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs))
          : ours === theirs;
      if (!same)
        differ.push(
          `${cell}: cached ${JSON.stringify(ours)}, LibreOffice ${JSON.stringify(theirs)}`
        );
      if (typeof ours === "number") numbers++;
      else texts++;
    }
    expect(differ.slice(0, 10)).toEqual([]);
    // Every formula cell has a cached value, and there are many of both kinds.
    expect(numbers).toBeGreaterThan(250);
    expect(texts).toBeGreaterThan(100);

    // The matrix's value and recommendation cells hold the core's results.
    const sw = SHEET_WORDS.sv;
    const ev = matrix.evaluation;
    const cols = matrix.layout.columns;
    const at = (row: number, col: number) => cached.get(`${matrix.sheet}!${a1(row, col)}`);
    let scored = 0;
    for (const row of ev.rows) {
      const r = evaluateRow(ev, row);
      const value = at(row.sheetRow, cols.value!);
      if (r.value === null) expect(value ?? "").toBe("");
      else {
        expect(Math.abs((value as number) - r.value)).toBeLessThanOrEqual(1e-9);
        scored++;
      }
      expect(at(row.sheetRow, cols.recommendation!) ?? "").toBe(
        r.recommendation ? sw.recommendations[r.recommendation] : ""
      );
    }
    expect(scored).toBeGreaterThan(3);
  },
  180_000
);
