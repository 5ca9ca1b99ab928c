import { LAYOUT, MATRIX_MARKER } from "../core/sheet/evaluation-sheet";
import { readMatrix, type ReadMatrix } from "../core/sheet/read-matrix";
import { gridFromA1 } from "./host";

export type WorkbookEvaluation = ReadMatrix & { sheet: string };

/**
 * Every CityNet evaluation matrix in the workbook, read back, in three round trips: the sheet names,
 * each sheet's marker cell, then the used range of the matrix sheets. Damaged matrices are left out.
 */
export async function readWorkbookEvaluations(
  context: Excel.RequestContext
): Promise<WorkbookEvaluation[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const markers = sheets.items.map((s) => s.getRange(`A${LAYOUT.metaRow + 1}`).load("values"));
  await context.sync();
  const matrixSheets = sheets.items.filter((_, i) => markers[i].values[0][0] === MATRIX_MARKER);
  const used = matrixSheets.map((s) => s.getUsedRange().load("values, rowIndex, columnIndex"));
  await context.sync();
  const out: WorkbookEvaluation[] = [];
  used.forEach((range, i) => {
    const read = readMatrix(
      gridFromA1(range.values, range.rowIndex, range.columnIndex),
      matrixSheets[i].name
    );
    if (!("error" in read)) out.push({ ...read, sheet: matrixSheets[i].name });
  });
  return out;
}
