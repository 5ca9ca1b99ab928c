import type { Lang } from "../model";
import { nameKey } from "../normalize";
import type { Evaluation, EvaluationRow, RowType } from "../scoring/evaluation";
import type { Thresholds } from "../scoring/frameworks";
import { STATUSES, type Status } from "../status";
import { a1, type Rect } from "./address";
import { teamScores, type Rating, type Team } from "../scoring/team";
import { CURRENCIES, type CostSettings, type Currency, type RowCosts } from "../scoring/costs";
import { COST_WORDS } from "./cost-words";
import { columnsFor, LAYOUT, raterLabel } from "./evaluation-sheet";
import {
  columnName,
  COST_COLUMNS,
  FIXED_COLUMNS,
  rateName,
  type CostColumn,
  raterColumnKey,
  spreadColumnKey,
  TEAM_COLUMNS,
  isCityNetName,
  MATRIX_MARKER,
  MATRIX_VERSION,
  scoreColumnKey,
  SETTINGS_NAME,
  THRESHOLD_KEYS,
  THRESHOLD_NAMES,
  weightName,
  type FixedColumn,
  type ThresholdKey,
} from "./matrix-names";
import {
  formatNumber,
  PROBLEM_WORDS,
  ProblemList,
  quoted,
  type Problem,
  type ProblemWords,
} from "./problems";
import { parseSettings } from "./settings";
import { cellAt, hasFormula, type NamedRef, type SheetSnapshot, type TableRef } from "./snapshot";
import { SHEET_WORDS, type SheetWords } from "./strings";

// Reads an evaluation matrix back from a sheet as every host gives it (snapshot.ts): through the names
// on its parts, its Excel table and its column headings, never through fixed positions, so rows and
// columns inserted, deleted, sorted or moved lose nothing. Whatever is wrong becomes a Problem naming
// sheet and cell, in the reader's language; nothing typed is dropped or changed without one.

export interface CellPos {
  row: number;
  col: number;
}

/** A matrix row with where it is in the sheet. */
export interface MatrixRow extends EvaluationRow {
  /** Zero-based sheet row. */
  sheetRow: number;
  /** Typed below the table: read, but the sheet calculates nothing for it. */
  outsideTable: boolean;
}

/** Where the parts of the matrix are now (zero-based); undefined where a part is gone. */
export interface MatrixLayout {
  settingsCell: CellPos;
  headerRow: number;
  columns: Partial<Record<FixedColumn, number>>;
  /** One per criterion, in the framework's order. */
  scoreColumns: (number | undefined)[];
  weightCells: (CellPos | undefined)[];
  thresholdCells: Partial<Record<ThresholdKey, CellPos>>;
  table?: TableRef;
  /** Team reviews: its own columns, and each rater's, in the order of evaluation.team.raters. */
  team?: TeamLayout;
  /** Format 4: the cost columns and the exchange rate cells. */
  costs?: {
    columns: Partial<Record<CostColumn, number>>;
    rates: Partial<Record<Currency, CellPos>>;
  };
}

export interface TeamLayout {
  assigned?: number;
  consensus?: number;
  disputed?: number;
  spread: (number | undefined)[];
  raters: {
    id: string;
    scores: (number | undefined)[];
    value?: number;
    recommendation?: number;
    notes?: number;
  }[];
}

export interface ReadMatrix {
  sheet: string;
  /** The sheet's own language (its words and formulas). */
  lang: Lang;
  /** Format version the sheet was written in (matrix-names.ts). */
  version: number;
  writer?: string;
  evaluation: Omit<Evaluation, "rows"> & { rows: MatrixRow[] };
  layout: MatrixLayout;
  /** In the reader's language; the rows that could be read are still returned. */
  problems: Problem[];
  /** Problems past the cap (problems.ts), counted only. */
  omittedProblems: number;
}

/** A sheet that is a CityNet matrix but cannot be read as one. */
export interface DamagedMatrix {
  sheet: string;
  damaged: true;
  /** The city, when the settings still say it. */
  city?: { id?: string; name: string };
  problems: Problem[];
}

export type MatrixRead = ReadMatrix | DamagedMatrix;

export function isDamaged(r: MatrixRead): r is DamagedMatrix {
  return "damaged" in r;
}

/** Problems that stop CityNet from answering for this row (or, with no row, for the whole matrix). */
export function blockingProblems(read: ReadMatrix, sheetRow?: number): Problem[] {
  return read.problems.filter(
    (p) => p.severity === "error" && (p.row === undefined || p.row === sheetRow)
  );
}

