import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import { parseArgs } from "util";
import { buildDataset, type Dataset } from "../core/dataset";
import { CityNetError } from "../core/errors";
import type { Lang } from "../core/model";
import { problemPlace } from "../core/sheet/problems";
import { reviewReport } from "../core/sheet/review-report";
import { withWorkbookData } from "../core/team-data/overlay";
import { readDataSheet } from "../core/team-data/read-data";
import { RAW_DATASET } from "../data";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { readXlsx, XlsxReadError } from "../xlsx/read";
import { reportText } from "./check";
import { exportReview } from "./export";
import { mergeFiles } from "./merge";
import { draftReport } from "./report";
import { CLI_WORDS } from "./words";

// The `citynet` command: review workbooks on the command line with the same core as the add-in.
// Exit codes: 0 done (check: no problems); 1 check found problems; 2 nothing could be done (bad
// arguments, a file that cannot be read or written). No exception reaches the user as a stack trace.

export const VERSION = "0.2.0";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a new file, or replaces one only when `replace`; never leaves half a file. */
  writeFile(path: string, bytes: Uint8Array, replace: boolean): Promise<void>;
}

export const nodeIO: CliIO = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  readFile: async (p) => new Uint8Array(await fs.readFile(p)),
  async writeFile(p, bytes, replace) {
    const temp = join(dirname(p), `.${basename(p)}.${process.pid}.tmp`);
    await fs.writeFile(temp, bytes, { flag: "wx" });
    try {
      if (!replace)
        await fs.link(temp, p); // fails if p exists: no race with another writer
      else await fs.rename(temp, p);
    } finally {
      await fs.rm(temp, { force: true });
    }
  },
};

class Failure extends Error {
  constructor(
    message: string,
    readonly code: number
  ) {
    super(message);
  }
}

const LANGS: Lang[] = ["en", "nb", "sv"];

/** --lang as given anywhere on the line, so that even argument errors are in that language. */
function languageOf(argv: readonly string[]): { lang: Lang; bad?: string } {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return { lang: "en" };
  const value = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return LANGS.includes(value as Lang) ? { lang: value as Lang } : { lang: "en", bad: value ?? "" };
}

let dataset: Dataset | undefined;
const getDataset = () => (dataset ??= buildDataset(RAW_DATASET));

export async function main(argv: readonly string[], io: CliIO = nodeIO): Promise<number> {
  const { lang, bad } = languageOf(argv);
  const w = CLI_WORDS[lang];
  try {
    if (bad !== undefined) throw new Failure(w.badLang(bad), 2);
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.out(w.usage);
      return command === undefined ? 2 : 0;
    }
    if (command === "--version") {
      io.out(VERSION);
      return 0;
    }
    if (command === "export") return await runExport(rest, lang, io);
    if (command === "check") return await runCheck(rest, lang, io);
    if (command === "merge") return await runMerge(rest, lang, io);
    if (command === "report") return await runReport(rest, lang, argv, io);
    throw new Failure(w.unknownCommand(command), 2);
  } catch (error) {
    if (error instanceof Failure) {
      io.err(error.message);
      return error.code;
    }
    if (error instanceof CityNetError) {
      io.err(error.message);
      return 2;
    }
    io.err(w.internal(String((error as { message?: unknown })?.message ?? error)));
    return 2;
  }
}

type Values = Record<string, string | boolean | undefined>;

function options(
  args: readonly string[],
  spec: Record<string, { type: "string" | "boolean" }>,
  lang: Lang
): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: spec,
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    // parseArgs says which option, in English: say it in the reader's language.
    const e = error as { code?: string; message?: string };
    const option = /'(-[^' ]+)/.exec(e.message ?? "")?.[1] ?? "";
    const w = CLI_WORDS[lang];
    throw new Failure(
      w.badOptions(
        e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
          ? w.optionValue(option)
          : e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
            ? w.unexpected(option || String(e.message ?? ""))
            : w.unknownOption(option || String(e.message ?? ""))
      ),
      2
    );
  }
}

