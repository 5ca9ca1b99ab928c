import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { strFromU8, unzipSync } from "fflate";

/** The LibreOffice binary, or undefined. In CI it must exist: .ci/run installs it. */
export function findSoffice(): string | undefined {
  for (const p of [
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  ]) {
    if (existsSync(p)) return p;
  }
  return undefined;
}

/**
 * soffice where LibreOffice Writer is installed too (its core library beside soffice): Calc alone
 * cannot read a .docx.
 */
export function findWriter(): string | undefined {
  const soffice = findSoffice();
  if (!soffice) return undefined;
  const program = soffice.startsWith("/usr/bin/")
    ? "/usr/lib/libreoffice/program"
    : dirname(soffice);
  const library = soffice.includes(".app/") ? "libswlo.dylib" : "libswlo.so";
  const candidates = [join(program, library), join(dirname(soffice), "..", "Frameworks", library)];
  return candidates.some((p) => existsSync(p)) ? soffice : undefined;
}

export type Computed = Map<string, number | string>;

/**
 * A LibreOffice profile that recalculates every formula of an .xlsx on loading. By default it keeps
 * the values the file caches (CityNet writes them): a check of CityNet's formulas must not read back
 * CityNet's own numbers.
 */
export function recalculatingProfile(dir: string): string {
  mkdirSync(join(dir, "profile", "user"), { recursive: true });
  writeFileSync(
    join(dir, "profile", "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  return `-env:UserInstallation=file://${dir}/profile`;
}

/**
 * Opens an .xlsx in headless LibreOffice, which calculates every formula afresh (recalculatingProfile),
 * saves it again as .xlsx and returns each sheet's cells: "Sheet!A1" → number or text.
 */
export function recalculate(soffice: string, xlsx: Uint8Array, sheetNames: string[]): Computed {
  const dir = mkdtempSync(join(tmpdir(), "citynet-lo-"));
  const input = join(dir, "input.xlsx");
  writeFileSync(input, xlsx);
  execFileSync(
    soffice,
    [
      recalculatingProfile(dir),
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      join(dir, "out"),
      input,
    ],
    {
      stdio: "pipe",
      timeout: 120_000,
    }
  );
  return xlsxCells(new Uint8Array(readFileSync(join(dir, "out", "input.xlsx"))), sheetNames);
}

/** The values an .xlsx holds (calculated or cached), "Sheet!A1" → number or text; with `formulas`,
 * only the cells that hold a formula. */
export function xlsxCells(bytes: Uint8Array, sheetNames: string[], formulas = false): Computed {
  const files = unzipSync(bytes);
  const shared = files["xl/sharedStrings.xml"]
    ? [...strFromU8(files["xl/sharedStrings.xml"]).matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
        [...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => unescape(t[1])).join("")
      )
    : [];
  const out: Computed = new Map();
  sheetNames.forEach((name, i) => {
    const xml = strFromU8(files[`xl/worksheets/sheet${i + 1}.xml`]);
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      const [, ref, attrs, body] = m;
      if (formulas && !/<f[ >]/.test(body ?? "")) continue;
      const inline = body ? /<is>(.*?)<\/is>/s.exec(body)?.[1] : undefined;
      if (inline !== undefined) {
        out.set(
          `${name}!${ref}`,
          [...inline.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => unescape(t[1])).join("")
        );
        continue;
      }
      const v = body ? /<v>(.*?)<\/v>/s.exec(body)?.[1] : undefined;
      if (v === undefined) continue;
      const type = /t="(\w+)"/.exec(attrs)?.[1];
      if (type === "s") out.set(`${name}!${ref}`, shared[Number(v)]);
      else if (type === "str" || type === "e") out.set(`${name}!${ref}`, unescape(v));
      else if (type === "b") out.set(`${name}!${ref}`, v === "1" ? 1 : 0);
      else out.set(`${name}!${ref}`, Number(v));
    }
  });
  return out;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export type Edit =
  | { op: "set"; sheet: string; cell: string; value: number | string }
  | { op: "clear"; sheet: string; cell: string }
  | {
      op: "insertRows" | "deleteRows" | "insertColumns" | "deleteColumns";
      sheet: string;
      at: number;
      count?: number;
    }
  | { op: "copySheet" | "renameSheet"; sheet: string; to: string }
  | { op: "sort"; sheet: string; range: string; column: number; descending?: boolean };

/** Python with LibreOffice's UNO bridge (Debian's python3-uno), or undefined. */
export function findUnoPython(): string | undefined {
  if (!existsSync("/usr/bin/python3")) return undefined;
  try {
    execFileSync("/usr/bin/python3", ["-c", "import uno"], { stdio: "pipe" });
    return "/usr/bin/python3";
  } catch {
    return undefined;
  }
}

/**
 * Opens an .xlsx in LibreOffice, makes the edits a person would (tests/helpers/lo_edit.py), saves it
 * as .xlsx and returns the saved file.
 */
export function editWithLibreOffice(python: string, xlsx: Uint8Array, edits: Edit[]): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "citynet-edit-"));
  writeFileSync(join(dir, "in.xlsx"), xlsx);
  writeFileSync(join(dir, "ops.json"), JSON.stringify(edits));
  execFileSync(
    python,
    [
      join(__dirname, "lo_edit.py"),
      join(dir, "in.xlsx"),
      join(dir, "out.xlsx"),
      join(dir, "ops.json"),
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  return new Uint8Array(readFileSync(join(dir, "out.xlsx")));
}

/**
 * `test` where LibreOffice is installed, else `test.skip` with a loud warning; under CI=true its
 * absence fails the run (`.ci/run` installs it). `needs` says which Debian package the check needs.
 */
export function withLibreOffice(
  what: string,
  needs = "libreoffice-calc-nogui"
): { soffice: string; test: typeof test } {
  const soffice = findSoffice();
  if (!soffice) {
    const message = `LibreOffice (soffice) is not installed: ${what} cannot run. Install ${needs}.`;
    if (process.env.CI) throw new Error(message);
    console.warn(`\n*** SKIPPED: ${message} ***\n`);
    return { soffice: "", test: test.skip };
  }
  return { soffice, test };
}

/** The same pseudo-random numbers on every run (Park–Miller). */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/**
 * A spreadsheet's number against the core's, to 1e-9 of its size; null wants a blank cell. `where`
 * names the cell in a failure.
 */
export function expectClose(where: string, got: unknown, want: number | null): void {
  if (want === null) expect({ where, got: got ?? "" }).toEqual({ where, got: "" });
  else
    expect({
      where,
      ok: typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)),
      got,
      want,
    }).toMatchObject({ where, ok: true });
}
