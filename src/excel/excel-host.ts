import type { Constant, SheetDescription } from "../core/sheet/description";
import { gridFromA1, parseAddress, type CellPosition, type WorkbookHost } from "./host";
import { renderSheet } from "./render";

// The workbook host in Excel, on Office.js. Each call is one Excel.run with as few round trips as it can.

export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;

  async createSheet(description: SheetDescription): Promise<string> {
    return Excel.run(async (context) => (await renderSheet(context, description)).sheetName);
  }

  async readValues(sheet: string): Promise<unknown[][]> {
    return Excel.run(async (context) => {
      const used = context.workbook.worksheets
        .getItem(sheet)
        .getUsedRangeOrNullObject(true)
        .load("isNullObject, values, rowIndex, columnIndex");
      await context.sync();
      if (used.isNullObject) return [];
      return gridFromA1(used.values, used.rowIndex, used.columnIndex);
    });
  }

  async writeCells(sheet: string, row: number, col: number, values: Constant[][]): Promise<void> {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(row, col, values.length, values[0].length);
      range.values = values.map((line) => line.map((v) => (v === null ? "" : v)));
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
      const range = context.workbook.getSelectedRange().load("address");
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return { sheet: sheet.name, ...parseAddress(range.address) };
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
        const name = await this.sheetName(event.worksheetId);
        handler({ sheet: name, ...parseAddress(event.address) });
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
