import {
  THEMES,
  type EventType,
  type Lang,
  type MemberCount,
  type OrgKind,
  type RelationKind,
  type Scope,
  type Theme,
  type Verdict,
} from "../model";
import type { Recommendation } from "../scoring/recommend";
import { SHEET_WORDS } from "../sheet/strings";
import type { Status } from "../status";
import { annotation } from "./annotations";

// The words the pane shows for the dataset's fixed vocabulary (statuses, events, verdicts, kinds,
// scopes, themes, counts) and its numbers, in the reader's language. Plain data: the DOM is elsewhere.

export const LOCALES: Record<Lang, string> = { en: "en-GB", nb: "nb-NO", sv: "sv-SE" };

// Making an Intl.NumberFormat costs far more than using one: a report formats thousands of numbers.
const FORMATS = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = FORMATS.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    FORMATS.set(key, f);
  }
  return f;
}

/** A number as the reader writes it: "1.67" in English, "1,67" in Norwegian and Swedish. */
export function formatDecimal(x: number, lang: Lang, maxDigits = 2, minDigits = 0): string {
  return numberFormat(lang, {
    maximumFractionDigits: maxDigits,
    minimumFractionDigits: minDigits,
  }).format(x);
}

/** A value on the 1–5 scale with two decimals ("3,00"), or a dash when there is none. */
export function formatValue(x: number | null, lang: Lang): string {
  return x === null ? "–" : formatDecimal(x, lang, 2, 2);
}

