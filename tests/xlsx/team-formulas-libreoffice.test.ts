import {
  buildEvaluation,
  evaluateRow,
  teamRowResult,
  type Evaluation,
} from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { recommend } from "../../src/core/scoring/recommend";
import { teamScores } from "../../src/core/scoring/team";
import { a1 } from "../../src/core/sheet/address";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { SHEET_WORDS } from "../../src/core/sheet/strings";
import { writeXlsx } from "../../src/xlsx/write";
import { bundled } from "../helpers/dataset";
import { expectClose, seeded, withLibreOffice, recalculate } from "../helpers/libreoffice";

// A team review's formulas (aggregate, spread, consensus, disputed, each rater's value and
// recommendation, and the value from the aggregate) calculated by a real spreadsheet engine must equal
// the core's, for median and mean, with and without the sources counted.

const { soffice, test: maybe } = withLibreOffice("the team formula check cannot run");

const rand = seeded(17);

function teamReview(
  frameworkIndex: number,
  aggregate: "median" | "mean",
  includeSources: boolean
): Evaluation {
  const f = BUILT_IN_FRAMEWORKS[frameworkIndex];
  const e = buildEvaluation(bundled(), f.id === "stockholm" ? "Stockholm" : "Bergen", f, {
    raters: ["Anne", "Per", "Kari Ødegård"],
    candidates: ["Nordic Urban Lab"],
  });
  e.team = { ...e.team!, aggregate, includeSources };
  e.weights = e.weights.map((w, i) => (i === 1 ? 0.5 : w + Math.round(rand() * 100) / 100));
  e.thresholds = { strengthen: 4.1, continue: 3.2, review: 2.4, join: 3.1 };
  for (const row of e.rows)
    for (const r of e.team.raters)
      if (!r.source)
        row.ratings![r.id].scores = row.ratings![r.id].scores.map(() =>
          rand() < 0.3 ? null : 1 + Math.floor(rand() * 5)
        );
  return e;
}

maybe(
  "LibreOffice computes what the core computes for a team review",
  () => {
    const cases = [
      teamReview(1, "median", false),
      teamReview(2, "mean", false),
      teamReview(0, "median", true),
    ];
    const sheets = cases.map((e, i) => ({
      name: `T${i + 1} ${e.framework.id} ${e.team!.aggregate}`,
      description: evaluationSheet(e, "en"),
    }));
    const computed = recalculate(
      soffice,
      writeXlsx(sheets),
      sheets.map((s) => s.name)
    );
    const close = expectClose;
    const words = SHEET_WORDS.en;
    let checked = 0;
    const disputed = { yes: 0, no: 0, differ: 0, unsettledOnly: 0 };
    sheets.forEach(({ name, description }) => {
      const read = readMatrix(descriptionToSnapshot(description, name)) as ReadMatrix;
      expect(read.problems).toEqual([]);
      const e = read.evaluation;
      const t = read.layout.team!;
      for (const row of e.rows) {
        const at = (col: number) => computed.get(`${name}!${a1(row.sheetRow, col)}`);
        const where = `${name} ${row.name}`;
        const result = evaluateRow(e, row);
        const team = teamRowResult(e, row)!;
        const agg = teamScores(e.team!, row.ratings!, e.framework.criteria.length);
        agg.scores.forEach((x, i) =>
          close(`${where} aggregate ${i}`, at(read.layout.scoreColumns[i]!), x)
        );
        team.spread.forEach((x, i) => close(`${where} spread ${i}`, at(t.spread[i]!), x));
        close(`${where} consensus`, at(t.consensus!), team.consensus);
        close(`${where} value`, at(read.layout.columns.value!), result.value);
        close(`${where} coverage`, at(read.layout.columns.coverage!), result.coverage);
        expect({ where, rec: at(read.layout.columns.recommendation!) ?? "" }).toEqual({
          where,
          rec: result.recommendation ? words.recommendations[result.recommendation] : "",
        });
        expect({ where, disputed: at(t.disputed!) ?? "" }).toEqual({
          where,
          disputed: team.disputed ? words.yes : "",
        });
        e.team!.raters.forEach((r, k) => {
          const own = team.raters.find((x) => x.id === r.id);
          const value = own ? own.value : null;
          if (!own) return; // the sources' own value is not part of the team's result
          close(`${where} ${r.name} value`, at(t.raters[k].value!), value);
          const rec = recommend(value, row.type === "Candidate", e.thresholds);
          expect({ where, rec: at(t.raters[k].recommendation!) ?? "" }).toEqual({
            where,
            rec: rec ? words.recommendations[rec] : "",
          });
        });
        checked++;
        disputed[team.disputed ? "yes" : "no"]++;
        if (team.differ) disputed.differ++;
        else if (team.unsettled) disputed.unsettledOnly++;
      }
    });
    // Enough disputed and settled rows that both branches were calculated.
    expect(checked).toBeGreaterThan(60);
    expect(disputed.no).toBeGreaterThan(0);
    expect(disputed.differ).toBeGreaterThan(5);
    expect(disputed.unsettledOnly).toBeGreaterThan(0);
  },
  180_000
);
