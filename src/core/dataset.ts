import type {
  EventType,
  Fact,
  FactInput,
  MemberCount,
  OrganisationIdentity,
  PlaceIdentity,
  RawDataset,
  RelationKind,
  Scope,
  SourceRecord,
  Theme,
  Verdict,
} from "./model";
import { ORG_FACT_FIELDS } from "./model";
import { CityNetError } from "./errors";
import type { CriterionId, Level } from "./scoring/criteria";
import { NameIndex } from "./resolver";
import { compareEvents, statusAt, type Status } from "./status";
import { validateDataset } from "./validate";

export interface OrganisationFacts {
  description: Fact<string>[];
  scope: Fact<Scope>[];
  themes: Fact<Theme[]>[];
  founded: Fact<number>[];
  members: Fact<MemberCount>[];
  secretariat: Fact<string>[];
  president: Fact<string>[];
  url: Fact<string>[];
}

export interface Organisation extends OrganisationIdentity {
  /** Each list sorted by year, oldest first. */
  facts: OrganisationFacts;
}

export type Place = PlaceIdentity;

export interface MembershipEvent {
  type: EventType;
  year: number;
  approximate: boolean;
  until?: number;
  detail?: string;
  source: string;
  quote: string;
  note?: string;
}

export interface Recommendation {
  verdict: Verdict;
  by: "review" | "council";
  text: string;
  year: number;
  approximate: boolean;
  source: string;
  quote: string;
}

export interface Membership {
  place: Place;
  org: Organisation;
  /** Sorted by year, then by the natural order of events within a year. */
  events: MembershipEvent[];
  via: Fact<string>[];
  responsible: Fact<string>[];
  assessment: Fact<string>[];
  recommendations: Recommendation[];
  /** The status after the whole history, and the event that set it. */
  current: { status: Status; event: MembershipEvent };
}

export interface Relation {
  a: Place;
  b: Place;
  kind: RelationKind;
  since?: number;
  detail?: string;
  year: number;
  approximate: boolean;
  source: string;
  quote: string;
  note?: string;
}

/** The dataset with its indexes: built once, then queried. */
export interface Dataset {
  sources: Map<string, SourceRecord>;
  organisations: Organisation[];
  places: Place[];
  orgById: Map<string, Organisation>;
  placeById: Map<string, Place>;
  orgNames: NameIndex<Organisation>;
  placeNames: NameIndex<Place>;
  /** Key: `${placeId}|${orgId}`. */
  memberships: Map<string, Membership>;
  membershipsByPlace: Map<string, Membership[]>;
  membershipsByOrg: Map<string, Membership[]>;
  relationsByPlace: Map<string, Relation[]>;
  /** Source-based scores by membership key, each with its source and quote. */
  sourceScores: Map<string, SourceScore[]>;
}

export interface SourceScore {
  criterion: CriterionId;
  score: Level;
  source: string;
  quote: string;
  note?: string;
}

/** The year the current membership began (the latest "joined" event), or "" when no source gives one. */
export function joinedYear(m: Pick<Membership, "events">): number | "" {
  for (let i = m.events.length - 1; i >= 0; i--)
    if (m.events[i].type === "joined") return m.events[i].year;
  return "";
}

export function membershipKey(placeId: string, orgId: string): string {
  return `${placeId}|${orgId}`;
}

function toFact<T>(input: FactInput<T>, source: SourceRecord): Fact<T> {
  const fact: Fact<T> = {
    value: input.value,
    year: input.year ?? source.year,
    approximate: input.year === undefined,
    source: source.id,
    quote: input.quote,
  };
  if (input.note) fact.note = input.note;
  return fact;
}

const byYear = (a: { year: number }, b: { year: number }) => a.year - b.year;

