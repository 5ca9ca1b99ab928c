import { foldText } from "../normalize";
import { assignedTo, type Rater } from "../scoring/team";
import type { CellPos, ReadMatrix } from "../sheet/read-matrix";

// What the pane needs of a team review: who the raters are, where the current rater types, how far
// each has come, and which row to score next (the rater's own rows first).

/** The raters who score (not the sources), in the workbook's order. */
export function teamRaters(read: ReadMatrix): Rater[] {
  return read.evaluation.team?.raters.filter((r) => !r.source) ?? [];
}

/** The rater of this name in the workbook (names compared without case or diacritics), if any. */
export function findRater(read: ReadMatrix, name: string | undefined): Rater | undefined {
  if (!name) return undefined;
  const key = foldText(name);
  return teamRaters(read).find((r) => foldText(r.name) === key);
}

/** Where a rater types a row's scores and notes; undefined where their column is gone. */
export function raterCells(
  read: ReadMatrix,
  raterIdValue: string,
  rowIndex: number
): { scores: (CellPos | undefined)[]; notes: CellPos | undefined } {
  const layout = read.layout.team?.raters.find((r) => r.id === raterIdValue);
  const row = read.evaluation.rows[rowIndex].sheetRow;
  const at = (col: number | undefined) => (col === undefined ? undefined : { row, col });
  return {
    scores: (layout?.scores ?? read.evaluation.framework.criteria.map(() => undefined)).map(at),
    notes: at(layout?.notes),
  };
}

export interface RaterProgress {
  rater: Rater;
  /** Rows this rater is to score (assigned to them, or all when nobody is assigned rows). */
  rows: number;
  /** Of those, the rows where they scored every criterion that has weight. */
  scored: number;
}

/** How far each rater has come: "Anne: 12 of 14 scored". */
export function raterProgress(read: ReadMatrix): RaterProgress[] {
  const e = read.evaluation;
  const weighted = e.weights.map((w) => w > 0);
  return teamRaters(read).map((rater) => {
    const mine = assignedTo(rater, e.rows);
    let rows = 0;
    let scored = 0;
    e.rows.forEach((row, i) => {
      if (!mine[i]) return;
      rows++;
      const scores = row.ratings?.[rater.id]?.scores ?? [];
      if (weighted.every((w, c) => !w || scores[c] !== null)) scored++;
    });
    return { rater, rows, scored };
  });
}

/**
 * The next row (after `from`, wrapping round) with a criterion not yet scored: by the rater, their own
 * rows first, then the others'; without a rater (one set of scores), the row's own scores. -1 when all
 * are scored.
 */
export function nextUnscoredFor(read: ReadMatrix, from: number, raterIdValue?: string): number {
  const rows = read.evaluation.rows;
  const open = (i: number) => {
    const scores = raterIdValue ? rows[i].ratings?.[raterIdValue]?.scores : rows[i].scores;
    return (scores ?? []).some((s) => s === null);
  };
  const rater = raterIdValue ? teamRaters(read).find((r) => r.id === raterIdValue) : undefined;
  const mine = rater ? assignedTo(rater, rows) : rows.map(() => true);
  for (const wanted of [true, false])
    for (let k = 1; k <= rows.length; k++) {
      const i = (from + k) % rows.length;
      if (mine[i] === wanted && open(i)) return i;
    }
  return -1;
}
