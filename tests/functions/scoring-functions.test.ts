import * as fn from "../../src/functions/functions";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { networkScore } from "../../src/core/scoring/score-queries";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToGrid } from "../../src/core/sheet/grid";
import { readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { readWorkbookEvaluations } from "../../src/excel/workbook-evaluations";
import { bundled } from "../helpers/dataset";

async function excelError(call: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await call();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { code: e.code, message: e.message ?? "" };
    throw new Error(`not a CustomFunctions.Error: ${String(e)}`);
  }
  throw new Error("expected an error");
}

describe("NETWORK_SCORE and NETWORK_VERDICT from the sources' scores", () => {
  test("hand-computed values", async () => {
    expect(await fn.networkScore("Bergen", "UBC", "bergen")).toBe(5 / 3); // participation 1, learning 2, influence 2
    expect(await fn.networkVerdict("Bergen", "UBC", "bergen")).toBe("Leave");
    expect(await fn.networkScore("Bergen", "Eurocities")).toBe(4); // combined: 4, 3, 5
    expect(await fn.networkVerdict("Bergen", "Eurocities")).toBe("Continue");
    expect(await fn.networkScore("Stockholm", "Eurocities", "Stockholm strategy")).toBe(4.25);
    expect(await fn.networkVerdict("Stockholm", "Eurocities", "stockholm")).toBe("Strengthen");
    expect(await fn.networkVerdict("Bergen", "Solidarity Cities")).toBe("Join");
  });
  test("nothing scored, unknown framework", async () => {
    expect(await excelError(() => fn.networkScore("Oslo", "C40"))).toEqual({
      code: "#N/A",
      message:
        "Nothing scores Oslo in C40 Cities Climate Leadership Group with the Combined framework: no matrix in this workbook does, and the sources' words imply no score for its criteria.",
    });
    expect((await excelError(() => fn.networkVerdict("Bergen", "UBC", "Tromsø"))).code).toBe(
      "#VALUE!"
    );
  });
});

describe("scores typed in a workbook matrix win over the sources", () => {
  const ds = bundled();
  const bergenFw = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;
  const grid = descriptionToGrid(
    evaluationSheet(buildEvaluation(ds, "Bergen", bergenFw), "nb")
  ) as unknown[][];
  const ubc = grid.findIndex((r) => r[LAYOUT.col.key] === "ubc");
  grid[ubc].splice(columnsFor(3).criteria[0], 3, 4, 4, 4);

  test("core: the workbook's row is used, with its sheet named", () => {
    const read = readMatrix(grid, "Bergen") as ReadMatrix;
    const answer = networkScore(ds, "Bergen", "UBC", "bergen", [{ ...read, sheet: "Bergen" }]);
    expect(answer).toMatchObject({
      value: 4,
      recommendation: "Continue",
      origin: { kind: "workbook", sheet: "Bergen" },
    });
    // Another framework's matrix does not count.
    expect(
      networkScore(ds, "Bergen", "UBC", "combined", [{ ...read, sheet: "Bergen" }]).origin
    ).toEqual({ kind: "sources" });
  });

  test("Excel layer: matrices are found and read in three round trips", async () => {
    let syncs = 0;
    const sheet = (name: string, values: unknown[][]) => ({
      name,
      getRange: () => ({
        load() {
          return this;
        },
        values: [[values[LAYOUT.metaRow]?.[0] ?? ""]],
      }),
      getUsedRange: () => ({
        load() {
          return this;
        },
        values,
        rowIndex: 0,
        columnIndex: 0,
      }),
    });
    const context = {
      workbook: {
        worksheets: {
          load: () => undefined,
          items: [sheet("Budget", [["Budget 2024"]]), sheet("Bergen", grid)],
        },
      },
      sync: async () => void syncs++,
    } as unknown as Excel.RequestContext;
    const found = await readWorkbookEvaluations(context);
    expect(syncs).toBe(3);
    expect(
      found.map((f) => [
        f.sheet,
        f.evaluation.city.name,
        f.evaluation.rows.find((r) => r.key === "ubc")!.scores,
      ])
    ).toEqual([["Bergen", "Bergen", [4, 4, 4]]]);
  });
});

describe("NETWORK_MATRIX", () => {
  test("values across cities, with headers; the status where unscored is blank for non-members", () => {
    expect(
      fn.networkMatrix([["Bergen, Stockholm"]], [["EUROCITIES"], ["UBC"], ["Metropolis"]])
    ).toEqual([
      ["", "Bergen", "Stockholm"],
      ["EUROCITIES", 4, 13 / 3],
      ["Union of the Baltic Cities", 5 / 3, ""],
      ["Metropolis", "", 2.25],
    ]);
  });
  test("status and since; all the cities' organisations when networks are blank", () => {
    expect(fn.networkMatrix([["Oslo", "Stockholm"]], [["Eurocities, METREX"]], "status")).toEqual([
      ["", "Oslo", "Stockholm"],
      ["EUROCITIES", "Member", "Member"],
      ["METREX", "Member", "Not a member"],
    ]);
    const all = fn.networkMatrix([["Oslo"]], [[""]], "since");
    expect(all[0]).toEqual(["", "Oslo"]);
    expect(all).toContainEqual(["Aalborg Commitments", 2011]);
    expect(all).toHaveLength(10);
  });
  test("an unscored membership shows its status", () => {
    expect(fn.networkMatrix([["Oslo"]], [["C40"]])).toEqual([
      ["", "Oslo"],
      ["C40 Cities Climate Leadership Group", "Member"],
    ]);
  });
  test("bad input says what is accepted", async () => {
    expect(await excelError(() => fn.networkMatrix([["Bergen"]], [["UBC"]], "budget"))).toEqual({
      code: "#VALUE!",
      message: 'Unknown measure \'budget\'. Use "value", "status" or "since".',
    });
    expect((await excelError(() => fn.networkMatrix([[""]], [["UBC"]]))).message).toMatch(
      /^The argument 'cities' is empty/
    );
    expect((await excelError(() => fn.networkMatrix([["Bergn"]], [["UBC"]]))).message).toBe(
      "Unknown city 'Bergn'. Did you mean Bergen?"
    );
  });
});

describe("NETWORK_WEIGHTED", () => {
  test("the model's weighted mean, blanks and text not assessed", () => {
    expect(fn.networkWeighted([[4, "", 5]], [[1, 1, 2]])).toBe(14 / 3);
    expect(fn.networkWeighted([[4], ["n/a"], [5]], [[1], [1], [2]])).toBe(14 / 3);
    expect(fn.networkWeighted([[4, 3, 5]], [[1, 1, 2]], [["benefit", "", "cost"]])).toBe(9 / 4); // (4 + 3 + 2·1) / 4
  });
  test("errors", async () => {
    expect(await excelError(() => fn.networkWeighted([[4, 3]], [[1]]))).toEqual({
      code: "#VALUE!",
      message: "'scores' has 2 cells and 'weights' 1: give one weight per score.",
    });
    expect(await excelError(() => fn.networkWeighted([["", ""]], [[1, 1]]))).toEqual({
      code: "#N/A",
      message: "No score is assessed: give at least one score from 1 to 5 with a weight above 0.",
    });
    expect((await excelError(() => fn.networkWeighted([[3]], [["heavy"]]))).message).toBe(
      "Weight 1 must be a number of 0 or more, not 'heavy'."
    );
    expect((await excelError(() => fn.networkWeighted([[3]], [[1]], [["big"]]))).message).toBe(
      'Direction 1 must be "benefit" or "cost", not \'big\'.'
    );
  });
});