const LANGS: readonly Lang[] = ["en", "nb", "sv"];
const MAX_WEIGHT = 1e6;

/** Where the settings are: the cell the name points at, else the cell right of the marker text. */
function findSettings(
  s: SheetSnapshot,
  names: Map<string, NamedRef>
): { at?: CellPos; nameBroken: boolean } {
  const named = names.get(SETTINGS_NAME);
  if (named?.ref && typeof cellAt(s.values, named.ref.row, named.ref.col) === "string")
    return { at: { row: named.ref.row, col: named.ref.col }, nameBroken: false };
  for (let r = 0; r < s.values.length; r++) {
    const line = s.values[r];
    if (!line) continue;
    for (let c = 0; c < line.length; c++)
      if (line[c] === MATRIX_MARKER) return { at: { row: r, col: c + 1 }, nameBroken: false };
  }
  return { nameBroken: named !== undefined };
}

/** True when the sheet is, or was, a CityNet evaluation matrix. */
export function isMatrixSheet(s: SheetSnapshot): boolean {
  const names = new Map(s.names.map((n) => [n.name, n]));
  return findSettings(s, names).at !== undefined || s.names.some((n) => isCityNetName(n.name));
}

const sameText = (a: unknown, b: string) =>
  typeof a === "string" && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The row that holds the Organisation and Key headings in a language, below `from`; -1 if none. */
function headingRow(s: SheetSnapshot, w: SheetWords, from: number): number {
  for (let r = from; r < s.values.length; r++) {
    const line = s.values[r] ?? [];
    if (
      line.some((x) => sameText(x, w.headers.organisation)) &&
      line.some((x) => sameText(x, w.headers.key))
    )
      return r;
  }
  return -1;
}

