import type { SheetDescription } from "../core/sheet/description";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { excelInput } from "./cell-input";
import { parseAddress, type CellBlock, type CellPosition, type WorkbookHost } from "./host";
import { readSheets } from "./read-sheets";
import { renderSheet } from "./render";

// The workbook host in Excel, on Office.js. Each call is one Excel.run with as few round trips as it can.

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
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const b of blocks) {
        const cols = Math.max(...b.values.map((line) => line.length));
        if (b.values.length === 0 || cols === 0) continue;
        ws.getRangeByIndexes(b.row, b.col, b.values.length, cols).values = b.values.map((line) =>
          Array.from({ length: cols }, (_, c) => excelInput(line[c] ?? null))
        );
      }
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

  async selection(): Promise<CellPosition | null> {
    return Excel.run(async (context) => {
      // getSelectedRanges, not getSelectedRange: the latter throws when several areas are selected.
      const ranges = context.workbook.getSelectedRanges().load("address");
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      const at = parseAddress(ranges.address);
      return at ? { sheet: sheet.name, ...at } : null;
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
        const at = parseAddress(event.address);
        if (!at) return;
        const name = await this.sheetName(event.worksheetId);
        handler({ sheet: name, ...at });
      });
      await context.sync();
    });
  }

  async onChanged(handler: (sheet: string) => void): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) =>
        handler(await this.sheetName(event.worksheetId))
      );
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
