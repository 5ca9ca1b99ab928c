import {
  joinedYear,
  type Dataset,
  type Membership,
  type Organisation,
  type Place,
} from "../dataset";
import { compareNames, formatCitation } from "../format";
import type { Fact, Lang, MemberCount, OrgFactField, Scope, Theme } from "../model";
import { allNames } from "../resolver";
import type { Status } from "../status";
import { sourceDetails } from "../words/sources";
import {
  annotation,
  EVENT_WORDS,
  formatMembers,
  formatYear,
  KIND_WORDS,
  LOCALES,
  RELATION_WORDS,
  SCOPE_WORDS,
  statusWord,
  THEME_WORDS,
  VERDICT_WORDS,
} from "./words";

// The Data view's cards, as plain data in the reader's language: an organisation's facts, each once
// with the statements behind it folded under it, the Nordic members and every membership's history;
// a city's memberships and partners. Quotes stay in the documents' language; the file a document is
// kept in goes to a details line only.

/** One statement behind a fact or in a history: when, what (in the reader's words), the source. */
export interface Statement {
  when: string;
  /** What the statement says, in the reader's language; "" where the quote says it (see citation). */
  text: string;
  /** The curators' note on it, in the reader's language; "" when there is none. */
  note: string;
  /** The quote with its source by publisher, title and year (formatCitation). */
  citation: string;
  /** "File: …", for the folded details; "" for a workbook's own rows. */
  details: string;
}

export interface MembershipCard {
  cityId: string;
  city: string;
  orgId: string;
  network: string;
  status: Status;
  /** The status in the reader's language. */
  statusText: string;
  since: number | "";
  via: string[];
  responsible: string[];
  events: Statement[];
  assessment: Statement[];
  recommendations: Statement[];
}

/** The facts a reviewer looks for first, in this order. */
export const CARD_FIELDS = [
  "founded",
  "members",
  "secretariat",
  "president",
  "scope",
  "themes",
  "url",
  "description",
] as const satisfies readonly OrgFactField[];

export interface CardFact {
  field: (typeof CARD_FIELDS)[number];
  /** The latest value, in the reader's language. */
  value: string;
  /** Every statement of it, newest first, each with its own value where values differ. */
  sources: Statement[];
}

export interface OrganisationCard {
  id: string;
  name: string;
  acronym: string;
  kind: string;
  parent: string;
  otherNames: string[];
  note: string;
  /** The reader's city in it, when the pane knows the city (a matrix or the Evaluate view). */
  city?: MembershipCard;
  facts: CardFact[];
  /** Members in the Nordic countries (the sources'), by name. */
  nordic: { city: string; status: Status; statusText: string; since: number | "" }[];
  /** Every member's history, by city. */
  members: MembershipCard[];
}

export interface CityCard {
  id: string;
  name: string;
  kind: string;
  country: string;
  otherNames: string[];
  memberships: MembershipCard[];
  partners: Statement[];
}

const NORDIC = new Set(["NO", "SE", "DK", "FI", "IS", "FO", "AX", "GL"]);

function cite(
  ds: Dataset,
  sourceId: string,
  quote: string,
  lang: Lang
): Pick<Statement, "citation" | "details"> {
  const source = ds.sources.get(sourceId);
  return source
    ? { citation: formatCitation(source, quote, lang), details: sourceDetails(source, lang) }
    : { citation: `«${quote}»`, details: "" };
}

function when(year: number, approximate: boolean, until: number | undefined, lang: Lang): string {
  const from = formatYear(year, approximate, lang);
  return until !== undefined ? `${from}–${until}` : from;
}

/** A membership's history in the reader's language. */
export function membershipCard(ds: Dataset, m: Membership, lang: Lang): MembershipCard {
  const verdicts = VERDICT_WORDS[lang];
  return {
    cityId: m.place.id,
    city: m.place.name,
    orgId: m.org.id,
    network: m.org.name,
    status: m.current.status,
    statusText: statusWord(m.current.status, lang),
    since: joinedYear(m),
    via: m.via.map((f) => annotation(f.value, lang)),
    responsible: m.responsible.map((f) => annotation(f.value, lang)),
    events: m.events.map((e) => ({
      when: when(e.year, e.approximate, e.until, lang),
      text: [EVENT_WORDS[lang][e.type], e.detail && annotation(e.detail, lang)]
        .filter(Boolean)
        .join(": "),
      note: e.note ? annotation(e.note, lang) : "",
      ...cite(ds, e.source, e.quote, lang),
    })),
    // The assessments are English summaries of the quote: a Norwegian or Swedish reader gets the quote.
    assessment: m.assessment.map((f) => ({
      when: formatYear(f.year, f.approximate, lang),
      text: lang === "en" ? f.value : "",
      note: f.note ? annotation(f.note, lang) : "",
      ...cite(ds, f.source, f.quote, lang),
    })),
    recommendations: m.recommendations.map((r) => ({
      when: formatYear(r.year, r.approximate, lang),
      text: `${verdicts[r.verdict]} (${r.by === "council" ? verdicts.council : verdicts.review}): ${annotation(r.text, lang)}`,
      note: "",
      ...cite(ds, r.source, r.quote, lang),
    })),
  };
}

