import type { Lang } from "../model";
import type { Recommendation } from "../scoring/recommend";
import type { Status } from "../status";

// The words written into sheets, in the workbook's language. Formulas compare against these words,
// so a sheet keeps the language it was made in (its metadata records which).

export interface SheetWords {
  title: (city: string) => string;
  subtitle: (framework: string) => string;
  weight: string;
  direction: string;
  share: string;
  benefit: string;
  cost: string;
  headers: {
    organisation: string;
    key: string;
    type: string;
    status: string;
    since: string;
    responsible: string;
    value: string;
    coverage: string;
    recommendation: string;
    fragile: string;
    evidence: string;
    notes: string;
  };
  types: { Membership: string; Candidate: string };
  statuses: Record<Status | "Candidate", string>;
  recommendations: Record<Recommendation, string>;
  yes: string;
  thresholds: string;
  thresholdLabels: { strengthen: string; continue: string; review: string; join: string };
  rubric: string;
  scoreError: { title: string; message: string };
  chartTitle: (city: string) => string;
  matrixTitle: string;
  matrixNote: string;
  /** Team reviews. */
  team: {
    subtitle: (framework: string, aggregate: "median" | "mean") => string;
    assigned: string;
    consensus: string;
    disputed: string;
    spread: (criterion: string) => string;
    /** A rater's column: "Anne: Participation". */
    column: (rater: string, part: string) => string;
    /** The sources as a rater: "Sources (Bergen kommune, c. 2020–2021)". */
    sources: (documents: string) => string;
  };
}

