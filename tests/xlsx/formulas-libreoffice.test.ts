import { a1 } from "../../src/core/sheet/address";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { SHEET_WORDS } from "../../src/core/sheet/strings";
import { buildEvaluation, evaluateRow, type Evaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import type { SheetDescription } from "../../src/core/sheet/description";
import { writeXlsx } from "../../src/xlsx/write";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { bundled } from "../helpers/dataset";
import { findSoffice, recalculate } from "../helpers/libreoffice";

// The formulas CityNet writes must compute what the core computes. A real spreadsheet engine
// (LibreOffice, headless) calculates an .xlsx made from the same sheet descriptions; every value,
// coverage and recommendation must match the core to 1e-9, for every built-in framework.

const soffice = findSoffice();
if (!soffice) {
  const message =
    "LibreOffice (soffice) is not installed: the formula check against a real spreadsheet engine cannot run. Install libreoffice-calc-nogui.";
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
}
const maybe = soffice ? test : test.skip;

const ds = bundled();
let seed = 11;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

/** Real scores from the documents, plus rows that stress blanks, floats, costs and candidates. */
function evaluationFor(frameworkIndex: number): { e: Evaluation; textCells: [number, number][] } {
  const f = BUILT_IN_FRAMEWORKS[frameworkIndex];
  const city = f.id === "stockholm" ? "Stockholm" : "Bergen";
  const e = buildEvaluation(ds, city, f, {
    candidates: ["Covenant of Mayors", "Nordic Cities Alliance (typed in)"],
  });
  // Weights that are not exact in binary, and one zero weight.
  e.weights = e.weights.map((w, i) => (i === 1 ? 0 : Math.round((w + rand()) * 100) / 100 + 0.1));
  e.thresholds = { strengthen: 4.2, continue: 3.1, review: 2.3, join: 3.3 };
  for (let k = 0; k < 12; k++) {
    e.rows.push({
      key: `candidate:test${k}`,
      name: `Test organisation ${k}`,
      type: k % 3 === 0 ? "Candidate" : "Membership",
      status: k % 3 === 0 ? "Candidate" : "Member",
      since: "",
      responsible: "",
      scores: f.criteria.map(() =>
        rand() < 0.25 ? null : rand() < 0.1 ? 2.5 : 1 + Math.floor(rand() * 5)
      ),
      evidence: "",
      notes: "",
    });
  }
  // Every score the same, with weights whose sums round: the value must still reach its threshold.
  e.rows.push({
    ...e.rows[e.rows.length - 1],
    key: "candidate:flat",
    name: "All threes",
    type: "Membership",
    status: "Member",
    scores: f.criteria.map(() => 3),
  });
  // Scores a user might type by mistake: text, and numbers off the scale. Written below as text.
  return {
    e,
    textCells: [
      [e.rows.length - 2, 0],
      [e.rows.length - 3, f.criteria.length - 1],
    ],
  };
}

maybe(
  "LibreOffice computes the same value, coverage and recommendation as the core, for every built-in framework",
  () => {
    const sheets: {
      name: string;
      description: SheetDescription;
      e: Evaluation;
    }[] = BUILT_IN_FRAMEWORKS.map((_, i) => {
      const { e, textCells } = evaluationFor(i);
      const description = evaluationSheet(e, "en");
      const cols = columnsFor(e.framework.criteria.length);
      const scoreBlock = description.blocks.find(
        (b) => b.row === LAYOUT.firstDataRow && b.col === cols.criteria[0]
      )!;
      for (const [r, c] of textCells) scoreBlock.cells[r][c] = { value: "4" }; // text: not assessed
      scoreBlock.cells[0][0] = { value: 7 }; // off the scale: not assessed
      return { name: `F${i + 1} ${e.framework.id}`, description, e };
    });
    // Weights for which all threes compute to 2.9999999999999996 (found by search): Continue and Join
    // must still come out, in the sheet as in the core.
    const rounding = buildEvaluation(ds, "Oslo", BUILT_IN_FRAMEWORKS[0], { prefill: false });
    rounding.weights = [0.91, 0.02, 0.09, 0.81, 0.71, 0.7];
    rounding.rows = rounding.rows
      .slice(0, 2)
      .map((r, i) => ({ ...r, type: i ? "Candidate" : "Membership", scores: [3, 3, 3, 3, 3, 3] }));
    expect(evaluateRow(rounding, rounding.rows[0]).value).toBe(2.9999999999999996);
    sheets.push({
      name: "F4 rounding",
      description: evaluationSheet(rounding, "en"),
      e: rounding,
    });

    const readScores = new Map(
      sheets.map((x) => {
        const back = readMatrix(descriptionToSnapshot(x.description, x.name)) as ReadMatrix;
        return [x.name, back.evaluation.rows.map((r) => r.scores)];
      })
    );
    expect(
      [...readScores.values()].flat(2).filter((v) => v !== null && !Number.isInteger(v))
    ).toEqual([]);
    const computed = recalculate(
      soffice!,
      writeXlsx(sheets),
      sheets.map((s) => s.name)
    );

    let checked = 0;
    for (const { name, e } of sheets) {
      const cols = columnsFor(e.framework.criteria.length);
      const words = SHEET_WORDS.en.recommendations;
      e.rows.forEach((row, i) => {
        const r = LAYOUT.firstDataRow + i;
        // The scores as CityNet reads them back: text, 2.5 and 7 are not assessed (and reported).
        const read = readScores.get(name)!;
        const core = evaluateRow(e, { ...row, scores: read[i] });
        const value = computed.get(`${name}!${a1(r, cols.value)}`);
        const coverage = computed.get(`${name}!${a1(r, cols.coverage)}`);
        const recommendation = computed.get(`${name}!${a1(r, cols.recommendation)}`);
        const where = `${name} row ${r + 1} (${row.name})`;
        if (core.value === null)
          expect({ where, value: value ?? "" }).toEqual({ where, value: "" });
        else {
          expect(typeof value).toBe("number");
          expect({ where, diff: Math.abs((value as number) - core.value) <= 1e-9 }).toEqual({
            where,
            diff: true,
          });
        }
        expect({ where, diff: Math.abs((coverage as number) - core.coverage) <= 1e-9 }).toEqual({
          where,
          diff: true,
        });
        expect({ where, recommendation: recommendation ?? "" }).toEqual({
          where,
          recommendation: core.recommendation ? words[core.recommendation] : "",
        });
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(90);
  },
  120_000
);
