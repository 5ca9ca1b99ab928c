import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../../src/cli/main";
import { SHEET_WORDS } from "../../src/core/sheet/strings";
import { memoryIO } from "../helpers/cli-io";
import { findSoffice } from "../helpers/libreoffice";

// The exported review workbook, complete: summary, matrix, sources and data sheets in that order;
// the charts (written by hand as DrawingML) on the summary and the matrix; page setup for printing
// (landscape, one page wide, the heading row on every page); table names unique in the workbook; the
// rubric prompts' line breaks kept. And LibreOffice opens it and keeps every part.

const soffice = findSoffice();

async function exported(args: string[]): Promise<Uint8Array> {
  const m = memoryIO();
  expect(await main(["export", ...args, "--out", "x.xlsx"], m.io)).toBe(0);
  return m.files.get("x.xlsx")!;
}

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

const sheetNames = (p: Record<string, string>) =>
  [...p["xl/workbook.xml"].matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);

test("the parts of a complete review workbook", async () => {
  const p = parts(
    await exported([
      "--city",
      "Bergen",
      "--framework",
      "bergen",
      "--lang",
      "nb",
      "--raters",
      "Anne, Per",
    ])
  );
  expect(sheetNames(p)).toEqual(["Sammendrag", "Bergen", "Kilder", "CityNet-data"]);
  // A chart on the summary and on the matrix, each a stacked bar per recommendation over its own sheet.
  expect(
    Object.keys(p)
      .filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k))
      .sort()
  ).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
  const summaryChart = p["xl/charts/chart1.xml"];
  expect(summaryChart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
  expect([...summaryChart.matchAll(/<c:tx><c:v>([^<]+)<\/c:v><\/c:tx>/g)].map((m) => m[1])).toEqual(
    ["Styrk", "Viderefør", "Vurder", "Avslutt", "Meld inn", "Ikke meld inn"]
  );
  expect(summaryChart).toMatch(/<c:cat><c:strRef><c:f>'Sammendrag'!\$A\$\d+:\$A\$\d+<\/c:f>/);
  expect(p["xl/charts/chart2.xml"]).toMatch(
    /<c:val><c:numRef><c:f>'Bergen'!\$[A-Z]+\$9:\$[A-Z]+\$42<\/c:f>/
  );
  expect(p["[Content_Types].xml"]).toContain(
    'PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"'
  );
  expect(p["xl/worksheets/_rels/sheet2.xml.rels"]).toMatch(
    /Type="[^"]+\/drawing" Target="..\/drawings\/drawing2.xml"/
  );
  expect(p["xl/worksheets/sheet2.xml"]).toMatch(/<drawing r:id="rId\d"\/><tableParts/);
  // Printing: landscape, one page wide, the heading row repeated.
  expect(p["xl/worksheets/sheet2.xml"]).toContain(
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
  );
  expect(p["xl/worksheets/sheet2.xml"]).toContain(
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
  );
  expect(p["xl/workbook.xml"]).toContain(
    '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Bergen\'!$8:$8</definedName>'
  );
  // Table names unique in the workbook.
  const tables = Object.keys(p)
    .filter((k) => k.startsWith("xl/tables/"))
    .map((k) => /displayName="([^"]+)"/.exec(p[k])![1]);
  expect(tables.length).toBe(4);
  expect(new Set(tables.map((t) => t.toLowerCase())).size).toBe(tables.length);
  // The rubric prompts keep their line breaks (an attribute's raw line break would become a space).
  expect(p["xl/worksheets/sheet2.xml"]).toMatch(/prompt="1 Passiv[^"]*&#10;2 Sporadisk/);
  // The Sources sheet names the document the scores come from.
  const strings = p["xl/worksheets/sheet3.xml"];
  expect(strings).toContain("Gjennomgang av kommunens internasjonale samarbeidsarenaer");
  expect(strings).toContain("Bergen kommune");
});

(soffice ? test : test.skip)(
  "LibreOffice opens it and keeps the charts, the page setup and the print titles",
  async () => {
    const bytes = await exported([
      "--city",
      "Stockholm",
      "--framework",
      "stockholm",
      "--lang",
      "sv",
    ]);
    const dir = mkdtempSync(join(tmpdir(), "citynet-export-"));
    writeFileSync(join(dir, "in.xlsx"), bytes);
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        join(dir, "out"),
        join(dir, "in.xlsx"),
      ],
      { stdio: "pipe", timeout: 120_000 }
    );
    const p = parts(new Uint8Array(readFileSync(join(dir, "out", "in.xlsx"))));
    expect(sheetNames(p)).toEqual(["Sammanfattning", "Stockholm", "Källor", "CityNet-data"]);
    const charts = Object.keys(p).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(2);
    const all = charts.map((k) => p[k]).join("");
    expect(all).toContain("<c:f>Stockholm!$A$9:$A$15</c:f>");
    for (const word of Object.values(SHEET_WORDS.sv.recommendations))
      expect(all).toContain(`<c:v>${word}</c:v>`);
    expect(p["xl/workbook.xml"]).toMatch(/name="_xlnm.Print_Titles"[^>]*>Stockholm!\$8:\$8</);
    expect(p["xl/worksheets/sheet2.xml"]).toMatch(
      /<pageSetup[^>]*fitToWidth="1"[^>]*orientation="landscape"/
    );
  },
  180_000
);
