import type { Lang } from "../model";
import type { Evaluation, EvaluationRow, RowType } from "../scoring/evaluation";
import type { Framework, Thresholds } from "../scoring/frameworks";
import { isAssessed } from "../scoring/value";
import type { Status } from "../status";
import { a1 } from "./address";
import {
  columnsFor,
  LAYOUT,
  MATRIX_MARKER,
  MATRIX_VERSION,
  type MatrixMeta,
} from "./evaluation-sheet";
import { SHEET_WORDS } from "./strings";

// Reads an evaluation matrix back from the values of its sheet (a grid starting at A1), so the task
// pane, sharing and NETWORK_SCORE work from what users typed. A damaged sheet is reported, not guessed,
// in the language of whoever reads the report.

const MESSAGES: Record<
  Lang,
  {
    notMatrix: (sheet: string) => string;
    damagedMeta: (sheet: string) => string;
    column: (label: string, cell: string, found: string) => string;
    weight: (label: string, found: string, fallback: number) => string;
    score: (row: string, found: string, label: string) => string;
  }
> = {
  en: {
    notMatrix: (s) =>
      `'${s}' is not a CityNet matrix: its hidden row 3 does not hold CityNet's marker.`,
    damagedMeta: (s) =>
      `'${s}' has a damaged CityNet description in cell B3; create the matrix again from the task pane.`,
    column: (l, c, f) =>
      `Column '${l}' is missing or moved (${c} holds '${f}'). Undo the change, or create the matrix again.`,
    weight: (l, f, d) =>
      `The weight of ${l} must be a number of 0 or more; ${f} was found. The default ${d} is used.`,
    score: (r, f, l) =>
      `${r}: '${f}' is not a score for ${l}. Type a whole number from 1 to 5, or clear the cell.`,
  },
  nb: {
    notMatrix: (s) =>
      `«${s}» er ikke en CityNet-matrise: den skjulte rad 3 har ikke CityNets merke.`,
    damagedMeta: (s) =>
      `«${s}» har en skadet CityNet-beskrivelse i celle B3; lag matrisen på nytt fra oppgaveruten.`,
    column: (l, c, f) =>
      `Kolonnen «${l}» mangler eller er flyttet (${c} inneholder «${f}»). Angre endringen, eller lag matrisen på nytt.`,
    weight: (l, f, d) =>
      `Vekten for ${l} må være et tall på 0 eller mer; fant ${f}. Standardvekten ${d} brukes.`,
    score: (r, f, l) =>
      `${r}: «${f}» er ikke et poeng for ${l}. Skriv et helt tall fra 1 til 5, eller tøm cellen.`,
  },
  sv: {
    notMatrix: (s) =>
      `”${s}” är inte en CityNet-matris: den dolda rad 3 har inte CityNets markering.`,
    damagedMeta: (s) =>
      `”${s}” har en skadad CityNet-beskrivning i cell B3; skapa matrisen på nytt från aktivitetsfönstret.`,
    column: (l, c, f) =>
      `Kolumnen ”${l}” saknas eller har flyttats (${c} innehåller ”${f}”). Ångra ändringen, eller skapa matrisen på nytt.`,
    weight: (l, f, d) =>
      `Vikten för ${l} måste vara ett tal på 0 eller mer; hittade ${f}. Standardvikten ${d} används.`,
    score: (r, f, l) =>
      `${r}: ”${f}” är inte en poäng för ${l}. Skriv ett heltal från 1 till 5, eller töm cellen.`,
  },
};

export interface MatrixIssue {
  /** A1 address of the cell concerned, when there is one. */
  cell?: string;
  message: string;
}

export interface ReadMatrix {
  evaluation: Evaluation;
  lang: Lang;
  /** Problems found; the rows that could be read are still returned. */
  issues: MatrixIssue[];
}

/** True when the grid is a CityNet evaluation matrix (its hidden marker cell says so). */
export function isMatrixGrid(values: readonly (readonly unknown[])[]): boolean {
  return values[LAYOUT.metaRow]?.[0] === MATRIX_MARKER;
}

function parseMeta(raw: unknown): MatrixMeta | undefined {
  if (typeof raw !== "string") return undefined;
  try {
    const meta = JSON.parse(raw) as MatrixMeta;
    return meta &&
      meta.kind === "evaluation" &&
      meta.v === MATRIX_VERSION &&
      meta.framework?.criteria?.length > 0
      ? meta
      : undefined;
  } catch {
    return undefined;
  }
}

