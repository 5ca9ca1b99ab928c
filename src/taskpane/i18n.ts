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
  loading: string;
  // Evaluate
  city: string;
  cityHelp: string;
  loadCity: string;
  newCity: (name: string) => string;
  framework: string;
  organisations: (n: number) => string;
  noMemberships: string;
  candidate: string;
  candidateHelp: string;
  addCandidate: string;
  candidateAdded: (name: string) => string;
  createMatrix: string;
  created: (sheet: string) => string;
  valueMatrix: string;
  valueMatrixCities: string;
  createValueMatrix: string;
  nothingToEvaluate: string;
  unknownCity: (name: string, suggestions: string[]) => string;
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
  thresholds: string;
  limits: string;
  organisation: string;
  noMatrix: string;
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
  error: string;
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
    loading: "Loading…",
    city: "City or municipality",
    cityHelp:
      "For example Bergen, Gøteborg or Åbo. A city not in the dataset gets a matrix with candidates only.",
    loadCity: "Show memberships",
    newCity: (name) =>
      `${name} is not in the dataset: add the organisations to evaluate as candidates.`,
    framework: "Framework",
    organisations: (n) => `Organisations to evaluate (${n})`,
    noMemberships: "The sources record no memberships for this city. Add candidates below.",
    candidate: "Add a candidate organisation",
    candidateHelp: "A network from the dataset (e.g. C40) or any name.",
    addCandidate: "Add",
    candidateAdded: (name) => `${name} added as a candidate.`,
    createMatrix: "Create evaluation matrix",
    created: (sheet) => `Sheet '${sheet}' created. Select a row in it to score it.`,
    valueMatrix: "Value of networks across cities",
    valueMatrixCities: "Cities, separated by commas",
    createValueMatrix: "Create value matrix",
    nothingToEvaluate: "Nothing to evaluate: tick at least one organisation or add a candidate.",
    unknownCity: (name, s) =>
      `Unknown city '${name}'.${s.length ? ` Did you mean ${s.join(", ")}?` : ""}`,
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
    thresholds: "Thresholds (value at or above)",
    limits: "How far a weight can move",
    organisation: "Organisation",
    noMatrix: "Select a cell in an evaluation matrix sheet to edit its weights.",
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
    error: "Something went wrong",
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
    tabs: { evaluate: "Vurder", score: "Poeng", weights: "Vekter", data: "Data" },
    subtitle: "Vurder byens internasjonale nettverk",
    notInExcel:
      "CityNet kjører ikke i Excel: du kan søke i datasettet, men matriser og funksjoner krever Excel.",
    oldExcel: (set) =>
      `Denne Excel-versjonen støtter ikke ${set}, som CityNet trenger for å skrive matriser. Oppdater Excel, eller bruk Excel på nettet.`,
    loading: "Laster …",
    city: "By eller kommune",
    cityHelp:
      "For eksempel Bergen, Göteborg eller Åbo. En by som ikke er i datasettet, får en matrise med bare kandidater.",
    loadCity: "Vis medlemskap",
    newCity: (name) =>
      `${name} er ikke i datasettet: legg til organisasjonene som skal vurderes, som kandidater.`,
    framework: "Rammeverk",
    organisations: (n) => `Organisasjoner som skal vurderes (${n})`,
    noMemberships: "Kildene har ingen medlemskap for denne byen. Legg til kandidater nedenfor.",
    candidate: "Legg til en kandidatorganisasjon",
    candidateHelp: "Et nettverk fra datasettet (f.eks. C40) eller et hvilket som helst navn.",
    addCandidate: "Legg til",
    candidateAdded: (name) => `${name} er lagt til som kandidat.`,
    createMatrix: "Lag vurderingsmatrise",
    created: (sheet) => `Arket «${sheet}» er laget. Velg en rad i det for å gi poeng.`,
    valueMatrix: "Nettverkenes verdi på tvers av byer",
    valueMatrixCities: "Byer, skilt med komma",
    createValueMatrix: "Lag verdimatrise",
    nothingToEvaluate:
      "Ingenting å vurdere: kryss av for minst én organisasjon eller legg til en kandidat.",
    unknownCity: (name, s) => `Ukjent by «${name}».${s.length ? ` Mente du ${s.join(", ")}?` : ""}`,
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
    thresholds: "Terskler (verdi fra og med)",
    limits: "Hvor langt en vekt kan endres",
    organisation: "Organisasjon",
    noMatrix: "Velg en celle i et ark med vurderingsmatrise for å endre vektene.",
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
    error: "Noe gikk galt",
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
    loading: "Läser in …",
    city: "Stad eller kommun",
    cityHelp:
      "Till exempel Bergen, Göteborg eller Åbo. En stad som inte finns i datamängden får en matris med bara kandidater.",
    loadCity: "Visa medlemskap",
    newCity: (name) =>
      `${name} finns inte i datamängden: lägg till organisationerna som ska utvärderas som kandidater.`,
    framework: "Ramverk",
    organisations: (n) => `Organisationer att utvärdera (${n})`,
    noMemberships: "Källorna har inga medlemskap för denna stad. Lägg till kandidater nedan.",
    candidate: "Lägg till en kandidatorganisation",
    candidateHelp: "Ett nätverk från datamängden (t.ex. C40) eller vilket namn som helst.",
    addCandidate: "Lägg till",
    candidateAdded: (name) => `${name} har lagts till som kandidat.`,
    createMatrix: "Skapa utvärderingsmatris",
    created: (sheet) => `Bladet ”${sheet}” har skapats. Markera en rad i det för att ge poäng.`,
    valueMatrix: "Nätverkens värde för flera städer",
    valueMatrixCities: "Städer, åtskilda med kommatecken",
    createValueMatrix: "Skapa värdematris",
    nothingToEvaluate:
      "Inget att utvärdera: markera minst en organisation eller lägg till en kandidat.",
    unknownCity: (name, s) =>
      `Okänd stad ”${name}”.${s.length ? ` Menade du ${s.join(", ")}?` : ""}`,
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
    thresholds: "Trösklar (värde från och med)",
    limits: "Hur mycket en vikt kan ändras",
    organisation: "Organisation",
    noMatrix: "Markera en cell i ett blad med utvärderingsmatris för att ändra vikterna.",
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
    error: "Något gick fel",
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
