import { readFileSync } from "fs";
import { join } from "path";
import { main } from "../../src/cli/main";
import { a1 } from "../../src/core/sheet/address";
import { isDamaged, readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import type { ReportMatrix, ReviewReport } from "../../src/core/sheet/review-report";
import type { SheetSnapshot } from "../../src/core/sheet/snapshot";
import { readXlsx } from "../../src/xlsx/read";
import { editWithLibreOffice, findSoffice, findUnoPython, type Edit } from "../helpers/libreoffice";
import { memoryIO } from "../helpers/cli-io";

// Review workbooks as colleagues return them: exported by `citynet export`, opened in a real
// spreadsheet (LibreOffice, headless, through its UNO API), edited as a person edits (typing, inserting
// rows and columns, sorting, copying the sheet), saved as .xlsx, then read by `citynet check`.
// Every typed score must be found at the cell it is in now, and every bad cell named.

const soffice = findSoffice();
const python = findUnoPython();
if (!soffice || !python) {
  const message =
    "LibreOffice with its Python UNO bridge is not installed: the checks of workbooks edited in a real spreadsheet cannot run. Install libreoffice-calc-nogui and python3-uno.";
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
}
const maybe = soffice && python ? test : test.skip;

async function exported(args: string[]): Promise<Uint8Array> {
  const m = memoryIO();
  expect(await main(["export", ...args, "--out", "r.xlsx"], m.io)).toBe(0);
  return m.files.get("r.xlsx")!;
}

async function check(bytes: Uint8Array, ...flags: string[]) {
  const m = memoryIO(new Map([["r.xlsx", bytes]]));
  const code = await main(["check", "r.xlsx", "--json", ...flags], m.io);
  return { code, report: JSON.parse(m.out.join("\n")) as ReviewReport };
}

const row = (m: ReportMatrix, key: string) => m.rows.find((r) => r.key === key)!;
const rowNumber = (cell: string) => Number(/\d+/.exec(cell)![0]);

/** The sheet 'Bergen' holds the matrix (the export puts the summary first). */
const matrixSheet = (sheets: SheetSnapshot[]) => sheets.find((s) => s.name === "Bergen")!;

maybe(
  "a colleague's edits: typed scores, a note, rows and a column inserted, the sheet copied",
  async () => {
    const original = await exported(["--city", "Bergen", "--framework", "bergen", "--lang", "nb"]);
    const before = (await check(original)).report.matrices[0];
    const ubcRow = rowNumber(row(before, "ubc").cells.participation); // 1-based
    const note = '=HYPERLINK("http://example.org";"se her")';
    const edits: Edit[] = [
      { op: "set", sheet: "Bergen", cell: `G${ubcRow}`, value: 3 },
      { op: "set", sheet: "Bergen", cell: `H${ubcRow}`, value: 4 },
      { op: "set", sheet: "Bergen", cell: `O${ubcRow}`, value: note },
      { op: "insertRows", sheet: "Bergen", at: ubcRow - 3, count: 1 }, // a blank row in the table
      { op: "insertRows", sheet: "Bergen", at: 0, count: 2 }, // two rows above everything
      { op: "insertColumns", sheet: "Bergen", at: 3, count: 1 }, // between Type and Status
      { op: "copySheet", sheet: "Bergen", to: "Bergen (kopi)" },
    ];
    const now = ubcRow + 3;
    edits.push({ op: "set", sheet: "Bergen (kopi)", cell: `J${now}`, value: 5 });
    const edited = editWithLibreOffice(python!, original, edits);

    const { code, report } = await check(edited);
    expect(report.problems).toEqual([]);
    expect(code).toBe(0);
    expect(report.matrices.map((m) => [m.sheet, m.rows.length])).toEqual([
      ["Bergen", 34],
      ["Bergen (kopi)", 34],
    ]);
    const [mine, copy] = report.matrices;
    expect(row(mine, "ubc")).toMatchObject({
      scores: { participation: 3, learning: 4, influence: 2 },
      cells: { participation: `H${now}`, learning: `I${now}`, influence: `J${now}` },
      recommendation: "Continue",
      notes: note, // text stays text: it did not become a formula
    });
    expect(row(copy, "ubc").scores).toEqual({ participation: 3, learning: 4, influence: 5 });
    // Every other row kept its scores.
    for (const r of before.rows.filter((x) => x.key !== "ubc"))
      expect({ key: r.key, scores: row(mine, r.key).scores }).toEqual({
        key: r.key,
        scores: r.scores,
      });

    // LibreOffice calculated the formulas when it saved: the file's cached values agree with the core.
    const sheet = matrixSheet(await readXlsx(edited));
    const read = readMatrix(sheet) as ReadMatrix;
    expect(isDamaged(read)).toBe(false);
    const valueCol = read.layout.columns.value!;
    for (const r of mine.rows) {
      const cached = sheet.values[rowNumber(r.cells.participation) - 1][valueCol];
      if (r.value === null) expect(cached ?? "").toBe("");
      else expect(Math.abs((cached as number) - r.value)).toBeLessThanOrEqual(1e-9);
    }
  },
  120_000
);

maybe(
  "bad input is named by sheet and cell, in the reader's language",
  async () => {
    const original = await exported(["--city", "Bergen", "--framework", "bergen", "--lang", "en"]);
    const before = (await check(original)).report.matrices[0];
    const r = rowNumber(row(before, "ubc").cells.participation);
    const layout = (readMatrix(matrixSheet(await readXlsx(original))) as ReadMatrix).layout;
    const t = layout.thresholdCells.strengthen!;
    const strengthen = a1(t.row, t.col);
    const costs = layout.costs!.columns;
    const fee = a1(r - 1, costs.fee!);
    const currency = a1(r, costs.currency!);
    const days = a1(r + 1, costs.staffDays!);
    const edited = editWithLibreOffice(python!, original, [
      { op: "set", sheet: "Bergen", cell: `G${r}`, value: "fire" },
      { op: "set", sheet: "Bergen", cell: `H${r}`, value: 2.5 },
      { op: "set", sheet: "Bergen", cell: `C${r + 1}`, value: "Medlem" },
      { op: "set", sheet: "Bergen", cell: "G4", value: -1 },
      { op: "set", sheet: "Bergen", cell: strengthen, value: "4,5" }, // T_STRENGTHEN, as text
      { op: "set", sheet: "Bergen", cell: `J${r + 2}`, value: 3.5 }, // over the Value formula
      { op: "set", sheet: "Bergen", cell: fee, value: "ca. 20 000" },
      { op: "set", sheet: "Bergen", cell: currency, value: "DKK" },
      { op: "set", sheet: "Bergen", cell: days, value: -2 },
    ]);
    const { code, report } = await check(edited, "--lang", "nb");
    expect(code).toBe(1);
    expect(report.problems.map((p) => [p.sheet, p.cell, p.severity])).toEqual([
      ["Bergen", "G4", "error"],
      ["Bergen", strengthen, "error"],
      ["Bergen", `G${r}`, "error"],
      ["Bergen", `H${r}`, "error"],
      ["Bergen", fee, "error"],
      ["Bergen", `C${r + 1}`, "error"],
      ["Bergen", currency, "error"],
      ["Bergen", `J${r + 2}`, "error"],
      ["Bergen", days, "error"],
    ]);
    const said = (cell: string) => report.problems.find((p) => p.cell === cell)!.message;
    expect(said(fee)).toBe(
      "«ca. 20 000» er ikke et tall på 0 eller mer, så det regnes ikke som årlig kontingent. Skriv et tall (f.eks. 25000), eller tøm cellen."
    );
    expect(said(currency)).toBe(
      "«DKK» er ikke en valuta CityNet kjenner: skriv NOK, SEK eller EUR, eller tøm cellen for NOK, gjennomgangens valuta. Kontingenten regnes ikke med før da."
    );
    expect(said(days)).toBe(
      "«−2» er ikke et tall på 0 eller mer, så det regnes ikke som dagsverk per år. Skriv et tall (f.eks. 12), eller tøm cellen."
    );
    expect(report.problems[2].message).toBe(
      "«fire» er tekst, ikke et poeng for Deltakelse. Skriv et helt tall fra 1 til 5, eller tøm cellen."
    );
    expect(report.problems[1].message).toBe(
      "Terskelen «Styrk» må være et tall fra 1 til 5; fant «4,5». CityNet bruker 4,75 til den er rettet."
    );
    expect(row(report.matrices[0], "ubc").scores).toEqual({
      participation: null,
      learning: null,
      influence: 2,
    });
  },
  120_000
);

maybe(
  "sorted, and a score column deleted: scores stay with their rows, the deletion is said",
  async () => {
    const original = await exported(["--city", "Stockholm", "--framework", "stockholm"]);
    const before = (await check(original)).report.matrices[0];
    const last = 8 + before.rows.length;
    const edited = editWithLibreOffice(python!, original, [
      { op: "sort", sheet: "Stockholm", range: `A9:Z${last}`, column: 0, descending: true },
      { op: "deleteColumns", sheet: "Stockholm", at: 7 }, // Operational development
      { op: "renameSheet", sheet: "Stockholm", to: "Stockholm 2011" },
    ]);
    const { code, report } = await check(edited);
    expect(code).toBe(1);
    const m = report.matrices[0];
    expect(m.sheet).toBe("Stockholm 2011");
    expect(m.rows.map((r) => r.organisation)).toEqual(
      [...before.rows.map((r) => r.organisation)].sort((a, b) => b.localeCompare(a, "en"))
    );
    for (const r of before.rows)
      expect(row(m, r.key).scores).toEqual({ ...r.scores, operations: null });
    expect(report.problems).toEqual([
      {
        sheet: "Stockholm 2011",
        cell: "A8",
        severity: "error",
        message:
          "Column 'Operational development' was deleted or cannot be found. Its scores cannot be read, so no value that needs them is given. Undo the deletion.",
      },
    ]);
  },
  120_000
);

maybe(
  "a review written by CityNet 0.1, edited in LibreOffice, is read in full",
  async () => {
    const v1 = new Uint8Array(
      readFileSync(join(__dirname, "../fixtures/matrix-v1/bergen-nb.xlsx"))
    );
    const before = (await check(v1)).report.matrices[0];
    const r = rowNumber(row(before, "eurocities").cells.participation);
    const edited = editWithLibreOffice(python!, v1, [
      { op: "insertRows", sheet: "Bergen", at: 0, count: 1 },
      { op: "insertRows", sheet: "Bergen", at: r + 1, count: 1 },
      { op: "set", sheet: "Bergen", cell: `I${r + 1}`, value: 2 },
    ]);
    const { code, report } = await check(edited);
    expect(report.problems).toEqual([]);
    expect(code).toBe(0);
    const m = report.matrices[0];
    expect(m.version).toBe(1);
    expect(m.rows).toHaveLength(35);
    expect(row(m, "eurocities")).toMatchObject({
      scores: { participation: 4, learning: 3, influence: 2 },
      cells: { influence: `I${r + 1}` },
    });
  },
  120_000
);

maybe(
  "the team's data sheet, typed in LibreOffice: good rows count, a bad row is named",
  async () => {
    const original = await exported(["--city", "Bergen", "--framework", "bergen", "--lang", "nb"]);
    const typed: [string, string | number][] = [
      ["A6", "Medlemskapshendelse"],
      ["B6", "EUROCITIES"],
      ["C6", "Bergen"],
      ["D6", "vedtatt utmelding"],
      ["F6", 2026],
      ["H6", "Bystyret vedtok utmelding"],
      ["I6", "Anne"],
      ["J6", "2026-11-02"],
      ["A7", "Faktum"],
      ["B7", "METREX"],
      ["D7", "medlemmer"],
      ["E7", "mange"],
      ["H7", "Mange medlemmer"],
    ];
    const edited = editWithLibreOffice(
      python!,
      original,
      typed.map(([cell, value]) => ({ op: "set" as const, sheet: "CityNet-data", cell, value }))
    );
    const { code, report } = await check(edited);
    expect(code).toBe(1);
    expect(report.problems).toEqual([
      {
        sheet: "CityNet-data",
        cell: "E7",
        severity: "error",
        message:
          "'mange' is not a value for 'members': write the number of members, such as 145 or 'about 200 members'.",
      },
    ]);
  },
  120_000
);
