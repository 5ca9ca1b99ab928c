import * as fn from "../../src/functions/functions";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { networkScore } from "../../src/core/scoring/network-score";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { descriptionToSnapshot } from "../../src/core/sheet/grid";
import { readMatrix, type MatrixRead } from "../../src/core/sheet/read-matrix";
import { bundled } from "../helpers/dataset";
import { EditableSheet } from "../helpers/sheet-edits";

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
  const scored = () => {
    const sheet = new EditableSheet(
      descriptionToSnapshot(
        evaluationSheet(buildEvaluation(ds, "Bergen", bergenFw), "nb"),
        "Bergen"
      )
    );
    const ubc = sheet.values.findIndex((r) => r.includes("ubc")) + 1;
    sheet.set(`G${ubc}`, 4).set(`H${ubc}`, 4).set(`I${ubc}`, 4);
    return { sheet, ubc };
  };
  const read = (s: EditableSheet) => readMatrix(s.snapshot()) as MatrixRead;

  test("core: the workbook's row is used, with its sheet named", async () => {
    const { sheet } = scored();
    const answer = networkScore(ds, "Bergen", "UBC", "bergen", [read(sheet)]);
    expect(answer).toMatchObject({
      value: 4,
      recommendation: "Continue",
      origin: { kind: "workbook", sheet: "Bergen" },
    });
    // Another framework's matrix does not count.
    expect(networkScore(ds, "Bergen", "UBC", "combined", [read(sheet)]).origin).toEqual({
      kind: "sources",
    });
  });

  test("a damaged sheet does not change what a good one says", async () => {
    const { sheet } = scored();
    const broken = new EditableSheet(sheet.snapshot());
    broken.name = "Bergen (2)";
    broken.set("B3", "{edited by hand");
    expect(networkScore(ds, "Bergen", "UBC", "bergen", [read(broken), read(sheet)])).toMatchObject({
      value: 4,
      origin: { kind: "workbook", sheet: "Bergen" },
    });
  });

  test("a matrix that may hold the answer but cannot be read is named, not passed over", async () => {
    const { sheet } = scored();
    sheet.set("B3", "{edited by hand");
    expect(() => networkScore(ds, "Bergen", "UBC", "bergen", [read(sheet)])).toThrow(
      /^Bergen!B3: CityNet's settings for this matrix cannot be read .* It may hold Bergen's scores, so the sources' are not used until it is repaired\.$/
    );
    // A damaged matrix for another city does not stop the answer for Bergen.
    const other = scored().sheet;
    const settings = JSON.parse(String(other.get("B3")));
    settings.framework = "gone";
    settings.city = { id: "stockholm", name: "Stockholm" };
    other.set("B3", JSON.stringify(settings));
    expect(networkScore(ds, "Bergen", "UBC", "bergen", [read(other)]).origin).toEqual({
      kind: "sources",
    });
  });

  test("a bad cell in the row, or a bad weight, is the answer (never a silent fallback)", async () => {
    const { sheet, ubc } = scored();
    sheet.set(`H${ubc}`, 2.5);
    expect(() => networkScore(ds, "Bergen", "UBC", "bergen", [read(sheet)])).toThrow(
      `Bergen!H${ubc}: '2.5' is not a whole number: a score for Learning outcome is a whole number from 1 to 5. It is not counted until it is one.`
    );
    const weights = scored().sheet.set("G4", -2);
    expect(() => networkScore(ds, "Bergen", "UBC", "bergen", [read(weights)])).toThrow(
      /^Bergen!G4: The weight of Participation must be a number of 0 or more/
    );
    // Other rows' problems do not stop this row's answer.
    const elsewhere = scored();
    elsewhere.sheet.set(`G${elsewhere.ubc + 1}`, "x");
    expect(networkScore(ds, "Bergen", "UBC", "bergen", [read(elsewhere.sheet)]).value).toBe(4);
  });

  test("in Excel, a workbook that cannot be read is said, not replaced by the sources", async () => {
    const g = globalThis as unknown as { Excel?: unknown };
    g.Excel = { run: async () => Promise.reject(new Error("RichApi.Error: The request failed")) };
    try {
      expect(await excelError(() => fn.networkScore("Bergen", "UBC", "bergen"))).toEqual({
        code: "#N/A",
        message:
          "CityNet could not read this workbook's evaluation matrices (RichApi.Error: The request failed), so it does not answer from the sources instead. Recalculate to try again.",
      });
    } finally {
      delete g.Excel;
    }
    expect(await fn.networkScore("Bergen", "UBC", "bergen")).toBe(5 / 3); // outside Excel again
  });
  // The Excel layer's reads (three round trips, only what an answer needs) are tested through
  // Microsoft's Office.js client in tests/excel/workbook-evaluations.test.ts.
});

