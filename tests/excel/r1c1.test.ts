import { columnLetter } from "../../src/core/sheet/address";
import type { Block } from "../../src/core/sheet/description";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { valueMatrixSheet } from "../../src/core/sheet/value-matrix-sheet";
import { toR1C1 } from "../../src/excel/r1c1";
import { planBlock } from "../../src/excel/render";
import { bundled } from "../helpers/dataset";

// The A1 → R1C1 converter that lets render.ts send a column of like formulas once. Checked case by case,
// and by turning every formula CityNet writes into R1C1 and back with a converter written apart.

/** R1C1 back to A1 in the zero-based cell (row, col): a second, independent reading of the notation. */
function toA1(r1c1: string, row: number, col: number): string {
  let out = "";
  // Strings stay as they are; everything between them is converted.
  for (const [i, part] of r1c1.split('"').entries())
    out +=
      (i > 0 ? '"' : "") +
      (i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g,
            (_, r?: string, c?: string) => {
              const axis = (x: string | undefined, here: number) =>
                x === undefined
                  ? { at: here, abs: false }
                  : x.startsWith("[")
                    ? { at: here + Number(x.slice(1, -1)), abs: false }
                    : { at: Number(x) - 1, abs: true };
              const rr = axis(r, row);
              const cc = axis(c, col);
              return `${cc.abs ? "$" : ""}${columnLetter(cc.at)}${rr.abs ? "$" : ""}${rr.at + 1}`;
            }
          ));
  return out;
}

describe("toR1C1", () => {
  test.each([
    ["=G9*2", 8, 12, "=RC[-6]*2"],
    ["=G10*2", 8, 12, "=R[1]C[-6]*2"],
    ["=$G$4+G$4+$G4", 8, 6, "=R4C7+R4C+R[-5]C7"],
    ["=SUM(A1:B2)", 2, 2, "=SUM(R[-2]C[-2]:R[-1]C[-1])"],
    ["='Bergen (2)'!A1+Sheet2!$B$3", 0, 0, "='Bergen (2)'!RC+Sheet2!R3C2"],
    ["='It''s'!C5", 4, 2, "='It''s'!RC"],
    ['=IF(G9="A1","B2 ""C3""",G9)', 8, 7, '=IF(RC[-1]="A1","B2 ""C3""",RC[-1])'],
    [
      "=IF(ISNUMBER(MATCH(G9,{1,2,3,4,5},0)),W_learning,0)",
      8,
      12,
      "=IF(ISNUMBER(MATCH(RC[-6],{1,2,3,4,5},0)),W_learning,0)",
    ],
    ["=M9>=T_STRENGTHEN-1E-9", 8, 14, "=RC[-2]>=T_STRENGTHEN-1E-9"],
    ['=IF(N9="Leave",M9,NA())', 8, 18, '=IF(RC[-5]="Leave",RC[-6],NA())'],
    ["=LOG10(A2)+.5", 0, 0, "=LOG10(R[1]C)+.5"],
    ["=IFERROR(A1,#N/A)+TRUE", 0, 1, "=IFERROR(RC[-1],#N/A)+TRUE"],
    ["=W_læringA1", 0, 0, "=W_læringA1"], // one name, not a name followed by a cell
    ["=XFD1048576", 0, 0, "=R[1048575]C[16383]"],
    ["=XFE1+A1", 0, 0, "=XFE1+RC"], // past the last column: a name, as Excel reads it
  ])("%s in (%i,%i) → %s", (a1, row, col, r1c1) => {
    expect(toR1C1(a1, row, col)).toBe(r1c1);
    expect(toA1(r1c1, row, col)).toBe(a1.replace(/\.5$/, ".5"));
  });

  test.each([
    ["a constant", "Bergen"],
    ["whole columns", "=SUM(A:A)"],
    ["whole rows", "=SUM(1:3)"],
    ["a structured reference", "=SUM(Table1[Value])"],
    ["an external workbook", "=[Book2]Sheet1!A1"],
    ["a short name Excel might read otherwise", "=ABC+1"],
    ["a name that reads as R1C1", "=R2C3+1"],
    ["an unfinished string", '="abc'],
    ["a spilled range", "=A1#"],
  ])("%s gives undefined (%s): sent as A1", (_, formula) => {
    expect(toR1C1(formula, 3, 3)).toBeUndefined();
  });
});

describe("every formula CityNet writes", () => {
  const ds = bundled();
  const sheets = BUILT_IN_FRAMEWORKS.flatMap((f) =>
    (["en", "nb", "sv"] as const).map((lang) => ({
      label: `${f.id} ${lang}`,
      d: evaluationSheet(buildEvaluation(ds, "Bergen", f), lang),
      criteria: f.criteria.length,
    }))
  );

  test.each(sheets)("$label: converts to R1C1 and back to the same A1", ({ d }) => {
    let count = 0;
    for (const b of d.blocks)
      b.cells.forEach((line, r) =>
        line.forEach((cell, c) => {
          if (cell.formula === undefined) return;
          const r1c1 = toR1C1(cell.formula, b.row + r, b.col + c);
          expect(r1c1).toBeDefined();
          expect(toA1(r1c1!, b.row + r, b.col + c)).toBe(cell.formula);
          count++;
        })
      );
    expect(count).toBeGreaterThan(100);
  });

  test.each(sheets)(
    "$label: value, coverage, recommendation, costs and chart helpers are one formula per column",
    ({ d, criteria }) => {
      const cols = columnsFor(criteria, [], true);
      const perColumn = d.blocks
        .filter((b) => b.row === LAYOUT.firstDataRow)
        .flatMap((b) => planBlock(b).uniform.map((u) => b.col + u.col));
      expect(perColumn.sort((a, b) => a - b)).toEqual([
        cols.value,
        cols.coverage,
        cols.recommendation,
        cols.costs!.converted,
        cols.costs!.perTenThousand,
        cols.costs!.perStaffDay,
        ...cols.series,
      ]);
    }
  );

  test("a column whose formulas differ otherwise is written cell by cell", () => {
    const block: Block = {
      row: 4,
      col: 2,
      cells: [
        [{ formula: "=A5*2" }, { value: "x" }, { formula: "=A5" }],
        [{ formula: "=A6*2" }, { value: "y" }, { formula: "=A5" }], // C: absolute in effect, not relative
        [{ formula: "=A7*2" }, { value: "z" }, { formula: "=A5" }],
      ],
    };
    expect(planBlock(block)).toEqual({
      uniform: [{ col: 0, r1c1: "=RC[-2]*2" }],
      runs: [{ col: 1, cols: 2 }],
    });
    // One row: nothing to share, written as it is.
    expect(planBlock({ row: 0, col: 0, cells: [[{ formula: "=B1" }]] })).toEqual({
      uniform: [],
      runs: [{ col: 0, cols: 1 }],
    });
  });

  test("the value matrix across cities has no formulas to share", () => {
    const d = valueMatrixSheet(ds, ["Bergen", "Oslo"], BUILT_IN_FRAMEWORKS[0], "en");
    expect(d.blocks.flatMap((b) => planBlock(b).uniform)).toEqual([]);
  });
});
