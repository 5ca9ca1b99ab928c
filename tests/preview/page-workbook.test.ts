import { buildEvaluation, evaluateRow } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { MAX_CELL_TEXT } from "../../src/core/sheet/cell-text";
import { SHEET_WORDS } from "../../src/core/sheet/strings";
import * as fn from "../../src/functions/functions";
import { standaloneAssociations } from "../../src/functions/standalone-runtime";
import { evaluate, FormulaError } from "../../src/core/formula/evaluate";
import { PageWorkbook } from "../../src/preview/page-workbook";
import { bundled } from "../helpers/dataset";

const ds = bundled();

describe("formula evaluator", () => {
  const scope = {
    cell: (r: number, c: number) =>
      [
        [1, 2],
        ["", "x"],
      ][r]?.[c] ?? "",
    name: (n: string) => (n === "W_A" ? 2 : undefined),
    call: () => undefined,
  };
  test.each([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=A1+B1*W_A", 5],
    ['=IF(A2="","blank","no")', "blank"],
    ["=IF(AND(ISNUMBER(B2),B2>=1),1,0)", 0],
    ["=B2>=1", true], // text sorts after numbers, as in Excel
    ["=6-A2", 6],
    ["=1E-9*1E9", 1],
    ['="a""b"&A1', 'a"b1'],
    ["=ISNUMBER(MATCH(A1,{1,2,3,4,5},0))", true],
    ["=ISNUMBER(MATCH(B2,{1,2,3,4,5},0))", false],
    ["=ISNUMBER(MATCH(A2,{1,2,3,4,5},0))", false], // a blank is not a score
    ['=MATCH("X",{"a","x"},0)', 2],
  ])("%s = %p", (formula, expected) => {
    expect(evaluate(formula, scope)).toEqual(expected);
  });
  test("errors are values: #N/A, #DIV/0!, unknown names", () => {
    expect(evaluate("=NA()", scope)).toEqual(new FormulaError("#N/A"));
    expect((evaluate("=1/0", scope) as FormulaError).code).toBe("#DIV/0!");
    expect((evaluate("=NOPE", scope) as FormulaError).message).toBe("Unknown name 'NOPE'.");
    expect((evaluate("=IF(1,2", scope) as FormulaError).code).toBe("#NAME?");
  });
  test("IF evaluates only the branch it takes", () => {
    expect(evaluate("=IF(TRUE,1,1/0)", scope)).toBe(1);
  });
});

