import type { Lang } from "../model";
import { raterId, type Rater } from "../scoring/team";
import type { CellBlock } from "./description";
import { formatNumber } from "./problems";
import type { ReadMatrix } from "./read-matrix";

// Scores from a colleague's copy of a review, brought into the review open in Excel: each of their
// raters' scores written into that rater's columns here, where this copy has none yet. A score that
// differs from the one here is a conflict, shown with both values and not written; importing the same
// file twice changes nothing.

export interface IncomingMatrix {
  file: string;
  read: ReadMatrix;
}

/** A colleague's raters: a team's, or one rater named after the file for a copy with one set of scores. */
function ratersOf(
  m: IncomingMatrix
): { rater: Rater; scores: (row: number) => (number | null)[]; notes: (row: number) => string }[] {
  const e = m.read.evaluation;
  if (e.team)
    return e.team.raters
      .filter((r) => !r.source)
      .map((r) => ({
        rater: r,
        scores: (i) => e.rows[i].ratings?.[r.id]?.scores ?? [],
        notes: (i) => e.rows[i].ratings?.[r.id]?.notes ?? "",
      }));
  const name = m.file.replace(/\.xlsx$/i, "");
  return [
    {
      rater: { id: raterId(name), name },
      scores: (i) => e.rows[i].scores,
      notes: (i) => e.rows[i].notes,
    },
  ];
}

/** The incoming matrices that are copies of this review (same city and framework). */
export function sameReview(
  current: ReadMatrix,
  incoming: readonly IncomingMatrix[]
): IncomingMatrix[] {
  const e = current.evaluation;
  return incoming.filter(
    (m) =>
      m.read.evaluation.framework.id === e.framework.id &&
      (m.read.evaluation.city.id ?? m.read.evaluation.city.name) === (e.city.id ?? e.city.name)
  );
}

/** The colleagues' raters this review does not have yet (to add first: addRaterEdit). */
export function missingRaters(current: ReadMatrix, incoming: readonly IncomingMatrix[]): string[] {
  const here = current.evaluation.team?.raters ?? [];
  const names: string[] = [];
  for (const m of sameReview(current, incoming))
    for (const { rater } of ratersOf(m)) {
      const known = [...here.map((r) => r.name), ...names].some(
        (n) => n.toLowerCase() === rater.name.toLowerCase()
      );
      if (!known) names.push(rater.name);
    }
  return names;
}

export interface ImportResult {
  blocks: CellBlock[];
  /** Scores and notes written. */
  written: number;
  conflicts: {
    organisation: string;
    rater: string;
    what: string;
    here: string;
    there: string;
    message: string;
  }[];
  /** Rows of the copies that this review does not have: not imported. */
  missingRows: { file: string; organisation: string }[];
}

const WORDS: Record<
  Lang,
  {
    conflict: (
      r: string,
      w: string,
      o: string,
      here: string,
      there: string,
      file: string
    ) => string;
    notes: string;
  }
> = {
  en: {
    conflict: (r, w, o, h, t, f) =>
      `${r}'s ${w} for ${o} is ${h} here and ${t} in ${f}: not imported. Decide which is right, and type it here.`,
    notes: "notes",
  },
  nb: {
    conflict: (r, w, o, h, t, f) =>
      `${r}s ${w} for ${o} er ${h} her og ${t} i ${f}: ikke importert. Avgjør hva som er riktig, og skriv det her.`,
    notes: "notater",
  },
  sv: {
    conflict: (r, w, o, h, t, f) =>
      `${r}s ${w} för ${o} är ${h} här och ${t} i ${f}: inte importerat. Avgör vad som är rätt och skriv det här.`,
    notes: "anteckningar",
  },
};

/**
 * What importing writes, once every incoming rater has columns here. Rows are matched by their key;
 * a cell is written only where this review has nothing.
 */
export function importScores(
  current: ReadMatrix,
  incoming: readonly IncomingMatrix[],
  lang: Lang = "en"
): ImportResult {
  const say = WORDS[lang];
  const e = current.evaluation;
  const team = current.layout.team;
  const result: ImportResult = { blocks: [], written: 0, conflicts: [], missingRows: [] };
  if (!e.team || !team) return result;
  const labels = e.framework.criteria.map((c) => c.criterion.label[lang]);
  const show = (x: number | string) => (typeof x === "number" ? formatNumber(x, lang) : `'${x}'`);
  for (const m of sameReview(current, incoming)) {
    const raters = ratersOf(m);
    m.read.evaluation.rows.forEach((theirRow, i) => {
      const k = e.rows.findIndex((r) => r.key === theirRow.key);
      if (k < 0) {
        result.missingRows.push({ file: m.file, organisation: theirRow.name });
        return;
      }
      const row = e.rows[k];
      for (const incomingRater of raters) {
        const index = e.team!.raters.findIndex(
          (r) => r.name.toLowerCase() === incomingRater.rater.name.toLowerCase()
        );
        if (index < 0) continue;
        const here = e.team!.raters[index];
        const columns = team.raters[index];
        const mine = row.ratings?.[here.id];
        const put = (col: number | undefined, value: number | string) => {
          if (col === undefined) return;
          result.blocks.push({ row: row.sheetRow, col, values: [[value]] });
          result.written++;
        };
        const clash = (what: string, hereValue: number | string, thereValue: number | string) =>
          result.conflicts.push({
            organisation: row.name,
            rater: here.name,
            what,
            here: show(hereValue),
            there: show(thereValue),
            message: say.conflict(
              here.name,
              what,
              row.name,
              show(hereValue),
              show(thereValue),
              m.file
            ),
          });
        incomingRater.scores(i).forEach((there, c) => {
          if (there === null) return;
          const mineScore = mine?.scores[c] ?? null;
          if (mineScore === null) put(columns.scores[c], there);
          else if (mineScore !== there) clash(labels[c], mineScore, there);
        });
        const theirNotes = incomingRater.notes(i).trim();
        const myNotes = (mine?.notes ?? "").trim();
        if (theirNotes && !myNotes) put(columns.notes, theirNotes);
        else if (theirNotes && myNotes !== theirNotes) clash(say.notes, myNotes, theirNotes);
      }
    });
  }
  return result;
}
