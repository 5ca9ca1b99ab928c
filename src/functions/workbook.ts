import { CityNetError } from "../core/errors";
import { readWorkbookEvaluations, type WorkbookEvaluation } from "../excel/workbook-evaluations";

// The evaluation matrices in the open workbook, for NETWORK_SCORE and NETWORK_VERDICT. Those functions
// are volatile (a score typed in a matrix changes them), so reads are shared for a moment. A read that
// fails is said, never replaced by "no matrices" (which would answer from the sources in silence).

const FRESH_MS = 1500;
let cached: { at: number; value: Promise<WorkbookEvaluation[]> } | undefined;

export function workbookEvaluations(): Promise<WorkbookEvaluation[]> {
  // Outside Excel (the preview, tests) there is no workbook to read.
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return Promise.resolve([]);
  const now = Date.now();
  if (!cached || now - cached.at > FRESH_MS) {
    const value = Excel.run((context) => readWorkbookEvaluations(context)).catch((error) => {
      cached = undefined; // the next call tries again
      const detail = String((error as { message?: unknown })?.message ?? error).slice(0, 120);
      throw new CityNetError(
        "no-data",
        `CityNet could not read this workbook's evaluation matrices (${detail}), so it does not answer from the sources instead. Recalculate to try again.`
      );
    });
    cached = { at: now, value };
  }
  return cached.value;
}
