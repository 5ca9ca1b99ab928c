import { buildDataset, type Dataset } from "../dataset";
import {
  ORG_KINDS,
  PLACE_KINDS,
  SCOPES,
  THEMES,
  type DocumentData,
  type Lang,
  type MemberCount,
  type OrganisationIdentity,
  type OrgKind,
  type PlaceIdentity,
  type PlaceKind,
  type RawDataset,
  type SourceRecord,
} from "../model";
import { foldText, nameKey } from "../normalize";
import type { NameIndex, Nameable } from "../resolver";
import { listWithOr } from "../errors";
import { a1 } from "../sheet/address";
import { ProblemList, quoted, type Problem } from "../sheet/problems";
import type { DataRead, Statement } from "./read-data";
import { DATA_WORDS } from "./words";

// The team's data laid over the bundled dataset: organisations and cities it adds, membership events
// and facts it adds or corrects, each one a "document" of its own whose source is its row of the
// workbook (who entered it, when, from which document). Added last, the workbook's word wins: the
// latest fact is the workbook's, and an event it records changes the status from its year on.

const SAY: Record<
  Lang,
  {
    unknown: (noun: string, name: string, hint: string) => string;
    known: (name: string, as: string) => string;
    value: (field: string, found: string, right: string) => string;
  }
> = {
  en: {
    unknown: (n, name, hint) =>
      `${name} is not a ${n} CityNet knows${hint}. Add it in a row of its own first.`,
    known: (name, as) =>
      `${name} is already in the dataset as ${as}: this row adds nothing; rows about it use that.`,
    value: (f, found, right) => `${found} is not a value for ${f}: ${right}.`,
  },
  nb: {
    unknown: (n, name, hint) =>
      `${name} er ikke en ${n} CityNet kjenner${hint}. Legg den til i en egen rad først.`,
    known: (name, as) =>
      `${name} er allerede i datasettet som ${as}: denne raden legger ikke til noe; rader om den bruker den.`,
    value: (f, found, right) => `${found} er ikke en verdi for ${f}: ${right}.`,
  },
  sv: {
    unknown: (n, name, hint) =>
      `${name} är inte en ${n} som CityNet känner till${hint}. Lägg till den på en egen rad först.`,
    known: (name, as) =>
      `${name} finns redan i datamängden som ${as}: raden lägger inte till något; rader om den använder den.`,
    value: (f, found, right) => `${found} är inget värde för ${f}: ${right}.`,
  },
};

const NOUN: Record<Lang, { org: string; city: string }> = {
  en: { org: "network or organisation", city: "city" },
  nb: { org: "organisasjon", city: "by" },
  sv: { org: "organisation", city: "stad" },
};

const RIGHT: Record<Lang, Record<string, string>> = {
  en: {
    scope: `write one of ${listWithOr(SCOPES.map((x) => `'${x}'`))}`,
    themes: "write themes from CityNet's list, separated by commas (e.g. climate, environment)",
    founded: "write the year, such as 2004",
    members: "write the number of members, such as 145 or 'about 200 members'",
    url: "write the web address, starting with https://",
    text: "write the text",
  },
  nb: {
    scope: `skriv en av ${listWithOr(SCOPES.map((x) => `«${x}»`)).replace(/ or /g, " eller ")}`,
    themes: "skriv temaer fra CityNets liste, skilt med komma (f.eks. climate, environment)",
    founded: "skriv årstallet, som 2004",
    members: "skriv antall medlemmer, som 145 eller «about 200 members»",
    url: "skriv nettadressen, som begynner med https://",
    text: "skriv teksten",
  },
  sv: {
    scope: `skriv en av ${listWithOr(SCOPES.map((x) => `”${x}”`)).replace(/ or /g, " eller ")}`,
    themes: "skriv teman från CityNets lista, åtskilda med komma (t.ex. climate, environment)",
    founded: "skriv årtalet, som 2004",
    members: "skriv antalet medlemmar, som 145 eller ”about 200 members”",
    url: "skriv webbadressen, som börjar med https://",
    text: "skriv texten",
  },
};

export interface WorkbookData {
  /** The bundled dataset with the workbook's rows laid over it. */
  dataset: Dataset;
  /** Rows that could not be used, and rows that add nothing; named by sheet and cell. */
  problems: Problem[];
  /** How many rows were used. */
  used: number;
}

