import { CityNetError } from "../core/errors";
import { readWorkbookEvaluations, type WorkbookEvaluation } from "../excel/workbook-evaluations";

// The evaluation matrices in the open workbook, for NETWORK_SCORE and NETWORK_VERDICT. Those functions
// are volatile: Excel calls them again after every change, often many at once, and may call them
// before it tells the add-in of the change that caused the call. So a call is answered only from a read
// that began after the call was made: calls that arrive together share one read, a call that arrives
// while a read is under way waits for the next one. No answer can come from a read older than the
// change Excel recalculated for, and a burst of calls costs one or two reads, not one each.
// A read that fails is said, never replaced by "no matrices" (which would answer from the sources in
// silence).

/** What Excel needs for the reads (Range.getSpecialCellsOrNullObject); the pane checks the same. */
const REQUIRED = { set: "ExcelApi", version: "1.9" };

let running: Promise<WorkbookEvaluation[]> | undefined;
let queued: Promise<WorkbookEvaluation[]> | undefined;

function failure(detail: string): CityNetError {
  return new CityNetError(
    "no-data",
    `CityNet could not read this workbook's evaluation matrices (${detail.slice(0, 120)}), so it does not answer from the sources instead. Recalculate to try again.`
  );
}

function read(): Promise<WorkbookEvaluation[]> {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  if (requirements && !requirements.isSetSupported(REQUIRED.set, REQUIRED.version))
    return Promise.reject(failure(`this Excel does not have ${REQUIRED.set} ${REQUIRED.version}`));
  const done = Excel.run((context) => readWorkbookEvaluations(context))
    .catch((error) => {
      throw failure(String((error as { message?: unknown })?.message ?? error));
    })
    .finally(() => {
      if (running === done) running = undefined;
    });
  running = done;
  return done;
}

/** Outside Excel: the page's own workbook (the preview), read as snapshots by the core's reader. */
let pageWorkbook: (() => WorkbookEvaluation[]) | undefined;

/**
 * Where the matrices come from when there is no Excel: the preview gives its in-page workbook's
 * (PageWorkbook.evaluations); undefined gives none again.
 */
export function readMatricesFrom(source: (() => WorkbookEvaluation[]) | undefined): void {
  pageWorkbook = source;
}

export function workbookEvaluations(): Promise<WorkbookEvaluation[]> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    const page = pageWorkbook;
    // Read after the call has returned: the page calculates its cells while it is read, and a cell
    // may itself be asking NETWORK_SCORE. Without a page (tests), there is no workbook to read.
    return page ? Promise.resolve().then(page) : Promise.resolve([]);
  }
  if (!running) return read();
  // A read under way may have begun before what made Excel call: wait for one that begins after it.
  queued ??= running
    .catch(() => undefined)
    .then(() => {
      queued = undefined;
      return read();
    });
  return queued;
}
