import { readWorkbookEvaluations, type WorkbookEvaluation } from "../excel/workbook-evaluations";

// The evaluation matrices in the open workbook, for NETWORK_SCORE and NETWORK_VERDICT. Those functions
// are volatile (a score typed in a matrix changes them), so reads are shared for a moment.

const FRESH_MS = 1500;
let cached: { at: number; value: Promise<WorkbookEvaluation[]> } | undefined;

export function workbookEvaluations(): Promise<WorkbookEvaluation[]> {
  // Outside Excel (the preview, tests) there is no workbook to read.
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return Promise.resolve([]);
  const now = Date.now();
  if (!cached || now - cached.at > FRESH_MS) {
    const value = Excel.run((context) => readWorkbookEvaluations(context)).catch(
      () => [] as WorkbookEvaluation[]
    );
    cached = { at: now, value };
  }
  return cached.value;
}