const slug = (name: string) =>
  foldText(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40) || "x";

/** A fact's value as the dataset keeps it, or undefined with what would be right. */
function factValue(field: string, v: unknown): unknown {
  const s = typeof v === "string" ? v.trim() : v;
  switch (field) {
    case "scope":
      return SCOPES.find((x) => typeof s === "string" && foldText(x) === foldText(s));
    case "themes": {
      if (typeof s !== "string") return undefined;
      const themes = s.split(/[,;]/).map((t) => THEMES.find((x) => foldText(x) === foldText(t)));
      return themes.length > 0 && themes.every(Boolean) ? themes : undefined;
    }
    case "founded": {
      const y = typeof s === "string" && /^\d{4}$/.test(s) ? Number(s) : s;
      return typeof y === "number" && Number.isInteger(y) && y >= 1800 && y <= 2100 ? y : undefined;
    }
    case "members": {
      if (typeof s === "number")
        return Number.isInteger(s) && s > 0 ? { count: s, unit: "members" } : undefined;
      const m = typeof s === "string" ? /^(about |more than )?(\d+)\s*([\p{L} ]*)$/u.exec(s) : null;
      if (!m) return undefined;
      const count: MemberCount = { count: Number(m[2]), unit: m[3].trim() || "members" };
      if (m[1]) count.qualifier = m[1].trim() as MemberCount["qualifier"];
      return count;
    }
    case "url":
      return typeof s === "string" && /^https?:\/\/\S+$/.test(s) ? s : undefined;
    default:
      return typeof s === "string" || typeof s === "number" ? String(s) : undefined;
  }
}

/**
 * The bundled dataset with the team's rows laid over it. A row that names what CityNet does not know,
 * or gives a value the dataset cannot hold, is named and left out; it never breaks the others.
 */
