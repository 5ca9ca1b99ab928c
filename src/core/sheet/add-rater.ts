import { raterId, type Rater, type Team } from "../scoring/team";
import { a1, type Rect } from "./address";
import type { Block, Cell, NameSpec, SheetEdit, Validation } from "./description";
import { raterLabel, rubricMessage } from "./evaluation-sheet";
import {
  aggregateFormula,
  consensusFormula,
  coverageFormula,
  disputedFormula,
  recommendationFormula,
  recommendationWords,
  spreadFormula,
  valueFormula,
  type FormulaCriterion,
} from "./formulas";
import {
  columnName,
  raterColumnKey,
  scoreColumnKey,
  spreadColumnKey,
  TEAM_COLUMNS,
  THRESHOLD_NAMES,
  weightName,
} from "./matrix-names";
import type { ReadMatrix } from "./read-matrix";
import { settingsText } from "./settings";
import { SHEET_WORDS } from "./strings";

// Adding a rater to a matrix that is already shared: whole columns inserted inside its table (so the
// table, the names, the formulas and everything to the right move along, in Excel as in LibreOffice),
// the new rater's columns with their names, and the team's formulas rewritten to count them. A matrix
// with one set of scores becomes a team review: its scores become the first rater's, its criterion
// columns the team's aggregate. Nobody's typed cells are written over.

const MAX_PROMPT_TITLE = 32;

/** Runs of consecutive sheet rows: a block each. */
function runs(rows: readonly number[]): { start: number; count: number }[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: { start: number; count: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === r) last.count++;
    else out.push({ start: r, count: 1 });
  }
  return out;
}

export interface AddRaterResult {
  edit: SheetEdit;
  team: Team;
  /** The id the new rater got. */
  raterId: string;
}

/**
 * The edit that adds `name` as a rater. `firstRater` names whose the existing scores are, when the
 * matrix has one set of scores (default: `name`, the person adding themselves).
 */
