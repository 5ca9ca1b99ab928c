import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { evaluationOfSize } from "../../scripts/bench/synthetic";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { toR1C1 } from "../../src/excel/r1c1";
import { renderSheet } from "../../src/excel/render";
import { MAX_REQUEST_BYTES } from "../../src/excel/write-batch";
import { bundled } from "../helpers/dataset";
import {
  EXCEL_ON_THE_WEB,
  loadOfficeJs,
  workbookResponder,
  type FakeWorkbook,
  type RecordedRequest,
} from "../helpers/officejs";

// render.ts through Microsoft's own Office.js client: the bytes of every request it really sends, the
// order of the actions in them, and the requirement sets of every member it uses.

// With Excel on the web's 5 MB limits: a request over them fails here as it would there.
const client = loadOfficeJs({ ExcelApi: "1.9" }, EXCEL_ON_THE_WEB);
const ds = bundled();
const combined = BUILT_IN_FRAMEWORKS[0];

/** The Bergen review as a matrix of `count` rows. */
const evaluationWithRows = (count: number) =>
  evaluationOfSize(buildEvaluation(ds, "Bergen", combined), count);

async function render(rows: number, wb: FakeWorkbook = { sheets: [] }, lang: "en" | "nb" = "en") {
  client.reset();
  client.respond(workbookResponder(wb));
  const d = evaluationSheet(evaluationWithRows(rows), lang);
  const result = await client.Excel.run((context) => renderSheet(context, d));
  return { d, result };
}

/** Set-property and method actions of a request, as "Name path". */
const actions = (r: RecordedRequest) =>
  r.actions
    .filter((a) => a.ActionType === 3 || a.ActionType === 4)
    .map((a) => ({ name: a.Name, path: r.pathOf(a), args: a.ArgumentInfo?.Arguments ?? [] }));

