import { buildDataset, type Dataset } from "../core/dataset";
import type { Lang } from "../core/model";
import type { Problem } from "../core/sheet/problems";
import { withWorkbookData } from "../core/team-data/overlay";
import type { DataRead } from "../core/team-data/read-data";
import { RAW_DATASET } from "../data";

// The dataset the functions and the pane answer from: the bundled one, with the team's rows from the
// workbook's CityNet data sheet laid over it once they have been read (core/team-data).

let bundled: Dataset | undefined;
let current: Dataset | undefined;
let dataKey = "";

/** The bundled dataset, built on first use and kept for the life of the shared runtime. */
export function bundledDataset(): Dataset {
  if (!bundled) bundled = buildDataset(RAW_DATASET);
  return bundled;
}

/** The dataset in use: the bundled one with the workbook's data rows, if any were read. */
export function getDataset(): Dataset {
  return current ?? bundledDataset();
}

/**
 * Lays the workbook's data sheets over the bundled dataset (or removes them, given none). Returns
 * the rows' problems and whether the dataset changed, so the caller knows to recalculate.
 */
export function useWorkbookData(
  reads: readonly DataRead[],
  lang: Lang = "en"
): { problems: Problem[]; changed: boolean } {
  const key = JSON.stringify(reads.map((r) => [r.sheet, r.statements]));
  const result = withWorkbookData(RAW_DATASET, bundledDataset(), reads, lang);
  const changed = key !== dataKey;
  dataKey = key;
  current = result.used > 0 ? result.dataset : undefined;
  return { problems: result.problems, changed };
}
