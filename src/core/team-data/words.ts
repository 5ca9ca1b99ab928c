import type { EventType, Lang, OrgFactField } from "../model";

// The words of the CityNet data sheet, where a team adds to and corrects the bundled dataset: what a
// row states (an organisation, a city, a membership event, a fact), in the sheet's language. Rows are
// read in any of the three languages, so a colleague's Swedish word in a Norwegian sheet still counts.

export const DATA_KINDS = ["organisation", "city", "event", "fact"] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** The facts a row may correct: an organisation's dated facts. */
export const DATA_FIELDS = [
  "description",
  "scope",
  "themes",
  "founded",
  "members",
  "secretariat",
  "president",
  "url",
] as const satisfies readonly OrgFactField[];

export const DATA_COLUMNS = [
  "kind",
  "organisation",
  "city",
  "what",
  "value",
  "year",
  "document",
  "quote",
  "by",
  "on",
] as const;
export type DataColumn = (typeof DATA_COLUMNS)[number];

export interface DataWords {
  sheetName: string;
  title: string;
  help: string;
  headers: Record<DataColumn, string>;
  kinds: Record<DataKind, string>;
  events: Record<EventType, string>;
  fields: Record<(typeof DATA_FIELDS)[number], string>;
}

export const DATA_WORDS: Record<Lang, DataWords> = {
  en: {
    sheetName: "CityNet data",
    title: "CityNet data: what the team adds to or corrects in CityNet's dataset",
    help: "One statement per row: an organisation or a city not in the dataset, a membership event (a city joins, decides to leave, leaves …) or a fact about an organisation (members, secretariat …). Name the document it comes from and quote it (or write a note), and who entered it when. CityNet's functions and task pane use these rows before the bundled sources.",
    headers: {
      kind: "Kind",
      organisation: "Organisation",
      city: "City",
      what: "Event or fact",
      value: "Value",
      year: "Year",
      document: "Source document",
      quote: "Quote or note",
      by: "Entered by",
      on: "Entered on",
    },
    kinds: { organisation: "Organisation", city: "City", event: "Membership event", fact: "Fact" },
    events: {
      joined: "joined",
      member: "member",
      associate: "associate member",
      role: "office held",
      active: "active",
      passive: "passive",
      "asked-to-consider": "asked to consider joining",
      "decided-to-join": "decided to join",
      "decided-to-leave": "decided to leave",
      left: "left",
    },
    fields: {
      description: "description",
      scope: "scope",
      themes: "themes",
      founded: "founded",
      members: "members",
      secretariat: "secretariat",
      president: "president",
      url: "url",
    },
  },
  nb: {
    sheetName: "CityNet-data",
    title: "CityNet-data: det teamet legger til eller retter i CityNets datasett",
    help: "Ett utsagn per rad: en organisasjon eller en by som ikke er i datasettet, en hendelse i et medlemskap (en by melder seg inn, vedtar utmelding, melder seg ut …) eller et faktum om en organisasjon (medlemmer, sekretariat …). Oppgi dokumentet det kommer fra og siter det (eller skriv et notat), og hvem som førte det inn og når. CityNets funksjoner og oppgaverute bruker disse radene foran de innebygde kildene.",
    headers: {
      kind: "Type",
      organisation: "Organisasjon",
      city: "By",
      what: "Hendelse eller faktum",
      value: "Verdi",
      year: "År",
      document: "Kildedokument",
      quote: "Sitat eller notat",
      by: "Ført inn av",
      on: "Ført inn",
    },
    kinds: {
      organisation: "Organisasjon",
      city: "By",
      event: "Medlemskapshendelse",
      fact: "Faktum",
    },
    events: {
      joined: "meldt inn",
      member: "medlem",
      associate: "assosiert medlem",
      role: "verv",
      active: "aktiv",
      passive: "passiv",
      "asked-to-consider": "bedt om å vurdere innmelding",
      "decided-to-join": "vedtatt innmelding",
      "decided-to-leave": "vedtatt utmelding",
      left: "meldt ut",
    },
    fields: {
      description: "beskrivelse",
      scope: "nedslagsfelt",
      themes: "temaer",
      founded: "grunnlagt",
      members: "medlemmer",
      secretariat: "sekretariat",
      president: "president",
      url: "nettsted",
    },
  },
  sv: {
    sheetName: "CityNet-data",
    title: "CityNet-data: det teamet lägger till eller rättar i CityNets datamängd",
    help: "Ett påstående per rad: en organisation eller en stad som inte finns i datamängden, en händelse i ett medlemskap (en stad går med, beslutar att lämna, lämnar …) eller ett faktum om en organisation (medlemmar, sekretariat …). Ange dokumentet det kommer från och citera det (eller skriv en anteckning), och vem som förde in det och när. CityNets funktioner och aktivitetsfönster använder dessa rader före de inbyggda källorna.",
    headers: {
      kind: "Typ",
      organisation: "Organisation",
      city: "Stad",
      what: "Händelse eller faktum",
      value: "Värde",
      year: "År",
      document: "Källdokument",
      quote: "Citat eller anteckning",
      by: "Införd av",
      on: "Införd",
    },
    kinds: {
      organisation: "Organisation",
      city: "Stad",
      event: "Medlemskapshändelse",
      fact: "Faktum",
    },
    events: {
      joined: "gick med",
      member: "medlem",
      associate: "associerad medlem",
      role: "uppdrag",
      active: "aktiv",
      passive: "passiv",
      "asked-to-consider": "ombedd att överväga medlemskap",
      "decided-to-join": "beslutat att gå med",
      "decided-to-leave": "beslutat att lämna",
      left: "lämnat",
    },
    fields: {
      description: "beskrivning",
      scope: "räckvidd",
      themes: "teman",
      founded: "grundad",
      members: "medlemmar",
      secretariat: "sekretariat",
      president: "ordförande",
      url: "webbplats",
    },
  },
};

/** A word typed in any of the three languages (or the English id) → its key; undefined when none. */
export function wordKey<K extends string>(
  pick: (w: DataWords) => Record<K, string>,
  typed: unknown
): K | undefined {
  if (typeof typed !== "string") return undefined;
  const t = typed.trim().toLowerCase();
  for (const lang of ["en", "nb", "sv"] as const)
    for (const [key, word] of Object.entries(pick(DATA_WORDS[lang])) as [K, string][])
      if (word.toLowerCase() === t || key.toLowerCase() === t) return key;
  return undefined;
}