export function addRaterEdit(
  read: ReadMatrix,
  name: string,
  firstRater: string = name
): AddRaterResult {
  const e = read.evaluation;
  const { layout } = read;
  const w = SHEET_WORDS[read.lang];
  const n = e.framework.criteria.length;
  const ids = e.framework.criteria.map((c) => c.criterion.id);
  const existing = e.team?.raters ?? [];
  const taken = existing.map((r) => r.id);
  const newcomers: Rater[] = [];
  const add = (who: string) => {
    const trimmed = who.trim();
    if ([...existing, ...newcomers].some((r) => r.name.toLowerCase() === trimmed.toLowerCase()))
      return;
    newcomers.push({
      id: raterId(trimmed, [...taken, ...newcomers.map((r) => r.id)]),
      name: trimmed,
    });
  };
  const converting = !e.team;
  if (converting) add(firstRater);
  add(name);
  const team: Team = {
    raters: [
      ...existing.filter((r) => !r.source),
      ...newcomers,
      ...existing.filter((r) => r.source),
    ],
    aggregate: e.team?.aggregate ?? "median",
    includeSources: e.team?.includeSources ?? false,
  };
  const raterIdValue = [...existing, ...newcomers].find(
    (r) => r.name.toLowerCase() === name.trim().toLowerCase()
  )!.id;

  // Where the new columns go: inside the table, before its last column (a hidden chart helper).
  const before = layout.table
    ? layout.table.range.col + layout.table.range.cols - 1
    : Math.max(
        ...(layout.team?.raters.flatMap((r) => [r.notes ?? 0]) ?? [0]),
        layout.columns.notes ?? 0
      ) + 1;
  const teamOwn = converting ? 1 + n + 2 : 0; // assigned, spreads, consensus, disputed
  const count = teamOwn + newcomers.length * (n + 3);
  const shift = (c: number | undefined) =>
    c === undefined ? undefined : c >= before ? c + count : c;

  let next = before;
  const assigned = converting ? next++ : shift(layout.team?.assigned);
  const spread = converting ? ids.map(() => next++) : (layout.team?.spread ?? []).map(shift);
  const consensus = converting ? next++ : shift(layout.team?.consensus);
  const disputed = converting ? next++ : shift(layout.team?.disputed);
  const raterCols = new Map<
    string,
    { scores: (number | undefined)[]; value?: number; recommendation?: number; notes?: number }
  >();
  for (const r of layout.team?.raters ?? [])
    raterCols.set(r.id, {
      scores: r.scores.map(shift),
      value: shift(r.value),
      recommendation: shift(r.recommendation),
      notes: shift(r.notes),
    });
  for (const r of newcomers)
    raterCols.set(r.id, {
      scores: ids.map(() => next++),
      value: next++,
      recommendation: next++,
      notes: next++,
    });
  const criteria = layout.scoreColumns.map(shift);
  const col = (k: "value" | "coverage" | "recommendation" | "type") => shift(layout.columns[k]);

  const header = layout.headerRow;
  const heading = (c: number | undefined, text: string): Block | undefined =>
    c === undefined ? undefined : { row: header, col: c, cells: [[{ value: text }]] };
  const hidden = (key: string, c: number | undefined, comment: string): NameSpec | undefined =>
    c === undefined
      ? undefined
      : {
          name: columnName(key),
          ref: { row: header, col: c, rows: 1, cols: 1 },
          comment: `CityNet: ${comment}`,
          hidden: true,
        };
  const blocks: (Block | undefined)[] = [];
  const names: (NameSpec | undefined)[] = [];
  const label = (i: number) => e.framework.criteria[i].criterion.label[read.lang];

  if (converting) {
    blocks.push(
      heading(assigned, w.team.assigned),
      heading(consensus, w.team.consensus),
      heading(disputed, w.team.disputed)
    );
    spread.forEach((c, i) => blocks.push(heading(c, w.team.spread(label(i)))));
    names.push(
      hidden(TEAM_COLUMNS.assigned, assigned, "who scores the row"),
      hidden(TEAM_COLUMNS.consensus, consensus, "the raters' consensus"),
      hidden(TEAM_COLUMNS.disputed, disputed, "disputed recommendations")
    );
    spread.forEach((c, i) =>
      names.push(hidden(spreadColumnKey(ids[i]), c, `the spread for ${ids[i]}`))
    );
  }
  for (const r of newcomers) {
    const rc = raterCols.get(r.id)!;
    const shown = raterLabel(r, read.lang);
    rc.scores.forEach((c, i) => {
      blocks.push(heading(c, w.team.column(shown, label(i))));
      names.push(
        hidden(raterColumnKey(r.id, scoreColumnKey(ids[i])), c, `rater ${r.id}: ${ids[i]}`)
      );
    });
    blocks.push(
      heading(rc.value, w.team.column(shown, w.headers.value)),
      heading(rc.recommendation, w.team.column(shown, w.headers.recommendation)),
      heading(rc.notes, w.team.column(shown, w.headers.notes))
    );
    names.push(
      hidden(raterColumnKey(r.id, "value"), rc.value, `rater ${r.id}: value`),
      hidden(
        raterColumnKey(r.id, "recommendation"),
        rc.recommendation,
        `rater ${r.id}: recommendation`
      ),
      hidden(raterColumnKey(r.id, "notes"), rc.notes, `rater ${r.id}: notes`)
    );
  }

  // Every row's team formulas, with the raters counted now; a converted matrix's scores move to the
  // first rater's columns.
  const recWords = recommendationWords(w);
  const counted = team.raters
    .filter((r) => !r.source || team.includeSources)
    .map((r) => raterCols.get(r.id)!);
  const typeCol = col("type")!;
  const fc = (cols: (number | undefined)[], aggregate: boolean): FormulaCriterion[] =>
    e.framework.criteria.map((c, i) => ({
      weightName: weightName(c.criterion.id),
      direction: c.criterion.direction,
      col: cols[i] ?? -1,
      aggregate,
    }));
  const rowsByRun = runs(e.rows.map((r) => r.sheetRow));
  const perRow = (c: number | undefined, cell: (sheetRow: number) => Cell) => {
    if (c === undefined) return;
    for (const run of rowsByRun)
      blocks.push({
        row: run.start,
        col: c,
        cells: Array.from({ length: run.count }, (_, k) => [cell(run.start + k)]),
      });
  };
  const at = (r: number, c: number | undefined) => (c === undefined ? "" : a1(r, c));
  criteria.forEach((c, i) =>
    perRow(c, (r) => ({
      formula: aggregateFormula(
        counted.map((rc) => at(r, rc.scores[i])).filter(Boolean),
        team.aggregate
      ),
    }))
  );
  spread.forEach((c, i) =>
    perRow(c, (r) => ({
      formula: spreadFormula(counted.map((rc) => at(r, rc.scores[i])).filter(Boolean)),
    }))
  );
  perRow(consensus, (r) => ({
    formula: consensusFormula(
      spread
        .map((s, i) => ({ cell: at(r, s), weightName: weightName(ids[i]) }))
        .filter((x) => x.cell)
    ),
  }));
  perRow(disputed, (r) => ({
    formula: disputedFormula(
      at(r, col("value")),
      at(r, consensus),
      counted.map((rc) => at(r, rc.value)).filter(Boolean),
      a1(r, typeCol),
      THRESHOLD_NAMES,
      recWords,
      w.yes
    ),
  }));
  if (converting) {
    perRow(col("value"), (r) => ({ formula: valueFormula(fc(criteria, true), r) }));
    perRow(col("coverage"), (r) => ({ formula: coverageFormula(fc(criteria, true), r) }));
    // The scores typed so far become the first rater's.
    const first = raterCols.get(newcomers[0].id)!;
    for (const row of e.rows)
      row.scores.forEach((s, i) => {
        if (s !== null && first.scores[i] !== undefined)
          blocks.push({ row: row.sheetRow, col: first.scores[i]!, cells: [[{ value: s }]] });
      });
  }
  for (const r of newcomers) {
    const rc = raterCols.get(r.id)!;
    perRow(rc.value, (row) => ({ formula: valueFormula(fc(rc.scores, false), row) }));
    perRow(rc.recommendation, (row) => ({
      formula: recommendationFormula(
        at(row, rc.value),
        a1(row, typeCol),
        THRESHOLD_NAMES,
        recWords
      ),
    }));
  }
  // The settings, now with the team.
  blocks.push({
    row: layout.settingsCell.row,
    col: shift(layout.settingsCell.col)!,
    cells: [
      [
        {
          value: settingsText({
            lang: read.lang,
            city: e.city,
            framework: e.framework,
            team,
            currency: e.costs?.currency,
          }),
        },
      ],
    ],
  });

  const dataRows: Rect | undefined = layout.table
    ? { row: header + 1, col: 0, rows: layout.table.range.rows - 1, cols: 1 }
    : undefined;
  const validations: Validation[] = dataRows
    ? newcomers.flatMap((r) =>
        raterCols.get(r.id)!.scores.map((c, i) => ({
          range: { ...dataRows, col: c! },
          rule: { kind: "whole", min: 1, max: 5 },
          prompt: {
            title: label(i).slice(0, MAX_PROMPT_TITLE),
            message: rubricMessage(e.framework.criteria[i].criterion.rubric, read.lang),
          },
          error: w.scoreError,
        }))
      )
    : [];
  return {
    edit: {
      insertColumns: { before, count },
      names: names.filter((x): x is NameSpec => x !== undefined),
      blocks: blocks.filter((x): x is Block => x !== undefined),
      columns: [
        ...(assigned !== undefined && converting ? [{ col: assigned, width: 16 }] : []),
        ...newcomers.flatMap((r) => {
          const rc = raterCols.get(r.id)!;
          return [
            ...rc.scores.map((c) => ({ col: c!, width: 12 })),
            { col: rc.value!, width: 9 },
            { col: rc.recommendation!, width: 14 },
            { col: rc.notes!, width: 24 },
          ];
        }),
      ],
      validations,
    },
    team,
    raterId: raterIdValue,
  };
}