describe("without a framework, a city's own review's", () => {
  test("Stockholm's strategy for Stockholm, Bergen's review for Bergen, combined elsewhere", async () => {
    expect(await fn.networkVerdict("Stockholm", "Metropolis")).toBe("Leave");
    expect(await fn.networkScore("Stockholm", "Metropolis")).toBe(11 / 7);
    expect(await fn.networkVerdict("Stockholm", "Metropolis", "combined")).toBe("Review");
    expect(await fn.networkScore("Bergen", "UBC")).toBe(5 / 3); // Bergen's 1, 2, 2
    expect(await fn.networkScore("Bergen", "UBC", "")).toBe(5 / 3);
    // A city without a review of its own in the dataset: combined (which the message names).
    expect((await excelError(() => fn.networkScore("Oslo", "Eurocities"))).message).toMatch(
      /^Nothing scores Oslo in EUROCITIES with the Combined framework/
    );
  });
});

describe("NETWORK_MATRIX", () => {
  test("values across cities, each in its own review's framework; blank for non-members", async () => {
    expect(
      await fn.networkMatrix([["Bergen, Stockholm"]], [["EUROCITIES"], ["UBC"], ["Metropolis"]])
    ).toEqual([
      ["", "Bergen", "Stockholm"],
      // Bergen's review: 4, 3, 5; Stockholm's strategy: 4, 4, 4, 5 (17/4) and 2, 2, 2, 2, 1, 5→1, 5→1
      ["EUROCITIES", 4, 4.25],
      ["Union of the Baltic Cities", 5 / 3, ""],
      ["Metropolis", "", 11 / 7],
    ]);
  });
  test("status and since; all the cities' organisations when networks are blank", async () => {
    expect(
      await fn.networkMatrix([["Oslo", "Stockholm"]], [["Eurocities, METREX"]], "status")
    ).toEqual([
      ["", "Oslo", "Stockholm"],
      ["EUROCITIES", "Member", "Member"],
      ["METREX", "Member", "Not a member"],
    ]);
    const all = await fn.networkMatrix([["Oslo"]], [[""]], "since");
    expect(all[0]).toEqual(["", "Oslo"]);
    expect(all).toContainEqual(["Aalborg Commitments", 2011]);
    expect(all).toHaveLength(10);
  });
  test("an unscored membership shows its status", async () => {
    expect(await fn.networkMatrix([["Oslo"]], [["C40"]])).toEqual([
      ["", "Oslo"],
      ["C40 Cities Climate Leadership Group", "Member"],
    ]);
  });
  test("bad input says what is accepted", async () => {
    expect(await excelError(() => fn.networkMatrix([["Bergen"]], [["UBC"]], "budget"))).toEqual({
      code: "#VALUE!",
      message: 'Unknown measure \'budget\'. Use "value", "status", "since" or "origin".',
    });
    expect((await excelError(() => fn.networkMatrix([[""]], [["UBC"]]))).message).toMatch(
      /^The argument 'cities' is empty/
    );
    expect((await excelError(() => fn.networkMatrix([["Bergn"]], [["UBC"]]))).message).toBe(
      "Unknown city 'Bergn'. Did you mean Bergen?"
    );
    expect(await excelError(() => fn.networkMatrix([["Bergen"]], [["UBC"]], 2))).toEqual({
      code: "#VALUE!",
      message:
        'The argument \'measure\' must be text, "value", "status", "since" or "origin", not the number 2.',
    });
    expect(
      (await excelError(() => fn.networkMatrix([["Bergen"]], [["UBC"]], "s".repeat(32767)))).message
    ).toBe(`Unknown measure '${"s".repeat(57)}…'. Use "value", "status", "since" or "origin".`);
    expect((await excelError(() => fn.networkMatrix([["Bergen", 7]], [["UBC"]]))).message).toBe(
      "The argument 'cities' must hold names as text, not the number 7."
    );
  });

  const NORDIC = "Inter-Nordic camp school, teacher exchange and school leaders' forum";
  const UCLG = "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights";
  test("names that contain a comma are not split, typed alone, in a list or in a range", async () => {
    const expected = [
      ["", "Bergen"],
      [NORDIC, "Member"],
      [UCLG, "Under consideration"],
    ];
    expect(await fn.networkMatrix([["Bergen"]], [[NORDIC], [UCLG]], "status")).toEqual(expected);
    expect(await fn.networkMatrix([["Bergen"]], [[NORDIC, UCLG]], "status")).toEqual(expected);
    expect(await fn.networkMatrix([["Bergen"]], [[`${NORDIC}, ${UCLG}`]], "status")).toEqual(
      expected
    );
    expect(await fn.networkMatrix([["Bergen"]], [[`${NORDIC}\n${UCLG}`]], "status")).toEqual(
      expected
    );
    expect(
      (await fn.networkMatrix([["Bergen\r\nOslo"]], [[`UBC;${UCLG}, C40`]], "status")).map(
        (r) => r[0]
      )
    ).toEqual(["", "Union of the Baltic Cities", UCLG, "C40 Cities Climate Leadership Group"]);
  });

  test("a range larger than Excel's grid is refused at once, before any name is resolved", async () => {
    const block = (text: string) =>
      Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => text));
    const started = performance.now();
    expect(await excelError(() => fn.networkMatrix(block("Bergen"), [["UBC"]]))).toEqual({
      code: "#VALUE!",
      message:
        "The argument 'cities' has 1,000,000 non-blank cells; 1,000,001 columns would not fit in Excel's 16,384. NETWORK_MATRIX takes at most 10,000 names per argument: give a smaller range.",
    });
    // Unknown names too: nothing is looked up.
    expect((await excelError(() => fn.networkMatrix([["Bergen"]], block("Nowhere")))).message).toBe(
      "The argument 'networks' has 1,000,000 non-blank cells. NETWORK_MATRIX takes at most 10,000 names per argument: give a smaller range."
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });
  test("too many names in text, or too many cells in the result, are refused too", async () => {
    expect(
      (await excelError(() => fn.networkMatrix([[Array(10001).fill("Oslo").join(",")]], [["UBC"]])))
        .message
    ).toBe(
      "The argument 'cities' lists more than 10,000 names. NETWORK_MATRIX takes at most 10,000 per argument: give fewer names."
    );
    const cities = [Array(5000).fill("Oslo")];
    const networks = Array.from({ length: 500 }, () => ["UBC"]);
    expect((await excelError(() => fn.networkMatrix(cities, networks))).message).toBe(
      "5,000 cities by 500 networks would make 2,505,501 cells; NETWORK_MATRIX makes at most 1,000,000: give fewer cities or networks."
    );
  });
  test("a large range that is mostly blank is quick, and a repeated name is computed once", async () => {
    const cities: unknown[][] = Array.from({ length: 1000 }, () => Array(1000).fill(null));
    cities[10][20] = "Bergen";
    cities[999][999] = "Stockholm";
    const networks: unknown[][] = Array.from({ length: 1000 }, () => Array(1000).fill(""));
    networks[500][0] = "EUROCITIES";
    let started = performance.now();
    expect(await fn.networkMatrix(cities, networks)).toEqual([
      ["", "Bergen", "Stockholm"],
      ["EUROCITIES", 4, 4.25],
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
    started = performance.now();
    const wide = await fn.networkMatrix(
      [Array(9999).fill("Bergen")],
      Array(99).fill(["EUROCITIES"])
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(wide).toHaveLength(100);
    expect(wide[99]).toEqual(["EUROCITIES", ...Array(9999).fill(4)]);
  });
  test("the message about cities without organisations names three of them", async () => {
    const lonely = ["Seattle", "Kaliningrad", "Vilnius", "Shanghai", "Warszawa"];
    expect(
      (await excelError(() => fn.networkMatrix([Array(2000).fill(lonely).flat()], [[""]]))).message
    ).toBe(
      "The sources record no organisations for Seattle, Kaliningrad, Vilnius or 2 other cities."
    );
  });
});

describe("NETWORK_WEIGHTED", () => {
  test("the model's weighted mean, blanks and text not assessed", async () => {
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
    expect(
      (
        await excelError(() =>
          fn.networkWeighted(
            [
              [3, 4],
              [5, 1],
            ],
            [
              [1, 1],
              [1, 1],
            ]
          )
        )
      ).message
    ).toBe(
      "The argument 'scores' must be one row or one column of cells, not 2 rows by 2 columns."
    );
  });
  test("a blank weight is called a blank cell", async () => {
    for (const blank of [null, undefined, "", "  "])
      expect(await excelError(() => fn.networkWeighted([[4, 5]], [[1, blank]]))).toEqual({
        code: "#VALUE!",
        message: "Weight 2 must be a number of 0 or more, not a blank cell.",
      });
    expect((await excelError(() => fn.networkWeighted([[4]], [["x".repeat(500)]]))).message).toBe(
      `Weight 1 must be a number of 0 or more, not '${"x".repeat(57)}…'.`
    );
  });
  test("huge weights give the weighted mean, never NaN", async () => {
    expect(fn.networkWeighted([[4, 5]], [[1e308, 1e308]])).toBe(4.5);
    expect(fn.networkWeighted([[4, "", 5]], [[1e308, 1e308, 1.7e308]])).toBe(4.62962962962963);
    expect(fn.networkWeighted([[2, 5]], [[1e308, 1e308]], [["cost", "benefit"]])).toBe(4.5);
  });
  test("blank directions are benefits", async () => {
    expect(fn.networkWeighted([[4, 3, 5]], [[1, 1, 2]], [[null, null, null]])).toBe(17 / 4);
    expect(fn.networkWeighted([[4, 3, 5]], [[1, 1, 2]], [["", " ", "cost"]])).toBe(9 / 4);
  });
});
