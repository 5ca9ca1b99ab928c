import { buildEvaluation, evaluateRow, teamRowResult } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS, DEFAULT_THRESHOLDS } from "../../src/core/scoring/frameworks";
import {
  assignedTo,
  consensus,
  raterId,
  teamResult,
  teamScores,
  type Team,
} from "../../src/core/scoring/team";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { isDamaged, readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { reviewReport } from "../../src/core/sheet/review-report";
import { bundled } from "../helpers/dataset";
import { EditableSheet } from "../helpers/sheet-edits";

// Several raters: each one's scores kept apart, their aggregate, spread, consensus, and whether they
// settle the recommendation. Hand-computed cases, then the sheet written and read back.

const ds = bundled();
const bergen = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;
const three = bergen.criteria.map((c) => ({ direction: c.criterion.direction, weight: 1 }));
const team = (aggregate: "median" | "mean" = "median", includeSources = false): Team => ({
  raters: [
    { id: "anne", name: "Anne" },
    { id: "per", name: "Per" },
    { id: "kari", name: "Kari" },
    { id: "sources", name: "Bergen kommune, c. 2020–2021", source: true },
  ],
  aggregate,
  includeSources,
});
const rating = (...scores: (number | null)[]) => ({ scores, notes: "" });

describe("the team's numbers", () => {
  test("median and mean per criterion, skipping raters who did not score; spread from two scores", () => {
    const ratings = {
      anne: rating(4, 2, null),
      per: rating(2, 5, null),
      kari: rating(5, null, 3),
      sources: rating(1, 1, 1),
    };
    expect(teamScores(team(), ratings, 3)).toEqual({
      scores: [4, 3.5, 3],
      spread: [3, 3, null],
    });
    expect(teamScores(team("mean"), ratings, 3).scores).toEqual([11 / 3, 3.5, 3]);
    // The sources count only when the team includes them.
    expect(teamScores(team("median", true), ratings, 3)).toEqual({
      scores: [3, 2, 2],
      spread: [4, 4, 2],
    });
  });

  test("consensus: 1 − weighted mean spread / 4 over the criteria with a spread", () => {
    expect(consensus([1, 1, 1], [0, 0, null])).toBe(1);
    expect(consensus([1, 1, 1], [4, 4, 4])).toBe(0);
    expect(consensus([2, 1, 1], [3, 1, null])).toBe(1 - 7 / 3 / 4);
    expect(consensus([1, 1], [null, null])).toBeNull();
  });

  test("disputed: the raters' recommendations differ, or the spread unsettles the value", () => {
    const t = DEFAULT_THRESHOLDS;
    const tm: Team = {
      raters: team().raters.slice(0, 2),
      aggregate: "median",
      includeSources: false,
    };
    // Anne 4,4,4 → Continue; Per 2,2,2 → Review: they differ.
    let ratings = { anne: rating(4, 4, 4), per: rating(2, 2, 2) };
    let agg = teamScores(tm, ratings, 3);
    let r = teamResult(tm, three, t, false, ratings, 3, agg.spread);
    expect(r.raters.map((x) => [x.id, x.value, x.recommendation])).toEqual([
      ["anne", 4, "Continue"],
      ["per", 2, "Review"],
    ]);
    expect(r).toMatchObject({ differ: true, consensus: 0.5, disputed: true });
    // Same values, opposite scores: 5,1,3 and 1,5,3 both give 3 (Continue), but the spread (4, 4, 0;
    // mean 8/3) moves the value ±4/3: 1.67 (Leave) to 4.33 (Continue). Not settled.
    ratings = { anne: rating(5, 1, 3), per: rating(1, 5, 3) };
    agg = teamScores(tm, ratings, 3);
    r = teamResult(tm, three, t, false, ratings, 3, agg.spread);
    expect(r).toMatchObject({ differ: false, unsettled: true, disputed: true });
    expect(r.consensus).toBeCloseTo(1 / 3, 15);
    // Close scores far from a threshold: settled.
    ratings = { anne: rating(4, 4, 4), per: rating(4, 3, 4) };
    agg = teamScores(tm, ratings, 3);
    r = teamResult(tm, three, t, false, ratings, 11 / 3, agg.spread);
    expect(r).toMatchObject({ differ: false, unsettled: false, disputed: false });
  });

  test("rater ids come from names and stay unique; rows assigned by name", () => {
    expect(raterId("Anne Ødegård")).toBe("anne_odegard");
    expect(raterId("Anne", ["anne"])).toBe("anne_2");
    expect(raterId("1. byråd")).toBe("r_1_byrad");
    const rows = [{ assigned: "Anne" }, { assigned: "per" }, { assigned: "" }];
    expect(assignedTo({ id: "anne", name: "anne" }, rows)).toEqual([true, false, false]);
    expect(assignedTo({ id: "x", name: "X" }, [{}, {}])).toEqual([true, true]);
  });
});

describe("a team review's sheet", () => {
  function teamSheet(lang: "en" | "nb" = "en") {
    const e = buildEvaluation(ds, "Bergen", bergen, { raters: ["Anne", "Per"] });
    return {
      e,
      sheet: new EditableSheet(descriptionToSnapshot(evaluationSheet(e, lang), "Bergen")),
    };
  }
  const ok = (s: EditableSheet, lang: "en" | "nb" = "en") => {
    const r = readMatrix(s.snapshot(), lang);
    if (!r || isDamaged(r)) throw new Error("not readable");
    return r as ReadMatrix;
  };

  test("reads back with its raters, the sources as one of them, blank team scores", () => {
    const { e, sheet } = teamSheet();
    const back = ok(sheet);
    expect(back.problems).toEqual([]);
    expect(back.evaluation.team).toEqual(e.team);
    expect(back.evaluation.team!.raters.map((r) => [r.id, r.name, r.source ?? false])).toEqual([
      ["anne", "Anne", false],
      ["per", "Per", false],
      ["sources", "Bergen kommune, c. 2020–2021", true],
    ]);
    const ubc = back.evaluation.rows.find((r) => r.key === "ubc")!;
    expect(ubc.ratings).toEqual({
      anne: rating(null, null, null),
      per: rating(null, null, null),
      sources: rating(1, 2, 2),
    });
    expect(ubc.scores).toEqual([null, null, null]); // the sources are left out of the aggregate
  });

  test("each rater's scores in their own columns; the aggregate, disputed and report follow", () => {
    const { sheet } = teamSheet();
    const back0 = ok(sheet);
    const cols = back0.layout.team!.raters;
    const ubc = back0.evaluation.rows.find((r) => r.key === "ubc")!.sheetRow;
    const set = (k: number, scores: number[]) =>
      scores.forEach((x, i) => {
        sheet.values[ubc][cols[k].scores[i]!] = x;
      });
    set(0, [4, 4, 4]);
    set(1, [2, 2, 2]);
    sheet.values[ubc][back0.layout.team!.assigned!] = "Anne";
    const back = ok(sheet);
    expect(back.problems).toEqual([]);
    const row = back.evaluation.rows.find((r) => r.key === "ubc")!;
    expect(row).toMatchObject({ scores: [3, 3, 3], assigned: "Anne" });
    expect(evaluateRow(back.evaluation, row)).toMatchObject({
      value: 3,
      recommendation: "Continue",
    });
    expect(teamRowResult(back.evaluation, row)).toMatchObject({
      spread: [2, 2, 2],
      consensus: 0.5,
      differ: true,
      disputed: true,
    });
    const report = reviewReport([sheet.snapshot()]);
    const r = report.matrices[0].rows.find((x) => x.key === "ubc")!;
    expect(r.scores).toEqual({ participation: 3, learning: 3, influence: 3 });
    expect(r.disputed).toBe(true);
    expect(r.raters!.Anne).toEqual({
      sheet: "Bergen",
      cells: {
        participation: expect.stringMatching(/^[A-Z]+\d+$/),
        learning: expect.any(String),
        influence: expect.any(String),
      },
      scores: { participation: 4, learning: 4, influence: 4 },
      value: 4,
      recommendation: "Continue",
    });
    expect(Object.keys(r.raters!)).toEqual([
      "Anne",
      "Per",
      "Sources (Bergen kommune, c. 2020–2021)",
    ]);
  });

  test("a bad score in a rater's column is named with the rater", () => {
    const { sheet } = teamSheet("nb");
    const back0 = ok(sheet);
    const per = back0.layout.team!.raters[1];
    const ubc = back0.evaluation.rows.find((r) => r.key === "ubc")!.sheetRow;
    sheet.values[ubc][per.scores[1]!] = 2.5;
    const back = ok(sheet, "nb");
    expect(back.problems.map((p) => p.message)).toEqual([
      "«2,5» er ikke et helt tall: et poeng for Per: Læringsutbytte er et helt tall fra 1 til 5. Det telles ikke før det er det.",
    ]);
  });

  test("a rater's columns that the settings miss (added by another author) are read, and said", () => {
    const { sheet } = teamSheet();
    const settings = JSON.parse(String(sheet.get("B3")));
    settings.team.raters = settings.team.raters.filter((r: { id: string }) => r.id !== "per");
    sheet.set("B3", JSON.stringify(settings));
    const back = ok(sheet);
    expect(back.evaluation.team!.raters.map((r) => r.id)).toEqual(["anne", "sources", "per"]);
    expect(back.problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: expect.stringMatching(/^These columns belong to a rater \(per\)/),
      }),
    ]);
  });

  test("a value typed over an aggregate formula is named", () => {
    const { sheet } = teamSheet();
    const back0 = ok(sheet);
    const ubc = back0.evaluation.rows.find((r) => r.key === "ubc")!.sheetRow;
    sheet.values[ubc][back0.layout.scoreColumns[0]!] = 5;
    sheet.formulas[ubc][back0.layout.scoreColumns[0]!] = false;
    const back = ok(sheet);
    expect(back.problems.map((p) => p.message)).toEqual([
      "The Participation formula in this cell was replaced by '5', so the sheet no longer recalculates it. Undo, or copy the cell from another row of the column.",
    ]);
  });
});

