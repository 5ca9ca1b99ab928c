import { CRITERIA } from "../../src/core/scoring/criteria";
import { buildEvaluation, type Evaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import type { SheetDescription } from "../../src/core/sheet/description";
import { evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { SHEET_WORDS } from "../../src/core/sheet/strings";
import { evidenceText } from "../../src/core/words/evidence";
import { bundled } from "../helpers/dataset";

// A Norwegian or Swedish matrix sheet has no English in it: no English status, recommendation,
// evidence label or fixed label, and no "c." dating or hashed file name. Every text a reader sees is
// compared against the English words (those the other language does not share, such as "Status").

type Lang = "en" | "nb" | "sv";

/** Every fixed string in a words object (functions called with a sample argument). */
function strings(x: unknown, out = new Set<string>()): Set<string> {
  if (typeof x === "string") out.add(x);
  else if (typeof x === "function") {
    const f = x as (...a: string[]) => unknown;
    strings(f("Bergen", "median"), out);
  } else if (x && typeof x === "object") for (const v of Object.values(x)) strings(v, out);
  return out;
}

function wordsOf(lang: Lang): Set<string> {
  const out = strings(SHEET_WORDS[lang]);
  for (const c of Object.values(CRITERIA)) {
    out.add(c.label[lang]);
    out.add(c.description[lang]);
    for (const level of Object.values(c.rubric)) out.add(level[lang]);
  }
  for (const f of BUILT_IN_FRAMEWORKS) out.add(f.label[lang]);
  return out;
}

/** English words the other language does not use itself. */
function englishOnly(lang: Lang): Set<string> {
  const own = wordsOf(lang);
  return new Set([...wordsOf("en")].filter((w) => !own.has(w) && w.length > 1));
}

/** Everything a reader sees as text: cells (but the hidden settings row), prompts, chart, headings. */
function visibleTexts(d: SheetDescription): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const b of d.blocks)
    b.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (typeof cell.value === "string" && b.row + r !== LAYOUT.metaRow)
          out.push({ where: `R${b.row + r + 1}C${b.col + c + 1}`, text: cell.value });
      })
    );
  for (const v of d.validations)
    out.push(
      { where: "prompt", text: v.prompt.title },
      { where: "prompt", text: v.prompt.message },
      { where: "error", text: v.error.title },
      { where: "error", text: v.error.message }
    );
  for (const ch of d.charts)
    out.push(
      { where: "chart", text: ch.title },
      ...ch.series.map((s) => ({ where: "series", text: s.name }))
    );
  return out;
}

const ds = bundled();
const [combined, bergenFw, stockholmFw] = BUILT_IN_FRAMEWORKS;
const evaluations: [string, Evaluation][] = [
  ["Bergen, Bergen review", buildEvaluation(ds, "Bergen", bergenFw)],
  [
    "Bergen, combined, with candidates",
    buildEvaluation(ds, "Bergen", combined, { candidates: ["C40", "Nordic Cities Alliance"] }),
  ],
  ["Stockholm, Stockholm strategy", buildEvaluation(ds, "Stockholm", stockholmFw)],
  ["Bergen, team review", buildEvaluation(ds, "Bergen", bergenFw, { raters: ["Anne", "Per"] })],
  ["Oslo, combined", buildEvaluation(ds, "Oslo", combined)],
];

