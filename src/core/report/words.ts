import type { Lang } from "../model";
import type { Recommendation } from "../scoring/recommend";

// The words of the council report, in the review's language. The recommendations are phrased as the
// documents phrase them: Bergen's appendix ("Det anbefales å videreføre samarbeidet"), Stockholm's
// report ("Rekommendationen är att fortsätta…", "Staden föreslås…").

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface ReportWords {
  subtitle: (sheet: string, date: string) => string;
  introduction: string;
  intro: (city: string, count: number) => string;
  framework: (name: string, description: string) => string;
  criteria: string;
  criterion: string;
  weight: string;
  share: string;
  direction: string;
  benefit: string;
  cost: string;
  thresholds: (t: { strengthen: string; continue: string; review: string; join: string }) => string;
  team: (raters: string, aggregate: "median" | "mean", sourcesCounted: boolean) => string;
  currency: (currency: string) => string;
  organisations: string;
  about: string;
  kindOf: (kind: string, parent: string) => string;
  founded: string;
  members: string;
  secretariat: string;
  president: string;
  nothingKnown: string;
  followUp: string;
  responsible: (who: string) => string;
  noResponsible: string;
  assigned: (who: string) => string;
  participation: string;
  status: (city: string, status: string, joined: string) => string;
  candidate: (city: string) => string;
  history: string;
  decisions: string;
  assessment: string;
  score: string;
  level: string;
  notAssessed: string;
  value: (value: string, coverage: string) => string;
  noValue: string;
  fragile: string;
  raters: (list: string) => string;
  consensus: (share: string) => string;
  disputed: string;
  settled: string;
  restsOn: string;
  notes: (who: string) => string;
  teamNotes: string;
  costs: (parts: string) => string;
  fee: (amount: string, currency: string) => string;
  staffDays: (n: string) => string;
  trips: (n: string) => string;
  perTenThousand: (value: string, currency: string) => string;
  perStaffDay: (value: string) => string;
  recommendation: string;
  phrase: Record<Recommendation, string>;
  notScored: string;
  summary: string;
  counts: (parts: string) => string;
  count: (n: number, recommendation: string) => string;
  organisation: string;
  disputedColumn: string;
  feeColumn: (currency: string) => string;
  yes: string;
  totalCosts: (fees: string, currency: string, days: string, trips: string) => string;
  sources: string;
  sourcesIntro: string;
}