function aggregateOf(value: unknown, lang: Lang): "median" | "mean" | undefined {
  if (value === undefined) return undefined;
  if (value === "median" || value === "mean") return value;
  throw new Failure(
    CLI_WORDS[lang].badOptions(CLI_WORDS[lang].optionValue("--aggregate median|mean")),
    2
  );
}

async function runExport(args: readonly string[], lang: Lang, io: CliIO): Promise<number> {
  const w = CLI_WORDS[lang];
  const { values, positionals } = options(
    args,
    {
      city: { type: "string" },
      framework: { type: "string" },
      lang: { type: "string" },
      orgs: { type: "string" },
      raters: { type: "string" },
      aggregate: { type: "string" },
      "count-sources": { type: "boolean" },
      out: { type: "string" },
      force: { type: "boolean" },
    },
    lang
  );
  if (positionals.length > 0) throw new Failure(w.badOptions(w.unexpected(positionals[0])), 2);
  if (!values.city) throw new Failure(w.missing("--city"), 2);
  if (!values.out) throw new Failure(w.missing("--out FILE.xlsx"), 2);
  const out = String(values.out);
  const result = exportReview(getDataset(), {
    city: String(values.city),
    framework: values.framework === undefined ? undefined : String(values.framework),
    orgs: values.orgs === undefined ? undefined : String(values.orgs),
    raters: values.raters === undefined ? undefined : String(values.raters),
    aggregate: aggregateOf(values.aggregate, lang),
    includeSources: Boolean(values["count-sources"]),
    lang,
  });
  await writeOut(out, result.bytes, Boolean(values.force), lang, io);
  io.out(w.written(out, result.sheet, result.rows));
  return 0;
}

/** Reads a file given on the command line as sheet snapshots, or fails with exit code 2. */
async function readWorkbook(file: string, lang: Lang, io: CliIO) {
  const w = CLI_WORDS[lang];
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? w.notFound : String((error as { message?: unknown }).message ?? error);
    throw new Failure(w.cannotRead(file, why), 2);
  }
  try {
    return await readXlsx(bytes);
  } catch (error) {
    if (error instanceof XlsxReadError)
      throw new Failure(w.cannotRead(file, w.xlsx[error.reason](error.detail)), 2);
    throw error;
  }
}

async function writeOut(out: string, bytes: Uint8Array, force: boolean, lang: Lang, io: CliIO) {
  const w = CLI_WORDS[lang];
  try {
    await io.writeFile(out, bytes, force);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new Failure(w.exists(out), 2);
    throw new Failure(
      w.cannotWrite(out, String((error as { message?: unknown }).message ?? error)),
      2
    );
  }
}

async function runMerge(args: readonly string[], lang: Lang, io: CliIO): Promise<number> {
  const w = CLI_WORDS[lang];
  const { values, positionals } = options(
    args,
    { out: { type: "string" }, lang: { type: "string" }, force: { type: "boolean" } },
    lang
  );
  if (positionals.length < 1) throw new Failure(w.missing("A.xlsx B.xlsx …"), 2);
  if (!values.out) throw new Failure(w.missing("--out FILE.xlsx"), 2);
  const files = [];
  for (const file of positionals) files.push({ file, sheets: await readWorkbook(file, lang, io) });
  const outcome = mergeFiles(files, lang);
  for (const p of outcome.problems)
    io.err(`${problemPlace({ sheet: p.sheet, cell: p.cell })}: ${p.message}`);
  if (outcome.conflicts.length > 0) {
    io.err(w.conflicts(outcome.conflicts.length));
    for (const c of outcome.conflicts) io.err(`  ${c.message}`);
    return 1;
  }
  if (!outcome.bytes) {
    io.err(w.nothingToMerge);
    return 1;
  }
  await writeOut(String(values.out), outcome.bytes, Boolean(values.force), lang, io);
  for (const s of outcome.sheets) io.out(w.merged(String(values.out), s.name, s.raters, s.rows));
  return outcome.problems.length > 0 ? 1 : 0;
}

