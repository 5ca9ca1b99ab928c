import { readFileSync } from "fs";
import { join } from "path";
import { buildEvaluation, type Evaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { columnName, MATRIX_VERSION, SETTINGS_NAME } from "../../src/core/sheet/matrix-names";
import { problemLines, type Problem } from "../../src/core/sheet/problems";
import {
  isDamaged,
  readMatrix,
  type DamagedMatrix,
  type ReadMatrix,
} from "../../src/core/sheet/read-matrix";
import type { SheetSnapshot } from "../../src/core/sheet/snapshot";
import { rowEvidence } from "../../src/core/words/evidence";
import { bundled } from "../helpers/dataset";
import { EditableSheet } from "../helpers/sheet-edits";

// Reading a matrix back after people have edited it the way people edit spreadsheets. Every damage
// class of the issue "A review workbook that never loses or silently changes what people typed" has a
// case here, on grids; tests/cli/check-libreoffice.test.ts repeats the main ones in a real spreadsheet.

const ds = bundled();
const bergenFw = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;

function bergen(lang: "en" | "nb" | "sv" = "nb"): { e: Evaluation; sheet: EditableSheet } {
  const e = buildEvaluation(ds, "Bergen", bergenFw, { candidates: ["Nordic Cities Alliance"] });
  return { e, sheet: new EditableSheet(descriptionToSnapshot(evaluationSheet(e, lang), "Bergen")) };
}

function ok(s: SheetSnapshot | EditableSheet, lang: "en" | "nb" | "sv" = "en"): ReadMatrix {
  const r = readMatrix(s instanceof EditableSheet ? s.snapshot() : s, lang);
  if (!r) throw new Error("not a matrix");
  if (isDamaged(r)) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r;
}

function damaged(s: EditableSheet, lang: "en" | "nb" | "sv" = "en"): DamagedMatrix {
  const r = readMatrix(s.snapshot(), lang);
  if (!r || !isDamaged(r)) throw new Error("expected a damaged matrix");
  return r;
}

const where = (p: Problem) => `${p.sheet}!${p.cell ?? ""}`;
const scoresOf = (r: ReadMatrix) =>
  Object.fromEntries(r.evaluation.rows.map((row) => [row.key, row.scores]));
const ubcRow = (s: EditableSheet) =>
  s.values.findIndex((line) => line.includes("ubc")) + 1; /* 1-based sheet row */

describe("a matrix reads back as it was made", () => {
  test.each(["en", "nb", "sv"] as const)("in %s, with no problem", (lang) => {
    const { e, sheet } = bergen(lang);
    const back = ok(sheet);
    expect(back.problems).toEqual([]);
    expect(back.lang).toBe(lang);
    expect(back.version).toBe(MATRIX_VERSION);
    expect(back.evaluation.city).toEqual({ id: "bergen", name: "Bergen" });
    expect(back.evaluation.weights).toEqual([1, 1, 1]);
    expect(back.evaluation.thresholds).toEqual(bergenFw.thresholds);
    expect(back.evaluation.rows).toHaveLength(35);
    // The evidence reads back as the sheet wrote it, in its language (no longer the sources' scores).
    expect(back.evaluation.rows).toEqual(
      e.rows.map((row, i) => ({
        ...row,
        evidence: rowEvidence(row, lang),
        sourceEvidence: undefined,
        sheetRow: 8 + i,
        outsideTable: false,
      }))
    );
    expect(back.evaluation.rows.map((r) => r.sheetRow)).toEqual(e.rows.map((_, i) => 8 + i));
  });
});

describe("what people do to a sheet loses nothing", () => {
  test("a blank row inserted inside the table: all 35 rows are still read", () => {
    const { sheet } = bergen();
    const before = scoresOf(ok(sheet));
    sheet.insertRows(12);
    const back = ok(sheet);
    expect(back.problems).toEqual([]);
    expect(back.evaluation.rows).toHaveLength(35);
    expect(scoresOf(back)).toEqual(before);
  });

  test("rows inserted above the matrix: still a matrix, every row read", () => {
    const { sheet } = bergen();
    sheet.insertRows(0, 3);
    sheet.set(`H${ubcRow(sheet)}`, 4);
    const back = ok(sheet);
    expect(back.problems).toEqual([]);
    expect(back.evaluation.rows).toHaveLength(35);
    expect(back.evaluation.rows.find((r) => r.key === "ubc")!.scores).toEqual([1, 4, 2]);
    expect(back.layout.headerRow).toBe(10);
  });

  test("a column inserted inside the table and one before it: scores found by their names", () => {
    const { sheet } = bergen();
    sheet.insertColumns(3).insertColumns(0);
    const ubc = ubcRow(sheet);
    expect(sheet.get(`I${ubc}`)).toBe(1); // Participation moved from G to I
    sheet.set(`J${ubc}`, 5);
    const back = ok(sheet);
    expect(back.problems).toEqual([]);
    expect(back.evaluation.rows.find((r) => r.key === "ubc")!.scores).toEqual([1, 5, 2]);
    expect(back.layout.scoreColumns).toEqual([8, 9, 10]);
  });

  test("a cleared heading cell does not stop the column from being read", () => {
    const { sheet } = bergen();
    sheet.set("H8", null);
    sheet.set("A8", "Nettverk");
    const back = ok(sheet);
    expect(back.problems).toEqual([]);
    expect(back.evaluation.rows).toHaveLength(35);
  });

  test("clearing one row's name and key: that row is named as a problem, every other row is read", () => {
    const { sheet } = bergen();
    const ubc = ubcRow(sheet);
    sheet.set(`A${ubc}`, null).set(`B${ubc}`, null);
    const back = ok(sheet);
    expect(back.evaluation.rows).toHaveLength(34);
    expect(back.problems).toEqual([
      expect.objectContaining({
        sheet: "Bergen",
        cell: `A${ubc}`,
        severity: "error",
        message: expect.stringMatching(/names no organisation.*Type the organisation's name in A/),
      }),
    ]);
  });

  test("sorting the table moves each row's scores with it", () => {
    const { sheet } = bergen();
    const before = scoresOf(ok(sheet));
    sheet.sortTable("CityNet_Bergen", (a, b) => String(b[0]).localeCompare(String(a[0])));
    const back = ok(sheet);
    expect(back.evaluation.rows[0].name).not.toBe(bergen().e.rows[0].name);
    expect(scoresOf(back)).toEqual(before);
  });

  test("a renamed or copied sheet is the same matrix, its problems name the new sheet", () => {
    const { sheet } = bergen();
    sheet.name = "Bergen (kopi)";
    sheet.set(`G${ubcRow(sheet)}`, "fire");
    const back = ok(sheet);
    expect(back.sheet).toBe("Bergen (kopi)");
    expect(back.problems.map(where)).toEqual([`Bergen (kopi)!G${ubcRow(sheet)}`]);
  });

  test("a row typed below the table is read, and said to be outside it", () => {
    const { sheet } = bergen();
    const below = 8 + 35 + 1; // first row after the table, 1-based
    sheet.set(`A${below}`, "Nordic Urban Lab").set(`C${below}`, "Kandidat").set(`G${below}`, 4);
    const back = ok(sheet);
    const row = back.evaluation.rows.find((r) => r.name === "Nordic Urban Lab")!;
    expect(row).toMatchObject({ outsideTable: true, type: "Candidate", scores: [4, null, null] });
    expect(back.problems).toEqual([
      expect.objectContaining({
        cell: `A${below}`,
        severity: "warning",
        message: expect.stringContaining("below the table CityNet_Bergen"),
      }),
    ]);
  });

  test("a deleted score column: its scores are gone, said once, the other columns read", () => {
    const { sheet } = bergen();
    sheet.deleteColumns(7); // Læringsutbytte
    const back = ok(sheet, "nb");
    expect(back.layout.scoreColumns).toEqual([6, undefined, 7]);
    expect(back.evaluation.rows.find((r) => r.key === "ubc")!.scores).toEqual([1, null, 2]);
    expect(back.problems).toEqual([
      expect.objectContaining({
        cell: "A8",
        severity: "error",
        message: expect.stringMatching(/^Kolonnen «Læringsutbytte» er slettet/),
      }),
    ]);
  });
});

describe("every damaged input is named with sheet and cell", () => {
  test("scores: text, decimals, out of range, logical values and errors are not counted", () => {
    const { sheet } = bergen("en");
    const r = ubcRow(sheet);
    sheet.set(`G${r}`, "4").set(`H${r}`, 2.5).set(`I${r}`, 7);
    const r2 = r + 1;
    sheet.set(`G${r2}`, true).set(`H${r2}`, "#N/A").set(`I${r2}`, 0);
    const back = ok(sheet);
    expect(back.evaluation.rows.find((x) => x.key === "ubc")!.scores).toEqual([null, null, null]);
    expect(back.problems.map((p) => [where(p), p.message])).toEqual([
      [
        `Bergen!G${r}`,
        "'4' is text, not a score for Participation. Type a whole number from 1 to 5, or clear the cell.",
      ],
      [
        `Bergen!H${r}`,
        "'2.5' is not a whole number: a score for Learning outcome is a whole number from 1 to 5. It is not counted until it is one.",
      ],
      [
        `Bergen!I${r}`,
        "'7' is outside the scale: a score for Influence is a whole number from 1 to 5. It is not counted until it is one.",
      ],
      [
        `Bergen!G${r2}`,
        "'TRUE' is text, not a score for Participation. Type a whole number from 1 to 5, or clear the cell.",
      ],
      [
        `Bergen!H${r2}`,
        "'#N/A' is text, not a score for Learning outcome. Type a whole number from 1 to 5, or clear the cell.",
      ],
      [
        `Bergen!I${r2}`,
        "'0' is outside the scale: a score for Influence is a whole number from 1 to 5. It is not counted until it is one.",
      ],
    ]);
    expect(back.problems.every((p) => p.severity === "error" && p.row !== undefined)).toBe(true);
  });

  test("an unknown type is read as the formulas read it and named; an unknown status is kept as typed", () => {
    const { sheet } = bergen("nb");
    const r = ubcRow(sheet);
    sheet
      .set(`C${r}`, "Medlem")
      .set(`D${r}`, "Utmeldt 2021")
      .set(`C${r + 1}`, "kandidat");
    const back = ok(sheet, "nb");
    const ubc = back.evaluation.rows.find((x) => x.key === "ubc")!;
    expect(ubc).toMatchObject({ type: "Membership", status: null, statusText: "Utmeldt 2021" });
    expect(back.evaluation.rows[ubc.sheetRow - 8 + 1].type).toBe("Candidate"); // Excel's = ignores case
    expect(back.problems.map((p) => [where(p), p.severity, p.message])).toEqual([
      [
        `Bergen!C${r}`,
        "error",
        "Typen «Medlem» er verken «Medlemskap» eller «Kandidat»; arkets formler behandler den som «Medlemskap». Skriv en av de to.",
      ],
      [
        `Bergen!D${r}`,
        "warning",
        "Statusen «Utmeldt 2021» er ikke en CityNet kjenner; den beholdes slik den er skrevet.",
      ],
    ]);
  });

  test("Since: a year typed as text is read; other text is named", () => {
    const { sheet } = bergen("en");
    const r = ubcRow(sheet);
    sheet.set(`E${r}`, "2015").set(`E${r + 1}`, "c. 2015");
    const back = ok(sheet);
    const rows = back.evaluation.rows;
    const i = rows.findIndex((x) => x.key === "ubc");
    expect(rows[i].since).toBe(2015);
    expect(rows[i + 1].since).toBe("");
    expect(back.problems.map((p) => [where(p), p.severity])).toEqual([
      [`Bergen!E${r + 1}`, "warning"],
    ]);
  });

  test("a value typed over a formula, and a cleared formula, are named", () => {
    const { sheet } = bergen("en");
    const r = ubcRow(sheet);
    sheet.set(`J${r}`, 3.5).set(`L${r}`, null);
    const back = ok(sheet);
    expect(back.problems.map((p) => [where(p), p.message])).toEqual([
      [
        `Bergen!J${r}`,
        "The Value formula in this cell was replaced by '3.5', so the sheet no longer recalculates it. Undo, or copy the cell from another row of the column.",
      ],
      [
        `Bergen!L${r}`,
        "The Recommendation formula in this cell was cleared, so the sheet no longer calculates it. Undo, or copy the cell from another row of the column.",
      ],
    ]);
  });

  test("an organisation twice: both rows read, the second named with the first", () => {
    const { sheet } = bergen("en");
    const r = ubcRow(sheet);
    sheet.set(`B${r + 1}`, "ubc");
    const back = ok(sheet);
    expect(back.evaluation.rows.filter((x) => x.key === "ubc")).toHaveLength(2);
    expect(back.problems).toEqual([
      expect.objectContaining({
        cell: `A${r + 1}`,
        row: r,
        message: expect.stringContaining(`is in the matrix twice (also in A${r})`),
      }),
    ]);
  });

  test("weights: negative, text, blank, huge and all zero", () => {
    const { sheet } = bergen("en");
    sheet.set("G4", -1).set("H4", "two").set("I4", null);
    let back = ok(sheet);
    expect(back.evaluation.weights).toEqual([1, 1, 0]);
    expect(back.problems.map((p) => [where(p), p.severity, p.message])).toEqual([
      [
        "Bergen!G4",
        "error",
        "The weight of Participation must be a number of 0 or more; '-1' was found. CityNet uses 1 until it is corrected.",
      ],
      [
        "Bergen!H4",
        "error",
        "The weight of Learning outcome must be a number of 0 or more; 'two' was found. CityNet uses 1 until it is corrected.",
      ],
      [
        "Bergen!I4",
        "warning",
        "The weight of Influence is blank. Type a number (0 leaves the criterion out); CityNet uses 0 until then.",
      ],
    ]);
    sheet.set("G4", 0).set("H4", 0).set("I4", 0);
    back = ok(sheet);
    expect(back.problems.map((p) => [where(p), p.message])).toEqual([
      [
        "Bergen!G4",
        "Every weight is 0, so no value can be computed. Give at least one criterion a weight above 0.",
      ],
    ]);
    sheet.set("G4", 1e308);
    back = ok(sheet);
    expect(back.evaluation.weights).toEqual([1, 0, 0]);
    expect(back.problems[0].message).toBe(
      "The weight of Participation is 1E+308; weights are relative, use numbers up to 1,000,000. CityNet uses 1 until it is corrected."
    );
  });

  test("thresholds: text, blank, out of the scale and out of order", () => {
    const { sheet } = bergen("en");
    const t = (name: string) => sheet.named(name);
    sheet.set(t("T_STRENGTHEN"), "4.5").set(t("T_CONTINUE"), null).set(t("T_JOIN"), 6);
    let back = ok(sheet);
    expect(back.evaluation.thresholds).toEqual(bergenFw.thresholds);
    expect(back.problems.map((p) => [where(p), p.message])).toEqual([
      [
        `Bergen!${t("T_STRENGTHEN")}`,
        "The threshold 'Strengthen' must be a number from 1 to 5; '4.5' was found. CityNet uses 4.75 until it is corrected.",
      ],
      [
        `Bergen!${t("T_CONTINUE")}`,
        "The threshold 'Continue' is blank. Type a number from 1 to 5; CityNet uses 3 until then.",
      ],
      [
        `Bergen!${t("T_JOIN")}`,
        "The threshold 'Join (candidates)' must be a number from 1 to 5; '6' was found. CityNet uses 3 until it is corrected.",
      ],
    ]);
    const fresh = bergen("en").sheet;
    fresh.set(fresh.named("T_STRENGTHEN"), 2).set(fresh.named("T_REVIEW"), 4);
    back = ok(fresh);
    expect(back.evaluation.thresholds).toMatchObject({ strengthen: 2, continue: 3, review: 4 });
    expect(back.problems.map((p) => [where(p), p.message])).toEqual([
      [
        `Bergen!${fresh.named("T_REVIEW")}`,
        "The thresholds must rise: Review ≤ Continue ≤ Strengthen; the sheet has 4, 3 and 2. Recommendations are given as the sheet computes them, but they make little sense until this is corrected.",
      ],
    ]);
  });

  test("a deleted weight or threshold cell", () => {
    const { sheet } = bergen("en");
    sheet.deleteRows(3); // the weights row
    const back = ok(sheet);
    expect(back.evaluation.weights).toEqual([1, 1, 1]);
    expect(back.problems.map((p) => p.message)).toEqual([
      "The cell with the weight of Participation was deleted. CityNet uses 1; undo the deletion to set it again.",
      "The cell with the weight of Learning outcome was deleted. CityNet uses 1; undo the deletion to set it again.",
      "The cell with the weight of Influence was deleted. CityNet uses 1; undo the deletion to set it again.",
    ]);
    sheet.deleteRows(sheet.values.findIndex((l) => l.includes(bergenFw.thresholds.strengthen)));
    expect(ok(sheet).problems.map((p) => p.message)).toContain(
      "The cell with the threshold 'Strengthen' was deleted. CityNet uses 4.75; undo the deletion to set it again."
    );
  });

  test("problems are said in the reader's language, numbers as the reader writes them", () => {
    const { sheet } = bergen("en");
    sheet.set(`H${ubcRow(sheet)}`, 2.5);
    expect(ok(sheet, "sv").problems[0].message).toBe(
      "”2,5” är inget heltal: en poäng för Kunskapsutbyte är ett heltal från 1 till 5. Den räknas inte förrän den är det."
    );
    expect(ok(sheet, "nb").problems[0].message).toBe(
      "«2,5» er ikke et helt tall: et poeng for Læringsutbytte er et helt tall fra 1 til 5. Det telles ikke før det er det."
    );
  });

  test("a long list of problems is capped with a count", () => {
    const e = buildEvaluation(ds, "Bergen", bergenFw);
    for (let i = 0; i < 4000; i++)
      e.rows.push({ ...e.rows[0], key: `candidate:x${i}`, name: `Organisation ${i}` });
    const sheet = new EditableSheet(descriptionToSnapshot(evaluationSheet(e, "en"), "Big"));
    for (let r = 9; r <= 8 + e.rows.length; r++) sheet.set(`G${r}`, "x").set(`H${r}`, "y");
    const back = ok(sheet);
    expect(back.problems).toHaveLength(1000);
    expect(back.omittedProblems).toBe(2 * e.rows.length - 1000);
    const lines = problemLines(back.problems, "en", 20, back.omittedProblems);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe(`and ${(2 * e.rows.length - 20).toLocaleString("en-GB")} more`);
  });
});

describe("the settings", () => {
  test("edited by hand into something unreadable: the sheet is named as damaged, with its cell", () => {
    for (const text of ["{broken", "[]", '{"kind":"evaluation"}', "null", 42]) {
      const { sheet } = bergen();
      sheet.set(sheet.named(SETTINGS_NAME), text);
      const r = damaged(sheet);
      expect(r.problems).toEqual([
        expect.objectContaining({
          sheet: "Bergen",
          cell: "B3",
          message: expect.stringMatching(/^CityNet's settings for this matrix cannot be read \(/),
        }),
      ]);
    }
    const { sheet } = bergen();
    const settings = JSON.parse(String(sheet.get("B3")));
    settings.framework.criteria = "none";
    sheet.set("B3", JSON.stringify(settings));
    expect(damaged(sheet)).toMatchObject({ city: { id: "bergen", name: "Bergen" } });
  });

  test("an unknown language: read in the language of the headings, and said", () => {
    const { sheet } = bergen("sv");
    const settings = JSON.parse(String(sheet.get("B3")));
    settings.lang = "fi";
    sheet.set("B3", JSON.stringify(settings));
    const back = ok(sheet);
    expect(back.lang).toBe("sv");
    expect(back.evaluation.rows).toHaveLength(35);
    expect(back.problems.map((p) => [where(p), p.severity, p.message])).toEqual([
      [
        "Bergen!B3",
        "warning",
        "The language 'fi' in CityNet's settings is not one CityNet knows; the sheet is read as sv, the language of its column headings.",
      ],
    ]);
  });

  test("written by a newer CityNet: read as far as it goes, and the version is said", () => {
    const { sheet } = bergen("en");
    const settings = JSON.parse(String(sheet.get("B3")));
    Object.assign(settings, { v: 7, writer: "CityNet 3.1", raters: ["Anne"] });
    sheet.set("B3", JSON.stringify(settings));
    const back = ok(sheet);
    expect(back.version).toBe(7);
    expect(back.evaluation.rows).toHaveLength(35);
    expect(back.problems).toEqual([
      expect.objectContaining({
        cell: "B3",
        severity: "warning",
        message:
          "This matrix was written by CityNet 3.1 (format 7); this CityNet reads format 4. It is read as far as possible: update CityNet to read all of it.",
      }),
    ]);
  });

  test("its row deleted: a damaged matrix (not 'not a matrix'), said so", () => {
    const { sheet } = bergen("en");
    sheet.deleteRows(2);
    expect(damaged(sheet).problems[0].message).toMatch(/^The row with CityNet's settings/);
  });

  test("a sheet that never was a matrix is not one", () => {
    expect(
      readMatrix({ name: "Budget", values: [["Budget 2024"]], names: [], tables: [] })
    ).toBeNull();
  });
});

describe("a matrix written by CityNet 0.1 (format 1) is migrated", () => {
  const fixture = (file: string): SheetSnapshot =>
    JSON.parse(readFileSync(join(__dirname, "../fixtures/matrix-v1", file), "utf8")).snapshot;

  test.each([
    ["bergen-nb.json", "bergen", "nb", 35],
    ["stockholm-sv.json", "stockholm", "sv", 8],
  ])("%s reads in full, as format 1", (file, framework, lang, rows) => {
    const back = ok(fixture(file));
    expect(back.version).toBe(1);
    expect(back.lang).toBe(lang);
    expect(back.problems).toEqual([]);
    expect(back.evaluation.framework.id).toBe(framework);
    expect(back.evaluation.rows).toHaveLength(rows);
    expect(back.layout.columns.notes).toBeDefined();
    expect(back.layout.thresholdCells.join).toBeDefined();
  });

  test("and survives the edits that used to lose rows: a blank row and rows above", () => {
    const sheet = new EditableSheet(fixture("bergen-nb.json"));
    const before = scoresOf(ok(sheet));
    sheet.insertRows(15).insertRows(0, 2).insertColumns(2);
    const back = ok(sheet);
    expect(back.problems).toEqual([]);
    expect(scoresOf(back)).toEqual(before);
  });

  test("its Fragile and Notes columns are found by their headings (no names in format 1)", () => {
    const back = ok(fixture("bergen-nb.json"));
    expect(back.layout.columns).toMatchObject({ fragile: 12, evidence: 13, notes: 14, value: 9 });
    expect(back.layout.scoreColumns).toEqual([6, 7, 8]);
    // format 1 has no column names at all
    expect(fixture("bergen-nb.json").names.some((n) => n.name === columnName("value"))).toBe(false);
  });
});