export const SHEET_WORDS: Record<Lang, SheetWords> = {
  en: {
    title: (city) => `${city}: evaluation of international memberships`,
    subtitle: (f) =>
      `Framework: ${f}. Score each criterion 1–5; leave blank if not assessed. Cost criteria: 5 = highest cost. Value = weighted mean of the assessed criteria.`,
    weight: "Weight",
    direction: "Direction",
    share: "Share of weight",
    benefit: "benefit",
    cost: "cost",
    headers: {
      organisation: "Organisation",
      key: "Key",
      type: "Type",
      status: "Status",
      since: "Since",
      responsible: "Responsible",
      value: "Value",
      coverage: "Coverage",
      recommendation: "Recommendation",
      fragile: "Fragile",
      evidence: "Evidence",
      notes: "Notes",
    },
    types: { Membership: "Membership", Candidate: "Candidate" },
    statuses: {
      Member: "Member",
      "Associate member": "Associate member",
      Joining: "Joining",
      "Under consideration": "Under consideration",
      Leaving: "Leaving",
      "Former member": "Former member",
      "Not a member": "Not a member",
      Candidate: "Candidate",
    },
    recommendations: {
      Strengthen: "Strengthen",
      Continue: "Continue",
      Review: "Review",
      Leave: "Leave",
      Join: "Join",
      "Do not join": "Do not join",
    },
    yes: "Yes",
    thresholds: "Thresholds (value at or above)",
    thresholdLabels: {
      strengthen: "Strengthen",
      continue: "Continue",
      review: "Review (below: Leave)",
      join: "Join (candidates)",
    },
    rubric: "Rubric",
    scoreError: {
      title: "Score 1–5",
      message: "Type a whole number from 1 to 5, or leave the cell blank (not assessed).",
    },
    chartTitle: (city) => `${city}: value per organisation`,
    matrixTitle: "Value of networks per city",
    matrixNote:
      "Value score (1–5) from the scores in the sources; the status where nothing is scored.",
    team: {
      subtitle: (f, a) =>
        `Framework: ${f}. Each rater scores in their own columns, 1–5, blank if not assessed; the criterion columns show the ${a === "median" ? "median" : "mean"} of the raters' scores and Value is computed from them. Spread: highest minus lowest score. Consensus: 100 % when the raters agree. Disputed: the raters' recommendations differ, or the spread could change the recommendation.`,
      assigned: "Assigned to",
      consensus: "Consensus",
      disputed: "Disputed",
      spread: (c) => `Spread: ${c}`,
      column: (r, part) => `${r}: ${part}`,
      sources: (d) => `Sources (${d})`,
    },
  },
  nb: {
    title: (city) => `${city}: vurdering av internasjonale medlemskap`,
    subtitle: (f) =>
      `Rammeverk: ${f}. Gi hvert kriterium 1–5; la stå tomt hvis ikke vurdert. Kostnadskriterier: 5 = høyest kostnad. Verdi = vektet snitt av de vurderte kriteriene.`,
    weight: "Vekt",
    direction: "Retning",
    share: "Andel av vekt",
    benefit: "nytte",
    cost: "kostnad",
    headers: {
      organisation: "Organisasjon",
      key: "Nøkkel",
      type: "Type",
      status: "Status",
      since: "Siden",
      responsible: "Ansvarlig",
      value: "Verdi",
      coverage: "Dekning",
      recommendation: "Anbefaling",
      fragile: "Usikker",
      evidence: "Belegg",
      notes: "Notater",
    },
    types: { Membership: "Medlemskap", Candidate: "Kandidat" },
    statuses: {
      Member: "Medlem",
      "Associate member": "Assosiert medlem",
      Joining: "Melder seg inn",
      "Under consideration": "Til vurdering",
      Leaving: "Melder seg ut",
      "Former member": "Tidligere medlem",
      "Not a member": "Ikke medlem",
      Candidate: "Kandidat",
    },
    recommendations: {
      Strengthen: "Styrk",
      Continue: "Viderefør",
      Review: "Vurder",
      Leave: "Avslutt",
      Join: "Meld inn",
      "Do not join": "Ikke meld inn",
    },
    yes: "Ja",
    thresholds: "Terskler (verdi fra og med)",
    thresholdLabels: {
      strengthen: "Styrk",
      continue: "Viderefør",
      review: "Vurder (under: Avslutt)",
      join: "Meld inn (kandidater)",
    },
    rubric: "Vurderingsskala",
    scoreError: {
      title: "Poeng 1–5",
      message: "Skriv et helt tall fra 1 til 5, eller la cellen stå tom (ikke vurdert).",
    },
    chartTitle: (city) => `${city}: verdi per organisasjon`,
    matrixTitle: "Nettverkenes verdi per by",
    matrixNote: "Verdi (1–5) fra poengene i kildene; status der ingenting er vurdert.",
    team: {
      subtitle: (f, a) =>
        `Rammeverk: ${f}. Hver vurderer gir poeng i egne kolonner, 1–5, tomt hvis ikke vurdert; kriteriekolonnene viser ${a === "median" ? "medianen" : "gjennomsnittet"} av vurderernes poeng, og Verdi beregnes av dem. Spredning: høyeste minus laveste poeng. Enighet: 100 % når vurdererne er enige. Omstridt: vurderernes anbefalinger er ulike, eller spredningen kan endre anbefalingen.`,
      assigned: "Tildelt",
      consensus: "Enighet",
      disputed: "Omstridt",
      spread: (c) => `Spredning: ${c}`,
      column: (r, part) => `${r}: ${part}`,
      sources: (d) => `Kildene (${d})`,
    },
  },
  sv: {
    title: (city) => `${city}: utvärdering av internationella medlemskap`,
    subtitle: (f) =>
      `Ramverk: ${f}. Ge varje kriterium 1–5; lämna tomt om det inte bedömts. Kostnadskriterier: 5 = högst kostnad. Värde = viktat medel av de bedömda kriterierna.`,
    weight: "Vikt",
    direction: "Riktning",
    share: "Andel av vikt",
    benefit: "nytta",
    cost: "kostnad",
    headers: {
      organisation: "Organisation",
      key: "Nyckel",
      type: "Typ",
      status: "Status",
      since: "Sedan",
      responsible: "Ansvarig",
      value: "Värde",
      coverage: "Täckning",
      recommendation: "Rekommendation",
      fragile: "Osäker",
      evidence: "Underlag",
      notes: "Anteckningar",
    },
    types: { Membership: "Medlemskap", Candidate: "Kandidat" },
    statuses: {
      Member: "Medlem",
      "Associate member": "Associerad medlem",
      Joining: "Går med",
      "Under consideration": "Under övervägande",
      Leaving: "Lämnar",
      "Former member": "Före detta medlem",
      "Not a member": "Inte medlem",
      Candidate: "Kandidat",
    },
    recommendations: {
      Strengthen: "Fördjupa",
      Continue: "Fortsätt",
      Review: "Se över",
      Leave: "Lämna",
      Join: "Gå med",
      "Do not join": "Gå inte med",
    },
    yes: "Ja",
    thresholds: "Trösklar (värde från och med)",
    thresholdLabels: {
      strengthen: "Fördjupa",
      continue: "Fortsätt",
      review: "Se över (under: Lämna)",
      join: "Gå med (kandidater)",
    },
    rubric: "Bedömningsskala",
    scoreError: {
      title: "Poäng 1–5",
      message: "Skriv ett heltal från 1 till 5, eller lämna cellen tom (inte bedömd).",
    },
    chartTitle: (city) => `${city}: värde per organisation`,
    matrixTitle: "Nätverkens värde per stad",
    matrixNote: "Värde (1–5) från poängen i källorna; status där inget är bedömt.",
    team: {
      subtitle: (f, a) =>
        `Ramverk: ${f}. Varje bedömare ger poäng i egna kolumner, 1–5, tomt om det inte bedömts; kriteriekolumnerna visar ${a === "median" ? "medianen" : "medelvärdet"} av bedömarnas poäng och Värde beräknas av dem. Spridning: högsta minus lägsta poäng. Samstämmighet: 100 % när bedömarna är överens. Omstridd: bedömarnas rekommendationer skiljer sig, eller spridningen kan ändra rekommendationen.`,
      assigned: "Tilldelad",
      consensus: "Samstämmighet",
      disputed: "Omstridd",
      spread: (c) => `Spridning: ${c}`,
      column: (r, part) => `${r}: ${part}`,
      sources: (d) => `Källorna (${d})`,
    },
  },
};
