import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { evaluationOfSize } from "../../scripts/bench/synthetic";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { columnsFor, evaluationSheet, LAYOUT } from "../../src/core/sheet/evaluation-sheet";
import { candidateSheetNames } from "../../src/core/sheet/sheet-names";
import { excelInput } from "../../src/excel/cell-input";
import { renderSheet } from "../../src/excel/render";
import { bundled } from "../helpers/dataset";
import { mockExcel, type FakeRange } from "../helpers/excel-mock";

const ds = bundled();
const combined = BUILT_IN_FRAMEWORKS[0];

/** The Bergen review as a matrix of `count` rows. */
const evaluationWithRows = (count: number) =>
  evaluationOfSize(buildEvaluation(ds, "Bergen", combined), count);

const at = (
  ranges: FakeRange[],
  row: number,
  col: number,
  property: "formulas" | "formulasR1C1" = "formulas"
) =>
  ranges.find(
    (r) =>
      r[property] !== undefined &&
      row >= r.address.row &&
      row < r.address.row + r.address.rows &&
      col >= r.address.col &&
      col < r.address.col + r.address.cols
  )!;

describe("renderSheet", () => {
  test.each([5, 500])("builds a %i-row matrix in 2 context.sync() round trips", async (rows) => {
    const { context, recorded } = mockExcel();
    const d = evaluationSheet(evaluationWithRows(rows), "en");
    const result = await renderSheet(context, d);
    expect(recorded.syncs).toBe(2);
    expect(result).toEqual({ sheetName: "Bergen", tableName: "CityNet_Bergen" });
    const sheet = recorded.sheets[0];
    const table = sheet.tables[0] as {
      range: FakeRange;
      hasHeaders: boolean;
      name: string;
      style: string;
    };
    expect(table.range.address).toEqual({
      row: LAYOUT.headerRow,
      col: 0,
      rows: rows + 1,
      cols: columnsFor(6, [], true).last + 1,
    });
    expect(table).toMatchObject({
      hasHeaders: true,
      name: "CityNet_Bergen",
      style: "TableStyleMedium2",
    });
  });

  test("never overwrites: a clash gives 'Bergen (2)' and a new table name", async () => {
    const { context, recorded } = mockExcel(["Bergen"], ["CityNet_Bergen"]);
    const result = await renderSheet(context, evaluationSheet(evaluationWithRows(5), "en"));
    expect(result).toEqual({ sheetName: "Bergen (2)", tableName: "CityNet_Bergen_2" });
    expect(recorded.sheets.map((s) => s.name)).toEqual(["Bergen (2)"]);
    expect(recorded.syncs).toBe(2);
  });

  test("writes the formulas, names, validation, colour scale and chart of the description", async () => {
    const { context, recorded } = mockExcel();
    const e = evaluationWithRows(5);
    const d = evaluationSheet(e, "nb");
    await renderSheet(context, d);
    const sheet = recorded.sheets[0];
    const cols = columnsFor(6, [], true);
    const row = LAYOUT.firstDataRow;
    // Value, coverage and recommendation: one R1C1 formula per column, for all its rows at once.
    const valueBlock = at(sheet.ranges, row, cols.value, "formulasR1C1");
    expect(valueBlock.address).toEqual({ row, col: cols.value, rows: 5, cols: 1 });
    const valueA1 = d.blocks.find((b) => b.col === cols.value && b.row === row)!.cells[0][0]
      .formula!;
    expect(valueA1).toMatch(
      /^=IF\(\(IF\(ISNUMBER\(MATCH\(G9,\{1,2,3,4,5\},0\)\),W_participation,0\)\+/
    );
    expect(valueBlock.formulasR1C1).toBe(
      valueA1.replace(/\b([G-L])9\b/g, (_, c: string) => `RC[${c.charCodeAt(0) - 77}]`)
    );
    expect(String(valueBlock.formulasR1C1)).toMatch(
      /^=IF\(\(IF\(ISNUMBER\(MATCH\(RC\[-6\],\{1,2,3,4,5\},0\)\),W_participation,0\)\+/
    );
    const rec = at(sheet.ranges, row, cols.recommendation, "formulasR1C1").formulasR1C1 as string;
    expect(rec).toContain('"Kandidat"');
    expect(rec).toContain('"Viderefør"');
    expect(rec).toContain('IF(RC[-2]="","",IF(RC[-12]="Kandidat"');
    // Scores: the prefilled source-based scores, as numbers; blank where not assessed.
    const scores = at(sheet.ranges, row, cols.criteria[0]);
    expect(scores.formulas).toEqual(e.rows.map((r) => r.scores.map((s) => (s === null ? "" : s))));
    expect(
      sheet.ranges.find(
        (r) => r.address.row === row && r.address.col === cols.criteria[0] && r.numberFormat
      )!.numberFormat
    ).toBe("0");
    expect(sheet.names.filter((n) => n.visible !== false).map((n) => n.name)).toEqual([
      "W_participation",
      "W_learning",
      "W_influence",
      "W_fit",
      "W_resources",
      "W_travel",
      "T_STRENGTHEN",
      "T_CONTINUE",
      "T_REVIEW",
      "T_JOIN",
      "FX_NOK",
      "FX_SEK",
      "FX_EUR",
    ]);
    // Hidden: the settings, 12 fixed columns, 6 score columns, 7 cost columns and 6 chart helpers.
    expect(sheet.names.filter((n) => n.visible === false)).toHaveLength(1 + 12 + 6 + 7 + 6);
    const validated = sheet.ranges.filter((r) => r.dataValidation.rule);
    // Six scores, then the fee, its currency, staff days and trips.
    expect(validated).toHaveLength(10);
    expect(validated.slice(6).map((r) => r.dataValidation.rule)).toEqual([
      { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      { list: { inCellDropDown: true, source: "NOK,SEK,EUR" } },
      { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
    ]);
    expect(validated[0].dataValidation).toMatchObject({
      rule: { wholeNumber: { formula1: 1, formula2: 5, operator: "Between" } },
      ignoreBlanks: true,
      prompt: {
        showPrompt: true,
        title: "Deltakelse",
        message: expect.stringContaining("1 Passiv: ikke deltatt de siste årene"),
      },
      errorAlert: { showAlert: true, style: "Stop", title: "Poeng 1–5" },
    });
    const scale = sheet.ranges.flatMap((r) => r.conditionalFormats.added)[0];
    expect(scale.type).toBe("ColorScale");
    expect(scale.colorScale.criteria).toMatchObject({
      minimum: { formula: "1" },
      midpoint: { formula: "3" },
      maximum: { formula: "5" },
    });
    const chart = sheet.charts[0] as {
      type: string;
      plotVisibleOnly: boolean;
      title: { text: string };
      series: { items: Record<string, unknown>[] };
    };
    expect(chart.type).toBe("BarStacked");
    expect(chart.plotVisibleOnly).toBe(false);
    expect(chart.title.text).toBe("Bergen: verdi per organisasjon");
    expect(chart.series.items.map((s) => s.name)).toEqual([
      "Styrk",
      "Viderefør",
      "Vurder",
      "Avslutt",
      "Meld inn",
      "Ikke meld inn",
    ]);
    expect(chart.series.items.every((s) => typeof s.color === "string" && s.categories)).toBe(true);
    expect(sheet.columns.filter((c) => c.columnHidden).map((c) => c.col)).toEqual([
      LAYOUT.col.key,
      ...cols.series,
    ]);
    expect(sheet.rows.filter((r) => r.rowHidden).map((r) => r.row)).toEqual([LAYOUT.metaRow]);
    expect(sheet.frozen!.address).toEqual({ row: 0, col: 0, rows: LAYOUT.firstDataRow, cols: 1 });
    expect(sheet.active).toBe(true);
    // Printing: landscape, one page wide, the heading row on every page.
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: `$${LAYOUT.headerRow + 1}:$${LAYOUT.headerRow + 1}`,
    });
  });

  test("a review over the byte budget goes in several requests: names first, events off until the last", async () => {
    const { context, recorded } = mockExcel();
    const d = evaluationSheet(evaluationWithRows(300), "en");
    await renderSheet(context, d, { maxRequestBytes: 60_000 });
    const syncs = recorded.log.flatMap((x, i) => (x === "sync" ? [i] : []));
    expect(syncs.length).toBeGreaterThanOrEqual(4); // the probe, then at least three requests
    // Events go off in the first writing request and on again in the last, right before it is sent.
    expect(recorded.log.indexOf("events:off")).toBeGreaterThan(syncs[0]);
    expect(recorded.log.indexOf("events:off")).toBeLessThan(syncs[1]);
    expect(recorded.log.filter((x) => x.startsWith("events:"))).toEqual([
      "events:off",
      "events:on",
    ]);
    expect(recorded.log.lastIndexOf("events:on")).toBe(recorded.log.length - 2);
    // Every name is queued before the first formula, all in the first writing request.
    const lastName = recorded.log.map((x) => x.startsWith("name:")).lastIndexOf(true);
    expect(lastName).toBeLessThan(recorded.log.findIndex((x) => x.startsWith("formulas")));
    expect(lastName).toBeLessThan(syncs[1]);
    // Nothing is lost by the split: the organisation column holds every row, in order.
    const names = recorded.sheets[0].ranges
      .filter((r) => r.formulas && r.address.col === 0 && r.address.row >= LAYOUT.firstDataRow)
      .sort((a, b) => a.address.row - b.address.row);
    expect(names.length).toBeGreaterThan(1);
    const described = d.blocks.find((b) => b.row === LAYOUT.firstDataRow && b.col === 0)!;
    expect(names.flatMap((r) => r.formulas!.map((line) => line[0]))).toEqual(
      described.cells.map((line) => excelInput(line[0].value ?? null))
    );
    // …each chunk starting where the one before ended.
    names.reduce<number>((next, r) => {
      expect(r.address.row).toBe(next);
      return next + r.address.rows;
    }, LAYOUT.firstDataRow);
  });

  test("when Excel refuses a request, events are turned on again and the error goes on", async () => {
    const { context, recorded } = mockExcel();
    // The probe succeeds; the writing request fails.
    const sync = (context as unknown as { sync: () => Promise<void> }).sync;
    let calls = 0;
    (context as unknown as { sync: () => Promise<void> }).sync = async () => {
      if (++calls === 2) recorded.failNextSync = true;
      return sync();
    };
    const write = renderSheet(context, evaluationSheet(evaluationWithRows(5), "en"));
    await expect(write).rejects.toThrow("The request failed.");
    expect(recorded.log.filter((x) => x.startsWith("events:") || x === "sync")).toEqual([
      "sync",
      "events:off",
      "events:on", // queued with the last writes…
      "sync", // …which Excel refuses
      "events:on", // so they are turned on again on their own
      "sync",
    ]);
  });

  test("text that looks like a formula is written as text", async () => {
    const { context, recorded } = mockExcel();
    const e = evaluationWithRows(2);
    e.rows[1] = { ...e.rows[1], name: '=HYPERLINK("http://example.org")' };
    await renderSheet(context, evaluationSheet(e, "en"));
    const names = at(recorded.sheets[0].ranges, LAYOUT.firstDataRow, 0).formulas!;
    expect(names[1][0]).toBe('\'=HYPERLINK("http://example.org")');
  });

  test("candidate names stay within Excel's 31 characters and drop forbidden characters", () => {
    expect(candidateSheetNames("Region: Oslo/Akershus [2024]", 3)).toEqual([
      "Region Oslo Akershus 2024",
      "Region Oslo Akershus 2024 (2)",
      "Region Oslo Akershus 2024 (3)",
    ]);
    expect(candidateSheetNames("A very long city name that goes on and on", 2)).toEqual([
      "A very long city name that goes",
      "A very long city name that (2)",
    ]);
    expect(candidateSheetNames("'History'", 1)).toEqual(["History (CityNet)"]);
    expect(candidateSheetNames("  ''  ", 1)).toEqual(["CityNet"]);
  });

  test("names are added before the formulas that use them, CityNet's own names hidden", async () => {
    const { context, recorded } = mockExcel();
    await renderSheet(context, evaluationSheet(evaluationWithRows(3), "en"));
    const firstFormula = recorded.log.findIndex((x) => x.startsWith("formulas"));
    const lastName = recorded.log.map((x) => x.startsWith("name:")).lastIndexOf(true);
    expect(lastName).toBeLessThan(firstFormula);
    const names = recorded.sheets[0].names;
    expect(names.find((n) => n.name === "W_learning")?.visible).toBeUndefined();
    expect(names.find((n) => n.name === "CityNet_settings")).toMatchObject({
      visible: false,
      range: { address: { row: LAYOUT.metaRow, col: 1, rows: 1, cols: 1 } },
    });
    expect(names.find((n) => n.name === "CityNet_col_value")).toMatchObject({
      visible: false,
      range: { address: { row: LAYOUT.headerRow, col: columnsFor(6).value, rows: 1, cols: 1 } },
    });
  });

  test("text that Excel would turn into something else goes in with its text mark", async () => {
    const { context, recorded } = mockExcel();
    const e = evaluationWithRows(9);
    const texts = ["1-2", "3/4", "50%", "TRUE", "00123", "'s-Hertogenbosch", "- bullet", "@home"];
    texts.forEach((name, i) => (e.rows[i + 1] = { ...e.rows[i + 1], name }));
    e.rows[0] = { ...e.rows[0], evidence: "x".repeat(40000), sourceEvidence: undefined };
    await renderSheet(context, evaluationSheet(e, "en"));
    const names = at(recorded.sheets[0].ranges, LAYOUT.firstDataRow, 0).formulas!;
    expect(names.slice(1).map((line) => line[0])).toEqual([
      "'1-2",
      "'3/4",
      "'50%",
      "'TRUE",
      "'00123",
      "''s-Hertogenbosch",
      "'- bullet",
      "'@home",
    ]);
    expect(names[0][0]).toBe(e.rows[0].name); // plain text goes in as it is
    const evidence = at(recorded.sheets[0].ranges, LAYOUT.firstDataRow, columnsFor(6).evidence)
      .formulas![0][0] as string;
    expect(evidence).toHaveLength(32767);
    expect(evidence.endsWith("x […]")).toBe(true);
  });
});