function pushFacts<T>(
  target: Fact<T>[],
  inputs: FactInput<T>[] | undefined,
  source: SourceRecord
): void {
  if (inputs) for (const input of inputs) target.push(toFact(input, source));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the dataset: checks it (a fact without a source, an unknown id or status is refused),
 * merges what the documents say about each organisation and membership, and builds the indexes.
 */
export function buildDataset(raw: RawDataset): Dataset {
  const problems = validateDataset(raw);
  if (problems.length > 0) {
    throw new CityNetError(
      "invalid",
      `The dataset has ${problems.length} problem(s): ${problems.slice(0, 5).join("; ")}`
    );
  }
  const sources = new Map(raw.sources.map((s) => [s.id, s]));
  const organisations: Organisation[] = raw.organisations.map((o) => ({
    ...o,
    facts: {
      description: [],
      scope: [],
      themes: [],
      founded: [],
      members: [],
      secretariat: [],
      president: [],
      url: [],
    },
  }));
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const places: Place[] = [...raw.places];
  const placeById = new Map(places.map((p) => [p.id, p]));

  type Draft = Omit<Membership, "current">;
  const drafts = new Map<string, Draft>();
  const relationsByPlace = new Map<string, Relation[]>();

  for (const doc of raw.documents) {
    const source = sources.get(doc.source) as SourceRecord;
    for (const input of doc.organisations) {
      const facts = (orgById.get(input.org) as Organisation).facts;
      for (const field of ORG_FACT_FIELDS) {
        pushFacts(
          facts[field] as Fact<unknown>[],
          input[field] as FactInput<unknown>[] | undefined,
          source
        );
      }
    }
    for (const m of doc.memberships) {
      const key = membershipKey(m.place, m.org);
      let draft = drafts.get(key);
      if (!draft) {
        draft = {
          place: placeById.get(m.place) as Place,
          org: orgById.get(m.org) as Organisation,
          events: [],
          via: [],
          responsible: [],
          assessment: [],
          recommendations: [],
        };
        drafts.set(key, draft);
      }
      for (const e of m.events) {
        const event: MembershipEvent = {
          type: e.type,
          year: e.year ?? source.year,
          approximate: e.year === undefined,
          source: source.id,
          quote: e.quote,
        };
        if (e.until !== undefined) event.until = e.until;
        if (e.detail) event.detail = e.detail;
        if (e.note) event.note = e.note;
        draft.events.push(event);
      }
      if (m.via) draft.via.push(toFact(m.via, source));
      if (m.responsible) draft.responsible.push(toFact(m.responsible, source));
      pushFacts(draft.assessment, m.assessment, source);
      for (const r of m.recommendations ?? []) {
        draft.recommendations.push({
          verdict: r.verdict,
          by: r.by,
          text: r.text,
          year: r.year ?? source.year,
          approximate: r.year === undefined,
          source: source.id,
          quote: r.quote,
        });
      }
    }
    for (const r of doc.relations) {
      const relation: Relation = {
        a: placeById.get(r.a) as Place,
        b: placeById.get(r.b) as Place,
        kind: r.kind,
        year: source.year,
        approximate: true,
        source: source.id,
        quote: r.quote,
      };
      if (r.since !== undefined) relation.since = r.since;
      if (r.detail) relation.detail = r.detail;
      if (r.note) relation.note = r.note;
      pushTo(relationsByPlace, r.a, relation);
      pushTo(relationsByPlace, r.b, relation);
    }
  }

  for (const org of organisations)
    for (const field of ORG_FACT_FIELDS) (org.facts[field] as Fact<unknown>[]).sort(byYear);

  const memberships = new Map<string, Membership>();
  const membershipsByPlace = new Map<string, Membership[]>();
  const membershipsByOrg = new Map<string, Membership[]>();
  for (const [key, draft] of drafts) {
    draft.events.sort(compareEvents);
    draft.recommendations.sort(compareRecommendations);
    for (const list of [draft.via, draft.responsible, draft.assessment]) list.sort(byYear);
    const current = statusAt(draft.events, Infinity);
    if (!current) continue; // validateDataset refuses a membership without events
    const membership: Membership = { ...draft, current };
    memberships.set(key, membership);
    pushTo(membershipsByPlace, draft.place.id, membership);
    pushTo(membershipsByOrg, draft.org.id, membership);
  }

  const sourceScores = new Map<string, SourceScore[]>();
  for (const doc of raw.scores ?? []) {
    for (const s of doc.scores) {
      const score: SourceScore = {
        criterion: s.criterion,
        score: s.score,
        source: doc.source,
        quote: s.quote,
      };
      if (s.note) score.note = s.note;
      pushTo(sourceScores, membershipKey(s.place, s.org), score);
    }
  }

  return {
    sources,
    sourceScores,
    organisations,
    places,
    orgById,
    placeById,
    orgNames: new NameIndex(organisations, "network", "CITYNET.NETWORK_LIST()"),
    placeNames: new NameIndex(places, "city", "CITYNET.CITY_LIST()"),
    memberships,
    membershipsByPlace,
    membershipsByOrg,
    relationsByPlace,
  };
}

/** Oldest first; in one year a review's recommendation comes before the council's decision on it. */
function compareRecommendations(a: Recommendation, b: Recommendation): number {
  return a.year - b.year || (a.by === b.by ? 0 : a.by === "review" ? -1 : 1);
}
