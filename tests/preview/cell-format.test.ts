import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { PageWorkbook } from "../../src/preview/page-workbook";
import { parseKept } from "../../src/preview/storage";
import { bundled } from "../helpers/dataset";

// The preview keeps each cell's number format, as Excel does: from the sheet description, through a
// value typed over it or a cell cleared, and through the page's storage.
describe("number formats in the preview's workbook", () => {
  const ds = bundled();
  const d = evaluationSheet(buildEvaluation(ds, "Bergen", BUILT_IN_FRAMEWORKS[0]), "en");
  const formatted = d.blocks.find((b) => b.style?.numberFormat === "0.00")!;

  test("a cell's format comes from the description and stays when typed over or cleared", async () => {
    const wb = new PageWorkbook();
    const name = await wb.createSheet(d);
    const sheet = wb.sheets.find((s) => s.name === name)!;
    const at = `${formatted.row},${formatted.col}`;
    expect(sheet.cells.get(at)?.format).toBe("0.00");
    await wb.writeCells(name, [{ row: formatted.row, col: formatted.col, values: [[5]] }]);
    expect(sheet.cells.get(at)).toEqual({ value: 5, format: "0.00" });
    await wb.writeCells(name, [{ row: formatted.row, col: formatted.col, values: [[null]] }]);
    expect(sheet.cells.get(at)).toEqual({ value: null, format: "0.00" });
    // A cell that had none has none.
    await wb.writeCells(name, [{ row: 200, col: 1, values: [[5]] }]);
    expect(sheet.cells.get("200,1")).toEqual({ value: 5 });
  });

  test("formats survive the page's storage; a format that is not text is refused", async () => {
    const wb = new PageWorkbook();
    await wb.createSheet(d);
    const kept = JSON.stringify({ format: 1, workbook: wb.state() });
    const back = parseKept(kept);
    const cells = new Map(back.workbook.sheets[0].cells);
    expect(cells.get(`${formatted.row},${formatted.col}`)?.format).toBe("0.00");
    const damaged = kept.replace('"format":"0.00"', '"format":7');
    expect(() => parseKept(damaged)).toThrow(/number format that is not one/);
  });
});
