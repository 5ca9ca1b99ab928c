import { EVENT_TYPES, type EventType, type Lang } from "../model";
import { a1 } from "../sheet/address";
import { ProblemList, quoted, type Problem } from "../sheet/problems";
import { cellAt, type SheetSnapshot } from "../sheet/snapshot";
import { DATA_MARKER, DATA_SETTINGS_NAME, dataColumnName } from "./data-sheet";
import {
  DATA_COLUMNS,
  DATA_FIELDS,
  DATA_WORDS,
  wordKey,
  type DataColumn,
  type DataKind,
} from "./words";

// Reads the statements of a CityNet data sheet: each row checked on its own, a bad row named by sheet
// and cell and left out, the others read.

interface Common {
  /** Zero-based sheet row. */
  sheetRow: number;
  document: string;
  quote: string;
  enteredBy: string;
  /** YYYY-MM-DD, or "" when not given. */
  enteredOn: string;
  /** The year the statement describes (given, or the year it was entered). */
  year?: number;
}

export type Statement = Common &
  (
    | { kind: "organisation"; name: string; acronym?: string; orgKind?: string }
    | { kind: "city"; name: string; country: string; placeKind?: string }
    | { kind: "event"; organisation: string; city: string; event: EventType }
    | { kind: "fact"; organisation: string; field: (typeof DATA_FIELDS)[number]; value: unknown }
  );

export interface DataRead {
  sheet: string;
  lang: Lang;
  statements: Statement[];
  problems: Problem[];
  /** Where the table is now: its heading row and columns (zero-based), and the first free row. */
  layout?: { headerRow: number; columns: Partial<Record<DataColumn, number>>; freeRow: number };
}

const SAY: Record<
  Lang,
  {
    kind: (found: string, words: string) => string;
    missing: (what: string) => string;
    quote: string;
    event: (found: string, words: string) => string;
    field: (found: string, words: string) => string;
    year: (found: string) => string;
    date: (found: string) => string;
    country: (found: string) => string;
  }
> = {
  en: {
    kind: (f, w) => `${f} is not a kind of statement: write ${w}.`,
    missing: (w) => `This row needs ${w}.`,
    quote:
      "This row needs its source: a quote from the document, or a note of at least three characters.",
    event: (f, w) => `${f} is not a membership event: write one of ${w}.`,
    field: (f, w) => `${f} is not a fact CityNet keeps: write one of ${w}.`,
    year: (f) =>
      `${f} is not a year: write a whole year such as 2026, or leave it blank for the year it was entered.`,
    date: (f) => `${f} is not a date: type the date it was entered (2026-11-02).`,
    country: (f) => `${f} is not a country code: write the two letters, such as NO or SE.`,
  },
  nb: {
    kind: (f, w) => `${f} er ikke en type utsagn: skriv ${w}.`,
    missing: (w) => `Denne raden trenger ${w}.`,
    quote:
      "Denne raden trenger kilden sin: et sitat fra dokumentet, eller et notat på minst tre tegn.",
    event: (f, w) => `${f} er ikke en hendelse i et medlemskap: skriv en av ${w}.`,
    field: (f, w) => `${f} er ikke et faktum CityNet fører: skriv en av ${w}.`,
    year: (f) =>
      `${f} er ikke et årstall: skriv et helt år som 2026, eller la det stå tomt for året det ble ført inn.`,
    date: (f) => `${f} er ikke en dato: skriv datoen det ble ført inn (2026-11-02).`,
    country: (f) => `${f} er ikke en landkode: skriv de to bokstavene, som NO eller SE.`,
  },
  sv: {
    kind: (f, w) => `${f} är ingen typ av påstående: skriv ${w}.`,
    missing: (w) => `Den här raden behöver ${w}.`,
    quote:
      "Den här raden behöver sin källa: ett citat ur dokumentet, eller en anteckning på minst tre tecken.",
    event: (f, w) => `${f} är ingen händelse i ett medlemskap: skriv en av ${w}.`,
    field: (f, w) => `${f} är inget faktum som CityNet för: skriv en av ${w}.`,
    year: (f) =>
      `${f} är inget årtal: skriv ett helt år som 2026, eller lämna tomt för året det fördes in.`,
    date: (f) => `${f} är inget datum: skriv datumet det fördes in (2026-11-02).`,
    country: (f) => `${f} är ingen landskod: skriv de två bokstäverna, som NO eller SE.`,
  },
};

