import { strFromU8, unzipSync } from "fflate";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { isDamaged, readMatrix, type ReadMatrix } from "../../src/core/sheet/read-matrix";
import { readXlsx } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";
import { bundled } from "../helpers/dataset";
import { editWithLibreOffice, findSoffice, findUnoPython } from "../helpers/libreoffice";

// What CityNet writes into an .xlsx is read back as exactly that: text that looks like a formula, a
// number, a date or a logical value stays text; sheet and table names are valid and unique; the
// rubric prompts keep their line breaks. Then the same through a real spreadsheet.

const TEXTS = [
  '=HYPERLINK("http://evil.example")',
  "- bullet",
  "1-2",
  "3/4",
  "50%",
  "TRUE",
  "00123",
  "'s-Hertogenbosch",
  "#N/A",
  "Москва Urban Forum",
];

function review() {
  const e = buildEvaluation(bundled(), "Bergen", BUILT_IN_FRAMEWORKS[1], { candidates: TEXTS });
  e.rows[0] = { ...e.rows[0], notes: "z".repeat(40000) };
  return e;
}

test("text, names, tables and prompts survive writing and reading", async () => {
  const e = review();
  const d = evaluationSheet(e, "nb");
  const bytes = writeXlsx([
    { name: "Region: Oslo/Akershus [2024]", description: d },
    { name: "region: oslo/akershus [2024]", description: d },
  ]);
  const sheets = await readXlsx(bytes);
  expect(sheets.map((s) => s.name)).toEqual([
    "Region Oslo Akershus 2024",
    "region oslo akershus 2024 (2)",
  ]);
  expect(sheets.map((s) => s.tables.map((t) => t.name))).toEqual([
    ["CityNet_Bergen"],
    ["CityNet_Bergen_2"],
  ]);
  const read = readMatrix(sheets[0]) as ReadMatrix;
  expect(read.problems).toEqual([]);
  const names = read.evaluation.rows.map((r) => r.name);
  for (const t of TEXTS) expect(names).toContain(t);
  const notes = read.evaluation.rows[0].notes;
  expect(notes).toHaveLength(32767);
  expect(notes.endsWith("z […]")).toBe(true);
  // Line breaks in data-validation prompts are escaped, not folded into spaces.
  const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
  expect(xml).toContain('prompt="1 Passiv: ikke deltatt de siste årene&#10;2 Sporadisk');
});

const soffice = findSoffice();
const python = findUnoPython();
(soffice && python ? test : test.skip)(
  "and through LibreOffice: opened, edited elsewhere, saved, the same text",
  async () => {
    const e = review();
    const bytes = writeXlsx([{ name: "Bergen", description: evaluationSheet(e, "en") }]);
    const edited = editWithLibreOffice(python!, bytes, [
      { op: "set", sheet: "Bergen", cell: "G9", value: 3 },
    ]);
    const read = readMatrix((await readXlsx(edited))[0]) as ReadMatrix;
    expect(isDamaged(read)).toBe(false);
    expect(read.problems).toEqual([]);
    const names = read.evaluation.rows.map((r) => r.name);
    for (const t of TEXTS) expect(names).toContain(t);
    expect(read.evaluation.rows[0].scores[0]).toBe(3);
  },
  120_000
);
