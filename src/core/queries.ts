import {
  ORG_FACT_FIELDS,
  type Fact,
  type Lang,
  type MemberCount,
  type OrgFactField,
} from "./model";
import {
  joinedYear,
  membershipKey,
  type Dataset,
  type Membership,
  type MembershipEvent,
  type Organisation,
  type Place,
} from "./dataset";
import { CityNetError, listWithOr, quoteInput } from "./errors";
import {
  compareNames,
  formatCitation,
  formatMemberCount,
  formatYear,
  shortPublisher,
  VERDICT_LABELS,
} from "./format";
import { foldText, nameKey } from "./normalize";
import { allNames, describeValue, requireText, type Nameable } from "./resolver";
import { statusAt, STATUSES, type Status } from "./status";
import { sourceDetails } from "./words/sources";

// The questions the custom functions and the task pane ask of the dataset. Arguments arrive as users
// typed them (unknown), so each query validates its own input and throws CityNetError with a message.

export type Cell = string | number;

export function resolveCity(ds: Dataset, value: unknown, argument = "city"): Place {
  return ds.placeNames.resolve(value, argument);
}

export function resolveNetwork(ds: Dataset, value: unknown, argument = "network"): Organisation {
  return ds.orgNames.resolve(value, argument);
}

export function findMembership(
  ds: Dataset,
  place: Place,
  org: Organisation
): Membership | undefined {
  return ds.memberships.get(membershipKey(place.id, org.id));
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * An optional year: blank means "now"; otherwise a whole number, or text of digits only, from 1900
 * to 2100. Number() would also read "0x7DF", "2e3" and "2015.0" as years; a year is written in digits.
 */
export function parseYear(value: unknown, argument: string): number | undefined {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === ""))
    return undefined;
  const year =
    typeof value === "string" ? (/^\s*\d+\s*$/.test(value) ? Number(value.trim()) : NaN) : value;
  if (typeof year === "number" && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR)
    return year;
  const got = describeValue(value);
  throw new CityNetError(
    "invalid",
    `The argument '${argument}' must be a whole year from ${MIN_YEAR} to ${MAX_YEAR} (e.g. 2015), or left out for the latest status; got ${got}.`
  );
}

export interface StatusAnswer {
  status: Status;
  /** The event that set the status; absent for "Not a member". */
  event?: MembershipEvent;
}

/** The status of a city in an organisation at the end of a year (latest when the year is left out). */
export function networkStatus(
  ds: Dataset,
  cityArg: unknown,
  networkArg: unknown,
  yearArg?: unknown
): StatusAnswer {
  const place = resolveCity(ds, cityArg);
  const org = resolveNetwork(ds, networkArg);
  const year = parseYear(yearArg, "asOfYear");
  const m = findMembership(ds, place, org);
  if (!m) return { status: "Not a member" };
  if (year === undefined) return m.current;
  const at = statusAt(m.events, year);
  if (at) return at;
  // Nothing recorded up to that year: only a dated start lets us say the city was not yet a member.
  if (
    m.events.some(
      (e) => e.type === "joined" || e.type === "decided-to-join" || e.type === "asked-to-consider"
    )
  ) {
    return { status: "Not a member" };
  }
  const first = m.events[0];
  throw new CityNetError(
    "no-data",
    `The sources first record ${place.name} in ${org.name} ${formatYear(first.year, first.approximate)} and give no start year, so its status in ${year} is unknown.`
  );
}

/** The year the current membership began (the latest "joined" event). */
export function networkSince(ds: Dataset, cityArg: unknown, networkArg: unknown): number {
  const place = resolveCity(ds, cityArg);
  const org = resolveNetwork(ds, networkArg);
  const m = requireMembership(ds, place, org);
  const since = joinedYear(m);
  if (since !== "") return since;
  const first = m.events[0];
  const source = ds.sources.get(first.source);
  throw new CityNetError(
    "no-data",
    `The sources give no start year for ${place.name} in ${org.name}; the earliest record is ${formatYear(first.year, first.approximate)}${source ? ` (${shortPublisher(source)})` : ""}.`
  );
}

