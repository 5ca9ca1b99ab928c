import { scoreView, weightsView } from "../../src/core/pane/score-view";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import type { SheetSnapshot } from "../../src/core/sheet/snapshot";
import { bundled } from "../helpers/dataset";

// What the Score and Weights views show for a matrix row: the sources' scores beside the review's
// (and the rater's), a bad score named at its criterion, words in the reader's language, and the
// weights at which recommendations change.

const ds = bundled();
const framework = (id: string) => BUILT_IN_FRAMEWORKS.find((f) => f.id === id)!;

/** Bergen's matrix written, maybe changed, and read back as the pane reads it. */
function matrix(
  options: { framework?: string; raters?: string[]; lang?: "en" | "nb" } = {},
  change?: (s: SheetSnapshot, read: ReadMatrix) => void
): ReadMatrix {
  const e = buildEvaluation(ds, "Bergen", framework(options.framework ?? "combined"), {
    ...(options.raters ? { raters: options.raters } : {}),
  });
  const snapshot = descriptionToSnapshot(evaluationSheet(e, options.lang ?? "en"), "Bergen");
  const first = readMatrix(snapshot, "en") as ReadMatrix;
  if (change) {
    change(snapshot, first);
    return readMatrix(snapshot, options.lang ?? "en") as ReadMatrix;
  }
  return first;
}

const rowOf = (read: ReadMatrix, key: string) =>
  read.evaluation.rows.findIndex((r) => r.key === key);

/** Types a value into a cell of the snapshot, as a user would into the sheet. */
function type(s: SheetSnapshot, row: number, col: number, value: unknown): void {
  (s.values[row] as unknown[])[col] = value;
}

describe("the sources' score beside the review's", () => {
  test("UBC as the sources score it: each criterion's source score and quote, nothing departs", () => {
    const read = matrix();
    const v = scoreView(ds, read, rowOf(read, "ubc"), "en");
    expect(v.evidence.map((e) => [e.criterion, e.source, e.team])).toEqual([
      ["Participation", 1, undefined],
      ["Learning outcome", 2, undefined],
      ["Influence", 2, undefined],
    ]);
    expect(v.evidence[0].citation).toBe(
      'Bergen kommune, "Gjennomgang av kommunens internasjonale samarbeidsarenaer" (c. 2020–2021): «Bergen kommune har ikke deltatt aktivt i organisasjonen de siste årene»'
    );
    expect(v.evidence[0].details).toMatch(/^File: 003_[0-9a-f]+\.txt$/);
    expect(v.evidenceText).toBe("");
  });

  test("the team scores participation 3: Source 1 · Team 3", () => {
    const read = matrix({}, (s, r) => {
      const row = r.evaluation.rows[rowOf(r, "ubc")];
      type(s, row.sheetRow, r.layout.scoreColumns[0]!, 3);
    });
    const v = scoreView(ds, read, rowOf(read, "ubc"), "en");
    expect(v.evidence.map((e) => [e.source, e.team])).toEqual([
      [1, 3],
      [2, undefined],
      [2, undefined],
    ]);
  });

  test("in a team review, the rater's own score too", () => {
    const read = matrix({ framework: "bergen", raters: ["Anne", "Per"] }, (s, r) => {
      const row = r.evaluation.rows[rowOf(r, "ubc")];
      const per = r.layout.team!.raters.find((x) => x.id === "per")!;
      type(s, row.sheetRow, per.scores[0]!, 4);
    });
    const v = scoreView(ds, read, rowOf(read, "ubc"), "en", "per");
    expect(v.evidence[0]).toMatchObject({ source: 1, own: 4 });
    // Anne has not scored: the team's participation is Per's 4 (the sources are not counted).
    expect(v.evidence[0].team).toBe(4);
    expect(scoreView(ds, read, rowOf(read, "ubc"), "en", "anne").evidence[0].own).toBeUndefined();
  });
});

test("a decimal score is named at its criterion and not shown as chosen", () => {
  const read = matrix({}, (s, r) => {
    const row = r.evaluation.rows[rowOf(r, "eurocities")];
    type(s, row.sheetRow, r.layout.scoreColumns[1]!, 3.5);
  });
  const v = scoreView(ds, read, rowOf(read, "eurocities"), "en");
  const learning = v.criteria.find((c) => c.id === "learning")!;
  expect(learning.score).toBeNull();
  expect(learning.problem).toMatch(/^'3\.5' is not a whole number: a score for Learning outcome/);
  expect(v.criteria.filter((c) => c.problem).map((c) => c.id)).toEqual(["learning"]);
});

test("a Norwegian pane on an English sheet: status, recommendation and evidence in Norwegian", () => {
  const read = matrix();
  const v = scoreView(ds, read, rowOf(read, "ubc"), "nb");
  expect([v.status, v.statusKey, v.recommendation]).toEqual([
    "Melder seg ut",
    "Leaving",
    "Avslutt",
  ]);
  expect(v.evidence[0].criterion).toBe("Deltakelse");
  expect(v.evidence[0].citation).toMatch(
    /^Bergen kommune, «Gjennomgang av .+» \(ca\. 2020–2021\): «/
  );
  expect(v.history?.events.at(-1)?.text).toBe("Vedtatt utmelding");
  expect(v.card?.facts.find((f) => f.field === "scope")?.value).toBe("Østersjøen");
});

test("weights view: what changes each recommendation, in the reader's words", () => {
  const read = matrix();
  const w = weightsView(read, "nb");
  const unesco = w.rows.find((r) => r.name === "UNESCO Creative Cities Network")!;
  // participation 4, learning 5, resources 3 (a cost: 3 at weight 0.5): (4 + 1.5 + 5g) / (1.5 + g)
  // reaches 4.5 at g = 2.5.
  expect(unesco.tips.map((t) => [t.fromText, t.toText, t.criterion, t.when])).toEqual([
    ["Viderefør", "Styrk", "Læringsutbytte", "more"],
  ]);
  expect(unesco.tips[0].limit).toBeCloseTo(2.5, 6);
  expect(w.rows.find((r) => r.name === "Union of the Baltic Cities")!.tips).toEqual([]);
  expect(w.thresholds.map((t) => t.label)).toEqual([
    "Styrk",
    "Viderefør",
    "Vurder (under: Avslutt)",
    "Meld inn (kandidater)",
  ]);
});