/** A share as a whole percentage with the reader's spacing: "67 %" (and "67%" in English). */
export function formatShare(share: number, lang: Lang): string {
  return numberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/**
 * A weight limit rounded outwards, so that the sentence around it stays true: "more than 1.43" for
 * 1.4286 (any weight above 1.43 changes it), "less than 0.57" for 0.5714. Two decimals, more for
 * small numbers so that they do not round to 0.
 */
export function formatLimit(x: number, when: "more" | "less", lang: Lang): string {
  if (x === 0) return formatDecimal(0, lang);
  const digits = x >= 0.1 ? 2 : Math.min(8, 1 - Math.floor(Math.log10(x)));
  const scale = 10 ** digits;
  // A hair of slack: bisection leaves 1.4000000000002 where the limit is 1.4.
  const rounded =
    when === "more" ? Math.ceil(x * scale - 1e-6) / scale : Math.floor(x * scale + 1e-6) / scale;
  return formatDecimal(rounded, lang, digits);
}

/** A year as the documents date it: "c. 2020" in English, "ca. 2020" in Norwegian, "ca 2020" in Swedish. */
export function formatYear(year: number, approximate: boolean, lang: Lang): string {
  if (!approximate) return String(year);
  return `${{ en: "c.", nb: "ca.", sv: "ca" }[lang]} ${year}`;
}

export function statusWord(status: Status | "Candidate", lang: Lang): string {
  return SHEET_WORDS[lang].statuses[status];
}

export function recommendationWord(rec: Recommendation, lang: Lang): string {
  return SHEET_WORDS[lang].recommendations[rec];
}

export const EVENT_WORDS: Record<Lang, Record<EventType, string>> = {
  en: {
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
  nb: {
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
  sv: {
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
};

/** What a city's review recommended or its council decided, and who said it. */
export const VERDICT_WORDS: Record<
  Lang,
  Record<Verdict, string> & { council: string; review: string }
> = {
  en: {
    continue: "Continue",
    strengthen: "Strengthen",
    leave: "Leave",
    join: "Join",
    "consider-joining": "Consider joining",
    council: "council decision",
    review: "review",
  },
  nb: {
    continue: "Videreføre",
    strengthen: "Styrke",
    leave: "Avslutte",
    join: "Melde inn",
    "consider-joining": "Vurdere innmelding",
    council: "bystyrevedtak",
    review: "gjennomgang",
  },
  sv: {
    continue: "Fortsätta",
    strengthen: "Fördjupa",
    leave: "Lämna",
    join: "Gå med",
    "consider-joining": "Överväga medlemskap",
    council: "fullmäktigebeslut",
    review: "genomgång",
  },
};

export const KIND_WORDS: Record<Lang, Record<OrgKind, string>> = {
  en: {
    network: "network",
    association: "association",
    programme: "programme",
    initiative: "initiative",
    commitment: "commitment",
    alliance: "alliance",
    "regional office": "regional office",
    committee: "committee",
    project: "project",
    conference: "conference",
    "intergovernmental organisation": "intergovernmental organisation",
    "national association": "national association",
  },
  nb: {
    network: "nettverk",
    association: "forening",
    programme: "program",
    initiative: "initiativ",
    commitment: "forpliktelse",
    alliance: "allianse",
    "regional office": "regionkontor",
    committee: "komité",
    project: "prosjekt",
    conference: "konferanse",
    "intergovernmental organisation": "mellomstatlig organisasjon",
    "national association": "nasjonal forening",
  },
  sv: {
    network: "nätverk",
    association: "förening",
    programme: "program",
    initiative: "initiativ",
    commitment: "åtagande",
    alliance: "allians",
    "regional office": "regionkontor",
    committee: "kommitté",
    project: "projekt",
    conference: "konferens",
    "intergovernmental organisation": "mellanstatlig organisation",
    "national association": "nationell förening",
  },
};

export const SCOPE_WORDS: Record<Lang, Record<Scope, string>> = {
  en: {
    Global: "Global",
    Europe: "Europe",
    Nordic: "Nordic",
    Scandinavia: "Scandinavia",
    "Baltic Sea": "Baltic Sea",
    "North Sea": "North Sea",
    Barents: "Barents",
    National: "National",
    Regional: "Regional",
  },
  nb: {
    Global: "Globalt",
    Europe: "Europa",
    Nordic: "Norden",
    Scandinavia: "Skandinavia",
    "Baltic Sea": "Østersjøen",
    "North Sea": "Nordsjøen",
    Barents: "Barentsregionen",
    National: "Nasjonalt",
    Regional: "Regionalt",
  },
  sv: {
    Global: "Globalt",
    Europe: "Europa",
    Nordic: "Norden",
    Scandinavia: "Skandinavien",
    "Baltic Sea": "Östersjön",
    "North Sea": "Nordsjön",
    Barents: "Barentsregionen",
    National: "Nationellt",
    Regional: "Regionalt",
  },
};

export const THEME_WORDS: Record<Lang, Record<Theme, string>> = {
  en: Object.fromEntries(THEMES.map((t) => [t, t])) as Record<Theme, string>,
  nb: {
    archives: "arkiv",
    climate: "klima",
    culture: "kultur",
    democracy: "demokrati",
    economy: "økonomi",
    education: "utdanning",
    environment: "miljø",
    food: "mat",
    governance: "styring",
    health: "helse",
    heritage: "kulturarv",
    "human rights": "menneskerettigheter",
    inclusion: "inkludering",
    knowledge: "kunnskap",
    LGBT: "LHBT",
    libraries: "bibliotek",
    mobility: "mobilitet",
    music: "musikk",
    parks: "parker",
    peace: "fred",
    planning: "planlegging",
    refugees: "flyktninger",
    "smart city": "smart by",
    "social affairs": "sosiale saker",
    sport: "idrett",
    sustainability: "bærekraft",
    transport: "transport",
    "urban development": "byutvikling",
    water: "vann",
    youth: "ungdom",
  },
  sv: {
    archives: "arkiv",
    climate: "klimat",
    culture: "kultur",
    democracy: "demokrati",
    economy: "ekonomi",
    education: "utbildning",
    environment: "miljö",
    food: "mat",
    governance: "styrning",
    health: "hälsa",
    heritage: "kulturarv",
    "human rights": "mänskliga rättigheter",
    inclusion: "inkludering",
    knowledge: "kunskap",
    LGBT: "hbtq",
    libraries: "bibliotek",
    mobility: "mobilitet",
    music: "musik",
    parks: "parker",
    peace: "fred",
    planning: "planering",
    refugees: "flyktingar",
    "smart city": "smart stad",
    "social affairs": "sociala frågor",
    sport: "idrott",
    sustainability: "hållbarhet",
    transport: "transporter",
    "urban development": "stadsutveckling",
    water: "vatten",
    youth: "unga",
  },
};

export const RELATION_WORDS: Record<Lang, Record<RelationKind, string>> = {
  en: { "twin city": "twin city", "bilateral partner": "bilateral partner" },
  nb: { "twin city": "vennskapsby", "bilateral partner": "bilateral partner" },
  sv: { "twin city": "vänort", "bilateral partner": "bilateral partner" },
};

/** What a member count counts, in each language; the dataset's unit where there is no entry. */
const UNITS: Record<string, { nb: string; sv: string }> = {
  members: { nb: "medlemmer", sv: "medlemmar" },
  cities: { nb: "byer", sv: "städer" },
  "member cities": { nb: "medlemsbyer", sv: "medlemsstäder" },
  "full member cities": { nb: "fullverdige medlemsbyer", sv: "fullvärdiga medlemsstäder" },
  "cities and regions": { nb: "byer og regioner", sv: "städer och regioner" },
  "local governments": { nb: "lokale myndigheter", sv: "lokala myndigheter" },
  "partner areas": { nb: "partnerområder", sv: "partnerområden" },
  "member municipalities": { nb: "medlemskommuner", sv: "medlemskommuner" },
  "school owners": { nb: "skoleeiere", sv: "skolhuvudmän" },
  "festivals and cities": { nb: "festivaler og byer", sv: "festivaler och städer" },
  "member organisations": { nb: "medlemsorganisasjoner", sv: "medlemsorganisationer" },
  municipalities: { nb: "kommuner", sv: "kommuner" },
  associates: { nb: "assosierte", sv: "associerade" },
  "associated partners": { nb: "assosierte partnere", sv: "associerade partner" },
  "partner cities": { nb: "partnerbyer", sv: "partnerstäder" },
  "county councils": { nb: "fylkeskommuner", sv: "fylkeskommuner (regioner)" },
  Sweden: { nb: "Sverige", sv: "Sverige" },
  Norway: { nb: "Norge", sv: "Norge" },
  "Creative Cities of Gastronomy": {
    nb: "kreative byer innen gastronomi",
    sv: "kreativa städer inom gastronomi",
  },
};

/** Whether a unit, associates' unit or area has its words (for the completeness test). */
export function hasUnitWords(unit: string): boolean {
  return Object.prototype.hasOwnProperty.call(UNITS, unit);
}

function unitWord(unit: string, lang: Lang): string {
  return lang === "en" ? unit : (UNITS[unit]?.[lang] ?? unit);
}

/** "more than 145 members and 45 partner cities from 39 countries", in the reader's language. */
export function formatMembers(m: MemberCount, lang: Lang): string {
  const n = (x: number) => numberFormat(lang, {}).format(x);
  const qualifier = m.qualifier
    ? {
        about: { en: "about", nb: "omtrent", sv: "omkring" },
        "more than": { en: "more than", nb: "mer enn", sv: "mer än" },
      }[m.qualifier][lang]
    : "";
  const and = { en: "and", nb: "og", sv: "och" }[lang];
  const parts = [
    `${qualifier ? `${qualifier} ` : ""}${n(m.count)} ${unitWord(m.unit, lang)}`,
    m.associates !== undefined &&
      `${and} ${n(m.associates)} ${unitWord(m.associatesUnit ?? "associates", lang)}`,
    m.countries !== undefined &&
      {
        en: `from ${n(m.countries)} countries`,
        nb: `fra ${n(m.countries)} land`,
        sv: `från ${n(m.countries)} länder`,
      }[lang],
    m.area && `${{ en: "in", nb: "i", sv: "i" }[lang]} ${unitWord(m.area, lang)}`,
  ];
  return parts.filter(Boolean).join(" ");
}

export { annotation };
