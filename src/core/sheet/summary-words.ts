import type { Lang } from "../model";

// The words of the summary sheet and the Sources sheet, in the review's language.

export interface SummaryWords {
  sheetName: string;
  title: (city: string) => string;
  note: (sheet: string, framework: string) => string;
  recommendations: string;
  recommendation: string;
  organisations: string;
  total: string;
  fragile: string;
  disputed: string;
  chartTitle: (city: string) => string;
  perOrganisation: string;
  organisation: string;
  value: string;
  coverage: string;
  consensus: string;
  quote: string;
  notInMatrix: string;
  sourcesSheet: string;
  sourcesTitle: (city: string) => string;
  sourcesNote: string;
  sourceTitle: string;
  publisher: string;
  date: string;
  language: string;
  kind: string;
  dateBasis: string;
  file: string;
  languages: Record<Lang, string>;
}

export const SUMMARY_WORDS: Record<Lang, SummaryWords> = {
  en: {
    sheetName: "Summary",
    title: (c) => `${c}: summary of the review`,
    note: (s, f) =>
      `From the matrix on the sheet '${s}' (${f}). Every figure is a formula on that sheet: it follows the scores as they change.`,
    recommendations: "Recommendations",
    recommendation: "Recommendation",
    organisations: "Organisations",
    total: "Total",
    fragile: "Fragile recommendations (a small change in one weight changes them)",
    disputed: "Disputed recommendations (the raters' scores do not settle them)",
    chartTitle: (c) => `${c}: value per organisation, by recommendation`,
    perOrganisation: "Per organisation",
    organisation: "Organisation",
    value: "Value",
    coverage: "Coverage",
    consensus: "Consensus",
    quote: "What it rests on",
    notInMatrix: "not in the matrix",
    sourcesSheet: "Sources",
    sourcesTitle: (c) => `${c}: the documents the review quotes`,
    sourcesNote:
      "Every score the sources imply and every fact CityNet shows comes from one of these documents, with a quote. Dates are inferred from the documents' text and approximate.",
    sourceTitle: "Title",
    publisher: "Publisher",
    date: "Date",
    language: "Language",
    kind: "Kind",
    dateBasis: "Why this date",
    file: "File",
    languages: { en: "English", nb: "Norwegian", sv: "Swedish" },
  },
  nb: {
    sheetName: "Sammendrag",
    title: (c) => `${c}: sammendrag av gjennomgangen`,
    note: (s, f) =>
      `Fra matrisen på arket «${s}» (${f}). Hvert tall er en formel mot det arket: det følger poengene når de endres.`,
    recommendations: "Anbefalinger",
    recommendation: "Anbefaling",
    organisations: "Organisasjoner",
    total: "Totalt",
    fragile: "Usikre anbefalinger (en liten endring i én vekt endrer dem)",
    disputed: "Omstridte anbefalinger (vurderernes poeng avgjør dem ikke)",
    chartTitle: (c) => `${c}: verdi per organisasjon, etter anbefaling`,
    perOrganisation: "Per organisasjon",
    organisation: "Organisasjon",
    value: "Verdi",
    coverage: "Dekning",
    consensus: "Enighet",
    quote: "Hva den bygger på",
    notInMatrix: "ikke i matrisen",
    sourcesSheet: "Kilder",
    sourcesTitle: (c) => `${c}: dokumentene gjennomgangen siterer`,
    sourcesNote:
      "Hvert poeng kildene tilsier og hvert faktum CityNet viser kommer fra ett av disse dokumentene, med et sitat. Datoene er utledet av dokumentenes tekst og omtrentlige.",
    sourceTitle: "Tittel",
    publisher: "Utgiver",
    date: "Dato",
    language: "Språk",
    kind: "Type",
    dateBasis: "Hvorfor denne datoen",
    file: "Fil",
    languages: { en: "engelsk", nb: "norsk", sv: "svensk" },
  },
  sv: {
    sheetName: "Sammanfattning",
    title: (c) => `${c}: sammanfattning av genomgången`,
    note: (s, f) =>
      `Från matrisen på bladet ”${s}” (${f}). Varje tal är en formel mot det bladet: det följer poängen när de ändras.`,
    recommendations: "Rekommendationer",
    recommendation: "Rekommendation",
    organisations: "Organisationer",
    total: "Totalt",
    fragile: "Osäkra rekommendationer (en liten ändring av en vikt ändrar dem)",
    disputed: "Omstridda rekommendationer (bedömarnas poäng avgör dem inte)",
    chartTitle: (c) => `${c}: värde per organisation, efter rekommendation`,
    perOrganisation: "Per organisation",
    organisation: "Organisation",
    value: "Värde",
    coverage: "Täckning",
    consensus: "Samstämmighet",
    quote: "Vad den bygger på",
    notInMatrix: "inte i matrisen",
    sourcesSheet: "Källor",
    sourcesTitle: (c) => `${c}: dokumenten genomgången citerar`,
    sourcesNote:
      "Varje poäng källorna antyder och varje faktum CityNet visar kommer från ett av dessa dokument, med ett citat. Datumen är härledda ur dokumentens text och ungefärliga.",
    sourceTitle: "Titel",
    publisher: "Utgivare",
    date: "Datum",
    language: "Språk",
    kind: "Typ",
    dateBasis: "Varför detta datum",
    file: "Fil",
    languages: { en: "engelska", nb: "norska", sv: "svenska" },
  },
};
