import type { Dataset, Membership, MembershipEvent, Organisation, Place } from "./dataset";
import { joinedYear } from "./dataset";
import { compareNames, formatCitation, formatYear, VERDICT_LABELS } from "./format";
import { allNames } from "./resolver";
import type { Lang, Verdict } from "./model";
import { SHEET_WORDS } from "./sheet/strings";
import { foldText, nameKey } from "./normalize";
import { sourceDetails } from "./words/sources";
import { organisationFacts, type SourcedFact } from "./queries";
import type { Status } from "./status";

// View models for browsing the dataset (the task pane's Data view): plain data, no DOM.

export interface SearchHit {
  type: "network" | "city";
  id: string;
  name: string;
  detail: string;
}

/** Networks and places whose names contain the text (folded), best first: exact, prefix, then contains. */
export function searchDataset(ds: Dataset, text: string, limit = 30): SearchHit[] {
  const key = nameKey(text);
  if (key.length === 0) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  const consider = (hit: SearchHit, names: string[]) => {
    let score = Infinity;
    for (const n of names) {
      const k = nameKey(n);
      if (k === key) score = Math.min(score, 0);
      else if (k.startsWith(key)) score = Math.min(score, 1);
      else if (k.includes(key) || foldText(n).includes(foldText(text))) score = Math.min(score, 2);
    }
    if (score < Infinity) scored.push({ hit, score });
  };
  for (const o of ds.organisations) {
    consider(
      {
        type: "network",
        id: o.id,
        name: o.name,
        detail: [o.acronym, o.kind].filter(Boolean).join(" · "),
      },
      allNames(o)
    );
  }
  for (const p of ds.places) {
    consider(
      { type: "city", id: p.id, name: p.name, detail: `${p.kind} · ${p.country}` },
      allNames(p)
    );
  }
  return scored
    .sort((a, b) => a.score - b.score || compareNames(a.hit.name, b.hit.name))
    .slice(0, limit)
    .map((s) => s.hit);
}

export interface EventView {
  when: string;
  text: string;
  /** The quote with its source by publisher, title and year, in the reader's language. */
  citation: string;
  /** The details line for the folded source: the file it is kept in ("" for a workbook's rows). */
  sourceDetails: string;
}

export interface MembershipView {
  city: string;
  network: string;
  /** In the reader's language. */
  status: string;
  since: number | "";
  via: string[];
  responsible: string[];
  events: EventView[];
  assessment: EventView[];
  recommendations: EventView[];
}

export interface NetworkProfile {
  id: string;
  name: string;
  acronym: string;
  kind: string;
  parent: string;
  otherNames: string[];
  note: string;
  facts: SourcedFact[];
  members: MembershipView[];
}

export interface CityProfile {
  id: string;
  name: string;
  country: string;
  kind: string;
  otherNames: string[];
  memberships: MembershipView[];
  partners: EventView[];
}

/** The words for events, statuses and verdicts in the reader's language. */
const WORDS: Record<
  Lang,
  {
    events: Record<MembershipEvent["type"], string>;
    statuses: Record<Status, string>;
    verdicts: Record<Verdict, string>;
    council: string;
    review: string;
  }
> = {
  en: {
    events: {
      joined: "Joined",
      member: "Recorded as member",
      associate: "Recorded as associate member",
      role: "Office held",
      active: "Active participation",
      passive: "Passive participation",
      "asked-to-consider": "Council asked for a case on joining",
      "decided-to-join": "Decided to join",
      "decided-to-leave": "Decided to leave",
      left: "Left",
    },
    statuses: SHEET_WORDS.en.statuses,
    verdicts: VERDICT_LABELS,
    council: "council decision",
    review: "review",
  },
  nb: {
    events: {
      joined: "Meldt inn",
      member: "Registrert som medlem",
      associate: "Registrert som assosiert medlem",
      role: "Verv",
      active: "Aktiv deltakelse",
      passive: "Passiv deltakelse",
      "asked-to-consider": "Bystyret ba om en sak om innmelding",
      "decided-to-join": "Vedtatt innmelding",
      "decided-to-leave": "Vedtatt utmelding",
      left: "Meldt ut",
    },
    statuses: SHEET_WORDS.nb.statuses,
    verdicts: {
      continue: "Videreføre",
      strengthen: "Styrke",
      leave: "Avslutte",
      join: "Melde inn",
      "consider-joining": "Vurdere innmelding",
    },
    council: "bystyrevedtak",
    review: "gjennomgang",
  },
  sv: {
    events: {
      joined: "Gick med",
      member: "Registrerad som medlem",
      associate: "Registrerad som associerad medlem",
      role: "Uppdrag",
      active: "Aktivt deltagande",
      passive: "Passivt deltagande",
      "asked-to-consider": "Fullmäktige bad om ett ärende om medlemskap",
      "decided-to-join": "Beslutat att gå med",
      "decided-to-leave": "Beslutat att lämna",
      left: "Lämnade",
    },
    statuses: SHEET_WORDS.sv.statuses,
    verdicts: {
      continue: "Fortsätta",
      strengthen: "Fördjupa",
      leave: "Lämna",
      join: "Gå med",
      "consider-joining": "Överväga medlemskap",
    },
    council: "beslut",
    review: "genomgång",
  },
};