describe("request sizes", () => {
  test.each([
    [50, 2],
    [500, 2],
  ])("%i rows: one probe and one write, the write far under the budget", async (rows, syncs) => {
    await render(rows);
    expect(client.requests).toHaveLength(syncs);
    expect(Math.max(...client.requests.map((r) => r.bytes))).toBeLessThan(MAX_REQUEST_BYTES / 2);
  });

  test.each([2000, 10000])(
    "%i rows: no request over 1 MB (Excel on the web refuses 5 MB)",
    async (rows) => {
      await render(rows);
      const bytes = client.requests.map((r) => r.bytes);
      expect(client.requests.filter((r) => r.refused)).toEqual([]);
      expect(Math.max(...bytes)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
      // Split only as far as the budget needs: requests are filled before the next is sent.
      const written = bytes.slice(1).reduce((a, b) => a + b, 0);
      expect(bytes.length - 1).toBeLessThanOrEqual(Math.ceil(written / (MAX_REQUEST_BYTES * 0.7)));
    },
    30_000
  );

  test("the per-row formulas go once per column: the value column is one R1C1 formula", async () => {
    const { d } = await render(500);
    const cols = columnsFor(combined.criteria.length, [], true);
    const sets = actions(client.requests[1]).filter((a) => a.name === "FormulasR1C1");
    const value = sets.find((a) =>
      a.path.endsWith(`GetRangeByIndexes(${LAYOUT.firstDataRow},${cols.value},500,1)`)
    )!;
    const first = d.blocks.find((b) => b.col === cols.value && b.row === LAYOUT.firstDataRow)!;
    expect(value.args).toEqual([
      toR1C1(first.cells[0][0].formula!, LAYOUT.firstDataRow, cols.value),
    ]);
    // Value, coverage, recommendation, the fee in the review's currency, value per 10,000 and per staff
    // day, and the six chart helpers: twelve columns, twelve actions.
    expect(sets).toHaveLength(12);
    // No formula of a data row goes in A1 any more.
    const a1 = actions(client.requests[1]).filter(
      (a) => a.name === "Formulas" && JSON.stringify(a.args).includes("=IF(")
    );
    expect(a1.map((a) => a.path)).toEqual([
      expect.stringContaining(`GetRangeByIndexes(${LAYOUT.shareRow},`), // the weights' shares: one row
    ]);
  });
});

describe("what is really sent", () => {
  test("names are added before the first formula that uses them, in the same request", async () => {
    await render(5);
    const request = client.requests[1];
    // A name is an object path (Names.Add(name, range, comment)) instantiated where it is first used.
    const order = request.actions.map((a) => ({ a, path: request.pathOf(a) }));
    const names = order.flatMap(({ a, path }, i) =>
      a.ActionType === 1 && /\.Names\.Add\("/.test(path) ? [{ i, path }] : []
    );
    const formulas = order.flatMap(({ a }, i) =>
      (a.Name === "Formulas" || a.Name === "FormulasR1C1") &&
      /W_|T_STRENGTHEN/.test(JSON.stringify(a.ArgumentInfo))
        ? [i]
        : []
    );
    expect(names.length).toBeGreaterThan(10);
    expect(formulas.length).toBeGreaterThan(0);
    expect(Math.max(...names.map((n) => n.i))).toBeLessThan(Math.min(...formulas));
    expect(names[0].path).toMatch(/Names\.Add\("W_participation",\d+,"Weight of Participation"\)$/);
  });

  test("events go off in the first writing request and on again at the end of the last", async () => {
    await render(2000);
    const toggles = client.requests.map((r) =>
      actions(r)
        .filter((a) => a.name === "EnableEvents")
        .map((a) => a.args[0])
    );
    expect(toggles[0]).toEqual([]); // the probe writes nothing
    expect(toggles[1]).toEqual([false]);
    expect(toggles.at(-1)).toEqual([true]);
    expect(toggles.length).toBeGreaterThanOrEqual(3);
    expect(toggles.slice(2, -1).flat()).toEqual([]);
    // …and the sheet made in the first request is addressed by the id Excel gave it afterwards.
    expect(
      client.requests[2].actions.some((a) =>
        client.requests[2].pathOf(a).startsWith('Worksheets.GetItem("{Bergen}")')
      )
    ).toBe(true);
  }, 30_000);

  test("a taken name: the next free sheet and table names are found first, in one probe", async () => {
    const { result } = await render(5, {
      sheets: [{ name: "Bergen", values: [], names: [], tables: [] }],
      otherTables: ["CityNet_Bergen"],
    });
    expect(result).toEqual({ sheetName: "Bergen (2)", tableName: "CityNet_Bergen_2" });
    expect(client.requests).toHaveLength(2);
    const add = actions(client.requests[1]).find(
      (a) => a.name === "Add" && a.path === "Worksheets"
    );
    expect(add).toBeUndefined(); // the sheet is an object path, not an action:
    expect(
      client.requests[1].actions.some(
        (a) => client.requests[1].pathOf(a) === 'Worksheets.Add("Bergen (2)")'
      )
    ).toBe(true);
  });

  test("every member used belongs to ExcelApi 1.9 or earlier, what the pane checks", async () => {
    await render(2000, { sheets: [] }, "nb");
    const sets = [...new Set(client.requirementChecks)].sort();
    expect(sets.length).toBeGreaterThan(3);
    expect(sets.filter((s) => !/^ExcelApi 1\.[1-9]$/.test(s))).toEqual([]);
    // Runtime.enableEvents and data validation are 1.8, the page layout for printing 1.9: the highest
    // the renderer needs, and what the pane checks.
    expect(sets.at(-1)).toBe("ExcelApi 1.9");
  });

  test("Office.js refuses a property read before it is loaded, so every test here proves the code loads first", async () => {
    client.reset();
    client.respond(() => undefined);
    await expect(
      client.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Bergen").getRange("A1");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake under test
        return range.values;
      })
    ).rejects.toThrow(/The property 'values' is not available/);
  });
});
