import type { Lang } from "../core/model";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { isDataSheetName } from "../core/team-data/data-sheet";
import { readDataSheet, type DataRead } from "../core/team-data/read-data";
import type { WorkbookHost } from "../excel/host";

// The workbook's CityNet data sheets (the team's own rows), each as the host gives it and as the core
// reads it: the pane lays the reads over the dataset and copies the rows into an exported review.

export async function readDataSheets(
  host: WorkbookHost,
  lang: Lang
): Promise<{ snapshot: SheetSnapshot; read: DataRead }[]> {
  const out: { snapshot: SheetSnapshot; read: DataRead }[] = [];
  for (const name of (await host.sheetNames()).filter(isDataSheetName)) {
    const snapshot = await host.readSheet(name);
    const read = readDataSheet(snapshot, lang);
    if (read) out.push({ snapshot, read });
  }
  return out;
}
