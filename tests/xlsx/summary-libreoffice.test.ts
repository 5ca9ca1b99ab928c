import { costTotals, CURRENCIES } from "../../src/core/scoring/costs";
import {
  buildEvaluation,
  evaluateRow,
  teamRowResult,
  type Evaluation,
} from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import {
  CANDIDATE_RECOMMENDATIONS,
  MEMBERSHIP_RECOMMENDATIONS,
} from "../../src/core/scoring/recommend";
import { teamScores } from "../../src/core/scoring/team";
import { a1 } from "../../src/core/sheet/address";
import { descriptionToGrid } from "../../src/core/sheet/grid";
import { reviewWorkbook } from "../../src/core/sheet/review-workbook";
import { SHEET_WORDS } from "../../src/core/sheet/strings";
import { SUMMARY_WORDS } from "../../src/core/sheet/summary-words";
import { writeXlsx } from "../../src/xlsx/write";
import { bundled } from "../helpers/dataset";
import { expectClose, seeded, withLibreOffice, recalculate } from "../helpers/libreoffice";

// The summary sheet calculated by a real spreadsheet engine: its counts and costs per
// recommendation, its fragile and disputed counts and its line per organisation equal the core's, for
// a team review with costs.

const { soffice, test: maybe } = withLibreOffice("the summary check cannot run");
const ds = bundled();

const rand = seeded(41);

function review(): Evaluation {
  const e = buildEvaluation(
    ds,
    "Bergen",
    BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!,
    {
      raters: ["Anne", "Per"],
      candidates: ["Nordic Urban Lab"],
    }
  );
  for (const row of e.rows) {
    for (const r of e.team!.raters)
      if (!r.source)
        row.ratings![r.id].scores = row.ratings![r.id].scores.map(() =>
          rand() < 0.25 ? null : 1 + Math.floor(rand() * 5)
        );
    row.costs = {
      fee: rand() < 0.3 ? null : Math.round(rand() * 50000),
      currency: rand() < 0.5 ? null : CURRENCIES[Math.floor(rand() * 3)],
      staffDays: rand() < 0.3 ? null : Math.round(rand() * 200) / 10,
      trips: rand() < 0.3 ? null : Math.floor(rand() * 6),
    };
  }
  // The team's aggregate, as the sheet computes it (the Fragile column is written from it).
  for (const row of e.rows) row.scores = teamScores(e.team!, row.ratings!, 3).scores;
  e.costs!.rates.EUR = 11.4;
  e.costs!.rates.SEK = 0.98;
  return e;
}

maybe(
  "LibreOffice computes the summary the core computes",
  () => {
    const e = review();
    const { sheets, matrix } = reviewWorkbook(ds, e, "nb");
    const [summary] = sheets;
    const computed = recalculate(
      soffice,
      writeXlsx(sheets),
      sheets.map((s) => s.name)
    );
    const at = (row: number, col: number) => computed.get(`${summary.name}!${a1(row, col)}`);
    const grid = descriptionToGrid(summary.description);
    const w = SUMMARY_WORDS.nb;
    const sw = SHEET_WORDS.nb;
    const close = expectClose;
    const ev = matrix.evaluation;
    const results = ev.rows.map((r) => evaluateRow(ev, r));

    // Counts and costs per recommendation, then the total.
    const order = [...MEMBERSHIP_RECOMMENDATIONS, ...CANDIDATE_RECOMMENDATIONS];
    const totals = costTotals(
      ev.rows.map((r, i) => ({ costs: r.costs, recommendation: results[i].recommendation })),
      order,
      ev.costs!
    );
    const top = grid.findIndex((l) => l[0] === w.recommendation) + 1;
    totals.forEach((t, j) => {
      const where = `${t.recommendation ?? "total"}`;
      expect(grid[top + j][0]).toBe(
        t.recommendation ? sw.recommendations[t.recommendation] : w.total
      );
      close(`${where} organisations`, at(top + j, 1), t.organisations);
      close(`${where} fees`, at(top + j, 2), t.fees);
      close(`${where} staff days`, at(top + j, 3), t.staffDays);
      close(`${where} trips`, at(top + j, 4), t.trips);
    });
    expect(totals.filter((t) => t.recommendation && t.organisations > 0).length).toBeGreaterThan(2);

    // Fragile and disputed.
    const flag = (label: string) =>
      at(
        grid.findIndex((l) => l[0] === label),
        1
      );
    close("fragile", flag(w.fragile), results.filter((r) => r.fragile).length);
    const disputed = ev.rows.filter((r, i) => teamRowResult(ev, r, results[i].value)!.disputed);
    close("disputed", flag(w.disputed), disputed.length);
    expect(disputed.length).toBeGreaterThan(0);

    // One line per organisation: value, recommendation, coverage, consensus.
    const header = grid.findIndex((l) => l[0] === w.organisation);
    ev.rows.forEach((row, i) => {
      const r = header + 1 + i;
      expect(grid[r][0]).toBe(row.name);
      const team = teamRowResult(ev, row, results[i].value)!;
      close(`${row.name} value`, at(r, 1), results[i].value);
      expect({ where: row.name, rec: at(r, 2) ?? "" }).toEqual({
        where: row.name,
        rec: results[i].recommendation ? sw.recommendations[results[i].recommendation!] : "",
      });
      close(`${row.name} coverage`, at(r, 3), results[i].coverage);
      close(`${row.name} consensus`, at(r, 4), team.consensus);
      expect({ where: row.name, disputed: at(r, 5) ?? "" }).toEqual({
        where: row.name,
        disputed: team.disputed ? sw.yes : "",
      });
      // The quote the first score rests on: the evidence's first line.
      const quote = at(r, 7);
      expect({ where: row.name, quote: quote ?? "" }).toEqual({
        where: row.name,
        quote: row.evidence.split("\n")[0] ?? "",
      });
    });
  },
  180_000
);