function invert<K extends string>(map: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(map).map(([k, v]) => [v as string, k as K]));
}

/** Reads a matrix sheet's values; problems are reported in `reportLang` (the reader's language). */
export function readMatrix(
  values: readonly (readonly unknown[])[],
  sheetName: string,
  reportLang: Lang = "en"
): ReadMatrix | { error: string } {
  const say = MESSAGES[reportLang];
  if (!isMatrixGrid(values)) return { error: say.notMatrix(sheetName) };
  const meta = parseMeta(values[LAYOUT.metaRow][1]);
  if (!meta) return { error: say.damagedMeta(sheetName) };
  const lang = meta.lang;
  const w = SHEET_WORDS[lang];
  const framework: Framework = meta.framework;
  const n = framework.criteria.length;
  const cols = columnsFor(n);
  const issues: MatrixIssue[] = [];
  const at = (r: number, c: number): unknown => values[r]?.[c];

  // The header row must still name the columns where CityNet put them.
  const expected: [number, string][] = [
    [LAYOUT.col.organisation, w.headers.organisation],
    [LAYOUT.col.key, w.headers.key],
    [LAYOUT.col.type, w.headers.type],
    ...framework.criteria.map((c, i): [number, string] => [
      cols.criteria[i],
      c.criterion.label[lang],
    ]),
    [cols.value, w.headers.value],
    [cols.notes, w.headers.notes],
  ];
  for (const [c, label] of expected) {
    if (at(LAYOUT.headerRow, c) !== label) {
      issues.push({
        cell: a1(LAYOUT.headerRow, c),
        message: say.column(label, a1(LAYOUT.headerRow, c), String(at(LAYOUT.headerRow, c) ?? "")),
      });
    }
  }
  const columnsIntact = issues.length === 0;

  const weights = framework.criteria.map((c, i) => {
    const x = at(LAYOUT.weightRow, cols.criteria[i]);
    if (typeof x === "number" && x >= 0) return x;
    issues.push({
      cell: a1(LAYOUT.weightRow, cols.criteria[i]),
      message: say.weight(c.criterion.label[reportLang], String(x ?? "–"), c.weight),
    });
    return c.weight;
  });
  const thresholdAt = (i: number, fallback: number) => {
    const x = at(LAYOUT.weightRow + 1 + i, cols.legend + 1);
    return typeof x === "number" ? x : fallback;
  };
  const f = framework.thresholds;
  const thresholds: Thresholds = {
    strengthen: thresholdAt(0, f.strengthen),
    continue: thresholdAt(1, f.continue),
    review: thresholdAt(2, f.review),
    join: thresholdAt(3, f.join),
  };

  const typeOf = invert(w.types as Record<RowType, string>);
  const statusOf = invert(w.statuses as Record<Status | "Candidate", string>);
  const rows: EvaluationRow[] = [];
  if (columnsIntact) {
    for (let r = LAYOUT.firstDataRow; r < values.length; r++) {
      const key = at(r, LAYOUT.col.key);
      const name = at(r, LAYOUT.col.organisation);
      if (
        (key === "" || key === undefined || key === null) &&
        (name === "" || name === undefined || name === null)
      )
        break;
      const scores = framework.criteria.map((c, i) => {
        const x = at(r, cols.criteria[i]);
        if (x === "" || x === null || x === undefined) return null;
        if (isAssessed(x)) return x;
        issues.push({
          cell: a1(r, cols.criteria[i]),
          message: say.score(String(name), String(x), c.criterion.label[reportLang]),
        });
        return null;
      });
      const typeWord = String(at(r, LAYOUT.col.type) ?? "");
      const since = at(r, LAYOUT.col.since);
      rows.push({
        key: typeof key === "string" && key ? key : `candidate:row${r + 1}`,
        name: String(name ?? ""),
        type: typeOf.get(typeWord) ?? "Membership",
        status: statusOf.get(String(at(r, LAYOUT.col.status) ?? "")) ?? "Candidate",
        since: typeof since === "number" ? since : "",
        responsible: String(at(r, LAYOUT.col.responsible) ?? ""),
        scores,
        evidence: String(at(r, cols.evidence) ?? ""),
        notes: String(at(r, cols.notes) ?? ""),
      });
    }
  }
  return { evaluation: { city: meta.city, framework, weights, thresholds, rows }, lang, issues };
}
