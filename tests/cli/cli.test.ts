import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import type { ReviewReport } from "../../src/core/sheet/review-report";
import { memoryIO } from "../helpers/cli-io";

// The citynet command in-process (a memory file system), and once as the real program that
// `npx citynet` runs.

async function run(args: string[], files?: Map<string, Uint8Array>) {
  const m = memoryIO(files);
  const code = await main(args, m.io);
  return { code, out: m.out.join("\n"), err: m.err.join("\n"), files: m.files };
}

describe("citynet export, then check", () => {
  test("a fresh review reads back with no problems, every score with its cell", async () => {
    const made = await run([
      "export",
      ...["--city", "Bergen", "--framework", "bergen", "--lang", "nb", "--out", "b.xlsx"],
    ]);
    expect(made).toMatchObject({ code: 0, err: "" });
    expect(made.out).toBe("Skrev b.xlsx: arket «Bergen» med 34 organisasjoner."); // --lang: the sheet's and the messages'
    const checked = await run(["check", "b.xlsx", "--json"], made.files);
    expect(checked.code).toBe(0);
    const report = JSON.parse(checked.out) as ReviewReport;
    expect(report.problems).toEqual([]);
    expect(report.matrices).toHaveLength(1);
    const m = report.matrices[0];
    expect(m).toMatchObject({
      sheet: "Bergen",
      city: "Bergen",
      cityId: "bergen",
      framework: "bergen",
      language: "nb",
      version: 4,
    });
    expect(m.rows).toHaveLength(34);
    const ubc = m.rows.find((r) => r.key === "ubc")!;
    const row = 9 + m.rows.indexOf(ubc);
    expect(ubc).toMatchObject({
      organisation: "Union of the Baltic Cities",
      scores: { participation: 1, learning: 2, influence: 2 },
      cells: { participation: `G${row}`, learning: `H${row}`, influence: `I${row}` },
      recommendation: "Leave", // canonical English, though the sheet says "Avslutt"
    });
    expect(ubc.value).toBeCloseTo(5 / 3, 12);
  });

  test("--orgs: the city's memberships, the rest as candidates, names with commas kept whole", async () => {
    const nordic = "Inter-Nordic camp school, teacher exchange and school leaders' forum";
    const made = await run([
      "export",
      ...["--city", "Bergen", "--orgs", `EUROCITIES; ${nordic}, C40, Nordic Urban Lab`],
      ...["--out", "o.xlsx"],
    ]);
    expect(made.code).toBe(0);
    const report = JSON.parse((await run(["check", "o.xlsx", "--json"], made.files)).out);
    expect(
      report.matrices[0].rows.map((r: { organisation: string; type: string }) => [
        r.organisation,
        r.type,
      ])
    ).toEqual([
      ["EUROCITIES", "Membership"],
      [nordic, "Membership"],
      ["C40 Cities Climate Leadership Group", "Candidate"],
      ["Nordic Urban Lab", "Candidate"],
    ]);
    expect(report.matrices[0].framework).toBe("combined");
  });

  test("--raters with --aggregate mean and --count-sources: kept in the review, the sources' scores counted", async () => {
    const team = async (extra: string[]) => {
      const made = await run([
        "export",
        ...["--city", "Bergen", "--framework", "bergen", "--raters", "Anne, Per"],
        ...extra,
        ...["--out", "t.xlsx"],
      ]);
      expect(made.code).toBe(0);
      const report = JSON.parse((await run(["check", "t.xlsx", "--json"], made.files)).out);
      expect(report.problems).toEqual([]);
      return report.matrices[0] as ReviewReport["matrices"][number];
    };
    const counted = await team(["--aggregate", "mean", "--count-sources"]);
    expect(counted.team).toMatchObject({ aggregate: "mean", includeSources: true });
    const ubc = counted.rows.find((r) => r.key === "ubc")!;
    // Anne and Per have not scored: the team's score is the sources' (1, 2, 2), counted.
    expect(ubc.scores).toEqual({ participation: 1, learning: 2, influence: 2 });
    expect(ubc.recommendation).toBe("Leave");

    const beside = await team([]);
    expect(beside.team).toMatchObject({ aggregate: "median", includeSources: false });
    const ubc2 = beside.rows.find((r) => r.key === "ubc")!;
    expect(ubc2.scores).toEqual({ participation: null, learning: null, influence: null });
    expect(ubc2.raters!["Sources (Bergen kommune, c. 2020–2021)"].scores).toEqual({
      participation: 1,
      learning: 2,
      influence: 2,
    });

    const bad = await run(["export", "--city", "Bergen", "--aggregate", "mode", "--out", "x.xlsx"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--aggregate median|mean");
  });

  test("an existing file is never replaced without --force", async () => {
    const files = new Map([["b.xlsx", new Uint8Array([1, 2, 3])]]);
    const refused = await run(["export", "--city", "Oslo", "--out", "b.xlsx"], files);
    expect(refused).toMatchObject({
      code: 2,
      err: "b.xlsx exists already: choose another name, or add --force to replace it.",
    });
    expect(files.get("b.xlsx")).toEqual(new Uint8Array([1, 2, 3]));
    expect(
      (await run(["export", "--city", "Oslo", "--out", "b.xlsx", "--force"], files)).code
    ).toBe(0);
    expect(files.get("b.xlsx")!.length).toBeGreaterThan(1000);
  });

  test("usage, missing arguments and missing files", async () => {
    expect(await run([])).toMatchObject({ code: 2, out: expect.stringMatching(/^citynet: /) });
    expect((await run(["--help"])).code).toBe(0);
    expect(await run(["check"])).toMatchObject({
      code: 2,
      err: "Missing FILE.xlsx. See 'citynet --help'.",
    });
    expect(await run(["check", "gone.xlsx", "--lang", "sv"])).toMatchObject({
      code: 2,
      err: "Kan inte läsa gone.xlsx: filen finns inte.",
    });
    expect(await run(["export", "--city", "Bergen"])).toMatchObject({
      code: 2,
      err: "Missing --out FILE.xlsx. See 'citynet --help'.",
    });
    expect(await run(["export", "--city", "--out", "x.xlsx"])).toMatchObject({ code: 2 });
    expect(await run(["merge", "a.xlsx"])).toMatchObject({
      code: 2,
      err: "Missing --out FILE.xlsx. See 'citynet --help'.",
    });
    expect(await run(["review", "a.xlsx"])).toMatchObject({
      code: 2,
      err: "Unknown command 'review'. Use 'export', 'check', 'merge' or 'report'.",
    });
  });
});

describe("citynet report", () => {
  test("several matrices: one is chosen with --sheet; an unknown sheet or date is refused", async () => {
    const a = await run(["export", "--city", "Bergen", "--out", "a.xlsx"]);
    const b = await run(["export", "--city", "Stockholm", "--out", "b.xlsx"], a.files);
    const merged = await run(["merge", "a.xlsx", "b.xlsx", "--out", "both.xlsx"], b.files);
    expect(merged.code).toBe(0);
    const which = await run(["report", "both.xlsx", "--out", "r.docx"], merged.files);
    expect(which).toMatchObject({
      code: 2,
      err: "The file has several matrices: choose one with --sheet ('Bergen', 'Stockholm').",
    });
    const wrong = await run(
      ["report", "both.xlsx", "--sheet", "Oslo", "--out", "r.docx"],
      merged.files
    );
    expect(wrong.err).toBe(
      "There is no matrix on a sheet 'Oslo'. The matrices are on 'Bergen', 'Stockholm'."
    );
    const badDate = await run(
      ["report", "both.xlsx", "--sheet", "Stockholm", "--date", "2026-02-30", "--out", "r.docx"],
      merged.files
    );
    expect(badDate).toMatchObject({ code: 2 });
    expect(badDate.err).toContain("--date YYYY-MM-DD");
    const ok = await run(
      ["report", "both.xlsx", "--sheet", "Stockholm", "--out", "r.docx"],
      merged.files
    );
    expect(ok).toMatchObject({
      code: 0,
      out: "Wrote r.docx: the council report from sheet 'Stockholm', 7 organisations.",
    });
    expect(ok.files.get("r.docx")!.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // a zip
  });
});

describe("the installed command", () => {
  const root = join(__dirname, "../..");
  const main = join(root, "build/cli/src/cli/main.js");

  /** The compiled command, rebuilt when a source is newer (npm install builds it: prepare). */
  beforeAll(() => {
    const newest = (dir: string): number =>
      Math.max(
        0,
        ...readdirSync(dir, { withFileTypes: true }).map((e) =>
          e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs
        )
      );
    if (!existsSync(main) || statSync(main).mtimeMs < newest(join(root, "src")))
      execFileSync(
        process.execPath,
        [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
        {
          cwd: root,
          stdio: "pipe",
        }
      );
  }, 120_000);

  test("runs as a program with the exit codes the README gives", () => {
    const dir = mkdtempSync(join(tmpdir(), "citynet-cli-"));
    const bin = join(root, "bin/citynet.js");
    const file = join(dir, "review.xlsx");
    const exported = spawnSync(
      process.execPath,
      [bin, "export", "--city", "Stockholm", "--framework", "stockholm", "--out", file],
      { encoding: "utf8" }
    );
    expect(exported.status).toBe(0);
    const ok = spawnSync(process.execPath, [bin, "check", file, "--json"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).matrices[0].rows).toHaveLength(7);
    writeFileSync(join(dir, "bad.xlsx"), "not a workbook");
    const bad = spawnSync(process.execPath, [bin, "check", join(dir, "bad.xlsx")], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/it is not an \.xlsx file/);
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });
});