export const REPORT_WORDS: Record<Lang, ReportWords> = {
  en: {
    subtitle: (s, d) =>
      `Draft appendix for the city council, made by CityNet from the sheet '${s}' on ${d}.`,
    introduction: "Introduction",
    intro: (c, n) =>
      `This appendix reviews ${n} international organisations and networks ${c} takes part in or considers joining: for each, what it is, who follows it up, how the city takes part, what it gains, and a recommendation.`,
    framework: (n, d) => `The assessment uses the framework ${n}: ${d}`,
    criteria: "Criteria and weights",
    criterion: "Criterion",
    weight: "Weight",
    share: "Share",
    direction: "Direction",
    benefit: "benefit",
    cost: "cost (5 is the highest cost)",
    thresholds: (t) =>
      `Each criterion is scored 1–5, and the value is the weighted mean of the criteria assessed. A membership is recommended strengthened from a value of ${t.strengthen}, continued from ${t.continue}, reviewed from ${t.review}, and ended below that; a candidate is recommended joined from ${t.join}.`,
    team: (r, a, s) =>
      `The scores are those of ${r}; the team's score per criterion is their ${a === "median" ? "median" : "mean"}${s ? ", the sources' scores counted as one rater's" : ""}.`,
    currency: (c) => `Costs are given in ${c}.`,
    organisations: "The organisations",
    about: "About the organisation",
    kindOf: (k, p) => `${upper(k)}${p ? `, part of ${p}` : ""}.`,
    founded: "Founded",
    members: "Members",
    secretariat: "Secretariat",
    president: "President",
    nothingKnown: "The sources say nothing more about it.",
    followUp: "Follow-up",
    responsible: (w) => `Responsible: ${w}.`,
    noResponsible: "No one is named as responsible.",
    assigned: (w) => `Scored by: ${w}.`,
    participation: "The city's participation",
    status: (c, s, j) => `${c}: ${s.toLowerCase()}${j ? ` (joined ${j})` : ""}.`,
    candidate: (c) => `${c} is not a member; the organisation is assessed as a candidate.`,
    history: "History",
    decisions: "Earlier recommendations and decisions",
    assessment: "Assessment",
    score: "Score",
    level: "What the score means",
    notAssessed: "not assessed",
    value: (v, c) => `Value: ${v} of 5 (criteria assessed: ${c} of the weight).`,
    noValue: "Not yet scored.",
    fragile: "The recommendation is fragile: a small change in one weight would change it.",
    raters: (l) => `Raters: ${l}.`,
    consensus: (s) => `Consensus: ${s}.`,
    disputed: "The raters' scores do not settle the recommendation.",
    settled: "The raters' scores settle the recommendation.",
    restsOn: "The assessment rests on:",
    notes: (w) => `Notes (${w}):`,
    teamNotes: "Notes:",
    costs: (p) => `Costs: ${p}.`,
    fee: (a, c) => `annual fee ${a} ${c}`,
    staffDays: (n) => `${n} staff days a year`,
    trips: (n) => `${n} trips a year`,
    perTenThousand: (v, c) => `value ${v} per 10,000 ${c}`,
    perStaffDay: (v) => `${v} per staff day`,
    recommendation: "Recommendation",
    phrase: {
      Strengthen: "It is recommended to continue and strengthen the cooperation.",
      Continue: "It is recommended to continue the cooperation.",
      Review: "It is recommended to review the membership before it is renewed.",
      Leave: "It is recommended to end the membership.",
      Join: "It is recommended that the city join.",
      "Do not join": "It is recommended that the city not join.",
    },
    notScored: "No recommendation until the organisation is scored.",
    summary: "Summary",
    counts: (p) => `Recommendations: ${p}.`,
    count: (n, r) => `${r} ${n}`,
    organisation: "Organisation",
    disputedColumn: "Disputed",
    feeColumn: (c) => `Fee (${c})`,
    yes: "Yes",
    totalCosts: (f, c, d, t) =>
      `In all, the memberships cost ${f} ${c} in fees, ${d} staff days and ${t} trips a year.`,
    sources: "Sources",
    sourcesIntro: "The documents the assessment quotes:",
  },
  nb: {
    subtitle: (s, d) => `Utkast til vedlegg for bystyret, laget av CityNet fra arket «${s}» ${d}.`,
    introduction: "Innledning",
    intro: (c, n) =>
      `Dette vedlegget gjennomgår ${n} internasjonale organisasjoner og nettverk som ${c} deltar i eller vurderer å delta i: for hver av dem hva det er, hvem som følger det opp, hvordan byen deltar, hva byen får ut av det, og en anbefaling.`,
    framework: (n, d) => `Vurderingen bruker rammeverket ${n}: ${d}`,
    criteria: "Kriterier og vekter",
    criterion: "Kriterium",
    weight: "Vekt",
    share: "Andel",
    direction: "Retning",
    benefit: "nytte",
    cost: "kostnad (5 er høyest kostnad)",
    thresholds: (t) =>
      `Hvert kriterium gis 1–5 poeng, og verdien er det vektede snittet av de vurderte kriteriene. Et medlemskap anbefales styrket fra en verdi på ${t.strengthen}, videreført fra ${t.continue}, vurdert nærmere fra ${t.review} og avsluttet under det; en kandidat anbefales innmeldt fra ${t.join}.`,
    team: (r, a, s) =>
      `Poengene er gitt av ${r}; teamets poeng per kriterium er ${a === "median" ? "medianen" : "gjennomsnittet"} av deres${s ? ", med kildenes poeng talt som én vurderers" : ""}.`,
    currency: (c) => `Kostnader er oppgitt i ${c}.`,
    organisations: "Organisasjonene",
    about: "Om organisasjonen",
    kindOf: (k, p) => `${upper(k)}${p ? `, del av ${p}` : ""}.`,
    founded: "Grunnlagt",
    members: "Medlemmer",
    secretariat: "Sekretariat",
    president: "President",
    nothingKnown: "Kildene sier ikke mer om den.",
    followUp: "Oppfølging",
    responsible: (w) => `Ansvarlig: ${w}.`,
    noResponsible: "Ingen er oppgitt som ansvarlig.",
    assigned: (w) => `Vurdert av: ${w}.`,
    participation: "Byens deltakelse",
    status: (c, s, j) => `${c}: ${s.toLowerCase()}${j ? ` (innmeldt ${j})` : ""}.`,
    candidate: (c) => `${c} er ikke medlem; organisasjonen vurderes som kandidat.`,
    history: "Historikk",
    decisions: "Tidligere anbefalinger og vedtak",
    assessment: "Vurdering",
    score: "Poeng",
    level: "Hva poenget betyr",
    notAssessed: "ikke vurdert",
    value: (v, c) => `Verdi: ${v} av 5 (vurderte kriterier: ${c} av vekten).`,
    noValue: "Ikke vurdert ennå.",
    fragile: "Anbefalingen er usikker: en liten endring i én vekt ville endret den.",
    raters: (l) => `Vurderere: ${l}.`,
    consensus: (s) => `Enighet: ${s}.`,
    disputed: "Vurderernes poeng avgjør ikke anbefalingen.",
    settled: "Vurderernes poeng avgjør anbefalingen.",
    restsOn: "Vurderingen bygger på:",
    notes: (w) => `Notater (${w}):`,
    teamNotes: "Notater:",
    costs: (p) => `Kostnader: ${p}.`,
    fee: (a, c) => `årlig kontingent ${a} ${c}`,
    staffDays: (n) => `${n} dagsverk i året`,
    trips: (n) => `${n} reiser i året`,
    perTenThousand: (v, c) => `verdi ${v} per 10 000 ${c}`,
    perStaffDay: (v) => `${v} per dagsverk`,
    recommendation: "Anbefaling",
    phrase: {
      Strengthen: "Det anbefales å videreføre og styrke samarbeidet.",
      Continue: "Det anbefales å videreføre samarbeidet.",
      Review: "Det anbefales å vurdere medlemskapet nærmere før det fornyes.",
      Leave: "Det anbefales å avslutte medlemskapet.",
      Join: "Det anbefales at byen melder seg inn.",
      "Do not join": "Det anbefales at byen ikke melder seg inn.",
    },
    notScored: "Ingen anbefaling før organisasjonen er vurdert.",
    summary: "Oppsummering",
    counts: (p) => `Anbefalinger: ${p}.`,
    count: (n, r) => `${r} ${n}`,
    organisation: "Organisasjon",
    disputedColumn: "Omstridt",
    feeColumn: (c) => `Kontingent (${c})`,
    yes: "Ja",
    totalCosts: (f, c, d, t) =>
      `Til sammen koster medlemskapene ${f} ${c} i kontingent, ${d} dagsverk og ${t} reiser i året.`,
    sources: "Kilder",
    sourcesIntro: "Dokumentene vurderingen siterer:",
  },
  sv: {
    subtitle: (s, d) =>
      `Utkast till bilaga för kommunfullmäktige, gjort av CityNet från bladet ”${s}” ${d}.`,
    introduction: "Inledning",
    intro: (c, n) =>
      `Den här bilagan går igenom ${n} internationella organisationer och nätverk som ${c} deltar i eller överväger att gå med i: för var och en vad det är, vem som följer upp det, hur staden deltar, vad staden får ut av det, och en rekommendation.`,
    framework: (n, d) => `Bedömningen använder ramverket ${n}: ${d}`,
    criteria: "Kriterier och vikter",
    criterion: "Kriterium",
    weight: "Vikt",
    share: "Andel",
    direction: "Riktning",
    benefit: "nytta",
    cost: "kostnad (5 är högst kostnad)",
    thresholds: (t) =>
      `Varje kriterium ges 1–5 poäng, och värdet är det viktade medelvärdet av de bedömda kriterierna. Ett medlemskap rekommenderas fördjupat från ett värde på ${t.strengthen}, fortsatt från ${t.continue}, omprövat från ${t.review} och avslutat därunder; en kandidat rekommenderas från ${t.join}.`,
    team: (r, a, s) =>
      `Poängen har getts av ${r}; teamets poäng per kriterium är ${a === "median" ? "medianen" : "medelvärdet"} av deras${s ? ", med källornas poäng räknade som en bedömares" : ""}.`,
    currency: (c) => `Kostnader anges i ${c}.`,
    organisations: "Organisationerna",
    about: "Om organisationen",
    kindOf: (k, p) => `${upper(k)}${p ? `, del av ${p}` : ""}.`,
    founded: "Grundat",
    members: "Medlemmar",
    secretariat: "Sekretariat",
    president: "Ordförande",
    nothingKnown: "Källorna säger inte mer om den.",
    followUp: "Uppföljning",
    responsible: (w) => `Ansvarig: ${w}.`,
    noResponsible: "Ingen anges som ansvarig.",
    assigned: (w) => `Bedömd av: ${w}.`,
    participation: "Stadens deltagande",
    status: (c, s, j) => `${c}: ${s.toLowerCase()}${j ? ` (medlem sedan ${j})` : ""}.`,
    candidate: (c) => `${c} är inte medlem; organisationen bedöms som kandidat.`,
    history: "Historik",
    decisions: "Tidigare rekommendationer och beslut",
    assessment: "Bedömning",
    score: "Poäng",
    level: "Vad poängen betyder",
    notAssessed: "inte bedömd",
    value: (v, c) => `Värde: ${v} av 5 (bedömda kriterier: ${c} av vikten).`,
    noValue: "Inte bedömd ännu.",
    fragile: "Rekommendationen är osäker: en liten ändring av en vikt skulle ändra den.",
    raters: (l) => `Bedömare: ${l}.`,
    consensus: (s) => `Samstämmighet: ${s}.`,
    disputed: "Bedömarnas poäng avgör inte rekommendationen.",
    settled: "Bedömarnas poäng avgör rekommendationen.",
    restsOn: "Bedömningen bygger på:",
    notes: (w) => `Anteckningar (${w}):`,
    teamNotes: "Anteckningar:",
    costs: (p) => `Kostnader: ${p}.`,
    fee: (a, c) => `årsavgift ${a} ${c}`,
    staffDays: (n) => `${n} arbetsdagar per år`,
    trips: (n) => `${n} resor per år`,
    perTenThousand: (v, c) => `värde ${v} per 10 000 ${c}`,
    perStaffDay: (v) => `${v} per arbetsdag`,
    recommendation: "Rekommendation",
    phrase: {
      Strengthen: "Rekommendationen är att fortsätta och fördjupa arbetet i nätverket.",
      Continue: "Rekommendationen är att fortsätta medlemskapet.",
      Review: "Rekommendationen är att ompröva medlemskapet innan det förnyas.",
      Leave: "Staden föreslås avsäga sig medlemskapet.",
      Join: "Staden föreslås gå med.",
      "Do not join": "Staden föreslås inte gå med.",
    },
    notScored: "Ingen rekommendation förrän organisationen är bedömd.",
    summary: "Sammanfattning",
    counts: (p) => `Rekommendationer: ${p}.`,
    count: (n, r) => `${r} ${n}`,
    organisation: "Organisation",
    disputedColumn: "Omstridd",
    feeColumn: (c) => `Avgift (${c})`,
    yes: "Ja",
    totalCosts: (f, c, d, t) =>
      `Sammanlagt kostar medlemskapen ${f} ${c} i avgifter, ${d} arbetsdagar och ${t} resor per år.`,
    sources: "Källor",
    sourcesIntro: "Dokumenten bedömningen citerar:",
  },
};
