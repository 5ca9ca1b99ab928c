import { Calculation, type CalcSheet } from "../../src/core/formula/calculation";
import { FormulaError } from "../../src/core/formula/evaluate";

// The core's formula evaluator over a workbook of two sheets: references to other sheets and whole
// columns, the lookup and counting functions the value matrix, the cost totals and the summary use,
// as Excel computes them.

function sheet(
  name: string,
  rows: (string | number | null)[][],
  names: Record<string, [number, number]> = {}
): CalcSheet {
  return {
    name,
    rows: rows.length,
    cell: (r, c) => {
      const x = rows[r]?.[c];
      if (x === undefined || x === null) return undefined;
      return typeof x === "string" && x.startsWith("=") ? { formula: x } : { value: x };
    },
    named: (n) => {
      const at = names[n];
      return at ? { row: at[0], col: at[1] } : undefined;
    },
  };
}

const matrix = sheet(
  "Bergen review",
  [
    ["Organisation", "Key", "Value", "Recommendation", "Fee", "Days", "Evidence"],
    [
      "EUROCITIES",
      "eurocities",
      4,
      "Continue",
      51750,
      30,
      "Participation 4: «…»\nSource: Bergen kommune",
    ],
    ["Union of the Baltic Cities", "ubc", "=1+2/3", "Leave", 25000, -2, ""],
    ["ICLEI", "iclei", "", "", null, "eur", null],
    ["Mayors for Peace", "mayors-for-peace", 2.5, "Review", 1200, 4, "Influence 2"],
  ],
  { FX_EUR: [0, 8] }
);

const look = (key: string, col: string) =>
  `=IF(ISNA(MATCH("${key}",'Bergen review'!$B:$B,0)),"gone",INDEX('Bergen review'!$${col}:$${col},MATCH("${key}",'Bergen review'!$B:$B,0)))`;

const summary = sheet("Summary", [
  [look("ubc", "C"), look("eurocities", "D"), look("nobody", "C")],
  [
    "=COUNTIF('Bergen review'!D2:D5,\"continue\")",
    "=COUNTIF('Bergen review'!A2:A5,\"*Cities*\")",
    "=COUNTIF('Bergen review'!D2:D5,\"\")",
  ],
  [
    "=SUMIF('Bergen review'!F2:F5,\">=0\")",
    "=SUMIFS('Bergen review'!E2:E5,'Bergen review'!D2:D5,\"Leave\",'Bergen review'!F2:F5,\">=0\")",
    "=COUNTA('Bergen review'!A2:A5)",
  ],
  [
    "=IF(ISNUMBER(FIND(CHAR(10),INDEX('Bergen review'!G:G,2)&\"\")),LEFT(INDEX('Bergen review'!G:G,2)&\"\",FIND(CHAR(10),INDEX('Bergen review'!G:G,2)&\"\")-1),INDEX('Bergen review'!G:G,2)&\"\")",
    "=INDEX('Bergen review'!G:G,4)&\"\"",
    "=A5",
  ],
  [
    "=C4+1",
    "=SUMIF('Bergen review'!D2:D5,\"<>Leave\",'Bergen review'!E2:E5)",
    '=ISNA(MATCH("x",{1,2},0))',
  ],
]);

const calc = new Calculation([matrix, summary]);
const at = (row: number, col: number) => calc.value("Summary", row, col);

test("lookups into another sheet by key, over whole columns; a key not there is said", () => {
  expect(at(0, 0)).toBeCloseTo(5 / 3, 12); // the other sheet's formula, calculated
  expect(at(0, 1)).toBe("Continue");
  expect(at(0, 2)).toBe("gone");
  // Sheet names ignore case, as in Excel.
  expect(calc.evaluate("='BERGEN REVIEW'!A2")).toBe("EUROCITIES");
  expect((calc.evaluate("=Oslo!A1") as FormulaError).code).toBe("#REF!");
});

test("COUNTIF, SUMIF and SUMIFS: case ignored, wildcards, comparisons, blanks", () => {
  expect(at(1, 0)).toBe(1); // "continue" matches "Continue"
  expect(at(1, 1)).toBe(2); // "*Cities*": EUROCITIES (case ignored) and Union of the Baltic Cities
  expect(at(1, 2)).toBe(1); // ICLEI's blank recommendation
  expect(at(2, 0)).toBe(34); // 30 and 4: −2 and "eur" are left out
  expect(at(2, 1)).toBe(0); // UBC is Leave, but its −2 days fail the second criterion
  expect(at(2, 2)).toBe(4);
  expect(at(4, 1)).toBe(51750 + 1200); // not Leave, and a number
});

test('text: the first line of a cell, CHAR, FIND, LEFT; a blank looked up stays blank with &""', () => {
  expect(at(3, 0)).toBe("Participation 4: «…»");
  expect(at(3, 1)).toBe("");
  expect(at(4, 2)).toBe(true);
});

test("a circular reference is an error, not a hang", () => {
  expect((at(3, 2) as FormulaError).code).toBe("#REF!");
  expect((at(4, 0) as FormulaError).code).toBe("#REF!");
});

test("a sheet-scoped name is read on its own sheet only", () => {
  expect(calc.evaluate("=FX_EUR", "Bergen review")).toBe("");
  expect((calc.evaluate("=FX_EUR", "Summary") as FormulaError).code).toBe("#NAME?");
});
