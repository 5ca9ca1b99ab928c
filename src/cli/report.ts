import type { Dataset } from "../core/dataset";
import type { Lang } from "../core/model";
import { councilReport, longDate, type CouncilReport } from "../core/report/council-report";
import {
  blockingProblems,
  isDamaged,
  readMatrix,
  type ReadMatrix,
} from "../core/sheet/read-matrix";
import type { Problem } from "../core/sheet/problems";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { reportDocx } from "../report/docx";

// `citynet report FILE.xlsx --out report.docx`: the council appendix drafted from a review workbook's
// matrix, read with the same reader as `citynet check`. A matrix with an error where it matters is
// not drafted from: the report would state what nobody typed.

export type ReportOutcome =
  | {
      ok: true;
      bytes: Uint8Array;
      report: CouncilReport;
      sheet: string;
      rows: number;
      warnings: Problem[];
    }
  | { ok: false; reason: "no-matrix" }
  | { ok: false; reason: "which"; sheets: string[] }
  | { ok: false; reason: "no-such-sheet"; sheets: string[] }
  | { ok: false; reason: "problems"; problems: Problem[] };

export async function draftReport(
  ds: Dataset,
  sheets: readonly SheetSnapshot[],
  options: { sheet?: string; lang?: Lang; date: Date; messages: Lang }
): Promise<ReportOutcome> {
  const matrices: ReadMatrix[] = [];
  const damaged: Problem[] = [];
  for (const s of sheets) {
    const read = readMatrix(s, options.messages);
    if (!read) continue;
    if (isDamaged(read)) damaged.push(...read.problems);
    else matrices.push(read);
  }
  const names = matrices.map((m) => m.sheet);
  let m: ReadMatrix | undefined;
  if (options.sheet !== undefined) {
    m = matrices.find((x) => x.sheet === options.sheet);
    if (!m) return { ok: false, reason: "no-such-sheet", sheets: names };
  } else if (matrices.length === 1) m = matrices[0];
  else if (matrices.length > 1) return { ok: false, reason: "which", sheets: names };
  if (!m)
    return damaged.length
      ? { ok: false, reason: "problems", problems: damaged }
      : { ok: false, reason: "no-matrix" };
  const errors = m.problems.filter((p) => p.severity === "error");
  if (errors.length > 0 || blockingProblems(m).length > 0)
    return { ok: false, reason: "problems", problems: errors };
  const lang = options.lang ?? m.lang;
  const report = councilReport(
    ds,
    { sheet: m.sheet, evaluation: m.evaluation, date: longDate(options.date, lang) },
    lang
  );
  return {
    ok: true,
    bytes: await reportDocx(report),
    report,
    sheet: m.sheet,
    rows: m.evaluation.rows.length,
    warnings: m.problems,
  };
}