/** Reads a matrix sheet; null when it is not one. Problems are reported in `reportLang`. */
export function readMatrix(s: SheetSnapshot, reportLang: Lang = "en"): MatrixRead | null {
  const say = PROBLEM_WORDS[reportLang];
  const problems = new ProblemList(s.name);
  const names = new Map(s.names.map((n) => [n.name, n]));
  const found = findSettings(s, names);
  if (!found.at) {
    if (!found.nameBroken && !s.names.some((n) => isCityNetName(n.name))) return null;
    problems.add({ message: say.settingsDeleted, severity: "error" });
    return { sheet: s.name, damaged: true, problems: problems.items };
  }
  const settingsAt = found.at;
  const settingsCell = a1(settingsAt.row, settingsAt.col);
  const parsed = parseSettings(cellAt(s.values, settingsAt.row, settingsAt.col));
  if (!parsed.ok) {
    problems.add({
      cell: settingsCell,
      message: say.settingsUnreadable(say.settingsDetail[parsed.detail]),
      severity: "error",
    });
    return { sheet: s.name, damaged: true, city: parsed.city, problems: problems.items };
  }
  const settings = parsed.settings;
  if (settings.version > MATRIX_VERSION)
    problems.add({
      cell: settingsCell,
      message: say.newerVersion(settings.writer ?? "CityNet", settings.version, MATRIX_VERSION),
      severity: "warning",
    });
  const framework = settings.framework;
  const criteria = framework.criteria;

  // The heading row: where the named heading cells are, else the row with the headings' words.
  const named = (key: string) => names.get(columnName(key));
  const orgName = named("organisation")?.ref ?? named("key")?.ref;
  let lang = settings.lang;
  let headerRow = orgName ? orgName.row : -1;
  if (headerRow < 0) {
    for (const l of lang ? [lang] : LANGS) {
      headerRow = headingRow(s, SHEET_WORDS[l], settingsAt.row + 1);
      if (headerRow >= 0) {
        lang = l;
        break;
      }
    }
  }
  if (!lang) {
    // An unknown language in the settings: the headings say which one the sheet is in.
    const heading = (headerRow >= 0 ? s.values[headerRow] : undefined) ?? [];
    const matches = (l: Lang) =>
      Object.values(SHEET_WORDS[l].headers).filter((h) => heading.some((x) => sameText(x, h)))
        .length;
    const best = Math.max(...LANGS.map(matches));
    lang = best > 0 ? LANGS.find((l) => matches(l) === best)! : reportLang;
    problems.add({
      cell: settingsCell,
      message: say.languageUnknown(quoted(settings.langFound, reportLang), lang),
      severity: "warning",
    });
  }
  if (headerRow < 0) {
    problems.add({ message: say.headerRowMissing, severity: "error" });
    return { sheet: s.name, damaged: true, city: settings.city, problems: problems.items };
  }
  const w = SHEET_WORDS[lang];
  const heading = s.values[headerRow] ?? [];

  /** A column by its name, else by its heading's words in the heading row. */
  const locate = (key: string, label: string): number | undefined => {
    const n = named(key);
    if (n?.ref) {
      if (n.ref.row === headerRow) return n.ref.col;
      problems.add({
        cell: a1(n.ref.row, n.ref.col),
        message: say.columnMoved(label, a1(n.ref.row, n.ref.col)),
        severity: "error",
      });
      return undefined;
    }
    if (n) return undefined; // the name is broken: the column was deleted
    const c = heading.findIndex((x) => sameText(x, label));
    return c >= 0 ? c : undefined;
  };
  const fixedLabel: Record<FixedColumn, string> = w.headers;
  const columns: Partial<Record<FixedColumn, number>> = {};
  for (const key of FIXED_COLUMNS) columns[key] = locate(key, fixedLabel[key]);
  const scoreColumns = criteria.map((c) =>
    locate(scoreColumnKey(c.criterion.id), c.criterion.label[lang!])
  );
  const headerCell = a1(headerRow, columns.organisation ?? columns.key ?? 0);
  const missing = (label: string, consequence: Parameters<ProblemWords["columnMissing"]>[1]) =>
    problems.add({
      cell: headerCell,
      message: say.columnMissing(label, consequence),
      severity: consequence === "shown" || consequence === "key" ? "warning" : "error",
    });
  if (columns.organisation === undefined && columns.key === undefined) {
    problems.add({ message: say.headerRowMissing, severity: "error" });
    return { sheet: s.name, damaged: true, city: settings.city, problems: problems.items };
  }
  criteria.forEach((c, i) => {
    if (scoreColumns[i] === undefined) missing(c.criterion.label[reportLang], "scores");
  });
  if (columns.type === undefined) missing(w.headers.type, "type");
  if (columns.key === undefined) missing(w.headers.key, "key");
  for (const key of ["organisation", "value", "coverage", "recommendation", "notes"] as const)
    if (columns[key] === undefined) missing(fixedLabel[key], "shown");
  const team = settings.team ? locateTeam(settings.team) : undefined;
  const costs = locateCosts();

  /**
   * Format 4's cost columns and exchange rates. The review's currency is in the settings; a sheet
   * whose settings lack it is read in its language's currency, and says so.
   */
  function locateCosts():
    { settings: CostSettings; layout: NonNullable<MatrixLayout["costs"]> } | undefined {
    const cw = COST_WORDS[lang!];
    let currency = settings.currency;
    const guess: Currency = lang === "nb" ? "NOK" : lang === "sv" ? "SEK" : "EUR";
    const labels: Record<CostColumn, string> = {
      fee: cw.fee,
      currency: cw.currency,
      staffDays: cw.staffDays,
      trips: cw.trips,
      converted: cw.converted(currency ?? guess),
      perTenThousand: cw.perTenThousand(currency ?? guess),
      perStaffDay: cw.perStaffDay,
    };
    const keys = Object.keys(COST_COLUMNS) as CostColumn[];
    // Headings alone do not make cost columns: only CityNet's names (a user's own "Currency" column
    // in an older matrix stays the user's).
    if (!keys.some((k) => names.has(columnName(COST_COLUMNS[k])))) return undefined;
    const columns: Partial<Record<CostColumn, number>> = {};
    for (const k of keys) {
      columns[k] = locate(COST_COLUMNS[k], labels[k]);
      if (columns[k] === undefined) missing(labels[k], "shown");
    }
    if (!currency) {
      currency = guess;
      problems.add({
        cell: settingsCell,
        message: say.currencyNotInSettings(currency),
        severity: "warning",
      });
    }
    const rates = {} as CostSettings["rates"];
    const rateCells: Partial<Record<Currency, CellPos>> = {};
    for (const c of CURRENCIES) {
      rates[c] = null;
      const at = names.get(rateName(c))?.ref;
      if (!at) continue;
      rateCells[c] = { row: at.row, col: at.col };
      const x = cellAt(s.values, at.row, at.col);
      if (x === undefined) continue;
      if (typeof x === "number" && Number.isFinite(x) && x > 0) rates[c] = x;
      else
        problems.add({
          cell: a1(at.row, at.col),
          message: say.rateInvalid(c, currency, quoted(x, reportLang)),
          severity: "error",
        });
    }
    return { settings: { currency, rates }, layout: { columns, rates: rateCells } };
  }

  /** A team review's columns: its own, and each rater's (also raters whose columns the settings miss). */
  function locateTeam(t: Team): { team: Team; layout: TeamLayout } {
    const raters = [...t.raters];
    const prefix = columnName("rater_");
    const suffixes = [
      ...criteria.map((c) => `_${scoreColumnKey(c.criterion.id)}`),
      "_value",
      "_recommendation",
      "_notes",
    ];
    for (const n of s.names) {
      if (!n.name.startsWith(prefix)) continue;
      const rest = n.name.slice(prefix.length);
      const suffix = suffixes.find((x) => rest.endsWith(x));
      const id = suffix ? rest.slice(0, -suffix.length) : "";
      if (!id || raters.some((r) => r.id === id)) continue;
      raters.push({ id, name: id });
      problems.add({
        cell: n.ref ? a1(n.ref.row, n.ref.col) : headerCell,
        message: say.raterNotInSettings(id),
        severity: "warning",
      });
    }
    const label = (i: number) => criteria[i].criterion.label[lang!];
    const layout: TeamLayout = {
      assigned: locate(TEAM_COLUMNS.assigned, w.team.assigned),
      consensus: locate(TEAM_COLUMNS.consensus, w.team.consensus),
      disputed: locate(TEAM_COLUMNS.disputed, w.team.disputed),
      spread: criteria.map((c, i) =>
        locate(spreadColumnKey(c.criterion.id), w.team.spread(label(i)))
      ),
      raters: raters.map((r) => {
        const name = raterLabel(r, lang!);
        const own = (part: string, heading: string) =>
          locate(raterColumnKey(r.id, part), w.team.column(name, heading));
        const columnsOf = {
          id: r.id,
          scores: criteria.map((c, i) => own(scoreColumnKey(c.criterion.id), label(i))),
          value: own("value", w.headers.value),
          recommendation: own("recommendation", w.headers.recommendation),
          notes: own("notes", w.headers.notes),
        };
        columnsOf.scores.forEach((col, i) => {
          if (col === undefined)
            missing(w.team.column(name, criteria[i].criterion.label[reportLang]), "scores");
        });
        return columnsOf;
      }),
    };
    return { team: { ...t, raters }, layout };
  }

  // Weights and thresholds: by their names, else where version 1 put them relative to the headings.
  const shift = (columns.organisation ?? columns.key ?? 0) - LAYOUT.col.organisation;
  const v1 = columnsFor(criteria.length);
  const byName = (name: string, fallback: CellPos): CellPos | undefined | null => {
    const n = names.get(name);
    if (n) return n.ref ? { row: n.ref.row, col: n.ref.col } : null; // null: deleted
    return fallback;
  };
  const weightCells = criteria.map((c, i) =>
    byName(weightName(c.criterion.id), {
      row: headerRow - (LAYOUT.headerRow - LAYOUT.weightRow),
      col: scoreColumns[i] ?? v1.criteria[i] + shift,
    })
  );
  const weights = criteria.map((c, i) => {
    const label = c.criterion.label[reportLang];
    const at = weightCells[i];
    const fallback = formatNumber(c.weight, reportLang);
    if (!at) {
      // Deleted with its whole column, the criterion is gone: the missing column says so already.
      if (scoreColumns[i] !== undefined)
        problems.add({
          cell: headerCell,
          message: say.weightDeleted(label, fallback),
          severity: "error",
        });
      return c.weight;
    }
    const cell = a1(at.row, at.col);
    const x = cellAt(s.values, at.row, at.col);
    if (x === undefined) {
      problems.add({ cell, message: say.weightBlank(label, "0"), severity: "warning" });
      return 0;
    }
    if (typeof x === "number" && x > MAX_WEIGHT) {
      problems.add({
        cell,
        message: say.weightTooLarge(label, formatNumber(x, reportLang), fallback),
        severity: "error",
      });
      return c.weight;
    }
    if (typeof x === "number" && Number.isFinite(x) && x >= 0) return x;
    problems.add({
      cell,
      message: say.weightInvalid(label, quoted(x, reportLang), fallback),
      severity: "error",
    });
    return c.weight;
  });
  if (weights.every((x) => x === 0)) {
    const first = weightCells.find((p) => p);
    problems.add({
      cell: first ? a1(first.row, first.col) : headerCell,
      message: say.weightsAllZero,
      severity: "error",
    });
  }

  const thresholdCells: Partial<Record<ThresholdKey, CellPos>> = {};
  const thresholds = { ...framework.thresholds };
  const thresholdLabels = SHEET_WORDS[reportLang].thresholdLabels;
  THRESHOLD_KEYS.forEach((key, i) => {
    const at = byName(THRESHOLD_NAMES[key], {
      row: headerRow - (LAYOUT.headerRow - LAYOUT.weightRow) + 1 + i,
      col: v1.legend + 1 + shift,
    });
    const label = thresholdLabels[key];
    const fallback = formatNumber(framework.thresholds[key], reportLang);
    if (!at) {
      problems.add({
        cell: headerCell,
        message: say.thresholdDeleted(label, fallback),
        severity: "error",
      });
      return;
    }
    thresholdCells[key] = at;
    const cell = a1(at.row, at.col);
    const x = cellAt(s.values, at.row, at.col);
    if (typeof x === "number" && x >= 1 && x <= 5) thresholds[key] = x;
    else
      problems.add({
        cell,
        message:
          x === undefined
            ? say.thresholdBlank(label, fallback)
            : say.thresholdInvalid(label, quoted(x, reportLang), fallback),
        severity: "error",
      });
  });
  if (!(thresholds.review <= thresholds.continue && thresholds.continue <= thresholds.strengthen)) {
    const at = thresholdCells.review ?? thresholdCells.strengthen;
    const f = (x: number) => formatNumber(x, reportLang);
    problems.add({
      cell: at ? a1(at.row, at.col) : headerCell,
      message: say.thresholdsOrder(
        f(thresholds.review),
        f(thresholds.continue),
        f(thresholds.strengthen)
      ),
      severity: "error",
    });
  }

  const table = s.tables.find(
    (t) =>
      t.range.row === headerRow &&
      t.range.col <= (columns.organisation ?? columns.key!) &&
      (columns.organisation ?? columns.key!) < t.range.col + t.range.cols
  );
  const rows = readRows(s, {
    lang,
    reportLang,
    say,
    problems,
    headerRow,
    columns,
    scoreColumns,
    criteriaLabels: criteria.map((c) => c.criterion.label[reportLang]),
    sheetLabels: criteria.map((c) => c.criterion.label[lang!]),
    table,
    team,
    costs,
  });
  if (costs) {
    // Fees in a currency without a rate: said once per currency, where the rate goes.
    const c = costs.settings;
    for (const cur of CURRENCIES) {
      if (c.rates[cur] !== null) continue;
      if (!rows.some((r) => r.costs?.fee != null && (r.costs.currency ?? c.currency) === cur))
        continue;
      const at = costs.layout.rates[cur];
      const cell = at ? a1(at.row, at.col) : rateName(cur);
      problems.add({
        cell: at ? cell : undefined,
        message: say.rateMissing(cur, c.currency, cell),
        severity: "warning",
      });
    }
  }

  return {
    sheet: s.name,
    lang,
    version: settings.version,
    writer: settings.writer,
    evaluation: {
      city: settings.city,
      framework,
      weights,
      thresholds: thresholds as Thresholds,
      rows,
      ...(team ? { team: team.team } : {}),
      ...(costs ? { costs: costs.settings } : {}),
    },
    layout: {
      settingsCell: settingsAt,
      headerRow,
      columns,
      scoreColumns,
      weightCells: weightCells.map((c) => c ?? undefined),
      thresholdCells,
      table,
      ...(team ? { team: team.layout } : {}),
      ...(costs ? { costs: costs.layout } : {}),
    },
    problems: problems.items,
    omittedProblems: problems.omitted,
  };
}

