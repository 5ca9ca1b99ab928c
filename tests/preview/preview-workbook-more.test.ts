import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import * as fn from "../../src/functions/functions";
import { readMatricesFrom } from "../../src/functions/workbook";
import { formulaProblem, FormulaError, type Value } from "../../src/core/formula/evaluate";
import { callRegistered, functionId } from "../../src/preview/functions";
import { PageWorkbook } from "../../src/preview/page-workbook";
import { KeptWorkbook, STORAGE_KEY, type PageStorage } from "../../src/preview/storage";
import { bundled } from "../helpers/dataset";

// The preview workbook's additions, in Node: NETWORK_SCORE and NETWORK_VERDICT from its own matrices
// (the same core reader as in Excel), typed formulas checked before they are written, and the
// workbook kept in the browser's storage, damaged or full storage said.

const ds = bundled();
// What the metadata plugin's associate() calls register in the built add-in.
const registry = new Map<string, (...args: unknown[]) => unknown>(
  Object.entries({
    NETWORK_STATUS: fn.networkStatus,
    NETWORK_SCORE: fn.networkScore,
    NETWORK_VERDICT: fn.networkVerdict,
  }).map(([id, f]) => [id, f as (...args: unknown[]) => unknown])
);
const bergenFw = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;
const evaluation = buildEvaluation(ds, "Bergen", bergenFw);
const ubc = LAYOUT.firstDataRow + evaluation.rows.findIndex((r) => r.key === "ubc");
const participation = columnsFor(3).criteria[0];

/** The next "calculated" event: answers that came later are in. */
const calculated = (wb: PageWorkbook) => new Promise<void>((resolve) => wb.onCalculated(resolve));

async function bergenWorkbook(): Promise<PageWorkbook> {
  const wb = new PageWorkbook(callRegistered(registry));
  readMatricesFrom(() => wb.evaluations());
  await wb.createSheet(evaluationSheet(evaluation, "nb"));
  return wb;
}

afterEach(() => readMatricesFrom(undefined));

describe("NETWORK_SCORE and NETWORK_VERDICT read the page's matrices", () => {
  test("#BUSY! first, then the matrix's answer; a score typed into it changes the answer", async () => {
    const wb = await bergenWorkbook();
    const score = '=CITYNET.NETWORK_SCORE("Bergen";"UBC";"bergen")';
    const verdict = '=CITYNET.NETWORK_VERDICT("Bergen";"UBC";"bergen")';
    expect((wb.evaluateFormula(score) as FormulaError).code).toBe("#BUSY!");
    wb.evaluateFormula(verdict);
    await calculated(wb);
    expect(wb.evaluateFormula(score)).toBeCloseTo(5 / 3, 12);
    expect(wb.evaluateFormula(verdict)).toBe("Leave");

    await wb.writeCells("Bergen", [{ row: ubc, col: participation, values: [[5]] }]);
    // Volatile: the change asks again.
    expect((wb.evaluateFormula(score) as FormulaError).code).toBe("#BUSY!");
    wb.evaluateFormula(verdict);
    await calculated(wb);
    expect(wb.evaluateFormula(score)).toBe(3);
    expect(wb.evaluateFormula(verdict)).toBe("Continue");
  });

  test("the matrix is what answers: a score only the page has, and its problems by cell", async () => {
    const wb = await bergenWorkbook();
    // Text in UBC's participation: the function names the cell, as in Excel.
    await wb.writeCells("Bergen", [{ row: ubc, col: participation, values: [["fire"]] }]);
    const score = '=CITYNET.NETWORK_SCORE("Bergen";"UBC";"bergen")';
    wb.evaluateFormula(score);
    await calculated(wb);
    const e = wb.evaluateFormula(score) as FormulaError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(new RegExp(`^Bergen!G${ubc + 1}: 'fire' is text`));
    // Without the page's matrices the same call answers from the sources.
    readMatricesFrom(undefined);
    await wb.writeCells("Bergen", [{ row: 0, col: 20, values: [["x"]] }]);
    wb.evaluateFormula(score);
    await calculated(wb);
    expect(wb.evaluateFormula(score)).toBeCloseTo(5 / 3, 12);
  });

  test("a formula in the matrix's own sheet asking NETWORK_SCORE does not loop, and calculates", async () => {
    const wb = await bergenWorkbook();
    await wb.writeFormula("Bergen", 3, 0, '=NETTVERK_KONKLUSJON("Bergen";"UBC";"bergen")');
    expect((wb.value("Bergen", 3, 0) as FormulaError).code).toBe("#BUSY!");
    await calculated(wb);
    expect(wb.value("Bergen", 3, 0)).toBe("Leave");
    const s = wb.snapshot("Bergen");
    expect(s.formulas![3][0]).toBe(true);
  });
});

