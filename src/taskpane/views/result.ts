import { councilReport, longDate } from "../../core/report/council-report";
import { readMatrix, type MatrixRead, type ReadMatrix } from "../../core/sheet/read-matrix";
import { reviewWorkbook } from "../../core/sheet/review-workbook";
import { summarySheet } from "../../core/sheet/summary-sheet";
import {
  dataRowsOf,
  dataSheet,
  isDataSheetName,
  type DataRowInput,
} from "../../core/team-data/data-sheet";
import type { WorkbookHost } from "../../excel/host";
import type { PaneContext } from "../context";
import { button } from "../controls";
import { readDataSheets } from "../data-sheets";
import { el } from "../dom";
import { canDownload, download, fileName } from "../download";

// The review's result, for the matrix the selection is in: a summary sheet added to the workbook, a
// draft of the council report in Word, and the whole review as an .xlsx to send on. The report's and
// the workbook's writers load only when asked for (chunks of their own).

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Every CityNet matrix in the workbook, read as the functions read them (the value matrix uses them). */
export async function workbookMatrices(host: WorkbookHost): Promise<MatrixRead[]> {
  const out: MatrixRead[] = [];
  for (const name of await host.sheetNames()) {
    if (isDataSheetName(name)) continue;
    const read = readMatrix(await host.readSheet(name));
    if (read) out.push(read);
  }
  return out;
}

/** The rows of the workbook's CityNet data sheets, as typed, for a copy of the review. */
async function dataRows(host: WorkbookHost, ctx: PaneContext): Promise<DataRowInput[]> {
  return (await readDataSheets(host, ctx.lang)).flatMap(({ snapshot, read }) =>
    read.layout ? dataRowsOf(snapshot.values, read.layout) : []
  );
}

export function resultSection(ctx: PaneContext): HTMLElement | false {
  const { t } = ctx;
  const state = ctx.matrix();
  const read = state?.read;
  if (!read || !ctx.host) return false;
  const host = ctx.host;
  const errors = (m: ReadMatrix) => m.problems.filter((p) => p.severity === "error").length;
  /** A button whose work runs on click; a failure is said in the status line. */
  const action = (label: string, id: string, work: () => Promise<void>) =>
    button(label, { id }, () => {
      void work().catch((e: unknown) =>
        ctx.say(e instanceof Error ? e.message : String(e), "error")
      );
    });

  const summary = action(t.createSummary, "create-summary", async () => {
    const sheet = await host.createSheet(summarySheet(read));
    ctx.say(t.summaryCreated(sheet), "success");
  });

  const report = action(t.downloadReport, "download-report", async () => {
    if (!canDownload()) return ctx.say(t.noDownloadOnMac, "warning");
    const n = errors(read);
    if (n > 0) return ctx.say(t.reportRefused(n), "error");
    const { reportDocx } = await import(/* webpackChunkName: "report" */ "../../report/docx");
    const lang = read.lang;
    const draft = councilReport(
      ctx.ds,
      { sheet: read.sheet, evaluation: read.evaluation, date: longDate(new Date(), lang) },
      lang
    );
    const name = fileName(draft.title, "docx");
    download(await reportDocx(draft), name, DOCX);
    ctx.say(t.downloaded(name), "success");
  });

  const workbook = action(t.downloadWorkbook, "download-workbook", async () => {
    if (!canDownload()) return ctx.say(t.noDownloadOnMac, "warning");
    // The matrix as read back (every score, note, cost and rate typed), with the summary, the sources
    // and the team's data rows as they are.
    const { writeXlsx } = await import(/* webpackChunkName: "xlsx-write" */ "../../xlsx/write");
    const rows = await dataRows(host, ctx);
    const { sheets } = reviewWorkbook(ctx.ds, read.evaluation, read.lang, [
      dataSheet(read.lang, rows),
    ]);
    const name = fileName(read.sheet, "xlsx");
    download(writeXlsx(sheets), name, XLSX);
    ctx.say(t.downloaded(name), "success");
  });

  return el(
    "section",
    { id: "review-result", "aria-label": t.result },
    el("h2", {}, t.result),
    el("p", { class: "help" }, t.resultHelp),
    el("div", { class: "actions" }, summary, report, workbook)
  );
}