interface RowContext {
  lang: Lang;
  reportLang: Lang;
  say: ProblemWords;
  problems: ProblemList;
  headerRow: number;
  columns: Partial<Record<FixedColumn, number>>;
  scoreColumns: (number | undefined)[];
  criteriaLabels: string[];
  /** The criteria's labels in the sheet's own language (its headings). */
  sheetLabels: string[];
  table?: TableRef;
  team?: { team: Team; layout: TeamLayout };
  costs?: { settings: CostSettings; layout: NonNullable<MatrixLayout["costs"]> };
}

/** Every status word CityNet has written, in any language, and the status ids themselves. */
const STATUS_WORDS: Map<string, Status | "Candidate"> = new Map(
  LANGS.flatMap((l) =>
    Object.entries(SHEET_WORDS[l].statuses).map(
      ([id, word]) => [word.toLowerCase(), id as Status | "Candidate"] as const
    )
  ).concat(STATUSES.map((id) => [id.toLowerCase(), id] as const))
);

function readRows(s: SheetSnapshot, x: RowContext): MatrixRow[] {
  const { columns, scoreColumns, say, problems, lang, reportLang } = x;
  const w = SHEET_WORDS[lang];
  const at = (r: number, key: FixedColumn) =>
    columns[key] === undefined ? undefined : cellAt(s.values, r, columns[key]!);
  const tableEnd = x.table ? x.table.range.row + x.table.range.rows - 1 : s.values.length - 1;
  const last = Math.max(tableEnd, s.values.length - 1);
  // Cells that must hold CityNet's formulas: the sheet no longer follows the scores where they do not.
  const computed: { col: number; heading: string }[] = (
    ["value", "coverage", "recommendation"] as const
  )
    .filter((k) => columns[k] !== undefined)
    .map((k) => ({ col: columns[k]!, heading: w.headers[k] }));
  const teamLayout = x.team?.layout;
  if (teamLayout) {
    const add = (col: number | undefined, heading: string) =>
      col !== undefined && computed.push({ col, heading });
    scoreColumns.forEach((c, i) => add(c, x.sheetLabels[i]));
    teamLayout.spread.forEach((c, i) => add(c, w.team.spread(x.sheetLabels[i])));
    add(teamLayout.consensus, w.team.consensus);
    add(teamLayout.disputed, w.team.disputed);
    teamLayout.raters.forEach((rc, k) => {
      const name = raterLabel(x.team!.team.raters[k], reportLang);
      add(rc.value, w.team.column(name, w.headers.value));
      add(rc.recommendation, w.team.column(name, w.headers.recommendation));
    });
  }
  if (x.costs) {
    const cc = x.costs.layout.columns;
    const cw = COST_WORDS[lang];
    const own = x.costs.settings.currency;
    const add = (col: number | undefined, heading: string) =>
      col !== undefined && computed.push({ col, heading });
    add(cc.converted, cw.converted(own));
    add(cc.perTenThousand, cw.perTenThousand(own));
    add(cc.perStaffDay, cw.perStaffDay);
  }
  // Where scores are typed: the criterion columns, or each rater's.
  const groups: {
    raterId?: string;
    label: string;
    columns: (number | undefined)[];
    notes?: number;
  }[] = teamLayout
    ? teamLayout.raters.map((rc, k) => ({
        raterId: rc.id,
        label: raterLabel(x.team!.team.raters[k], reportLang),
        columns: rc.scores,
        notes: rc.notes,
      }))
    : [{ label: "", columns: scoreColumns }];
  const seen = new Map<string, number>();
  const rows: MatrixRow[] = [];

  for (let r = x.headerRow + 1; r <= last; r++) {
    const name = at(r, "organisation");
    const keyCell = at(r, "key");
    const raw = groups.map((g) =>
      g.columns.map((c) => (c === undefined ? undefined : cellAt(s.values, r, c)))
    );
    const groupNotes = groups.map((g) =>
      g.notes === undefined ? undefined : cellAt(s.values, r, g.notes)
    );
    const notes = at(r, "notes");
    const typed =
      raw.some((line) => line.some((v) => v !== undefined && String(v).trim() !== "")) ||
      groupNotes.some((v) => v !== undefined);
    if (name === undefined && keyCell === undefined && !typed && notes === undefined) continue;
    const outsideTable = x.table !== undefined && r > tableEnd;
    if (name === undefined && keyCell === undefined) {
      const c = columns.organisation ?? columns.key!;
      problems.add({
        cell: a1(r, c),
        message: say.rowWithoutName(a1(r, c)),
        severity: "error",
        row: r,
      });
      continue;
    }
    if (outsideTable)
      problems.add({
        cell: a1(r, columns.organisation ?? columns.key!),
        message: say.rowBelowTable(x.table!.name),
        severity: "warning",
        row: r,
      });
    const nameText = name === undefined ? String(keyCell) : String(name);

    const readScores = (line: unknown[], g: (typeof groups)[number]) =>
      line.map((v, i) => {
        if (v === undefined || (typeof v === "string" && v.trim() === "")) return null;
        if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5) return v;
        const label = g.raterId ? w.team.column(g.label, x.criteriaLabels[i]) : x.criteriaLabels[i];
        const shown = quoted(v, reportLang);
        const message =
          typeof v !== "number"
            ? say.scoreText(shown, label)
            : Number.isInteger(v)
              ? say.scoreRange(shown, label)
              : v >= 1 && v <= 5
                ? say.scoreDecimal(shown, label)
                : say.scoreRange(shown, label);
        problems.add({ cell: a1(r, g.columns[i]!), message, severity: "error", row: r });
        return null;
      });
    let scores: (number | null)[];
    let ratings: Record<string, Rating> | undefined;
    if (x.team) {
      ratings = {};
      groups.forEach((g, k) => {
        ratings![g.raterId!] = {
          scores: readScores(raw[k], g),
          notes: groupNotes[k] === undefined ? "" : String(groupNotes[k]),
        };
      });
      scores = teamScores(x.team.team, ratings, scoreColumns.length).scores;
    } else scores = readScores(raw[0], groups[0]);

    // Type: compared as the sheet's formulas compare (Excel's "=" ignores case, not spaces).
    let type: RowType = "Membership";
    const typeCell = columns.type === undefined ? undefined : a1(r, columns.type);
    const typeValue = at(r, "type");
    if (typeCell) {
      if (typeValue === undefined)
        problems.add({
          cell: typeCell,
          message: say.typeBlank(w.types.Membership, w.types.Candidate),
          severity: "warning",
          row: r,
        });
      else if (
        typeof typeValue === "string" &&
        typeValue.toLowerCase() === w.types.Candidate.toLowerCase()
      )
        type = "Candidate";
      else if (!(
        typeof typeValue === "string" &&
        typeValue.toLowerCase() === w.types.Membership.toLowerCase()
      ))
        problems.add({
          cell: typeCell,
          message: say.typeUnknown(
            quoted(typeValue, reportLang),
            w.types.Membership,
            w.types.Candidate
          ),
          severity: "error",
          row: r,
        });
    }

    const statusValue = at(r, "status");
    let status: MatrixRow["status"] = null;
    let statusText: string | undefined;
    if (statusValue !== undefined) {
      status = STATUS_WORDS.get(String(statusValue).trim().toLowerCase()) ?? null;
      if (status === null) {
        statusText = String(statusValue);
        problems.add({
          cell: a1(r, columns.status!),
          message: say.statusUnknown(quoted(statusValue, reportLang)),
          severity: "warning",
          row: r,
        });
      }
    } else status = type === "Candidate" ? "Candidate" : null;

    const sinceValue = at(r, "since");
    let since: number | "" = "";
    if (
      typeof sinceValue === "number" &&
      Number.isInteger(sinceValue) &&
      sinceValue >= 1000 &&
      sinceValue <= 9999
    )
      since = sinceValue;
    else if (typeof sinceValue === "string" && /^\s*\d{4}\s*$/.test(sinceValue))
      since = Number(sinceValue);
    else if (sinceValue !== undefined)
      problems.add({
        cell: a1(r, columns.since!),
        message: say.sinceNotYear(quoted(sinceValue, reportLang)),
        severity: "warning",
        row: r,
      });

    // A value typed over a formula: the sheet no longer follows the scores there.
    if (!outsideTable)
      for (const { col: c, heading } of computed) {
        if (hasFormula(s, r, c) !== false) continue;
        const v = cellAt(s.values, r, c);
        problems.add({
          cell: a1(r, c),
          message:
            v === undefined
              ? say.formulaCleared(heading)
              : say.overFormula(heading, quoted(v, reportLang)),
          severity: "error",
          row: r,
        });
      }

    const key =
      typeof keyCell === "string" && keyCell.trim()
        ? keyCell.trim()
        : keyCell !== undefined
          ? String(keyCell)
          : `candidate:${nameKey(nameText) || `row${r + 1}`}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      const c = columns.organisation ?? columns.key!;
      problems.add({
        cell: a1(r, c),
        message: say.duplicate(quoted(nameText, reportLang), a1(previous, c)),
        severity: "error",
        row: r,
      });
    } else seen.set(key, r);

    const text = (v: unknown) => (v === undefined ? "" : String(v));
    const costs = x.costs ? readCosts(s, r, x) : undefined;
    rows.push({
      key,
      name: nameText,
      type,
      status,
      ...(statusText !== undefined ? { statusText } : {}),
      since,
      responsible: text(at(r, "responsible")),
      scores,
      evidence: text(at(r, "evidence")),
      notes: text(notes),
      ...(ratings
        ? {
            ratings,
            assigned:
              teamLayout?.assigned === undefined
                ? ""
                : text(cellAt(s.values, r, teamLayout.assigned)),
          }
        : {}),
      ...(costs ? { costs } : {}),
      sheetRow: r,
      outsideTable,
    });
  }
  return rows;
}

/** A row's fee, currency, staff days and trips: what is not a number of 0 or more is said, not read. */
function readCosts(s: SheetSnapshot, r: number, x: RowContext): RowCosts {
  const { say, problems, reportLang } = x;
  const cc = x.costs!.layout.columns;
  const rw = COST_WORDS[reportLang];
  const amount = (col: number | undefined, label: string, example: string): number | null => {
    if (col === undefined) return null;
    const v = cellAt(s.values, r, col);
    if (v === undefined || (typeof v === "string" && v.trim() === "")) return null;
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
    problems.add({
      cell: a1(r, col),
      message: say.costInvalid(quoted(v, reportLang), label.toLowerCase(), example),
      severity: "error",
      row: r,
    });
    return null;
  };
  let currency: Currency | null = null;
  let fee = amount(cc.fee, rw.fee, "25000");
  if (cc.currency !== undefined) {
    const v = cellAt(s.values, r, cc.currency);
    if (v !== undefined && !(typeof v === "string" && v === "")) {
      // As the sheet's formula compares: case ignored, spaces not.
      const found =
        typeof v === "string" ? CURRENCIES.find((c) => c === v.toUpperCase()) : undefined;
      if (found) currency = found;
      else {
        problems.add({
          cell: a1(r, cc.currency),
          message: say.currencyInvalid(quoted(v, reportLang), x.costs!.settings.currency),
          severity: "error",
          row: r,
        });
        fee = null; // the sheet cannot convert it either
      }
    }
  }
  return {
    fee,
    currency,
    staffDays: amount(cc.staffDays, rw.staffDaysPrompt.title, "12"),
    trips: amount(cc.trips, rw.tripsPrompt.title, "4"),
  };
}

/** The matrix row at a sheet row, or -1. */
export function rowAtSheetRow(read: ReadMatrix, sheetRow: number): number {
  return read.evaluation.rows.findIndex((r) => r.sheetRow === sheetRow);
}

/** The A1 address of a row's score for criterion i, or undefined when that column is gone. */
export function scoreCell(read: ReadMatrix, rowIndex: number, i: number): string | undefined {
  const c = read.layout.scoreColumns[i];
  return c === undefined ? undefined : a1(read.evaluation.rows[rowIndex].sheetRow, c);
}

/**
 * The cells whose formulas the reader checks (Value, Coverage and Recommendation of every row), for a
 * host that cannot list every cell's formula cheaply: it reads the sheet, asks this, then looks up
 * which of these cells hold formulas.
 */
export function formulaProbe(read: ReadMatrix): Rect[] {
  const { layout, evaluation } = read;
  const lastRow = Math.max(
    layout.headerRow,
    ...evaluation.rows.map((r) => r.sheetRow),
    layout.table ? layout.table.range.row + layout.table.range.rows - 1 : 0
  );
  if (lastRow <= layout.headerRow) return [];
  const team = layout.team;
  const columns = [
    ...(["value", "coverage", "recommendation"] as const).map((k) => layout.columns[k]),
    // A team review's formula columns: the aggregates, spreads, consensus, disputed, raters' results.
    ...(team
      ? [
          ...layout.scoreColumns,
          ...team.spread,
          team.consensus,
          team.disputed,
          ...team.raters.flatMap((r) => [r.value, r.recommendation]),
        ]
      : []),
    // Format 4's computed cost columns.
    ...(layout.costs
      ? [
          layout.costs.columns.converted,
          layout.costs.columns.perTenThousand,
          layout.costs.columns.perStaffDay,
        ]
      : []),
  ];
  return columns
    .filter((c): c is number => c !== undefined)
    .map((col) => ({ row: layout.headerRow + 1, col, rows: lastRow - layout.headerRow, cols: 1 }));
}