describe("the preview workbook", () => {
  test("calculates the matrix formulas exactly as the core does, for every built-in framework", async () => {
    for (const f of BUILT_IN_FRAMEWORKS) {
      const wb = new PageWorkbook();
      const e = buildEvaluation(ds, f.id === "stockholm" ? "Stockholm" : "Bergen", f);
      const name = await wb.createSheet(evaluationSheet(e, "en"));
      const cols = columnsFor(f.criteria.length);
      e.rows.forEach((row, i) => {
        const r = LAYOUT.firstDataRow + i;
        const core = evaluateRow(e, row);
        const value = wb.value(name, r, cols.value);
        expect({ row: row.name, value }).toEqual({ row: row.name, value: core.value ?? "" });
        expect(wb.value(name, r, cols.coverage)).toBe(core.coverage);
        expect(wb.value(name, r, cols.recommendation)).toBe(
          core.recommendation ? SHEET_WORDS.en.recommendations[core.recommendation] : ""
        );
      });
    }
  });

  test("never overwrites a sheet; writes, selections and changes reach the pane", async () => {
    const wb = new PageWorkbook();
    const e = buildEvaluation(ds, "Bergen", BUILT_IN_FRAMEWORKS[1]);
    expect(await wb.createSheet(evaluationSheet(e, "nb"))).toBe("Bergen");
    expect(await wb.createSheet(evaluationSheet(e, "nb"))).toBe("Bergen (2)");
    const changes: string[] = [];
    const selections: unknown[] = [];
    await wb.onChanged((s) => changes.push(s));
    await wb.onSelectionChanged((p) => selections.push(p));
    const cols = columnsFor(3);
    const ubc = e.rows.findIndex((r) => r.key === "ubc");
    await wb.writeCells("Bergen", [
      { row: LAYOUT.firstDataRow + ubc, col: cols.criteria[0], values: [[5, 5, 5]] },
    ]);
    await wb.select({ sheet: "Bergen", row: LAYOUT.firstDataRow + ubc, col: cols.criteria[0] });
    expect(changes).toEqual(["Bergen"]);
    expect(selections).toEqual([
      { sheet: "Bergen", row: LAYOUT.firstDataRow + ubc, col: cols.criteria[0] },
    ]);
    expect(wb.value("Bergen", LAYOUT.firstDataRow + ubc, cols.value)).toBe(5);
    expect(wb.value("Bergen", LAYOUT.firstDataRow + ubc, cols.recommendation)).toBe("Styrk");
    const read = readMatrix(await wb.readSheet("Bergen")) as ReadMatrix;
    expect(read.problems).toEqual([]);
    expect(read.evaluation.rows[ubc].scores).toEqual([5, 5, 5]);
    // The copy has its own table name, unique in the workbook.
    expect(wb.sheets.map((x) => x.tables.map((t) => t.name))).toEqual([
      ["CityNet_Bergen"],
      ["CityNet_Bergen_2"],
    ]);
  });

  test("text is kept exactly as written, cut only past what a cell holds", async () => {
    const wb = new PageWorkbook();
    const e = buildEvaluation(ds, "Bergen", BUILT_IN_FRAMEWORKS[1]);
    e.rows[0] = { ...e.rows[0], evidence: "y".repeat(40000), sourceEvidence: undefined };
    const name = await wb.createSheet(evaluationSheet(e, "en"));
    const notes = columnsFor(3).notes;
    const texts = ["=1+1", "1-2", "'s-Hertogenbosch", "TRUE", "00123", "50%"];
    await wb.writeCells(name, [
      { row: LAYOUT.firstDataRow, col: notes, values: texts.map((t) => [t]) },
    ]);
    const s = await wb.readSheet(name);
    expect(texts.map((_, i) => s.values[LAYOUT.firstDataRow + i][notes])).toEqual(texts);
    const evidence = s.values[LAYOUT.firstDataRow][columnsFor(3).evidence] as string;
    expect(evidence).toHaveLength(MAX_CELL_TEXT);
    expect(evidence.endsWith(" […]")).toBe(true);
    const read = readMatrix(s) as ReadMatrix;
    expect(read.evaluation.rows.slice(0, 6).map((r) => r.notes)).toEqual(texts);
  });

  test("the formula box evaluates =CITYNET.… with the real functions", () => {
    // functions.ts registered its functions with the stand-in runtime when it was imported.
    expect(fn.networkStatus).toBeDefined();
    for (const [id, f] of Object.entries({
      NETWORK_STATUS: fn.networkStatus,
      NETWORK_SINCE: fn.networkSince,
    }))
      standaloneAssociations.set(id, f as never);
    const wb = new PageWorkbook((name, args) => {
      const f = standaloneAssociations.get(name.replace(/^CITYNET\./, ""));
      if (!f) return undefined;
      try {
        return f(...args) as never;
      } catch (e) {
        return new FormulaError((e as { code?: string }).code ?? "#VALUE!", (e as Error).message);
      }
    });
    expect(wb.evaluateFormula('=CITYNET.NETWORK_STATUS("Bergen";"UBC")')).toBe("Leaving");
    expect(wb.evaluateFormula('=CITYNET.NETWORK_SINCE("Bergen","UBC")+1')).toBe(1992);
    expect(wb.evaluateFormula('=CITYNET.NETWORK_STATUS("Bergen","Eurocitiez")')).toEqual(
      new FormulaError("#N/A", "Unknown network 'Eurocitiez'. Did you mean EUROCITIES?")
    );
  });
});

describe("a team review in the preview workbook", () => {
  test("calculates aggregate, spread, consensus and disputed as the core does", async () => {
    const { teamRowResult } = await import("../../src/core/scoring/evaluation");
    const wb = new PageWorkbook();
    const e = buildEvaluation(ds, "Bergen", BUILT_IN_FRAMEWORKS[1], { raters: ["Anne", "Per"] });
    e.rows.forEach((row, i) => {
      row.ratings!.anne.scores = [1 + (i % 5), i % 3 ? 4 : null, 2];
      row.ratings!.per.scores = [5 - (i % 5), 3, i % 4 ? null : 5];
    });
    const name = await wb.createSheet(evaluationSheet(e, "en"));
    const read = readMatrix(await wb.readSheet(name)) as ReadMatrix;
    expect(read.problems).toEqual([]);
    const t = read.layout.team!;
    for (const row of read.evaluation.rows) {
      const core = evaluateRow(read.evaluation, row);
      const team = teamRowResult(read.evaluation, row)!;
      const value = wb.value(name, row.sheetRow, read.layout.columns.value!);
      expect({ row: row.name, value }).toEqual({ row: row.name, value: core.value ?? "" });
      expect(wb.value(name, row.sheetRow, t.consensus!)).toBe(team.consensus ?? "");
      expect(wb.value(name, row.sheetRow, t.disputed!)).toBe(team.disputed ? "Yes" : "");
    }
  });
});