/** A fact's value in the reader's words. Descriptions are English summaries: others get the quote. */
function factValue(field: CardFact["field"], fact: Fact<unknown>, lang: Lang): string {
  switch (field) {
    case "founded":
      return String(fact.value);
    case "members":
      return formatMembers(fact.value as MemberCount, lang);
    case "scope":
      return SCOPE_WORDS[lang][fact.value as Scope] ?? String(fact.value);
    case "themes":
      return (fact.value as Theme[]).map((t) => THEME_WORDS[lang][t] ?? t).join(", ");
    case "description":
      return lang === "en" ? String(fact.value) : `«${fact.quote}»`;
    case "url":
      return String(fact.value);
    default:
      return annotation(String(fact.value), lang);
  }
}

/** The value a card shows: the latest; for member counts, the latest of the whole membership. */
function latest(field: CardFact["field"], facts: Fact<unknown>[]): Fact<unknown> {
  if (field === "members") {
    const whole = (facts as Fact<MemberCount>[]).filter((f) => !f.value.area);
    if (whole.length > 0) return whole[whole.length - 1];
  }
  return facts[facts.length - 1];
}

function cardFacts(ds: Dataset, org: Organisation, lang: Lang): CardFact[] {
  const out: CardFact[] = [];
  for (const field of CARD_FIELDS) {
    const facts = org.facts[field] as Fact<unknown>[];
    if (facts.length === 0) continue;
    const value = factValue(field, latest(field, facts), lang);
    out.push({
      field,
      value,
      sources: [...facts].reverse().map((f) => {
        const own = factValue(field, f, lang);
        return {
          when: formatYear(f.year, f.approximate, lang),
          // A statement's own value only where it differs from the one shown (and is not the quote).
          text: own !== value && !(field === "description" && lang !== "en") ? own : "",
          note: f.note ? annotation(f.note, lang) : "",
          ...cite(ds, f.source, f.quote, lang),
        };
      }),
    });
  }
  return out;
}

function otherNames(e: Organisation | Place): string[] {
  return [...new Set(allNames(e))].filter((n) => n !== e.name);
}

/** An organisation's card; `cityId` is the reader's city, whose membership comes first. */
export function organisationCard(
  ds: Dataset,
  org: Organisation,
  lang: Lang,
  cityId?: string
): OrganisationCard {
  const memberships = (ds.membershipsByOrg.get(org.id) ?? [])
    .slice()
    .sort((a, b) => compareNames(a.place.name, b.place.name));
  const mine = cityId ? memberships.find((m) => m.place.id === cityId) : undefined;
  return {
    id: org.id,
    name: org.name,
    acronym: org.acronym ?? "",
    kind: KIND_WORDS[lang][org.kind] ?? org.kind,
    parent: org.parent ? (ds.orgById.get(org.parent)?.name ?? "") : "",
    otherNames: otherNames(org),
    note: org.note ? annotation(org.note, lang) : "",
    ...(mine ? { city: membershipCard(ds, mine, lang) } : {}),
    facts: cardFacts(ds, org, lang),
    nordic: memberships
      .filter((m) => NORDIC.has(m.place.country))
      .map((m) => ({
        city: m.place.name,
        status: m.current.status,
        statusText: statusWord(m.current.status, lang),
        since: joinedYear(m),
      })),
    members: memberships.map((m) => membershipCard(ds, m, lang)),
  };
}

const PLACE_KINDS: Record<Lang, Record<string, string>> = {
  en: { city: "city", municipality: "municipality", county: "county", region: "region" },
  nb: { city: "by", municipality: "kommune", county: "fylke", region: "region" },
  sv: { city: "stad", municipality: "kommun", county: "län", region: "region" },
};

/** A country code as the reader names the country: "NO" → "Norge". */
export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([LOCALES[lang]], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function cityCard(ds: Dataset, place: Place, lang: Lang): CityCard {
  return {
    id: place.id,
    name: place.name,
    kind: PLACE_KINDS[lang][place.kind] ?? place.kind,
    country: countryName(place.country, lang),
    otherNames: otherNames(place),
    memberships: (ds.membershipsByPlace.get(place.id) ?? [])
      .slice()
      .sort((a, b) => compareNames(a.org.name, b.org.name))
      .map((m) => membershipCard(ds, m, lang)),
    partners: (ds.relationsByPlace.get(place.id) ?? []).map((r) => {
      const other = r.a.id === place.id ? r.b : r.a;
      return {
        when: r.since !== undefined ? String(r.since) : "",
        text: [
          `${other.name} (${RELATION_WORDS[lang][r.kind]})`,
          r.detail && annotation(r.detail, lang),
        ]
          .filter(Boolean)
          .join(": "),
        note: r.note ? annotation(r.note, lang) : "",
        ...cite(ds, r.source, r.quote, lang),
      };
    }),
  };
}