describe("the pane's view of a team review", () => {
  test("progress per rater, next unscored through the rater's own rows first, their own cells", async () => {
    const { raterProgress, nextUnscoredFor, raterCells, findRater } =
      await import("../../src/core/pane/team-view");
    const { scoreView } = await import("../../src/core/pane/score-view");
    const e = buildEvaluation(ds, "Bergen", bergen, { raters: ["Anne", "Per"] });
    e.rows.forEach((row, i) => {
      row.assigned = i < 10 ? "Anne" : "Per";
      if (i < 8) row.ratings!.anne.scores = [3, 3, 3];
      if (i === 12) row.ratings!.per.scores = [4, 4, null];
    });
    const read = readMatrix(
      descriptionToSnapshot(evaluationSheet(e, "en"), "Bergen")
    ) as ReadMatrix;
    expect(raterProgress(read).map((p) => [p.rater.name, p.scored, p.rows])).toEqual([
      ["Anne", 8, 10],
      ["Per", 0, 24],
    ]);
    expect(findRater(read, "anne")?.id).toBe("anne");
    expect(findRater(read, "Sources")).toBeUndefined(); // the sources do not score
    // Anne's next: rows 8 and 9 are hers and open; after them, others' rows.
    expect(nextUnscoredFor(read, 0, "anne")).toBe(8);
    expect(nextUnscoredFor(read, 9, "anne")).toBe(8);
    const cells = raterCells(read, "per", 12);
    expect(cells.scores.map((c) => c!.col)).toEqual(read.layout.team!.raters[1].scores);
    const v = scoreView(ds, read, 12, "en", "per");
    expect(v.criteria.map((c) => [c.score, c.cell])).toEqual(
      cells.scores.map((cell, i) => [[4, 4, null][i], cell])
    );
    expect(v.team).toMatchObject({ rater: "Per", own: { value: 4, recommendation: "Continue" } });
    // Without a rater, a team review offers nowhere to write.
    expect(scoreView(ds, read, 12, "en").criteria.every((c) => c.cell === undefined)).toBe(true);
  });
});

test("a host that lists formula cells is asked about every team formula column", async () => {
  const { formulaProbe } = await import("../../src/core/sheet/read-matrix");
  const e = buildEvaluation(ds, "Bergen", bergen, { raters: ["Anne", "Per"] });
  const read = readMatrix(descriptionToSnapshot(evaluationSheet(e, "en"), "Bergen")) as ReadMatrix;
  const probed = formulaProbe(read).map((r) => r.col);
  const t = read.layout.team!;
  for (const col of [
    read.layout.columns.value!,
    ...read.layout.scoreColumns,
    ...t.spread,
    t.consensus!,
    t.disputed!,
    ...t.raters.flatMap((r) => [r.value!, r.recommendation!]),
  ])
    expect(probed).toContain(col);
  // Typed columns are not asked about.
  expect(probed).not.toContain(t.raters[0].scores[0]);
});