describe.each(["nb", "sv"] as const)("a matrix sheet in %s", (lang) => {
  const english = englishOnly(lang);
  const englishLabels = Object.values(CRITERIA)
    .filter((c) => (c.label.en as string) !== c.label[lang])
    .map((c) => c.label.en);

  test("the comparison has English to find: statuses, recommendations, labels", () => {
    // So that the test can fail: these are English words a translation could have left behind.
    for (const w of [
      "Leaving",
      "Member",
      "Leave",
      "Continue",
      "Review",
      "Evidence",
      "Weight",
      "Learning outcome",
    ])
      expect(english).toContain(w);
  });

  test.each(evaluations)("%s: no English word in any text a reader sees", (_, e) => {
    const d = evaluationSheet(e, lang);
    const texts = visibleTexts(d);
    expect(texts.length).toBeGreaterThan(100);
    const found = texts.filter((t) => english.has(t.text));
    expect(found).toEqual([]);
    // Inside longer texts: an English evidence label ("Learning outcome 4: «…»"), an English dating
    // ("c. 2020–2021"), the word "Source", or a hashed file name.
    const inside = texts.filter(
      (t) =>
        englishLabels.some(
          (l) => t.text.includes(`${l} `) && new RegExp(`${l} [1-5]: «`).test(t.text)
        ) ||
        /\bc\. \d/.test(t.text) ||
        /^Source: /m.test(t.text) ||
        /\d{3}_[0-9a-f]{16}\.txt/.test(t.text)
    );
    expect(inside).toEqual([]);
  });

  test("the evidence names its source by publisher, title and year, in the sheet's language", () => {
    const e = buildEvaluation(ds, "Bergen", bergenFw);
    const ubc = e.rows.findIndex((r) => r.key === "ubc");
    const d = evaluationSheet(e, lang);
    const evidenceCol = d.blocks
      .find((b) => b.row === LAYOUT.headerRow)!
      .cells[0].findIndex((c) => c.value === SHEET_WORDS[lang].headers.evidence);
    const cell = (row: number, col: number) => {
      for (const b of d.blocks) {
        const v = b.cells[row - b.row]?.[col - b.col];
        if (v) return v.value;
      }
      return undefined;
    };
    const text = cell(LAYOUT.firstDataRow + ubc, evidenceCol) as string;
    const expected = {
      nb: [
        "Deltakelse 1: «Bergen kommune har ikke deltatt aktivt i organisasjonen de siste årene»",
        "Kilde: Bergen kommune, «Gjennomgang av kommunens internasjonale samarbeidsarenaer» (ca. 2020–2021)",
      ],
      sv: [
        "Deltagande 1: «Bergen kommune har ikke deltatt aktivt i organisasjonen de siste årene»",
        "Källa: Bergen kommune, ”Gjennomgang av kommunens internasjonale samarbeidsarenaer” (ca 2020–2021)",
      ],
    }[lang];
    const lines = text.split("\n");
    expect(lines[0]).toBe(expected[0]);
    expect(lines[lines.length - 1]).toBe(expected[1]);
    expect(lines).toHaveLength(4); // three criteria and the source
  });

  test("numbers are numbers with a number format: weights, thresholds, scores, since", () => {
    const d = evaluationSheet(buildEvaluation(ds, "Bergen", bergenFw), lang);
    const weights = d.blocks.find(
      (b) => b.row === LAYOUT.weightRow && b.col === LAYOUT.col.firstCriterion
    )!;
    expect(weights.cells[0].map((c) => c.value)).toEqual([1, 1, 1]);
    expect(weights.style?.numberFormat).toBe("0.##");
    const thresholds = d.blocks.find(
      (b) => b.cells.length === 4 && b.cells.every((l) => typeof l[0].value === "number")
    )!;
    expect(thresholds.cells.map((l) => l[0].value)).toEqual([4.75, 3, 2, 3]);
    expect(thresholds.style?.numberFormat).toBe("0.00");
    const scores = d.blocks.find(
      (b) => b.row === LAYOUT.firstDataRow && b.col === LAYOUT.col.firstCriterion
    )!;
    const typed = scores.cells.flat().map((c) => c.value);
    expect(typed.every((v) => v === null || (typeof v === "number" && Number.isInteger(v)))).toBe(
      true
    );
    expect(typed.filter((v) => typeof v === "number").length).toBeGreaterThan(60);
    expect(scores.style?.numberFormat).toBe("0");
    const facts = d.blocks.find((b) => b.row === LAYOUT.firstDataRow && b.col === 0)!;
    const since = facts.cells.map((l) => l[LAYOUT.col.since].value).filter((v) => v !== null);
    expect(since.length).toBeGreaterThan(5);
    expect(since.every((v) => typeof v === "number")).toBe(true);
  });
});

test("English evidence reads as the English sheet writes it, with the source once at the end", () => {
  const e = buildEvaluation(ds, "Bergen", bergenFw);
  const ubc = e.rows.find((r) => r.key === "ubc")!;
  expect(ubc.evidence).toBe(evidenceText(ubc.sourceEvidence!, "en"));
  expect(ubc.evidence.split("\n")).toEqual([
    "Participation 1: «Bergen kommune har ikke deltatt aktivt i organisasjonen de siste årene»",
    expect.stringMatching(/^Learning outcome 2: «/),
    expect.stringMatching(/^Influence 2: «/),
    'Source: Bergen kommune, "Gjennomgang av kommunens internasjonale samarbeidsarenaer" (c. 2020–2021)',
  ]);
});
