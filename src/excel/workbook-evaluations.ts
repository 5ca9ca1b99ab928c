import { isCityNetName, THRESHOLD_NAMES } from "../core/sheet/matrix-names";
import { readMatrix, type MatrixRead } from "../core/sheet/read-matrix";
import { readSheets } from "./read-sheets";

export type WorkbookEvaluation = MatrixRead;

/**
 * Every CityNet evaluation matrix in the workbook, read back, damaged ones included (so a function can
 * say that a matrix it would have used cannot be read): the sheets, their names, then the sheets that
 * carry CityNet's names (version 1 matrices have only T_* and W_*) in two more round trips.
 */
export async function readWorkbookEvaluations(
  context: Excel.RequestContext
): Promise<WorkbookEvaluation[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const names = sheets.items.map((s) => s.names.load("items/name"));
  await context.sync();
  const candidates = sheets.items.filter((_, i) =>
    names[i].items.some((n) => isCityNetName(n.name) || n.name === THRESHOLD_NAMES.strengthen)
  );
  if (candidates.length === 0) return [];
  const snapshots = await readSheets(context, candidates);
  return snapshots.map((s) => readMatrix(s)).filter((r): r is MatrixRead => r !== null);
}
