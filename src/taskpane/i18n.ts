import type { Lang } from "../core/model";

// Every string of the task pane in English, Norwegian bokmål and Swedish. Criteria, rubrics and
// framework labels come translated from the core.

export const UI_LANGS: readonly Lang[] = ["en", "nb", "sv"];

export interface UiStrings {
  languageName: string;
  language: string;
  tabs: { evaluate: string; score: string; weights: string; data: string };
  subtitle: string;
  notInExcel: string;
  oldExcel: (set: string) => string;
  // Evaluate
  city: string;
  cityHelp: string;
  loadCity: string;
  newCity: (name: string) => string;
  framework: string;
  /** The picker's legend: how many of the city's organisations are ticked. */
  organisations: (selected: number, of: number) => string;
  noMemberships: string;
  filterOrganisations: string;
  selectAll: string;
  selectNone: string;
  candidates: (n: number) => string;
  candidate: string;
  candidateHelp: string;
  addCandidate: string;
  /** A candidate added, by the name it resolves to; `near`: names it may have meant. */
  candidateAdded: (name: string, near: string[]) => string;
  candidateRemoved: (name: string) => string;
  alreadyListed: (name: string) => string;
  needCandidate: string;
  remove: string;
  removeCandidate: (name: string) => string;
  teamOptions: string;
  createMatrix: string;
  created: (sheet: string) => string;
  needCity: string;
  valueMatrix: string;
  valueMatrixCities: string;
  valueMatrixHelp: string;
  createValueMatrix: string;
  /** After a value matrix is made: what it is for (it is read, not scored). */
  createdValueMatrix: (sheet: string) => string;
  result: string;
  resultHelp: string;
  createSummary: string;
  downloadReport: string;
  downloadWorkbook: string;
  summaryCreated: (sheet: string) => string;
  downloaded: (file: string) => string;
  reportRefused: (count: number) => string;
  noDownloadOnMac: string;
  needCities: string;
  nothingToEvaluate: string;
  unknownCity: (name: string, suggestions: string[]) => string;
  didYouMean: string;
  // Score
  selectRow: string;
  notAMatrix: (sheet: string) => string;
  damaged: string;
  /** Over problems that are only warnings: CityNet read everything, but something is off. */
  readWithNotes: string;
  notAssessed: string;
  value: string;
  coverage: string;
  recommendation: string;
  fragile: string;
  notes: string;
  saveNotes: string;
  nextUnscored: string;
  allScored: string;
  evidence: string;
  facts: string;
  history: string;
  benefit: string;
  cost: string;
  saved: string;
  /** The evidence line: the sources' score, the rater's own, the team's. */
  sourceScore: (n: number) => string;
  yourScore: (n: number) => string;
  teamScore: (n: number) => string;
  // Team reviews
  raters: string;
  ratersHelp: string;
  aggregate: string;
  aggregateMedian: string;
  aggregateMean: string;
  countSources: string;
  countSourcesHelp: string;
  whoIsScoring: string;
  whoIsScoringHelp: string;
  iAmRater: string;
  chooseYourself: string;
  needName: string;
  scoringAs: (name: string) => string;
  changeRater: string;
  progress: (name: string, scored: number, of: number) => string;
  teamProgress: string;
  team: (aggregate: "median" | "mean") => string;
  yourValue: string;
  consensus: string;
  disputed: string;
  otherRaters: string;
  notListed: string;
  addMe: string;
  addRater: string;
  addRaterHelp: string;
  firstRater: string;
  raterName: string;
  importScores: string;
  importHelp: string;
  importing: (file: string) => string;
  imported: (written: number, file: string) => string;
  importConflicts: (n: number) => string;
  importMissingRows: (rows: string) => string;
  importNoCopy: (file: string) => string;
  importUnreadable: (file: string, why: string) => string;
  raterAdded: (name: string) => string;
  // Weights
  weights: string;
  weightsHelp: string;
  thresholds: string;
  thresholdsHelp: string;
  organisation: string;
  whatChanges: string;
  fragileShort: string;
  /** "Leave becomes Review if Influence weighs more than 1.4 (now 1)". */
  tip: (x: {
    from: string;
    to: string;
    criterion: string;
    when: "more" | "less";
    limit: string;
    now: string;
  }) => string;
  /** Said once, for the rows no single weight can change. */
  noSingleWeight: (rows: number, of: number) => string;
  weightProblem: (
    problem: "empty" | "not-a-number" | "negative" | "too-large" | "all-zero",
    criterion: string
  ) => string;
  thresholdEmpty: (threshold: string) => string;
  thresholdNotNumber: (threshold: string) => string;
  thresholdScale: (threshold: string) => string;
  thresholdOrder: (
    threshold: string,
    below?: { label: string; value: string },
    above?: { label: string; value: string }
  ) => string;
  // Data
  search: string;
  searchHelp: string;
  nothingFound: (q: string) => string;
  alsoKnownAs: string;
  members: (n: number) => string;
  networks: (n: number) => string;
  partners: string;
  responsible: string;
  via: string;
  assessment: string;
  noFacts: string;
  since: (year: number) => string;
  events: string;
  decisions: string;
  sources: (n: number) => string;
  partOf: (name: string) => string;
  nordicMembers: string;
  yourHistory: (city: string) => string;
  // The team's data (a CityNet data sheet in the workbook)
  addOrganisation: string;
  correctFact: string;
  recordEvent: string;
  fact: string;
  event: string;
  eventCity: string;
  factValue: string;
  year: string;
  documentName: string;
  quoteOrNote: string;
  yourName: string;
  organisationName: string;
  acronym: string;
  addRow: string;
  rowAdded: string;
  needQuote: string;
  needField: (field: string) => string;
  dataProblems: string;
  /** Names of the dated facts about an organisation. */
  fields: Record<
    | "description"
    | "scope"
    | "themes"
    | "founded"
    | "members"
    | "secretariat"
    | "president"
    | "url",
    string
  >;
}

