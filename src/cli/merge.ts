import type { Lang } from "../core/model";
import { evaluationSheet } from "../core/sheet/evaluation-sheet";
import { mergeReviews, type MergeConflict, type MergeInput } from "../core/sheet/merge";
import type { Problem } from "../core/sheet/problems";
import { isDamaged, readMatrix } from "../core/sheet/read-matrix";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { writeXlsx, xlsxSheetNames } from "../xlsx/write";

// `citynet merge A.xlsx B.xlsx … --out review.xlsx`: copies of reviews returned one by one, merged.
// Matrices are grouped by city and framework across the files; each group becomes one sheet.

export interface MergeOutcome {
  /** The merged workbook; absent when there is a conflict or nothing to merge. */
  bytes?: Uint8Array;
  sheets: { name: string; raters: string[]; rows: number }[];
  conflicts: MergeConflict[];
  /** Problems in the copies (their cells are left out of the merge, as the reader leaves them out). */
  problems: Problem[];
}

export function mergeFiles(
  files: readonly { file: string; sheets: readonly SheetSnapshot[] }[],
  lang: Lang,
  raterNames: Readonly<Record<string, string>> = {}
): MergeOutcome {
  const groups = new Map<string, MergeInput[]>();
  const problems: Problem[] = [];
  for (const f of files)
    for (const s of f.sheets) {
      const read = readMatrix(s, lang);
      if (!read) continue;
      problems.push(...read.problems);
      if (isDamaged(read)) continue;
      const e = read.evaluation;
      const key = `${e.city.id ?? e.city.name}|${e.framework.id}`;
      const list = groups.get(key) ?? [];
      list.push({ file: f.file, read, raterName: raterNames[f.file] });
      groups.set(key, list);
    }
  const merged = [...groups.values()].map((inputs) => mergeReviews(inputs, lang));
  const conflicts = merged.flatMap((m) => m.conflicts);
  if (conflicts.length > 0 || merged.length === 0) return { sheets: [], conflicts, problems };
  const sheets = merged.map((m) => {
    const description = evaluationSheet(m.evaluation!, m.lang);
    return { name: description.name, description, e: m.evaluation! };
  });
  const names = xlsxSheetNames(sheets);
  return {
    bytes: writeXlsx(sheets),
    sheets: sheets.map((s, i) => ({
      name: names[i],
      raters: s.e.team?.raters.map((r) => r.name) ?? [],
      rows: s.e.rows.length,
    })),
    conflicts,
    problems,
  };
}
