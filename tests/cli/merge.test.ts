import { main } from "../../src/cli/main";
import { buildEvaluation, type Evaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import type { RowCosts } from "../../src/core/scoring/costs";
import { teamScores } from "../../src/core/scoring/team";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import type { ReviewReport } from "../../src/core/sheet/review-report";
import { writeXlsx } from "../../src/xlsx/write";
import { memoryIO } from "../helpers/cli-io";
import { bundled } from "../helpers/dataset";
import { editWithLibreOffice, findSoffice, findUnoPython } from "../helpers/libreoffice";

// Reviews sent round and returned one by one, merged with `citynet merge`: the same review as one
// co-authored file, merging a copy twice changes nothing, and a rater's conflicting scores stop it.

const ds = bundled();
const bergen = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;

/** A team review with some raters' scores filled in, as a file. */
function review(raters: string[], scores: Record<string, Record<string, (number | null)[]>>) {
  const e: Evaluation = buildEvaluation(ds, "Bergen", bergen, { raters });
  for (const row of e.rows)
    for (const [rater, byKey] of Object.entries(scores))
      if (byKey[row.key]) row.ratings![rater].scores = byKey[row.key];
  for (const row of e.rows) row.scores = teamScores(e.team!, row.ratings!, 3).scores;
  return writeXlsx([{ name: "Bergen", description: evaluationSheet(e, "nb") }]);
}

const ANNE = { ubc: [2, 3, 3], eurocities: [5, 4, 5], iclei: [3, null, 2] };
const PER = { ubc: [1, 2, 2], eurocities: [4, 4, 4], "festival-cities": [4, 4, 3] };

async function run(args: string[], files: Map<string, Uint8Array>) {
  const m = memoryIO(files);
  const code = await main(args, m.io);
  return { code, out: m.out.join("\n"), err: m.err.join("\n"), files: m.files };
}

async function report(bytes: Uint8Array): Promise<ReviewReport> {
  const r = await run(["check", "x.xlsx", "--json"], new Map([["x.xlsx", bytes]]));
  return JSON.parse(r.out);
}

/** What a review says, without where it says it (cells move between layouts). */
const content = (r: ReviewReport) =>
  r.matrices.map((m) => ({
    city: m.city,
    framework: m.framework,
    team: m.team,
    rows: m.rows.map((row) => ({
      key: row.key,
      scores: row.scores,
      value: row.value,
      recommendation: row.recommendation,
      disputed: row.disputed,
      raters: Object.fromEntries(
        Object.entries(row.raters ?? {}).map(([name, x]) => [name, x.scores])
      ),
    })),
  }));

test("two copies scored by one rater each merge into the review both would have written together", async () => {
  const files = new Map([
    ["anne.xlsx", review(["Anne", "Per"], { anne: ANNE })],
    ["per.xlsx", review(["Anne", "Per"], { per: PER })],
  ]);
  const merged = await run(["merge", "anne.xlsx", "per.xlsx", "--out", "review.xlsx"], files);
  expect(merged).toMatchObject({ code: 0, err: "" });
  expect(merged.out).toBe(
    "Wrote review.xlsx: sheet 'Bergen' with 34 organisations, raters Anne, Per, Bergen kommune, c. 2020–2021."
  );
  const together = await report(review(["Anne", "Per"], { anne: ANNE, per: PER }));
  const result = await report(merged.files.get("review.xlsx")!);
  expect(result.problems).toEqual([]);
  expect(content(result)).toEqual(content(together));
  const ubc = result.matrices[0].rows.find((r) => r.key === "ubc")!;
  expect(ubc).toMatchObject({
    scores: { participation: 1.5, learning: 2.5, influence: 2.5 },
    disputed: true, // Anne 2.67 → Review, Per 1.67 → Leave
  });
});

test("files with one rater each (exported for that rater alone) merge the same way", async () => {
  const files = new Map([
    ["anne.xlsx", review(["Anne"], { anne: ANNE })],
    ["per.xlsx", review(["Per"], { per: PER })],
  ]);
  const merged = await run(["merge", "anne.xlsx", "per.xlsx", "--out", "review.xlsx"], files);
  expect(merged.code).toBe(0);
  const together = await report(review(["Anne", "Per"], { anne: ANNE, per: PER }));
  expect(content(await report(merged.files.get("review.xlsx")!))).toEqual(content(together));
});

test("merging a copy with itself, or again with the result, changes nothing", async () => {
  const anne = review(["Anne", "Per"], { anne: ANNE, per: PER });
  const files = new Map([["a.xlsx", anne]]);
  const once = await run(["merge", "a.xlsx", "a.xlsx", "--out", "m.xlsx"], files);
  expect(once.code).toBe(0);
  const again = await run(["merge", "m.xlsx", "a.xlsx", "--out", "m2.xlsx"], once.files);
  expect(again.code).toBe(0);
  const before = content(await report(anne));
  expect(content(await report(once.files.get("m.xlsx")!))).toEqual(before);
  expect(content(await report(again.files.get("m2.xlsx")!))).toEqual(before);
});

test("the same rater with different scores in two copies is a conflict, with both values: nothing is written", async () => {
  const files = new Map([
    ["first.xlsx", review(["Anne"], { anne: ANNE })],
    ["second.xlsx", review(["Anne"], { anne: { ...ANNE, ubc: [4, 3, 3] } })],
  ]);
  const merged = await run(["merge", "first.xlsx", "second.xlsx", "--out", "m.xlsx"], files);
  expect(merged.code).toBe(1);
  expect(merged.files.has("m.xlsx")).toBe(false);
  expect(merged.err.split("\n")).toEqual([
    "Nothing was written: 1 conflict between the copies, each to be decided by you:",
    "  Anne's score for Participation for Union of the Baltic Cities differs between the copies: 2 (first.xlsx, Bergen!AC39); 4 (second.xlsx, Bergen!AC39). Decide which is right in one copy, then merge again.",
  ]);
});

test("costs typed in different copies come together; a fee typed differently is a conflict", async () => {
  /** A copy with costs typed on some rows, and perhaps a euro rate. */
  const withCosts = (typed: Record<string, Partial<RowCosts>>, eur: number | null) => {
    const e = buildEvaluation(ds, "Bergen", bergen, { raters: ["Anne", "Per"] });
    for (const row of e.rows) if (typed[row.key]) row.costs = { ...row.costs!, ...typed[row.key] };
    e.costs!.rates.EUR = eur;
    return writeXlsx([{ name: "Bergen", description: evaluationSheet(e, "en") }]);
  };
  const files = new Map([
    [
      "anne.xlsx",
      withCosts({ ubc: { fee: 25000 }, eurocities: { fee: 4500, currency: "EUR" } }, 11.5),
    ],
    ["per.xlsx", withCosts({ ubc: { staffDays: 4, trips: 2 }, iclei: { trips: 1 } }, null)],
  ]);
  const merged = await run(["merge", "anne.xlsx", "per.xlsx", "--out", "m.xlsx"], files);
  expect(merged).toMatchObject({ code: 0, err: "" });
  const m = (await report(merged.files.get("m.xlsx")!)).matrices[0];
  expect(m.costs).toMatchObject({ currency: "NOK", rates: { NOK: 1, SEK: null, EUR: 11.5 } });
  const costs = (key: string) => {
    const c = m.rows.find((r) => r.key === key)!.costs!;
    return [c.fee, c.currency, c.staffDays, c.trips, c.feeInCurrency];
  };
  expect(costs("ubc")).toEqual([25000, null, 4, 2, 25000]);
  expect(costs("eurocities")).toEqual([4500, "EUR", null, null, 51750]);
  expect(costs("iclei")).toEqual([null, null, null, 1, null]);

  files.set("late.xlsx", withCosts({ ubc: { fee: 27000 } }, 11.5));
  const clash = await run(["merge", "anne.xlsx", "late.xlsx", "--out", "c.xlsx"], files);
  expect(clash.code).toBe(1);
  expect(clash.err).toContain(
    "Annual fee for Union of the Baltic Cities differs between the copies: 25,000 (anne.xlsx, Bergen!"
  );
  expect(clash.err).toContain("27,000 (late.xlsx, Bergen!");
});

test("copies of different reviews are not merged into one", async () => {
  const stockholm = writeXlsx([
    {
      name: "Stockholm",
      description: evaluationSheet(
        buildEvaluation(ds, "Stockholm", BUILT_IN_FRAMEWORKS[2], { raters: ["Eva"] }),
        "sv"
      ),
    },
  ]);
  const files = new Map([
    ["bergen.xlsx", review(["Anne"], { anne: ANNE })],
    ["stockholm.xlsx", stockholm],
  ]);
  const merged = await run(["merge", "bergen.xlsx", "stockholm.xlsx", "--out", "m.xlsx"], files);
  // Each review stays a sheet of its own.
  expect(merged.code).toBe(0);
  expect(merged.out.split("\n")).toHaveLength(2);
  const r = await report(merged.files.get("m.xlsx")!);
  expect(r.matrices.map((m) => [m.sheet, m.city, m.framework])).toEqual([
    ["Bergen", "Bergen", "bergen"],
    ["Stockholm", "Stockholm", "stockholm"],
  ]);
});

const soffice = findSoffice();
const python = findUnoPython();
(soffice && python ? test : test.skip)(
  "copies scored in LibreOffice by two people merge into what they would have typed into one file",
  async () => {
    const blank = (raters: string[]) => review(raters, {});
    const layout = await report(blank(["Anne", "Per"]));
    const cellsOf = (r: ReviewReport, rater: string, key: string) =>
      r.matrices[0].rows.find((x) => x.key === key)!.raters![rater].cells;
    const typing = (r: ReviewReport, rater: string, scores: Record<string, (number | null)[]>) =>
      Object.entries(scores).flatMap(([key, values]) => {
        const cells = cellsOf(r, rater, key);
        return (["participation", "learning", "influence"] as const).flatMap((id, i) =>
          values[i] === null
            ? []
            : [{ op: "set" as const, sheet: "Bergen", cell: cells[id], value: values[i]! }]
        );
      });
    const together = editWithLibreOffice(python!, blank(["Anne", "Per"]), [
      ...typing(layout, "Anne", ANNE),
      ...typing(layout, "Per", PER),
    ]);
    const anneCopy = editWithLibreOffice(
      python!,
      blank(["Anne", "Per"]),
      typing(layout, "Anne", ANNE)
    );
    const perCopy = editWithLibreOffice(python!, blank(["Anne", "Per"]), [
      ...typing(layout, "Per", PER),
      { op: "insertRows", sheet: "Bergen", at: 0, count: 1 }, // Per's copy also gained a row on top
    ]);
    const merged = await run(
      ["merge", "anne.xlsx", "per.xlsx", "--out", "m.xlsx"],
      new Map([
        ["anne.xlsx", anneCopy],
        ["per.xlsx", perCopy],
      ])
    );
    expect(merged.code).toBe(0);
    expect(content(await report(merged.files.get("m.xlsx")!))).toEqual(
      content(await report(together))
    );
  },
  180_000
);
