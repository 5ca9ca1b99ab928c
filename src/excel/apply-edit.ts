import type { Rect } from "../core/sheet/address";
import type { SheetEdit } from "../core/sheet/description";
import { writeParts } from "./render";
import { batched, type WriteOptions } from "./write-batch";

// Changes a sheet that is already there (a rater added to a shared review): whole columns inserted
// first, in their own request (Excel moves cells, names, tables and formulas), then names and cells
// written as renderSheet writes them, with this runtime's events off meanwhile.

export async function applySheetEdit(
  context: Excel.RequestContext,
  sheetName: string,
  edit: SheetEdit,
  options: WriteOptions = {}
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const range = (r: Rect) => sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
  await batched(context, { quiet: true, ...options }, async (batch) => {
    const ins = edit.insertColumns;
    if (ins && ins.count > 0) {
      await batch.add(0, () => {
        range({ row: 0, col: ins.before, rows: 1, cols: ins.count })
          .getEntireColumn()
          .insert("Right" as Excel.InsertShiftDirection);
      });
      // The cells written next are addressed after the insertion: send it first.
      await batch.send();
    }
    await writeParts(batch, sheet, range, edit, options);
  });
}