function cite(
  ds: Dataset,
  sourceId: string,
  quote: string,
  lang: Lang
): Pick<EventView, "citation" | "sourceDetails"> {
  const source = ds.sources.get(sourceId);
  return source
    ? { citation: formatCitation(source, quote, lang), sourceDetails: sourceDetails(source, lang) }
    : { citation: quote, sourceDetails: "" };
}

export function membershipView(ds: Dataset, m: Membership, lang: Lang = "en"): MembershipView {
  const w = WORDS[lang];
  return {
    city: m.place.name,
    network: m.org.name,
    status: w.statuses[m.current.status],
    since: joinedYear(m),
    via: m.via.map((f) => f.value),
    responsible: m.responsible.map((f) => f.value),
    events: m.events.map((e) => ({
      when:
        e.until !== undefined
          ? `${formatYear(e.year, e.approximate)}–${e.until}`
          : formatYear(e.year, e.approximate),
      text: [w.events[e.type], e.detail, e.note].filter(Boolean).join(": "),
      ...cite(ds, e.source, e.quote, lang),
    })),
    assessment: m.assessment.map((f) => ({
      when: formatYear(f.year, f.approximate),
      text: f.value,
      ...cite(ds, f.source, f.quote, lang),
    })),
    recommendations: m.recommendations.map((r) => ({
      when: formatYear(r.year, r.approximate),
      text: `${w.verdicts[r.verdict]} (${r.by === "council" ? w.council : w.review}): ${r.text}`,
      ...cite(ds, r.source, r.quote, lang),
    })),
  };
}

function otherNames(e: Organisation | Place): string[] {
  return [...new Set(allNames(e))].filter((n) => n !== e.name);
}

export function networkProfile(ds: Dataset, org: Organisation, lang: Lang = "en"): NetworkProfile {
  return {
    id: org.id,
    name: org.name,
    acronym: org.acronym ?? "",
    kind: org.kind,
    parent: org.parent ? (ds.orgById.get(org.parent)?.name ?? "") : "",
    otherNames: otherNames(org),
    note: org.note ?? "",
    facts: organisationFacts(ds, org.id, lang),
    members: (ds.membershipsByOrg.get(org.id) ?? [])
      .slice()
      .sort((a, b) => compareNames(a.place.name, b.place.name))
      .map((m) => membershipView(ds, m, lang)),
  };
}

export function cityProfile(ds: Dataset, place: Place, lang: Lang = "en"): CityProfile {
  return {
    id: place.id,
    name: place.name,
    country: place.country,
    kind: place.kind,
    otherNames: otherNames(place),
    memberships: (ds.membershipsByPlace.get(place.id) ?? [])
      .slice()
      .sort((a, b) => compareNames(a.org.name, b.org.name))
      .map((m) => membershipView(ds, m, lang)),
    partners: (ds.relationsByPlace.get(place.id) ?? []).map((r) => {
      const other = r.a.id === place.id ? r.b : r.a;
      return {
        when: r.since !== undefined ? String(r.since) : "",
        text: [`${other.name} (${r.kind})`, r.detail].filter(Boolean).join(": "),
        ...cite(ds, r.source, r.quote, lang),
      };
    }),
  };
}