function requireMembership(ds: Dataset, place: Place, org: Organisation): Membership {
  const m = findMembership(ds, place, org);
  if (!m)
    throw new CityNetError(
      "no-data",
      `The sources record no membership of ${place.name} in ${org.name}.`
    );
  return m;
}

export const INFO_FIELDS = [
  "name",
  "acronym",
  "kind",
  "scope",
  "themes",
  "founded",
  "members",
  "secretariat",
  "president",
  "url",
  "description",
] as const;
export type InfoField = (typeof INFO_FIELDS)[number];

export function parseInfoField(value: unknown): InfoField {
  const accepted = `one of ${listWithOr(INFO_FIELDS.map((f) => `"${f}"`))}`;
  const text = requireText(value, "field", accepted);
  const field = foldText(text).replace(/ /g, "");
  const aliases: Record<string, InfoField> = {
    president: "president",
    chair: "president",
    year: "founded",
    members: "members",
    website: "url",
    type: "kind",
  };
  // Own keys only: "constructor" is not a field.
  const found = (INFO_FIELDS as readonly string[]).includes(field)
    ? (field as InfoField)
    : Object.prototype.hasOwnProperty.call(aliases, field)
      ? aliases[field]
      : undefined;
  if (!found)
    throw new CityNetError("invalid", `Unknown field ${quoteInput(text)}. Use ${accepted}.`);
  return found;
}

/** One fact about an organisation: its identity, or the latest dated value the documents give. */
export function networkInfo(ds: Dataset, networkArg: unknown, fieldArg: unknown): Cell {
  const org = resolveNetwork(ds, networkArg);
  const field = parseInfoField(fieldArg);
  switch (field) {
    case "name":
      return org.name;
    case "kind":
      return org.kind;
    case "acronym":
      if (org.acronym) return org.acronym;
      throw new CityNetError("no-data", `${org.name} has no acronym in the dataset.`);
    default: {
      const fact = latestFact(org, field);
      if (!fact) throw new CityNetError("no-data", `The sources give no ${field} for ${org.name}.`);
      return formatFactValue(field, fact);
    }
  }
}

/** The latest fact of a field; for member counts, whole-membership counts before national ones. */
export function latestFact(org: Organisation, field: OrgFactField): Fact<unknown> | undefined {
  const facts = org.facts[field] as Fact<unknown>[];
  if (field === "members") {
    const whole = (facts as Fact<MemberCount>[]).filter((f) => !f.value.area);
    if (whole.length > 0) return whole[whole.length - 1];
  }
  return facts[facts.length - 1];
}

export function formatFactValue(field: OrgFactField, fact: Fact<unknown>): Cell {
  switch (field) {
    case "founded":
      return fact.value as number;
    case "themes":
      return (fact.value as string[]).join(", ");
    case "members":
      return formatMemberCount(fact.value as MemberCount);
    default:
      return String(fact.value);
  }
}

/** What the city's review recommended or its council decided, latest first in weight. */
export function networkRecommendation(ds: Dataset, cityArg: unknown, networkArg: unknown): string {
  const place = resolveCity(ds, cityArg);
  const org = resolveNetwork(ds, networkArg);
  const m = requireMembership(ds, place, org);
  const r = m.recommendations[m.recommendations.length - 1];
  if (!r)
    throw new CityNetError(
      "no-data",
      `The sources record no recommendation on ${place.name} in ${org.name}.`
    );
  const source = ds.sources.get(r.source);
  const who = r.by === "council" ? "council decision" : "recommended in the review";
  return `${VERDICT_LABELS[r.verdict]} — ${who} (${source ? `${shortPublisher(source)}, ${source.dateText}` : formatYear(r.year, r.approximate)}): ${r.text}`;
}

