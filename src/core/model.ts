// The dataset model: plain types shared by the data files, the core and the edges.
// No Office.js here: everything in src/core runs in Node.
import type { ScoreDocumentData } from "./scoring/evidence";

export type Lang = "en" | "nb" | "sv";

/** A seed document, cited by every fact. */
export interface SourceRecord {
  id: string;
  /** File name in src/data/seeds (a copy of ../shared/seeds). */
  file: string;
  title: string;
  publisher: string;
  /**
   * The publisher in each reader's language, where `publisher` describes rather than names it
   * (an inferred publisher); a named publisher ("Bergen kommune") is the same in every language.
   */
  publisherIn?: Partial<Record<Lang, string>>;
  language: Lang;
  /** The year we date the document to; always approximate (inferred from its text). */
  year: number;
  /** Human-readable dating, e.g. "c. 2015–2017". */
  dateText: string;
  /** Why we date it so: the internal evidence. */
  dateBasis: string;
  kind: "report" | "web page" | "report appendix" | "slide transcript" | "workbook entry";
  /** A row of a workbook's CityNet data table: where it is, who entered it and when. */
  workbook?: { sheet: string; row: number; enteredBy: string; enteredOn: string; document: string };
}

export const ORG_KINDS = [
  "network",
  "association",
  "programme",
  "initiative",
  "commitment",
  "alliance",
  "regional office",
  "committee",
  "project",
  "conference",
  "intergovernmental organisation",
  "national association",
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const SCOPES = [
  "Global",
  "Europe",
  "Nordic",
  "Scandinavia",
  "Baltic Sea",
  "North Sea",
  "Barents",
  "National",
  "Regional",
] as const;
export type Scope = (typeof SCOPES)[number];

export const THEMES = [
  "archives",
  "climate",
  "culture",
  "democracy",
  "economy",
  "education",
  "environment",
  "food",
  "governance",
  "health",
  "heritage",
  "human rights",
  "inclusion",
  "knowledge",
  "LGBT",
  "libraries",
  "mobility",
  "music",
  "parks",
  "peace",
  "planning",
  "refugees",
  "smart city",
  "social affairs",
  "sport",
  "sustainability",
  "transport",
  "urban development",
  "water",
  "youth",
] as const;
export type Theme = (typeof THEMES)[number];

export interface Names {
  en: readonly string[];
  nb: readonly string[];
  sv: readonly string[];
}

/** Identity of an organisation: what name resolution needs. Facts about it live in the documents. */
export interface OrganisationIdentity {
  id: string;
  /** Official name (English where the organisation has one). */
  name: string;
  acronym?: string;
  kind: OrgKind;
  /** The organisation this one belongs to (a committee of UCLG, a UNESCO programme...). */
  parent?: string;
  /** Names in each language; the first English name is the official one. */
  names: Names;
  /** Other spellings, including the ones the documents use. */
  aliases: readonly string[];
  /** Why a name or spelling differs from what a document says, if it does. */
  note?: string;
}

export const PLACE_KINDS = ["city", "municipality", "county", "region"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceIdentity {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  kind: PlaceKind;
  names: Names;
  aliases: readonly string[];
  /** The county or region the place lies in, when the dataset knows it. */
  parent?: string;
}

// ---- Facts, as written in a document file (the source is implied by the file) ----

/** A statement a document makes, with the words it uses. */
export interface FactInput<T> {
  value: T;
  /** Short quote in the document's language, copied exactly from the seed text. */
  quote: string;
  /** The year the statement describes; defaults to the document's (approximate) year. */
  year?: number;
  note?: string;
}

export interface MemberCount {
  count: number;
  qualifier?: "about" | "more than";
  /** What is counted: "members", "cities", "municipalities", "member organisations"... */
  unit: string;
  associates?: number;
  associatesUnit?: string;
  countries?: number;
  /** When the count covers only part of the membership, e.g. "Norway". */
  area?: string;
}

/** The dated facts a document can give about an organisation. */
export const ORG_FACT_FIELDS = [
  "description",
  "scope",
  "themes",
  "founded",
  "members",
  "secretariat",
  "president",
  "url",
] as const;
export type OrgFactField = (typeof ORG_FACT_FIELDS)[number];

export interface OrganisationFactsInput<O extends string = string> {
  org: O;
  /** Short English description, paraphrasing the quote. */
  description?: FactInput<string>[];
  scope?: FactInput<Scope>[];
  themes?: FactInput<Theme[]>[];
  founded?: FactInput<number>[];
  members?: FactInput<MemberCount>[];
  secretariat?: FactInput<string>[];
  president?: FactInput<string>[];
  url?: FactInput<string>[];
}

export const EVENT_TYPES = [
  "joined",
  "member",
  "associate",
  "role",
  "active",
  "passive",
  "asked-to-consider",
  "decided-to-join",
  "decided-to-leave",
  "left",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface MembershipEventInput {
  /**
   * joined: membership began (year = since); member / associate: the document attests it at its date;
   * role: a board seat, chair or other office (detail says which; until = last year held);
   * active / passive: the documented level of participation;
   * asked-to-consider: the council asked for a case on joining; decided-to-join; decided-to-leave; left.
   */
  type: EventType;
  year?: number;
  until?: number;
  detail?: string;
  quote: string;
  note?: string;
}

export const VERDICTS = ["continue", "strengthen", "leave", "join", "consider-joining"] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface RecommendationInput {
  verdict: Verdict;
  /** review: a recommendation in the document; council: a decision of the city council. */
  by: "review" | "council";
  /** Short English rendering. */
  text: string;
  quote: string;
  year?: number;
}

export interface MembershipInput<O extends string = string, P extends string = string> {
  place: P;
  org: O;
  /** How the city takes part when not directly: "through Norsk Vann", "through the city library". */
  via?: FactInput<string>;
  /** The responsible city body, in the document's words. */
  responsible?: FactInput<string>;
  events: MembershipEventInput[];
  /** What the document says the city gains or does not gain (English summary + quote). */
  assessment?: FactInput<string>[];
  recommendations?: RecommendationInput[];
}

export const RELATION_KINDS = ["twin city", "bilateral partner"] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface RelationInput<P extends string = string> {
  a: P;
  b: P;
  kind: RelationKind;
  since?: number;
  detail?: string;
  quote: string;
  note?: string;
}

/** Everything one seed document contributes to the dataset. */
export interface DocumentData<
  S extends string = string,
  O extends string = string,
  P extends string = string,
> {
  source: S;
  organisations: OrganisationFactsInput<O>[];
  memberships: MembershipInput<O, P>[];
  relations: RelationInput<P>[];
}

/** The raw dataset as bundled: identities, sources, per-document facts and source-based scores. */
export interface RawDataset {
  sources: readonly SourceRecord[];
  organisations: readonly OrganisationIdentity[];
  places: readonly PlaceIdentity[];
  documents: readonly DocumentData[];
  scores?: readonly ScoreDocumentData[];
}

// ---- Facts as the core serves them (source attached) ----

export interface Citation {
  source: string;
  quote: string;
}

export interface Fact<T> extends Citation {
  value: T;
  year: number;
  /** True when the year comes from the document's approximate date. */
  approximate: boolean;
  note?: string;
}
