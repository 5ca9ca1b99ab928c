import type { SheetDescription, SheetEdit } from "../core/sheet/description";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { excelInput } from "./cell-input";
import type { SheetChange } from "./changes";
import { parseAddress, type CellBlock, type CellPosition, type WorkbookHost } from "./host";
import { readSheets } from "./read-sheets";
import { applySheetEdit } from "./apply-edit";
import { renderSheet } from "./render";
import { batched, jsonBytes } from "./write-batch";

// The workbook host in Excel, on Office.js (ExcelApi 1.9, which the pane checks). Each call is one
// Excel.run with as few round trips as it can. Writes run with this runtime's events suspended
// (write-batch.ts), so the pane is not told of its own writes.

/** Office's triggerSource (ExcelApi 1.14): whether this add-in made a change; undefined before 1.14. */
function ownChange(triggerSource: string | undefined): boolean | undefined {
  if (triggerSource === "ThisLocalAddin") return true;
  return triggerSource === undefined ? undefined : false;
}

export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;

  async createSheet(description: SheetDescription): Promise<string> {
    return Excel.run(async (context) => (await renderSheet(context, description)).sheetName);
  }

  async readSheet(sheet: string): Promise<SheetSnapshot> {
    return Excel.run(async (context) => {
      const [snapshot] = await readSheets(context, [context.workbook.worksheets.getItem(sheet)]);
      return snapshot;
    });
  }

  async writeCells(sheet: string, blocks: readonly CellBlock[]): Promise<void> {
    if (blocks.length === 0) return;
    await Excel.run((context) =>
      batched(context, { quiet: true }, async (batch) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        for (const b of blocks) {
          const cols = Math.max(0, ...b.values.map((line) => line.length));
          if (b.values.length === 0 || cols === 0) continue;
          const values = b.values.map((line) =>
            Array.from({ length: cols }, (_, c) => excelInput(line[c] ?? null))
          );
          await batch.add(
            jsonBytes(values),
            () => {
              ws.getRangeByIndexes(b.row, b.col, b.values.length, cols).values = values;
            },
            b.values.length * cols
          );
        }
      })
    );
  }

  async applyEdit(sheet: string, edit: SheetEdit): Promise<void> {
    await Excel.run((context) => applySheetEdit(context, sheet, edit));
  }

  async recalculate(): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.application.calculate("Full" as Excel.CalculationType);
      await context.sync();
    });
  }

  async sheetNames(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  /**
   * The active cell: with several areas selected it is in the area the user selected last, with whole
   * rows or columns it is where Excel put it (row or column's first cell), on whatever sheet is active.
   */
  async selection(): Promise<CellPosition | null> {
    return Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell().load("rowIndex, columnIndex");
      const sheet = cell.worksheet.load("name");
      await context.sync();
      return { sheet: sheet.name, row: cell.rowIndex, col: cell.columnIndex };
    });
  }

  async select(p: CellPosition): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(p.sheet);
      sheet.activate();
      sheet.getRangeByIndexes(p.row, p.col, 1, 1).select();
      await context.sync();
    });
  }

  async onSelectionChanged(handler: (position: CellPosition) => void): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.worksheets.onSelectionChanged.add(async (event) => {
        // The event gives the selection's address; the active cell says which of its areas is active.
        const at = await this.selection().catch(async () => {
          const first = parseAddress(event.address);
          const sheet = await this.sheetName(event.worksheetId).catch(() => undefined);
          return first && sheet !== undefined ? { sheet, ...first } : null;
        });
        if (at) handler(at);
      });
      await context.sync();
    });
  }

  async onChanged(handler: (sheet: string, change: SheetChange) => void): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        // A sheet deleted meanwhile has no name to give: nothing the pane shows can depend on it.
        const sheet = await this.sheetName(event.worksheetId).catch(() => undefined);
        if (sheet === undefined) return;
        handler(sheet, {
          sheet,
          address: event.address,
          source: String(event.source) === "Remote" ? "remote" : "local",
          own: ownChange(event.triggerSource as string | undefined),
          changeType: event.changeType === undefined ? undefined : String(event.changeType),
        });
      });
      await context.sync();
    });
  }

  private sheetName(id: string): Promise<string> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(id).load("name");
      await context.sync();
      return sheet.name;
    });
  }

  getSetting(key: string): string | undefined {
    const value = Office.context.document.settings.get(key) as unknown;
    return typeof value === "string" ? value : undefined;
  }

  setSetting(key: string, value: string): Promise<void> {
    Office.context.document.settings.set(key, value);
    return new Promise((resolve, reject) =>
      Office.context.document.settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Succeeded
          ? resolve()
          : reject(new Error(result.error.message))
      )
    );
  }
}