/** The bundled dataset with a workbook's CityNet data sheets laid over it, and their problems. */
function workbookDataset(sheets: readonly SheetSnapshot[], lang: Lang) {
  const data = sheets.map((s) => readDataSheet(s, lang)).filter((d) => d !== null);
  if (data.length === 0) return { dataset: getDataset(), problems: [], hasData: false };
  const overlay = withWorkbookData(RAW_DATASET, getDataset(), data, lang);
  return { dataset: overlay.dataset, problems: overlay.problems, hasData: true };
}

async function runReport(
  args: readonly string[],
  lang: Lang,
  argv: readonly string[],
  io: CliIO
): Promise<number> {
  const w = CLI_WORDS[lang];
  const { values, positionals } = options(
    args,
    {
      sheet: { type: "string" },
      lang: { type: "string" },
      date: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
    },
    lang
  );
  if (positionals.length !== 1) throw new Failure(w.missing("FILE.xlsx"), 2);
  if (!values.out) throw new Failure(w.missing("--out FILE.docx"), 2);
  let date = new Date();
  if (values.date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(values.date));
    date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : new Date(NaN);
    if (!m || Number.isNaN(date.getTime()) || date.getUTCDate() !== +m[3])
      throw new Failure(w.badOptions(w.optionValue("--date YYYY-MM-DD")), 2);
  }
  const file = positionals[0];
  const sheets = await readWorkbook(file, lang, io);
  const data = workbookDataset(sheets, lang);
  for (const p of data.problems) io.err(`${problemPlace(p)}: ${p.message}`);
  const given = argv.some((a) => a === "--lang" || a.startsWith("--lang="));
  const outcome = await draftReport(data.dataset, sheets, {
    sheet: values.sheet === undefined ? undefined : String(values.sheet),
    lang: given ? lang : undefined,
    date,
    messages: lang,
  });
  if (!outcome.ok) {
    if (outcome.reason === "problems") {
      io.err(w.reportRefused(outcome.problems.length));
      for (const p of outcome.problems) io.err(`  ${problemPlace(p)}: ${p.message}`);
      return 1;
    }
    if (outcome.reason === "no-matrix") throw new Failure(w.noMatrixIn(file), 2);
    throw new Failure(
      outcome.reason === "which"
        ? w.whichSheet(outcome.sheets)
        : w.noSuchSheet(String(values.sheet), outcome.sheets),
      2
    );
  }
  for (const p of outcome.warnings) io.err(`${problemPlace(p)}: ${p.message}`);
  await writeOut(String(values.out), outcome.bytes, Boolean(values.force), lang, io);
  io.out(w.reportWritten(String(values.out), outcome.sheet, outcome.rows));
  return 0;
}

async function runCheck(args: readonly string[], lang: Lang, io: CliIO): Promise<number> {
  const w = CLI_WORDS[lang];
  const { values, positionals } = options(
    args,
    { json: { type: "boolean" }, lang: { type: "string" } },
    lang
  );
  if (positionals.length !== 1) throw new Failure(w.missing("FILE.xlsx"), 2);
  const file = positionals[0];
  const sheets = await readWorkbook(file, lang, io);
  const report = reviewReport(sheets, lang);
  // The team's data rows (a CityNet data sheet): their problems too.
  const data = workbookDataset(sheets, lang);
  if (data.hasData) {
    report.problems.push(
      ...data.problems.map((p) => ({
        sheet: p.sheet,
        cell: p.cell ?? null,
        message: p.message,
        severity: p.severity,
      }))
    );
    // A workbook with only a data sheet holds no matrix, and that is not a problem.
    if (report.matrices.length === 0)
      report.problems = report.problems.filter((p) => p.sheet !== null);
  }
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of reportText(file, report, lang)) io.out(line);
  return report.problems.length + report.problemsOmitted > 0 ? 1 : 0;
}