/** A citation for the city's current status in the organisation: document, publisher, date and quote. */
export function networkSource(ds: Dataset, cityArg: unknown, networkArg: unknown): string {
  const place = resolveCity(ds, cityArg);
  const org = resolveNetwork(ds, networkArg);
  const m = requireMembership(ds, place, org);
  const event = m.current.event;
  const source = ds.sources.get(event.source);
  if (!source)
    throw new CityNetError("no-data", `The source '${event.source}' is not in the dataset.`);
  return formatCitation(source, event.quote);
}

const STATUS_WORDS: Record<string, readonly Status[]> = {
  current: ["Member", "Associate member", "Leaving"],
  all: STATUSES,
  medlem: ["Member"],
  medlemmer: ["Member"],
  members: ["Member"],
  associate: ["Associate member"],
  assosiertmedlem: ["Associate member"],
  associeradmedlem: ["Associate member"],
  formermember: ["Former member"],
  former: ["Former member"],
  tidligeremedlem: ["Former member"],
  fored: ["Former member"],
  foredettamedlem: ["Former member"],
};

/** An optional status filter: one of the seven statuses, "current" or "all" (also in Norwegian/Swedish). */
export function parseStatusFilter(value: unknown): readonly Status[] {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === ""))
    return STATUSES;
  const accepted = `${listWithOr([...STATUSES, "current", "all"].map((s) => `"${s}"`))}`;
  const text = requireText(value, "status", `a status: ${accepted}`);
  const key = foldText(text).replace(/ /g, "");
  const exact = STATUSES.find((s) => foldText(s).replace(/ /g, "") === key);
  if (exact) return [exact];
  // Own keys only: "constructor" is not a status.
  if (Object.prototype.hasOwnProperty.call(STATUS_WORDS, key)) return STATUS_WORDS[key];
  throw new CityNetError("invalid", `Unknown status ${quoteInput(text)}. Use ${accepted}.`);
}

/** The city's organisations: name, status, year joined (blank when unknown), sorted by name. */
export function cityNetworks(ds: Dataset, cityArg: unknown, statusArg?: unknown): Cell[][] {
  const place = resolveCity(ds, cityArg);
  const wanted = parseStatusFilter(statusArg);
  const rows = (ds.membershipsByPlace.get(place.id) ?? [])
    .filter((m) => wanted.includes(m.current.status))
    .sort((a, b) => compareNames(a.org.name, b.org.name))
    .map((m) => [m.org.name, m.current.status, joinedYear(m)]);
  if (rows.length === 0) {
    throw new CityNetError(
      "no-data",
      `The sources record no organisation for ${place.name}${filterText(wanted)}.`
    );
  }
  return rows;
}

/** The organisation's known members: place, country, status, year joined, sorted by name. */
export function networkMembers(ds: Dataset, networkArg: unknown, statusArg?: unknown): Cell[][] {
  const org = resolveNetwork(ds, networkArg);
  const wanted = parseStatusFilter(statusArg);
  const rows = (ds.membershipsByOrg.get(org.id) ?? [])
    .filter((m) => wanted.includes(m.current.status))
    .sort((a, b) => compareNames(a.place.name, b.place.name))
    .map((m) => [m.place.name, m.place.country, m.current.status, joinedYear(m)]);
  if (rows.length === 0) {
    throw new CityNetError(
      "no-data",
      `The sources name no members of ${org.name}${filterText(wanted)}.`
    );
  }
  return rows;
}

function filterText(wanted: readonly Status[]): string {
  return wanted.length === STATUSES.length
    ? ""
    : ` with status ${listWithOr(wanted.map((s) => `'${s}'`))}`;
}

/** Twin cities and bilateral partners: partner, country, kind, year begun (blank when unknown). */
export function cityPartners(ds: Dataset, cityArg: unknown): Cell[][] {
  const place = resolveCity(ds, cityArg);
  const rows = (ds.relationsByPlace.get(place.id) ?? [])
    .map((r) => {
      const other = r.a.id === place.id ? r.b : r.a;
      return [other.name, other.country, r.kind, r.since ?? ""] as Cell[];
    })
    .sort(
      (x, y) => compareNames(String(x[2]), String(y[2])) || compareNames(String(x[0]), String(y[0]))
    );
  if (rows.length === 0)
    throw new CityNetError(
      "no-data",
      `The sources name no twin cities or bilateral partners of ${place.name}.`
    );
  return rows;
}