/** An Excel date serial or "2026-11-02" → "2026-11-02"; undefined for anything else. */
function isoDate(v: unknown): string | undefined {
  if (typeof v === "number" && v > 0 && v < 2958466) {
    const d = new Date(Math.round((v - 25569) * 86400000));
    return d.toISOString().slice(0, 10);
  }
  if (typeof v === "string" && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(v)) {
    const d = new Date(`${v.trim()}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? undefined : v.trim();
  }
  return undefined;
}

const text = (v: unknown) => (v === undefined ? "" : String(v).trim());

/** Reads a data sheet; null when the sheet is not one. */
export function readDataSheet(s: SheetSnapshot, reportLang: Lang = "en"): DataRead | null {
  const names = new Map(s.names.map((n) => [n.name, n]));
  let settingsAt = names.get(DATA_SETTINGS_NAME)?.ref ?? undefined;
  if (!settingsAt)
    for (let r = 0; r < s.values.length && !settingsAt; r++) {
      const c = (s.values[r] ?? []).findIndex((x) => x === DATA_MARKER);
      if (c >= 0) settingsAt = { row: r, col: c + 1, rows: 1, cols: 1 };
    }
  if (!settingsAt) return null;
  let lang: Lang = "en";
  try {
    const settings = JSON.parse(String(cellAt(s.values, settingsAt.row, settingsAt.col)));
    if (["en", "nb", "sv"].includes(settings?.lang)) lang = settings.lang;
  } catch {
    // Unreadable settings: the headings and words are read in any language anyway.
  }
  const say = SAY[reportLang];
  const problems = new ProblemList(s.name);
  // Columns by their names, else by their headings in any language.
  const columns: Partial<Record<DataColumn, number>> = {};
  let headerRow = -1;
  for (const key of DATA_COLUMNS) {
    const ref = names.get(dataColumnName(key))?.ref;
    if (ref) {
      columns[key] = ref.col;
      headerRow = ref.row;
    }
  }
  if (headerRow < 0)
    for (let r = settingsAt.row + 1; r < s.values.length && headerRow < 0; r++) {
      const line = s.values[r] ?? [];
      for (const key of DATA_COLUMNS) {
        const c = line.findIndex((x) =>
          (["en", "nb", "sv"] as const).some(
            (l) =>
              typeof x === "string" &&
              x.trim().toLowerCase() === DATA_WORDS[l].headers[key].toLowerCase()
          )
        );
        if (c >= 0) columns[key] = c;
      }
      if (columns.kind !== undefined) headerRow = r;
    }
  const statements: Statement[] = [];
  if (headerRow < 0 || columns.kind === undefined)
    return { sheet: s.name, lang, statements, problems: problems.items };

  const words = DATA_WORDS[reportLang];
  const list = (items: string[]) => items.map((x) => quoted(x, reportLang)).join(", ");
  // The first row under the headings with nothing in the table's columns: where a new row goes.
  let freeRow = headerRow + 1;
  while (
    freeRow < s.values.length &&
    DATA_COLUMNS.some(
      (k) => columns[k] !== undefined && cellAt(s.values, freeRow, columns[k]!) !== undefined
    )
  )
    freeRow++;
  for (let r = headerRow + 1; r < s.values.length; r++) {
    const get = (key: DataColumn) =>
      columns[key] === undefined ? undefined : cellAt(s.values, r, columns[key]!);
    const place = (key: DataColumn) => a1(r, columns[key] ?? columns.kind!);
    if (DATA_COLUMNS.every((k) => get(k) === undefined)) continue;
    const bad = (key: DataColumn, message: string) =>
      problems.add({ cell: place(key), message, severity: "error", row: r });
    const kind = wordKey<DataKind>((w) => w.kinds, get("kind"));
    if (!kind) {
      bad(
        "kind",
        say.kind(quoted(get("kind") ?? "", reportLang), list(Object.values(words.kinds)))
      );
      continue;
    }
    const quote = text(get("quote"));
    if (quote.length < 3) {
      bad("quote", say.quote);
      continue;
    }
    const onValue = get("on");
    const enteredOn = onValue === undefined ? "" : isoDate(onValue);
    if (enteredOn === undefined) {
      bad("on", say.date(quoted(onValue, reportLang)));
      continue;
    }
    const yearValue = get("year");
    let year: number | undefined;
    if (yearValue !== undefined) {
      const y =
        typeof yearValue === "string" && /^\s*\d{4}\s*$/.test(yearValue)
          ? Number(yearValue)
          : yearValue;
      if (typeof y === "number" && Number.isInteger(y) && y >= 1800 && y <= 2100) year = y;
      else {
        bad("year", say.year(quoted(yearValue, reportLang)));
        continue;
      }
    } else if (enteredOn) year = Number(enteredOn.slice(0, 4));
    const common: Common = {
      sheetRow: r,
      document: text(get("document")),
      quote,
      enteredBy: text(get("by")),
      enteredOn,
      ...(year !== undefined ? { year } : {}),
    };
    const need = (key: DataColumn): string | undefined => {
      const v = text(get(key));
      if (!v) bad(key, say.missing(quoted(words.headers[key], reportLang)));
      return v || undefined;
    };
    if (kind === "organisation") {
      const name = need("organisation");
      if (!name) continue;
      const acronym = text(get("value"));
      const orgKind = text(get("what"));
      statements.push({
        ...common,
        kind,
        name,
        ...(acronym ? { acronym } : {}),
        ...(orgKind ? { orgKind } : {}),
      });
    } else if (kind === "city") {
      const name = need("city");
      if (!name) continue;
      const country = text(get("value")).toUpperCase();
      if (!/^[A-Z]{2}$/.test(country)) {
        bad("value", say.country(quoted(get("value") ?? "", reportLang)));
        continue;
      }
      const placeKind = text(get("what"));
      statements.push({ ...common, kind, name, country, ...(placeKind ? { placeKind } : {}) });
    } else if (kind === "event") {
      const organisation = need("organisation");
      const city = need("city");
      if (!organisation || !city) continue;
      const event = wordKey<EventType>((w) => w.events, get("what"));
      if (!event || !EVENT_TYPES.includes(event)) {
        bad(
          "what",
          say.event(quoted(get("what") ?? "", reportLang), list(Object.values(words.events)))
        );
        continue;
      }
      statements.push({ ...common, kind, organisation, city, event });
    } else {
      const organisation = need("organisation");
      if (!organisation) continue;
      const field = wordKey<(typeof DATA_FIELDS)[number]>((w) => w.fields, get("what"));
      if (!field) {
        bad(
          "what",
          say.field(quoted(get("what") ?? "", reportLang), list(Object.values(words.fields)))
        );
        continue;
      }
      const value = get("value");
      if (value === undefined) {
        bad("value", say.missing(quoted(words.headers.value, reportLang)));
        continue;
      }
      statements.push({ ...common, kind, organisation, field, value });
    }
  }
  return {
    sheet: s.name,
    lang,
    statements,
    problems: problems.items,
    layout: { headerRow, columns, freeRow },
  };
}