describe("formulas typed into cells", () => {
  const known = {
    function: (n: string) => functionId(registry, n) !== undefined,
    name: (n: string) => n.toUpperCase() === "W_PARTICIPATION",
    sheet: (n: string) => n.toLowerCase() === "bergen",
  };
  test.each([
    ["=1+2", null],
    ["=SUM(G9:I9)/COUNT(G9:I9)", null],
    ['=CITYNET.NETWORK_SCORE("Bergen";"UBC")', null],
    ['=nettverk_verdi("Bergen";"UBC")', null],
    ['=NÄTVERK_SLUTSATS("Stockholm";"Metropolis")', null],
    ["=W_participation*2", null],
    ['="Bergen!A1"', null], // a "!" in text is text
    ["=", "The formula is empty."],
    ["=VLOOKUP(1,A1:B2,2)", /^The preview does not calculate VLOOKUP: it calculates ABS, AND, /],
    ["=Bergen!A1+1", null], // another sheet's cell
    ["='Bergen'!$A:$A", null],
    ["=Oslo!A1", "This workbook has no sheet 'Oslo'."],
    ["=1+(2", "The preview cannot read this formula: Expected ')' in the formula."],
    ["=W_nothing", "This sheet has no name 'W_nothing'."],
  ])("%s", (formula, expected) => {
    const problem = formulaProblem(formula, known);
    if (expected === null || typeof expected === "string") expect(problem).toBe(expected);
    else expect(problem).toMatch(expected);
  });

  test("the functions people type beyond CityNet's own: SUM, ROUND, ABS, NOT, IFERROR", async () => {
    const wb = new PageWorkbook();
    const cases: [string, Value][] = [
      ["=SUM(1,2,3)", 6],
      ["=ROUND(2.5,0)", 3],
      ["=ROUND(-2.5,0)", -3],
      ["=ROUND(1.005,2)", 1.01],
      ["=ABS(-4)", 4],
      ["=NOT(1>2)", true],
      ['=IFERROR(1/0,"none")', "none"],
      ["=IFERROR(7,0)", 7],
    ];
    for (const [f, v] of cases) expect(wb.evaluateFormula(f)).toEqual(v);
  });
});

class MemoryStorage implements PageStorage {
  readonly items = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (v.length > this.quota)
      throw Object.assign(new Error("The quota has been exceeded."), {
        name: "QuotaExceededError",
      });
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

describe("the workbook kept in the browser", () => {
  test("sheets, cells, formulas, names, tables and settings come back as they were", async () => {
    const wb = await bergenWorkbook();
    await wb.writeCells("Bergen", [{ row: ubc, col: participation, values: [[5]] }]);
    await wb.writeFormula("Bergen", 3, 0, "=1+1");
    await wb.writeCells("Bergen", [{ row: 4, col: 0, values: [["=2+2"]] }]); // text, not a formula
    await wb.setSetting("citynet.language", "nb");
    const storage = new MemoryStorage();
    const kept = new KeptWorkbook(storage);
    expect(kept.save({ workbook: wb.state(), sheet: "Bergen" })).toBeNull();

    const loaded = new KeptWorkbook(storage).load();
    expect(loaded.problem).toBeUndefined();
    expect(loaded.kept!.sheet).toBe("Bergen");
    const back = new PageWorkbook();
    back.restore(loaded.kept!.workbook);
    expect(back.getSetting("citynet.language")).toBe("nb");
    expect(back.snapshot("Bergen")).toEqual(wb.snapshot("Bergen"));
    expect(back.value("Bergen", 3, 0)).toBe(2);
    expect(back.value("Bergen", 4, 0)).toBe("=2+2");
    expect(back.sheet("Bergen").description!.hiddenRows).toEqual([LAYOUT.metaRow]);
    expect(back.sheet("Bergen").description!.blocks).toEqual([]); // the cells hold them
  });

  test.each([
    ["cut short", '{"format":1,"workbook":', "it is not complete JSON"],
    ["another format", '{"format":9}', "it is in another format (9)"],
    ["no sheets", '{"format":1,"workbook":{}}', "it has no sheets or settings"],
    [
      "a formula that is not one",
      JSON.stringify({
        format: 1,
        workbook: {
          sheets: [{ name: "A", cells: [["0,0", { formula: "SUM(1)" }]], names: [], tables: [] }],
          settings: [],
        },
      }),
      "sheet 'A', cell 0,0 has a formula that is not one",
    ],
    [
      "a cell without a place",
      JSON.stringify({
        format: 1,
        workbook: {
          sheets: [{ name: "A", cells: [["x", { value: 1 }]], names: [], tables: [] }],
          settings: [],
        },
      }),
      "sheet 'A' has a cell without a place",
    ],
    [
      "a broken range",
      JSON.stringify({
        format: 1,
        workbook: {
          sheets: [{ name: "A", cells: [], names: [["W_x", { row: -1 }]], tables: [] }],
          settings: [],
        },
      }),
      "sheet 'A', name W_x is not a range",
    ],
  ])("damaged data (%s) is refused as a whole, saying what is wrong", (_, text, why) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, text);
    const loaded = new KeptWorkbook(storage).load();
    expect(loaded.kept).toBeUndefined();
    expect(loaded.problem).toBe(
      `The workbook this browser kept could not be read (${why}), so the page starts empty. Your next change replaces it; Reset clears it now.`
    );
  });

  test("a full storage is said, and what was kept before stays", async () => {
    const wb = await bergenWorkbook();
    const storage = new MemoryStorage();
    const kept = new KeptWorkbook(storage);
    kept.save({ workbook: new PageWorkbook().state() });
    const before = storage.getItem(STORAGE_KEY);
    storage.quota = 1000;
    expect(kept.save({ workbook: wb.state() })).toMatch(
      /^This browser has no room to keep the workbook \(about \d+\.\d MB\): the page will open as it was last kept\. Reset clears what it keeps\.$/
    );
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  test("no storage at all is said; Reset forgets only CityNet's keys", () => {
    expect(new KeptWorkbook(null).load().problem).toBe(
      "This browser does not let the page keep anything: sheets and settings are lost when the page is reloaded."
    );
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, "{}");
    storage.setItem("citynet.rater", "Anne");
    storage.setItem("another.app", "keep me");
    new KeptWorkbook(storage).clear();
    expect([...storage.items.keys()]).toEqual(["another.app"]);
  });
});