function matchesName(entity: Nameable, key: string): boolean {
  return allNames(entity).some((n) => nameKey(n).includes(key));
}

function optionalFilter(value: unknown, expected: string): string | undefined {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === ""))
    return undefined;
  return requireText(value, "filter", expected);
}

/** Known organisations: name, acronym, kind. The filter matches names, kind, scope and themes. */
export function networkList(ds: Dataset, filterArg?: unknown): Cell[][] {
  const filter = optionalFilter(filterArg, "a word to look for in names, kinds, scopes or themes");
  const key = filter === undefined ? "" : nameKey(filter);
  const folded = filter === undefined ? "" : foldText(filter);
  const rows = ds.organisations
    .filter((o) => {
      if (filter === undefined) return true;
      // A filter of punctuation alone ("!!!") folds to nothing, which every name contains.
      if (folded === "") return false;
      if (matchesName(o, key) || foldText(o.kind) === folded) return true;
      const latestScope = latestFact(o, "scope");
      if (latestScope && foldText(String(latestScope.value)) === folded) return true;
      return o.facts.themes.some((f) => f.value.some((t) => foldText(t) === folded));
    })
    .sort((a, b) => compareNames(a.name, b.name))
    .map((o) => [o.name, o.acronym ?? "", o.kind]);
  if (rows.length === 0)
    throw new CityNetError(
      "no-data",
      `No network matches ${quoteInput(filter ?? "")}. Leave the filter out to list them all.`
    );
  return rows;
}

/** Known places: name, country, kind. The filter matches names, the country code and the kind. */
export function cityList(ds: Dataset, filterArg?: unknown): Cell[][] {
  const filter = optionalFilter(filterArg, "a word to look for in names, a country code or a kind");
  const key = filter === undefined ? "" : nameKey(filter);
  const folded = filter === undefined ? "" : foldText(filter);
  // Two letters that are a known country code filter by country only ("SE" is Sweden, not Seattle).
  const byCountry =
    /^[a-z]{2}$/.test(folded) && ds.places.some((p) => foldText(p.country) === folded);
  const rows = ds.places
    .filter((p) => {
      if (filter === undefined) return true;
      if (folded === "") return false; // see networkList
      if (byCountry) return foldText(p.country) === folded;
      return matchesName(p, key) || p.kind === folded;
    })
    .sort((a, b) => compareNames(a.name, b.name))
    .map((p) => [p.name, p.country, p.kind]);
  if (rows.length === 0)
    throw new CityNetError(
      "no-data",
      `No city matches ${quoteInput(filter ?? "")}. Leave the filter out to list them all.`
    );
  return rows;
}

export interface SourcedFact {
  field: string;
  value: Cell;
  year: number;
  approximate: boolean;
  source: string;
  quote: string;
  /** The quote with its source by publisher, title and year, in the reader's language. */
  citation: string;
  /** The details line for the folded source: the file it is kept in ("" for a workbook's rows). */
  sourceDetails: string;
  note?: string;
}

/** Every dated fact about an organisation, with its citation, oldest first within each field. */
export function organisationFacts(
  ds: Dataset,
  networkArg: unknown,
  lang: Lang = "en"
): SourcedFact[] {
  const org = resolveNetwork(ds, networkArg);
  const out: SourcedFact[] = [];
  for (const field of ORG_FACT_FIELDS) {
    for (const fact of org.facts[field] as Fact<unknown>[]) {
      const source = ds.sources.get(fact.source);
      const item: SourcedFact = {
        field,
        value: formatFactValue(field, fact),
        year: fact.year,
        approximate: fact.approximate,
        source: fact.source,
        quote: fact.quote,
        citation: source ? formatCitation(source, fact.quote, lang) : fact.quote,
        sourceDetails: source ? sourceDetails(source, lang) : "",
      };
      if (fact.note) item.note = fact.note;
      out.push(item);
    }
  }
  return out;
}
