import { excelTextInput } from "../core/sheet/cell-text";
import type { Constant } from "../core/sheet/description";

/** A constant as Office.js must be given it so the cell holds exactly that (core/sheet/cell-text.ts). */
export function excelInput(v: Constant): string | number | boolean {
  if (v === null) return "";
  return typeof v === "string" ? excelTextInput(v) : v;
}
