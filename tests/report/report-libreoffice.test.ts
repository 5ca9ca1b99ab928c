import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import type { Lang } from "../../src/core/model";
import { REPORT_WORDS } from "../../src/core/report/words";
import type { ReviewReport } from "../../src/core/sheet/review-report";
import { memoryIO } from "../helpers/cli-io";
import { findWriter } from "../helpers/libreoffice";

// The Word report as a reader gets it: LibreOffice Writer converts the .docx to text, and the text
// names every organisation of the review with its recommendation, in the review's language and the
// documents' phrasing, under the organisation's own heading.

const soffice = findWriter();
if (!soffice) {
  const message =
    "LibreOffice Writer is not installed: the report check cannot run. Install libreoffice-writer-nogui.";
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
}
const maybe = soffice ? test : test.skip;

async function run(args: string[], files: Map<string, Uint8Array>) {
  const m = memoryIO(files);
  const code = await main(args, m.io);
  return { code, out: m.out.join("\n"), err: m.err.join("\n"), files: m.files };
}

/** The .docx as LibreOffice Writer reads it, as plain text. */
function asText(docx: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "citynet-docx-"));
  writeFileSync(join(dir, "report.docx"), docx);
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "txt:Text (encoded):UTF8",
      "--outdir",
      dir,
      join(dir, "report.docx"),
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  return readFileSync(join(dir, "report.txt"), "utf8").replace(/^\uFEFF/, "");
}

const cases: { city: string; framework: string; lang: Lang; input?: string }[] = [
  {
    city: "Bergen",
    framework: "bergen",
    lang: "nb",
    input: join(__dirname, "../cli/golden/report-bergen-nb/input.xlsx"),
  },
  { city: "Stockholm", framework: "stockholm", lang: "sv" },
  { city: "Bergen", framework: "combined", lang: "en" },
];

maybe.each(cases)(
  "$city ($lang): every organisation under its heading with its recommendation",
  async ({ city, framework, lang, input }) => {
    const files = new Map<string, Uint8Array>();
    if (input) files.set("review.xlsx", new Uint8Array(readFileSync(input)));
    else {
      const made = await run(
        [
          "export",
          "--city",
          city,
          "--framework",
          framework,
          "--lang",
          lang,
          "--out",
          "review.xlsx",
        ],
        files
      );
      expect(made.code).toBe(0);
    }
    const check = JSON.parse(
      (await run(["check", "review.xlsx", "--json"], files)).out
    ) as ReviewReport;
    const rows = check.matrices[0].rows;
    const drafted = await run(["report", "review.xlsx", "--out", "report.docx"], files);
    expect(drafted).toMatchObject({ code: 0, err: "" });
    const text = asText(files.get("report.docx")!);
    const lines = text.split(/\r?\n/);
    const w = REPORT_WORDS[lang];
    const phrases = new Set([...Object.values(w.phrase), w.notScored]);
    let recommended = 0;
    for (const row of rows) {
      // The organisation's heading, then the first recommendation phrase after it.
      const at = lines.findIndex(
        (l) => l === row.organisation || l.startsWith(`${row.organisation} (`)
      );
      expect({ organisation: row.organisation, found: at >= 0 }).toEqual({
        organisation: row.organisation,
        found: true,
      });
      const phrase = lines.slice(at + 1).find((l) => phrases.has(l.trim()));
      const expected = row.recommendation ? w.phrase[row.recommendation] : w.notScored;
      expect({ organisation: row.organisation, phrase }).toEqual({
        organisation: row.organisation,
        phrase: expected,
      });
      if (row.recommendation) recommended++;
    }
    expect(recommended).toBeGreaterThanOrEqual(3);
    // The language is the review's: its headings, not another language's.
    expect(text).toContain(w.introduction);
    expect(text).toContain(w.summary);
    for (const other of (["en", "nb", "sv"] as Lang[]).filter((l) => l !== lang))
      expect(text).not.toContain(`\n${REPORT_WORDS[other].assessment}\n`);
  },
  180_000
);