export const UI: Record<Lang, UiStrings> = {
  en: {
    languageName: "English",
    language: "Language",
    tabs: { evaluate: "Evaluate", score: "Score", weights: "Weights", data: "Data" },
    subtitle: "Evaluate your city's international networks",
    notInExcel:
      "CityNet is not running inside Excel: you can search the dataset, but matrices and functions need Excel.",
    oldExcel: (set) =>
      `This Excel does not support ${set}, which CityNet needs to write matrices. Update Excel, or use Excel on the web.`,
    city: "City or municipality",
    cityHelp:
      "For example Bergen, Gøteborg or Åbo. A city not in the dataset gets a matrix with candidates only.",
    loadCity: "Show memberships",
    newCity: (name) =>
      `${name} is not in the dataset: add the organisations to evaluate as candidates.`,
    framework: "Framework",
    organisations: (n, of) => `Organisations to evaluate: ${n} of ${of}`,
    filterOrganisations: "Filter the list",
    selectAll: "Select all",
    selectNone: "Select none",
    candidates: (n) => `Candidates (${n})`,
    noMemberships: "The sources record no memberships for this city. Add candidates below.",
    candidate: "Add a candidate organisation",
    candidateHelp: "A network from the dataset (e.g. C40) or any name.",
    addCandidate: "Add",
    candidateAdded: (name, near) =>
      `${name} added as a candidate.${near.length ? ` Not in the dataset; did you mean ${near.join(" or ")}?` : ""}`,
    candidateRemoved: (name) => `${name} is no longer a candidate.`,
    alreadyListed: (name) =>
      `${name} is already in the list: tick it there instead of adding it as a candidate.`,
    needCandidate: "Type the name of an organisation to add it as a candidate.",
    remove: "Remove",
    removeCandidate: (name) => `Remove the candidate ${name}`,
    teamOptions: "Team review",
    createMatrix: "Create evaluation matrix",
    created: (sheet) =>
      `Sheet '${sheet}' created. Score its first row here, or select another row.`,
    needCity: "Type a city or municipality first, then show its memberships.",
    valueMatrix: "Value of networks across cities",
    valueMatrixCities: "Cities, separated by commas",
    valueMatrixHelp:
      "One sheet comparing cities: the value of each city's networks from the sources' scores (the status where none). It is read, not scored.",
    createValueMatrix: "Create value matrix",
    result: "The review's result",
    resultHelp:
      "For the council: a summary sheet in this workbook, a draft of the council report in Word, and the whole review as a file to send on.",
    createSummary: "Add a summary sheet",
    downloadReport: "Draft the council report (.docx)",
    downloadWorkbook: "Download the review (.xlsx)",
    summaryCreated: (s) => `Sheet '${s}' added: its figures follow the matrix as it is scored.`,
    downloaded: (f) => `${f} is in your downloads.`,
    reportRefused: (n) =>
      `The matrix has ${n === 1 ? "an error" : `${n} errors`} to fix first (see the Score view), or the report would state what nobody typed.`,
    noDownloadOnMac:
      "Excel for Mac does not let add-ins save files. Open the workbook in Excel on the web, or use the command line: citynet report.",
    createdValueMatrix: (sheet) =>
      `Sheet '${sheet}' created: it compares the cities' networks by value: from each city's matrix in this workbook as it is scored, else the value the sources imply. It is not scored itself; to score a city's memberships, create its evaluation matrix above.`,
    needCities: "Type two or more cities, separated by commas, to compare them.",
    nothingToEvaluate: "Nothing to evaluate: tick at least one organisation or add a candidate.",
    unknownCity: (name, s) =>
      `Unknown city '${name}'.${s.length ? ` Did you mean ${s.join(", ")}?` : ""}`,
    didYouMean: "Did you mean",
    selectRow: "Select a row of an evaluation matrix sheet to score it here.",
    notAMatrix: (sheet) =>
      `'${sheet}' is not a CityNet evaluation matrix. Create one under Evaluate, or select a matrix sheet.`,
    damaged: "This matrix has problems CityNet cannot fix for you:",
    readWithNotes: "CityNet read this matrix, with these notes:",
    notAssessed: "Not assessed",
    value: "Value",
    coverage: "Coverage",
    recommendation: "Recommendation",
    fragile: "Fragile: a ±20 % change of one weight changes the recommendation",
    notes: "Notes",
    saveNotes: "Save notes",
    nextUnscored: "Next unscored",
    allScored: "Every row is fully scored.",
    evidence: "Evidence from the sources",
    facts: "Facts about the organisation",
    history: "The city's membership history",
    benefit: "benefit",
    cost: "cost: 5 is the highest cost",
    saved: "Saved to the sheet.",
    sourceScore: (n) => `Source: ${n}`,
    yourScore: (n) => `You: ${n}`,
    teamScore: (n) => `Team: ${n}`,
    raters: "Raters (optional)",
    ratersHelp:
      "Names separated by commas, e.g. Anne, Per: each scores in columns of their own, and the matrix shows the team's median, spread and disputed rows. Leave blank for one set of scores.",
    aggregate: "Combine the raters' scores by",
    aggregateMedian: "Median: one outlier does not move it",
    aggregateMean: "Mean: every score counts alike",
    countSources: "Count the sources' scores as a rater's",
    countSourcesHelp:
      "The scores CityNet finds in the documents are shown beside the raters' either way; ticked, they also count in the team's score.",
    whoIsScoring: "Who is scoring?",
    whoIsScoringHelp:
      "This matrix has several raters, each with columns of their own. Choose yourself: CityNet remembers it on this computer and writes your scores into your columns only.",
    iAmRater: "This is me",
    chooseYourself: "Choose your name in the list first, or add yourself below.",
    needName: "Type a name first.",
    scoringAs: (n) => `Scoring as ${n}`,
    changeRater: "Change",
    progress: (n, s, of) => `${n}: ${s} of ${of} scored`,
    teamProgress: "The raters' progress",
    team: (a) => `The team (${a === "median" ? "median" : "mean"})`,
    yourValue: "Your value",
    consensus: "Consensus",
    disputed: "Disputed: the raters' scores do not settle the recommendation.",
    otherRaters: "The other raters",
    notListed: "Not in the list? Your name",
    addMe: "Add me as a rater",
    addRater: "Add a rater to this matrix",
    addRaterHelp:
      "The rater gets columns of their own in the matrix's table; the team's formulas count them. Nobody's scores are written over.",
    firstRater: "Whose are the scores already in the matrix?",
    raterName: "The rater's name",
    importScores: "Import scores from a colleague's workbook",
    importHelp:
      "Choose the copy of this review a colleague sent back (.xlsx). Their raters' scores go into their own columns here, where this review has none; a score that differs is shown, not written. Importing a file twice changes nothing.",
    importing: (f) => `Reading ${f}…`,
    imported: (n, f) =>
      `${n} ${n === 1 ? "score or note" : "scores and notes"} imported from ${f}.`,
    importConflicts: (n) => `${n} ${n === 1 ? "conflict" : "conflicts"}, not imported:`,
    importMissingRows: (rows) => `Not in this review, not imported: ${rows}.`,
    importNoCopy: (f) => `${f} holds no copy of this review (the same city and framework).`,
    importUnreadable: (f, why) => `${f} cannot be read: ${why}.`,
    raterAdded: (n) => `${n} added as a rater, with columns of their own.`,
    weights: "Weights",
    weightsHelp:
      "How much each criterion counts, relative to the others: 0 leaves it out. A decimal is fine (0.5).",
    thresholds: "Thresholds (value at or above)",
    thresholdsHelp:
      "On the 1–5 scale of the value, each above the next: Strengthen above Continue above Review.",
    organisation: "Organisation",
    whatChanges: "What would change a recommendation",
    fragileShort: "Fragile",
    tip: (x) =>
      x.when === "more" && x.limit === "0"
        ? `${x.from} becomes ${x.to} if ${x.criterion} gets any weight at all (now ${x.now})`
        : `${x.from} becomes ${x.to} if ${x.criterion} weighs ${x.when === "more" ? "more" : "less"} than ${x.limit} (now ${x.now})`,
    noSingleWeight: (n, of) =>
      n === of
        ? "No single weight can change any of these recommendations."
        : `For the other ${n} ${n === 1 ? "organisation" : "organisations"}, no single weight can change the recommendation.`,
    weightProblem: (p, c) =>
      ({
        empty: `Type a weight for ${c}: a number, 0 or more (0 leaves it out). Not saved.`,
        "not-a-number": `The weight of ${c} must be a number, 0 or more, such as 1 or 0.5. Not saved.`,
        negative: `The weight of ${c} cannot be negative: type 0 or more. Not saved.`,
        "too-large": `The weight of ${c} is too large: weights are relative, use up to 1,000,000. Not saved.`,
        "all-zero": `${c} is the last criterion with a weight above 0: without it no value can be computed. Not saved.`,
      })[p] ?? `The weight of ${c} cannot be used. Not saved.`,
    thresholdEmpty: (x) => `Type the threshold for ${x}: a value from 1 to 5. Not saved.`,
    thresholdNotNumber: (x) =>
      `The threshold for ${x} must be a number from 1 to 5, such as 3.5. Not saved.`,
    thresholdScale: (x) =>
      `The threshold for ${x} must lie from 1 to 5, the scale of the value. Not saved.`,
    thresholdOrder: (x, below, above) =>
      `The threshold for ${x} must be ${[below && `below ${below.label} (${below.value})`, above && `above ${above.label} (${above.value})`].filter(Boolean).join(" and ")}, so that every recommendation can be given. Not saved.`,
    search: "Search networks and cities",
    searchHelp: "Names in English, Norwegian and Swedish; acronyms; spelling without ø, å or ö.",
    nothingFound: (q) => `Nothing matches '${q}'. Try an acronym (UBC) or a city (Bergen).`,
    alsoKnownAs: "Also",
    members: (n) => `Members in the sources (${n})`,
    networks: (n) => `Networks and organisations (${n})`,
    partners: "Twin cities and partners",
    responsible: "Responsible",
    via: "Takes part through",
    assessment: "Assessment",
    noFacts: "The sources give no facts about this organisation beyond its name.",
    since: (year) => `since ${year}`,
    events: "History",
    decisions: "Recommendations and decisions",
    sources: (n) => `${n} ${n === 1 ? "source" : "sources"}`,
    partOf: (name) => `part of ${name}`,
    nordicMembers: "Nordic members",
    yourHistory: (city) => `${city}'s membership`,
    addOrganisation: "Add an organisation the dataset lacks",
    correctFact: "Correct or add a fact",
    recordEvent: "Record a membership event",
    fact: "Fact",
    event: "Event",
    eventCity: "City",
    factValue: "Value",
    year: "Year",
    documentName: "Source document",
    quoteOrNote: "Quote or note",
    yourName: "Your name",
    organisationName: "Name",
    acronym: "Acronym",
    addRow: "Add to the workbook's data",
    rowAdded: "Added to the workbook's CityNet data sheet: CityNet answers from it now.",
    needQuote:
      "Give the source: a quote from the document, or a note of at least three characters.",
    needField: (f) => `Fill in ${f}.`,
    dataProblems: "Problems in the workbook's data rows:",
    fields: {
      description: "Description",
      scope: "Scope",
      themes: "Themes",
      founded: "Founded",
      members: "Members",
      secretariat: "Secretariat",
      president: "President or chair",
      url: "Web site",
    },
  },
  nb: {
    languageName: "Norsk (bokmål)",
    language: "Språk",
    // "Vurder" is the Review recommendation: the tab that makes matrices is "Evaluer".
    tabs: { evaluate: "Evaluer", score: "Poeng", weights: "Vekter", data: "Data" },
    subtitle: "Gå gjennom byens internasjonale nettverk",
    notInExcel:
      "CityNet kjører ikke i Excel: du kan søke i datasettet, men matriser og funksjoner krever Excel.",
    oldExcel: (set) =>
      `Denne Excel-versjonen støtter ikke ${set}, som CityNet trenger for å skrive matriser. Oppdater Excel, eller bruk Excel på nettet.`,
    city: "By eller kommune",
    cityHelp:
      "For eksempel Bergen, Göteborg eller Åbo. En by som ikke er i datasettet, får en matrise med bare kandidater.",
    loadCity: "Vis medlemskap",
    newCity: (name) =>
      `${name} er ikke i datasettet: legg til organisasjonene som skal vurderes, som kandidater.`,
    framework: "Rammeverk",
    organisations: (n, of) => `Organisasjoner som skal evalueres: ${n} av ${of}`,
    filterOrganisations: "Filtrer listen",
    selectAll: "Velg alle",
    selectNone: "Velg ingen",
    candidates: (n) => `Kandidater (${n})`,
    noMemberships: "Kildene har ingen medlemskap for denne byen. Legg til kandidater nedenfor.",
    candidate: "Legg til en kandidatorganisasjon",
    candidateHelp: "Et nettverk fra datasettet (f.eks. C40) eller et hvilket som helst navn.",
    addCandidate: "Legg til",
    candidateAdded: (name, near) =>
      `${name} er lagt til som kandidat.${near.length ? ` Finnes ikke i datasettet; mente du ${near.join(" eller ")}?` : ""}`,
    candidateRemoved: (name) => `${name} er ikke lenger kandidat.`,
    alreadyListed: (name) =>
      `${name} står allerede i listen: kryss av der i stedet for å legge den til som kandidat.`,
    needCandidate: "Skriv navnet på en organisasjon for å legge den til som kandidat.",
    remove: "Fjern",
    removeCandidate: (name) => `Fjern kandidaten ${name}`,
    teamOptions: "Vurdering i team",
    createMatrix: "Lag vurderingsmatrise",
    created: (sheet) =>
      `Arket «${sheet}» er laget. Gi poeng til den første raden her, eller velg en annen rad.`,
    needCity: "Skriv inn en by eller kommune først, og vis medlemskapene.",
    valueMatrix: "Nettverkenes verdi på tvers av byer",
    valueMatrixCities: "Byer, skilt med komma",
    valueMatrixHelp:
      "Ett ark som sammenligner byer: verdien av hver bys nettverk ut fra kildenes poeng (statusen der det ikke finnes poeng). Det leses, det gis ikke poeng i det.",
    createValueMatrix: "Lag verdimatrise",
    result: "Gjennomgangens resultat",
    resultHelp:
      "Til bystyret: et sammendragsark i denne arbeidsboken, et utkast til bystyrerapporten i Word, og hele gjennomgangen som en fil å sende videre.",
    createSummary: "Legg til et sammendragsark",
    downloadReport: "Lag utkast til bystyrerapport (.docx)",
    downloadWorkbook: "Last ned gjennomgangen (.xlsx)",
    summaryCreated: (s) =>
      `Arket «${s}» er lagt til: tallene følger matrisen etter hvert som den får poeng.`,
    downloaded: (f) => `${f} ligger i nedlastingene dine.`,
    reportRefused: (n) =>
      `Matrisen har ${n === 1 ? "en feil" : `${n} feil`} som må rettes først (se Poeng-visningen), ellers ville rapporten si noe ingen har skrevet.`,
    noDownloadOnMac:
      "Excel for Mac lar ikke tillegg lagre filer. Åpne arbeidsboken i Excel på nettet, eller bruk kommandolinjen: citynet report.",
    createdValueMatrix: (sheet) =>
      `Arket «${sheet}» er laget: det sammenligner byenes nettverk etter verdi: fra hver bys matrise i denne arbeidsboken etter hvert som den får poeng, ellers verdien kildene gir. Det gis ikke poeng i selve arket; for å gi poeng til en bys medlemskap, lag byens vurderingsmatrise ovenfor.`,
    needCities: "Skriv inn to eller flere byer, skilt med komma, for å sammenligne dem.",
    nothingToEvaluate:
      "Ingenting å vurdere: kryss av for minst én organisasjon eller legg til en kandidat.",
    unknownCity: (name, s) => `Ukjent by «${name}».${s.length ? ` Mente du ${s.join(", ")}?` : ""}`,
    didYouMean: "Mente du",
    selectRow: "Velg en rad i et ark med vurderingsmatrise for å gi poeng her.",
    notAMatrix: (sheet) =>
      `«${sheet}» er ikke en CityNet-vurderingsmatrise. Lag en under Vurder, eller velg et matriseark.`,
    damaged: "Denne matrisen har feil som CityNet ikke kan rette for deg:",
    readWithNotes: "CityNet har lest denne matrisen, med disse merknadene:",
    notAssessed: "Ikke vurdert",
    value: "Verdi",
    coverage: "Dekning",
    recommendation: "Anbefaling",
    fragile: "Usikker: en endring på ±20 % i én vekt endrer anbefalingen",
    notes: "Notater",
    saveNotes: "Lagre notater",
    nextUnscored: "Neste uten poeng",
    allScored: "Alle rader har fått poeng.",
    evidence: "Belegg fra kildene",
    facts: "Fakta om organisasjonen",
    history: "Byens medlemshistorikk",
    benefit: "nytte",
    cost: "kostnad: 5 er høyest kostnad",
    saved: "Lagret i arket.",
    sourceScore: (n) => `Kilde: ${n}`,
    yourScore: (n) => `Du: ${n}`,
    teamScore: (n) => `Teamet: ${n}`,
    raters: "Vurderere (valgfritt)",
    ratersHelp:
      "Navn skilt med komma, f.eks. Anne, Per: hver gir poeng i egne kolonner, og matrisen viser teamets median, spredning og omstridte rader. La stå tomt for ett sett med poeng.",
    aggregate: "Slå sammen vurderernes poeng med",
    aggregateMedian: "Median: én avviker flytter den ikke",
    aggregateMean: "Gjennomsnitt: hvert poeng teller likt",
    countSources: "Tell kildenes poeng som en vurderers",
    countSourcesHelp:
      "Poengene CityNet finner i dokumentene vises ved siden av vurderernes uansett; krysset av teller de også i teamets poeng.",
    whoIsScoring: "Hvem gir poeng?",
    whoIsScoringHelp:
      "Denne matrisen har flere vurderere, hver med egne kolonner. Velg deg selv: CityNet husker det på denne datamaskinen og skriver poengene dine bare i dine kolonner.",
    iAmRater: "Dette er meg",
    chooseYourself: "Velg navnet ditt i listen først, eller legg deg til nedenfor.",
    needName: "Skriv inn et navn først.",
    scoringAs: (n) => `Gir poeng som ${n}`,
    changeRater: "Bytt",
    progress: (n, s, of) => `${n}: ${s} av ${of} vurdert`,
    teamProgress: "Vurderernes framdrift",
    team: (a) => `Teamet (${a === "median" ? "median" : "gjennomsnitt"})`,
    yourValue: "Din verdi",
    consensus: "Enighet",
    disputed: "Omstridt: vurderernes poeng avgjør ikke anbefalingen.",
    otherRaters: "De andre vurdererne",
    notListed: "Ikke på listen? Ditt navn",
    addMe: "Legg meg til som vurderer",
    addRater: "Legg til en vurderer i denne matrisen",
    addRaterHelp:
      "Vurdereren får egne kolonner i matrisens tabell; teamets formler tar dem med. Ingen andres poeng skrives over.",
    firstRater: "Hvem har gitt poengene som alt står i matrisen?",
    raterName: "Vurdererens navn",
    importScores: "Importer poeng fra en kollegas arbeidsbok",
    importHelp:
      "Velg kopien av denne vurderingen som en kollega sendte tilbake (.xlsx). Vurderernes poeng går inn i deres egne kolonner her, der denne vurderingen ikke har noen; et poeng som er ulikt vises, men skrives ikke. Å importere samme fil to ganger endrer ingenting.",
    importing: (f) => `Leser ${f} …`,
    imported: (n, f) =>
      `${n} ${n === 1 ? "poeng eller notat" : "poeng og notater"} importert fra ${f}.`,
    importConflicts: (n) => `${n} ${n === 1 ? "konflikt" : "konflikter"}, ikke importert:`,
    importMissingRows: (rows) => `Ikke i denne vurderingen, ikke importert: ${rows}.`,
    importNoCopy: (f) => `${f} har ingen kopi av denne vurderingen (samme by og rammeverk).`,
    importUnreadable: (f, why) => `${f} kan ikke leses: ${why}.`,
    raterAdded: (n) => `${n} er lagt til som vurderer, med egne kolonner.`,
    weights: "Vekter",
    weightsHelp:
      "Hvor mye hvert kriterium teller sammenlignet med de andre: 0 holder det utenfor. Desimaltall går fint (0,5).",
    thresholds: "Terskler (verdi fra og med)",
    thresholdsHelp:
      "På verdiens skala fra 1 til 5, hver over den neste: Styrk over Viderefør over Vurder.",
    organisation: "Organisasjon",
    whatChanges: "Hva som kan endre en anbefaling",
    fragileShort: "Usikker",
    tip: (x) =>
      x.when === "more" && x.limit === "0"
        ? `${x.from} blir ${x.to} hvis ${x.criterion} får noen vekt i det hele tatt (nå ${x.now})`
        : `${x.from} blir ${x.to} hvis ${x.criterion} veier ${x.when === "more" ? "mer" : "mindre"} enn ${x.limit} (nå ${x.now})`,
    noSingleWeight: (n, of) =>
      n === of
        ? "Ingen enkeltvekt kan endre noen av disse anbefalingene."
        : `For ${n === 1 ? "den andre organisasjonen" : `de andre ${n} organisasjonene`} kan ingen enkeltvekt endre anbefalingen.`,
    weightProblem: (p, c) =>
      ({
        empty: `Skriv inn en vekt for ${c}: et tall, 0 eller mer (0 holder kriteriet utenfor). Ikke lagret.`,
        "not-a-number": `Vekten for ${c} må være et tall, 0 eller mer, for eksempel 1 eller 0,5. Ikke lagret.`,
        negative: `Vekten for ${c} kan ikke være negativ: skriv 0 eller mer. Ikke lagret.`,
        "too-large": `Vekten for ${c} er for stor: vektene er relative, bruk tall opp til 1 000 000. Ikke lagret.`,
        "all-zero": `${c} er det siste kriteriet med vekt over 0: uten det kan ingen verdi beregnes. Ikke lagret.`,
      })[p] ?? `Vekten for ${c} kan ikke brukes. Ikke lagret.`,
    thresholdEmpty: (x) => `Skriv inn terskelen for ${x}: en verdi fra 1 til 5. Ikke lagret.`,
    thresholdNotNumber: (x) =>
      `Terskelen for ${x} må være et tall fra 1 til 5, for eksempel 3,5. Ikke lagret.`,
    thresholdScale: (x) => `Terskelen for ${x} må ligge fra 1 til 5, verdiens skala. Ikke lagret.`,
    thresholdOrder: (x, below, above) =>
      `Terskelen for ${x} må være ${[below && `under ${below.label} (${below.value})`, above && `over ${above.label} (${above.value})`].filter(Boolean).join(" og ")}, slik at alle anbefalingene kan gis. Ikke lagret.`,
    search: "Søk i nettverk og byer",
    searchHelp: "Navn på engelsk, norsk og svensk; forkortelser; stavemåter uten ø, å eller ö.",
    nothingFound: (q) =>
      `Ingenting passer til «${q}». Prøv en forkortelse (UBC) eller en by (Bergen).`,
    alsoKnownAs: "Også",
    members: (n) => `Medlemmer i kildene (${n})`,
    networks: (n) => `Nettverk og organisasjoner (${n})`,
    partners: "Vennskapsbyer og partnere",
    responsible: "Ansvarlig",
    via: "Deltar gjennom",
    assessment: "Vurdering",
    noFacts: "Kildene gir ingen fakta om organisasjonen utover navnet.",
    since: (year) => `siden ${year}`,
    events: "Historikk",
    decisions: "Anbefalinger og vedtak",
    sources: (n) => `${n} ${n === 1 ? "kilde" : "kilder"}`,
    partOf: (name) => `del av ${name}`,
    nordicMembers: "Nordiske medlemmer",
    yourHistory: (city) => `${/[sxz]$/i.test(city) ? `${city}’` : `${city}s`} medlemskap`,
    addOrganisation: "Legg til en organisasjon datasettet mangler",
    correctFact: "Rett eller legg til et faktum",
    recordEvent: "Før inn en hendelse i et medlemskap",
    fact: "Faktum",
    event: "Hendelse",
    eventCity: "By",
    factValue: "Verdi",
    year: "År",
    documentName: "Kildedokument",
    quoteOrNote: "Sitat eller notat",
    yourName: "Ditt navn",
    organisationName: "Navn",
    acronym: "Forkortelse",
    addRow: "Legg til i arbeidsbokens data",
    rowAdded: "Lagt til i arbeidsbokens CityNet-data-ark: CityNet svarer ut fra det nå.",
    needQuote: "Oppgi kilden: et sitat fra dokumentet, eller et notat på minst tre tegn.",
    needField: (f) => `Fyll ut ${f}.`,
    dataProblems: "Problemer i arbeidsbokens datarader:",
    fields: {
      description: "Beskrivelse",
      scope: "Nedslagsfelt",
      themes: "Temaer",
      founded: "Grunnlagt",
      members: "Medlemmer",
      secretariat: "Sekretariat",
      president: "President eller leder",
      url: "Nettsted",
    },
  },
  sv: {
    languageName: "Svenska",
    language: "Språk",
    tabs: { evaluate: "Utvärdera", score: "Poäng", weights: "Vikter", data: "Data" },
    subtitle: "Utvärdera stadens internationella nätverk",
    notInExcel:
      "CityNet körs inte i Excel: du kan söka i datamängden, men matriser och funktioner kräver Excel.",
    oldExcel: (set) =>
      `Denna Excel-version stöder inte ${set}, som CityNet behöver för att skriva matriser. Uppdatera Excel, eller använd Excel på webben.`,
    city: "Stad eller kommun",
    cityHelp:
      "Till exempel Bergen, Göteborg eller Åbo. En stad som inte finns i datamängden får en matris med bara kandidater.",
    loadCity: "Visa medlemskap",
    newCity: (name) =>
      `${name} finns inte i datamängden: lägg till organisationerna som ska utvärderas som kandidater.`,
    framework: "Ramverk",
    organisations: (n, of) => `Organisationer att utvärdera: ${n} av ${of}`,
    filterOrganisations: "Filtrera listan",
    selectAll: "Markera alla",
    selectNone: "Avmarkera alla",
    candidates: (n) => `Kandidater (${n})`,
    noMemberships: "Källorna har inga medlemskap för denna stad. Lägg till kandidater nedan.",
    candidate: "Lägg till en kandidatorganisation",
    candidateHelp: "Ett nätverk från datamängden (t.ex. C40) eller vilket namn som helst.",
    addCandidate: "Lägg till",
    candidateAdded: (name, near) =>
      `${name} har lagts till som kandidat.${near.length ? ` Finns inte i datamängden; menade du ${near.join(" eller ")}?` : ""}`,
    candidateRemoved: (name) => `${name} är inte längre kandidat.`,
    alreadyListed: (name) =>
      `${name} finns redan i listan: kryssa i den där i stället för att lägga till den som kandidat.`,
    needCandidate: "Skriv namnet på en organisation för att lägga till den som kandidat.",
    remove: "Ta bort",
    removeCandidate: (name) => `Ta bort kandidaten ${name}`,
    teamOptions: "Utvärdering i team",
    createMatrix: "Skapa utvärderingsmatris",
    created: (sheet) =>
      `Bladet ”${sheet}” har skapats. Ge poäng till den första raden här, eller markera en annan rad.`,
    needCity: "Skriv in en stad eller kommun först och visa dess medlemskap.",
    valueMatrix: "Nätverkens värde för flera städer",
    valueMatrixCities: "Städer, åtskilda med kommatecken",
    valueMatrixHelp:
      "Ett blad som jämför städer: värdet av varje stads nätverk utifrån källornas poäng (statusen där poäng saknas). Det läses, det ges inga poäng i det.",
    createValueMatrix: "Skapa värdematris",
    result: "Genomgångens resultat",
    resultHelp:
      "Till fullmäktige: ett sammanfattningsblad i den här arbetsboken, ett utkast till rapporten i Word och hela genomgången som en fil att skicka vidare.",
    createSummary: "Lägg till ett sammanfattningsblad",
    downloadReport: "Gör utkast till rapport för fullmäktige (.docx)",
    downloadWorkbook: "Ladda ned genomgången (.xlsx)",
    summaryCreated: (s) =>
      `Bladet ”${s}” är tillagt: talen följer matrisen allteftersom den får poäng.`,
    downloaded: (f) => `${f} finns bland dina nedladdningar.`,
    reportRefused: (n) =>
      `Matrisen har ${n === 1 ? "ett fel" : `${n} fel`} att rätta först (se Poäng-vyn), annars skulle rapporten säga något som ingen skrivit.`,
    noDownloadOnMac:
      "Excel för Mac låter inte tillägg spara filer. Öppna arbetsboken i Excel på webben, eller använd kommandoraden: citynet report.",
    createdValueMatrix: (sheet) =>
      `Bladet ”${sheet}” har skapats: det jämför städernas nätverk efter värde: från varje stads matris i den här arbetsboken allteftersom den får poäng, annars det värde källorna ger. Det ges inga poäng i själva bladet; för att ge poäng till en stads medlemskap, skapa stadens utvärderingsmatris ovan.`,
    needCities: "Skriv in två eller fler städer, åtskilda med kommatecken, för att jämföra dem.",
    nothingToEvaluate:
      "Inget att utvärdera: markera minst en organisation eller lägg till en kandidat.",
    unknownCity: (name, s) =>
      `Okänd stad ”${name}”.${s.length ? ` Menade du ${s.join(", ")}?` : ""}`,
    didYouMean: "Menade du",
    selectRow: "Markera en rad i ett blad med utvärderingsmatris för att ge poäng här.",
    notAMatrix: (sheet) =>
      `”${sheet}” är inte en CityNet-utvärderingsmatris. Skapa en under Utvärdera, eller markera ett matrisblad.`,
    damaged: "Matrisen har fel som CityNet inte kan rätta åt dig:",
    readWithNotes: "CityNet har läst matrisen, med de här anmärkningarna:",
    notAssessed: "Inte bedömd",
    value: "Värde",
    coverage: "Täckning",
    recommendation: "Rekommendation",
    fragile: "Osäker: en ändring på ±20 % i en vikt ändrar rekommendationen",
    notes: "Anteckningar",
    saveNotes: "Spara anteckningar",
    nextUnscored: "Nästa utan poäng",
    allScored: "Alla rader har fått poäng.",
    evidence: "Underlag från källorna",
    facts: "Fakta om organisationen",
    history: "Stadens medlemshistorik",
    benefit: "nytta",
    cost: "kostnad: 5 är högst kostnad",
    saved: "Sparat i bladet.",
    sourceScore: (n) => `Källa: ${n}`,
    yourScore: (n) => `Du: ${n}`,
    teamScore: (n) => `Teamet: ${n}`,
    raters: "Bedömare (valfritt)",
    ratersHelp:
      "Namn åtskilda med komma, t.ex. Anne, Per: var och en ger poäng i egna kolumner, och matrisen visar teamets median, spridning och omstridda rader. Lämna tomt för en uppsättning poäng.",
    aggregate: "Slå ihop bedömarnas poäng med",
    aggregateMedian: "Median: en avvikare flyttar den inte",
    aggregateMean: "Medelvärde: varje poäng räknas lika",
    countSources: "Räkna källornas poäng som en bedömares",
    countSourcesHelp:
      "Poängen CityNet hittar i dokumenten visas bredvid bedömarnas i vilket fall; ikryssade räknas de också i teamets poäng.",
    whoIsScoring: "Vem ger poäng?",
    whoIsScoringHelp:
      "Den här matrisen har flera bedömare, var och en med egna kolumner. Välj dig själv: CityNet kommer ihåg det på den här datorn och skriver dina poäng bara i dina kolumner.",
    iAmRater: "Det här är jag",
    chooseYourself: "Välj ditt namn i listan först, eller lägg till dig själv nedan.",
    needName: "Skriv in ett namn först.",
    scoringAs: (n) => `Ger poäng som ${n}`,
    changeRater: "Byt",
    progress: (n, s, of) => `${n}: ${s} av ${of} bedömda`,
    teamProgress: "Bedömarnas framsteg",
    team: (a) => `Teamet (${a === "median" ? "median" : "medelvärde"})`,
    yourValue: "Ditt värde",
    consensus: "Samstämmighet",
    disputed: "Omstridd: bedömarnas poäng avgör inte rekommendationen.",
    otherRaters: "De andra bedömarna",
    notListed: "Inte med i listan? Ditt namn",
    addMe: "Lägg till mig som bedömare",
    addRater: "Lägg till en bedömare i den här matrisen",
    addRaterHelp:
      "Bedömaren får egna kolumner i matrisens tabell; teamets formler räknar med dem. Ingen annans poäng skrivs över.",
    firstRater: "Vem har gett poängen som redan står i matrisen?",
    raterName: "Bedömarens namn",
    importScores: "Importera poäng från en kollegas arbetsbok",
    importHelp:
      "Välj kopian av den här utvärderingen som en kollega skickat tillbaka (.xlsx). Bedömarnas poäng förs in i deras egna kolumner här, där utvärderingen saknar poäng; en poäng som skiljer sig visas men skrivs inte. Att importera samma fil två gånger ändrar ingenting.",
    importing: (f) => `Läser ${f} …`,
    imported: (n, f) =>
      `${n} ${n === 1 ? "poäng eller anteckning" : "poäng och anteckningar"} importerade från ${f}.`,
    importConflicts: (n) => `${n} ${n === 1 ? "konflikt" : "konflikter"}, inte importerade:`,
    importMissingRows: (rows) => `Finns inte i den här utvärderingen, inte importerade: ${rows}.`,
    importNoCopy: (f) => `${f} har ingen kopia av den här utvärderingen (samma stad och ramverk).`,
    importUnreadable: (f, why) => `${f} kan inte läsas: ${why}.`,
    raterAdded: (n) => `${n} har lagts till som bedömare, med egna kolumner.`,
    weights: "Vikter",
    weightsHelp:
      "Hur mycket varje kriterium väger jämfört med de andra: 0 lämnar det utanför. Decimaltal går bra (0,5).",
    thresholds: "Trösklar (värde från och med)",
    thresholdsHelp:
      "På värdets skala från 1 till 5, var och en över nästa: Fördjupa över Fortsätt över Se över.",
    organisation: "Organisation",
    whatChanges: "Vad som kan ändra en rekommendation",
    fragileShort: "Osäker",
    tip: (x) =>
      x.when === "more" && x.limit === "0"
        ? `${x.from} blir ${x.to} om ${x.criterion} får någon vikt alls (nu ${x.now})`
        : `${x.from} blir ${x.to} om ${x.criterion} väger ${x.when === "more" ? "mer" : "mindre"} än ${x.limit} (nu ${x.now})`,
    noSingleWeight: (n, of) =>
      n === of
        ? "Ingen enskild vikt kan ändra någon av de här rekommendationerna."
        : `För ${n === 1 ? "den andra organisationen" : `de övriga ${n} organisationerna`} kan ingen enskild vikt ändra rekommendationen.`,
    weightProblem: (p, c) =>
      ({
        empty: `Skriv in en vikt för ${c}: ett tal, 0 eller mer (0 lämnar kriteriet utanför). Inte sparat.`,
        "not-a-number": `Vikten för ${c} måste vara ett tal, 0 eller mer, till exempel 1 eller 0,5. Inte sparat.`,
        negative: `Vikten för ${c} kan inte vara negativ: skriv 0 eller mer. Inte sparat.`,
        "too-large": `Vikten för ${c} är för stor: vikterna är relativa, använd tal upp till 1 000 000. Inte sparat.`,
        "all-zero": `${c} är det sista kriteriet med en vikt över 0: utan det kan inget värde beräknas. Inte sparat.`,
      })[p] ?? `Vikten för ${c} kan inte användas. Inte sparat.`,
    thresholdEmpty: (x) => `Skriv in tröskeln för ${x}: ett värde från 1 till 5. Inte sparat.`,
    thresholdNotNumber: (x) =>
      `Tröskeln för ${x} måste vara ett tal från 1 till 5, till exempel 3,5. Inte sparat.`,
    thresholdScale: (x) =>
      `Tröskeln för ${x} måste ligga från 1 till 5, värdets skala. Inte sparat.`,
    thresholdOrder: (x, below, above) =>
      `Tröskeln för ${x} måste ligga ${[below && `under ${below.label} (${below.value})`, above && `över ${above.label} (${above.value})`].filter(Boolean).join(" och ")}, så att alla rekommendationer kan ges. Inte sparat.`,
    search: "Sök bland nätverk och städer",
    searchHelp: "Namn på engelska, norska och svenska; förkortningar; stavning utan ø, å eller ö.",
    nothingFound: (q) => `Inget matchar ”${q}”. Prova en förkortning (UBC) eller en stad (Bergen).`,
    alsoKnownAs: "Även",
    members: (n) => `Medlemmar i källorna (${n})`,
    networks: (n) => `Nätverk och organisationer (${n})`,
    partners: "Vänorter och partner",
    responsible: "Ansvarig",
    via: "Deltar genom",
    assessment: "Bedömning",
    noFacts: "Källorna ger inga fakta om organisationen utöver namnet.",
    since: (year) => `sedan ${year}`,
    events: "Historik",
    decisions: "Rekommendationer och beslut",
    sources: (n) => `${n} ${n === 1 ? "källa" : "källor"}`,
    partOf: (name) => `del av ${name}`,
    nordicMembers: "Nordiska medlemmar",
    yourHistory: (city) => `${/[sxz]$/i.test(city) ? `${city}’` : `${city}s`} medlemskap`,
    addOrganisation: "Lägg till en organisation som datamängden saknar",
    correctFact: "Rätta eller lägg till ett faktum",
    recordEvent: "För in en händelse i ett medlemskap",
    fact: "Faktum",
    event: "Händelse",
    eventCity: "Stad",
    factValue: "Värde",
    year: "År",
    documentName: "Källdokument",
    quoteOrNote: "Citat eller anteckning",
    yourName: "Ditt namn",
    organisationName: "Namn",
    acronym: "Förkortning",
    addRow: "Lägg till i arbetsbokens data",
    rowAdded: "Tillagt i arbetsbokens CityNet-data-blad: CityNet svarar utifrån det nu.",
    needQuote: "Ange källan: ett citat ur dokumentet, eller en anteckning på minst tre tecken.",
    needField: (f) => `Fyll i ${f}.`,
    dataProblems: "Problem i arbetsbokens datarader:",
    fields: {
      description: "Beskrivning",
      scope: "Räckvidd",
      themes: "Teman",
      founded: "Grundad",
      members: "Medlemmar",
      secretariat: "Sekretariat",
      president: "Ordförande",
      url: "Webbplats",
    },
  },
};

/** The pane's language from Office's display language ("nb-NO", "nn-NO", "sv-SE", …). */
export function languageFor(displayLanguage: string | undefined): Lang {
  const code = (displayLanguage ?? "").toLowerCase();
  if (/^(nb|nn|no)\b/.test(code)) return "nb";
  if (/^sv\b/.test(code)) return "sv";
  return "en";
}