export function withWorkbookData(
  raw: RawDataset,
  base: Dataset,
  data: readonly DataRead[],
  reportLang: Lang = "en"
): WorkbookData {
  const say = SAY[reportLang];
  const noun = NOUN[reportLang];
  const organisations: OrganisationIdentity[] = [];
  const places: PlaceIdentity[] = [];
  const sources: SourceRecord[] = [];
  const documents: DocumentData[] = [];
  const problems: Problem[] = [];
  let used = 0;
  const taken = new Set([...base.orgById.keys(), ...base.placeById.keys()]);
  const newId = (prefix: string, name: string) => {
    let id = `${prefix}-${slug(name)}`;
    for (let i = 2; taken.has(id); i++) id = `${prefix}-${slug(name)}-${i}`;
    taken.add(id);
    return id;
  };
  const addedOrgs = new Map<string, string>();
  const addedPlaces = new Map<string, string>();

  for (const sheet of data) {
    const list = new ProblemList(sheet.sheet);
    const cell = (st: Statement, col: number) => a1(st.sheetRow, col);
    const source = (st: Statement): string => {
      const id = `workbook-${slug(sheet.sheet)}-row-${st.sheetRow + 1}`;
      sources.push({
        id,
        file: `${sheet.sheet} row ${st.sheetRow + 1}`,
        title: st.document || DATA_WORDS[sheet.lang].sheetName,
        publisher: "this workbook",
        language: sheet.lang,
        year: st.year ?? new Date().getUTCFullYear(),
        dateText: st.enteredOn || String(st.year ?? ""),
        dateBasis: "entered in the workbook",
        kind: "workbook entry",
        workbook: {
          sheet: sheet.sheet,
          row: st.sheetRow + 1,
          enteredBy: st.enteredBy || "?",
          enteredOn: st.enteredOn || "?",
          document: st.document,
        },
      });
      return id;
    };
    // Identities first: the rows about them may come before or after.
    for (const st of sheet.statements) {
      if (st.kind === "organisation") {
        const known = base.orgNames.find(st.name) ?? undefined;
        if (known || addedOrgs.has(nameKey(st.name))) {
          list.add({
            cell: cell(st, 1),
            message: say.known(quoted(st.name, reportLang), known?.name ?? st.name),
            severity: "warning",
            row: st.sheetRow,
          });
          continue;
        }
        const kind = ORG_KINDS.find((k) => foldText(k) === foldText(st.orgKind ?? "")) ?? "network";
        const id = newId("ws-org", st.name);
        addedOrgs.set(nameKey(st.name), id);
        if (st.acronym && !base.orgNames.find(st.acronym)) addedOrgs.set(nameKey(st.acronym), id);
        organisations.push({
          id,
          name: st.name,
          ...(st.acronym ? { acronym: st.acronym } : {}),
          kind: kind as OrgKind,
          names: { en: [st.name], nb: [], sv: [] },
          aliases: [],
        });
        // Its row's note, with its source, so NETWORK_INFO and the pane can say where it comes from.
        documents.push({
          source: source(st),
          organisations: [
            { org: id, description: [{ value: st.quote, quote: st.quote, year: st.year }] },
          ],
          memberships: [],
          relations: [],
        });
        used++;
      } else if (st.kind === "city") {
        const known = base.placeNames.find(st.name) ?? undefined;
        if (known || addedPlaces.has(nameKey(st.name))) {
          list.add({
            cell: cell(st, 2),
            message: say.known(quoted(st.name, reportLang), known?.name ?? st.name),
            severity: "warning",
            row: st.sheetRow,
          });
          continue;
        }
        const kind =
          PLACE_KINDS.find((k) => foldText(k) === foldText(st.placeKind ?? "")) ?? "city";
        const id = newId("ws-place", st.name);
        addedPlaces.set(nameKey(st.name), id);
        places.push({
          id,
          name: st.name,
          country: st.country,
          kind: kind as PlaceKind,
          names: { en: [st.name], nb: [], sv: [] },
          aliases: [],
        });
        source(st);
        used++;
      }
    }
    /** An organisation's or a city's id: the dataset's, or one this sheet adds; else named at its cell. */
    const idIn =
      (names: NameIndex<Nameable>, added: Map<string, string>, col: number, what: string) =>
      (st: Statement, name: string): string | undefined => {
        const id = names.find(name)?.id ?? added.get(nameKey(name));
        if (!id) {
          const hint = names.suggest(name);
          list.add({
            cell: cell(st, col),
            message: say.unknown(
              what,
              quoted(name, reportLang),
              hint.length ? ` (${hint.join(", ")}?)` : ""
            ),
            severity: "error",
            row: st.sheetRow,
          });
        }
        return id;
      };
    const orgId = idIn(base.orgNames, addedOrgs, 1, noun.org);
    const placeId = idIn(base.placeNames, addedPlaces, 2, noun.city);
    for (const st of sheet.statements) {
      if (st.kind === "event") {
        const org = orgId(st, st.organisation);
        const place = placeId(st, st.city);
        if (!org || !place) continue;
        const id = source(st);
        documents.push({
          source: id,
          organisations: [],
          memberships: [
            { place, org, events: [{ type: st.event, year: st.year, quote: st.quote }] },
          ],
          relations: [],
        });
        used++;
      } else if (st.kind === "fact") {
        const org = orgId(st, st.organisation);
        if (!org) continue;
        const value = factValue(st.field, st.value);
        if (value === undefined) {
          const words = DATA_WORDS[reportLang].fields;
          list.add({
            cell: cell(st, 4),
            message: say.value(
              quoted(words[st.field], reportLang),
              quoted(st.value, reportLang),
              RIGHT[reportLang][st.field] ?? RIGHT[reportLang].text
            ),
            severity: "error",
            row: st.sheetRow,
          });
          continue;
        }
        const id = source(st);
        documents.push({
          source: id,
          organisations: [{ org, [st.field]: [{ value, quote: st.quote, year: st.year }] }],
          memberships: [],
          relations: [],
        });
        used++;
      }
    }
    problems.push(...sheet.problems, ...list.items);
  }
  if (used === 0) return { dataset: base, problems, used };
  try {
    const dataset = buildDataset({
      ...raw,
      sources: [...raw.sources, ...sources],
      organisations: [...raw.organisations, ...organisations],
      places: [...raw.places, ...places],
      documents: [...raw.documents, ...documents],
    });
    return { dataset, problems, used };
  } catch (error) {
    // Every row was checked; should the dataset still refuse them, the bundled one stays in use.
    problems.push({
      sheet: data[0]?.sheet ?? "",
      message: String((error as { message?: unknown })?.message ?? error).slice(0, 250),
      severity: "error",
    });
    return { dataset: base, problems, used: 0 };
  }
}
