import type { Lang } from "../model";

// What can be wrong in a review workbook, said in the reader's language: where (sheet and cell), what
// was found, and what would be right. The reader collects these; the pane, the functions and the
// command line show them.

export interface Problem {
  sheet: string;
  /** A1 address on that sheet, when one cell or range is concerned. */
  cell?: string;
  message: string;
  /**
   * "error": CityNet does not use what is there (a score, a weight, the matrix); "warning": it reads
   * it, but something is off that the user should know.
   */
  severity: "error" | "warning";
  /** The sheet row (zero-based) of the matrix row concerned; absent when the whole matrix is. */
  row?: number;
}

/** At most this many problems are kept per sheet; the rest are counted. */
export const MAX_PROBLEMS = 1000;

/** Collects problems for one sheet, keeping a count of those past the cap. */
export class ProblemList {
  readonly items: Problem[] = [];
  omitted = 0;
  constructor(readonly sheet: string) {}

  add(p: Omit<Problem, "sheet">): void {
    if (this.items.length >= MAX_PROBLEMS) this.omitted++;
    else this.items.push({ sheet: this.sheet, ...p });
  }
}

const LOCALE: Record<Lang, string> = { en: "en-GB", nb: "nb-NO", sv: "sv-SE" };

/** A number as the reader writes it: 1.5 in English, 1,5 in Norwegian and Swedish. */
export function formatNumber(x: number, lang: Lang): string {
  const size = Math.abs(x);
  // Very large and very small numbers as Excel shows them in a narrow cell: 1E+308, 1,5E-9.
  if (size >= 1e12 || (size > 0 && size < 1e-6)) {
    const [mantissa, exponent] = x.toExponential(5).split("e");
    const m = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 5 }).format(
      Number(mantissa)
    );
    return `${m}E${exponent.startsWith("-") ? exponent : `+${exponent.replace("+", "")}`}`;
  }
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 6 }).format(x);
}

/** What was found in a cell, shown short: at most 60 characters of text, numbers as the reader writes them. */
export function shownValue(x: unknown, lang: Lang): string {
  if (typeof x === "number") return formatNumber(x, lang);
  if (typeof x === "boolean") return x ? "TRUE" : "FALSE";
  const text = String(x ?? "").replace(/\s+/g, " ");
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const QUOTES: Record<Lang, (s: string) => string> = {
  en: (s) => `'${s}'`,
  nb: (s) => `«${s}»`,
  sv: (s) => `”${s}”`,
};

/** A found value in the reader's quotation marks. */
export function quoted(x: unknown, lang: Lang): string {
  return QUOTES[lang](shownValue(x, lang));
}

export interface ProblemWords {
  notMatrix: (sheet: string) => string;
  settingsUnreadable: (detail: string) => string;
  settingsDeleted: string;
  settingsDetail: {
    json: string;
    kind: string;
    city: string;
    framework: string;
    version: string;
    team: string;
  };
  raterNotInSettings: (id: string) => string;
  languageUnknown: (found: string, used: string) => string;
  newerVersion: (writer: string, version: number, current: number) => string;
  headerRowMissing: string;
  columnMissing: (label: string, consequence: "scores" | "type" | "key" | "shown") => string;
  columnMoved: (label: string, cell: string) => string;
  rowBelowTable: (table: string) => string;
  rowWithoutName: (cell: string) => string;
  scoreText: (found: string, label: string) => string;
  scoreDecimal: (found: string, label: string) => string;
  scoreRange: (found: string, label: string) => string;
  typeBlank: (membership: string, candidate: string) => string;
  typeUnknown: (found: string, membership: string, candidate: string) => string;
  statusUnknown: (found: string) => string;
  sinceNotYear: (found: string) => string;
  overFormula: (column: string, found: string) => string;
  formulaCleared: (column: string) => string;
  duplicate: (name: string, otherCell: string) => string;
  weightInvalid: (label: string, found: string, used: string) => string;
  weightBlank: (label: string, used: string) => string;
  weightTooLarge: (label: string, found: string, used: string) => string;
  weightDeleted: (label: string, used: string) => string;
  weightsAllZero: string;
  thresholdInvalid: (label: string, found: string, used: string) => string;
  thresholdBlank: (label: string, used: string) => string;
  thresholdDeleted: (label: string, used: string) => string;
  thresholdsOrder: (review: string, cont: string, strengthen: string) => string;
  costInvalid: (found: string, label: string, example: string) => string;
  currencyInvalid: (found: string, own: string) => string;
  rateInvalid: (currency: string, own: string, found: string) => string;
  rateMissing: (currency: string, own: string, cell: string) => string;
  currencyNotInSettings: (used: string) => string;
  more: (count: number) => string;
}

export const PROBLEM_WORDS: Record<Lang, ProblemWords> = {
  en: {
    notMatrix: (s) => `'${s}' is not a CityNet matrix.`,
    settingsUnreadable: (d) =>
      `CityNet's settings for this matrix cannot be read (${d}). Undo the change to this cell, or create the matrix again from the task pane.`,
    settingsDeleted:
      "The row with CityNet's settings for this matrix was deleted, so its city and framework are unknown. Undo the deletion, or create the matrix again.",
    settingsDetail: {
      json: "it is not the text CityNet wrote",
      kind: "it does not describe an evaluation matrix",
      city: "the city is missing",
      framework: "the framework or its criteria are missing or damaged",
      version: "the format version is missing",
      team: "its list of raters is damaged",
    },
    raterNotInSettings: (id) =>
      `These columns belong to a rater (${id}) that CityNet's settings do not list: read as rater '${id}'. Another author may have added them at the same moment; open the matrix in the task pane to list them again.`,
    languageUnknown: (f, u) =>
      `The language ${f} in CityNet's settings is not one CityNet knows; the sheet is read as ${u}, the language of its column headings.`,
    newerVersion: (w, v, c) =>
      `This matrix was written by ${w} (format ${v}); this CityNet reads format ${c}. It is read as far as possible: update CityNet to read all of it.`,
    headerRowMissing:
      "The table's heading row cannot be found: no row names the Organisation and Key columns. Undo the change, or create the matrix again.",
    columnMissing: (l, c) =>
      `Column '${l}' was deleted or cannot be found. ${
        {
          scores:
            "Its scores cannot be read, so no value that needs them is given. Undo the deletion.",
          type: "Without it every row counts as a membership. Undo the deletion.",
          key: "Rows are known by their names only. Undo the deletion.",
          shown: "CityNet still computes what it showed; undo the deletion to see it in the sheet.",
        }[c]
      }`,
    columnMoved: (l, c) =>
      `Column '${l}' was moved out of the table's heading row (its heading is now in ${c}). Move it back.`,
    rowBelowTable: (t) =>
      `This row is below the table ${t}. It is read, but the sheet calculates no value for it: extend the table to include it (Table Design › Resize Table).`,
    rowWithoutName: (c) =>
      `This row has scores or notes but names no organisation, so it is not read. Type the organisation's name in ${c}.`,
    scoreText: (f, l) =>
      `${f} is text, not a score for ${l}. Type a whole number from 1 to 5, or clear the cell.`,
    scoreDecimal: (f, l) =>
      `${f} is not a whole number: a score for ${l} is a whole number from 1 to 5. It is not counted until it is one.`,
    scoreRange: (f, l) =>
      `${f} is outside the scale: a score for ${l} is a whole number from 1 to 5. It is not counted until it is one.`,
    typeBlank: (m, c) =>
      `The type is blank; it is read as '${m}', as the sheet's formulas do. Type '${m}' or '${c}'.`,
    typeUnknown: (f, m, c) =>
      `The type ${f} is neither '${m}' nor '${c}'; the sheet's formulas treat it as '${m}'. Type one of the two.`,
    statusUnknown: (f) => `The status ${f} is not one CityNet knows; it is kept as typed.`,
    sinceNotYear: (f) =>
      `${f} is not a year: type the year the membership began (e.g. 2015), or clear the cell.`,
    overFormula: (col, f) =>
      `The ${col} formula in this cell was replaced by ${f}, so the sheet no longer recalculates it. Undo, or copy the cell from another row of the column.`,
    formulaCleared: (col) =>
      `The ${col} formula in this cell was cleared, so the sheet no longer calculates it. Undo, or copy the cell from another row of the column.`,
    duplicate: (n, o) =>
      `${n} is in the matrix twice (also in ${o}). Both rows are read, but a function cannot tell which one counts: delete one.`,
    weightInvalid: (l, f, u) =>
      `The weight of ${l} must be a number of 0 or more; ${f} was found. CityNet uses ${u} until it is corrected.`,
    weightBlank: (l, u) =>
      `The weight of ${l} is blank. Type a number (0 leaves the criterion out); CityNet uses ${u} until then.`,
    weightTooLarge: (l, f, u) =>
      `The weight of ${l} is ${f}; weights are relative, use numbers up to 1,000,000. CityNet uses ${u} until it is corrected.`,
    weightDeleted: (l, u) =>
      `The cell with the weight of ${l} was deleted. CityNet uses ${u}; undo the deletion to set it again.`,
    weightsAllZero:
      "Every weight is 0, so no value can be computed. Give at least one criterion a weight above 0.",
    thresholdInvalid: (l, f, u) =>
      `The threshold '${l}' must be a number from 1 to 5; ${f} was found. CityNet uses ${u} until it is corrected.`,
    thresholdBlank: (l, u) =>
      `The threshold '${l}' is blank. Type a number from 1 to 5; CityNet uses ${u} until then.`,
    thresholdDeleted: (l, u) =>
      `The cell with the threshold '${l}' was deleted. CityNet uses ${u}; undo the deletion to set it again.`,
    thresholdsOrder: (r, c, s) =>
      `The thresholds must rise: Review ≤ Continue ≤ Strengthen; the sheet has ${r}, ${c} and ${s}. Recommendations are given as the sheet computes them, but they make little sense until this is corrected.`,
    costInvalid: (f, l, e) =>
      `${f} is not a number of 0 or more, so it is not counted as the ${l}. Type a number (e.g. ${e}), or clear the cell.`,
    currencyInvalid: (f, o) =>
      `${f} is not a currency CityNet knows: type NOK, SEK or EUR, or clear the cell for ${o}, the review's currency. The fee is not counted until then.`,
    rateInvalid: (c, o, f) =>
      `${f} is not an exchange rate: type what 1 ${c} is worth in ${o}, as a number above 0, or clear the cell.`,
    rateMissing: (c, o, cell) =>
      `Fees in ${c} need an exchange rate: type what 1 ${c} is worth in ${o} in ${cell}. Until then they are left out of the totals and the value for money.`,
    currencyNotInSettings: (u) =>
      `CityNet's settings for this matrix do not say the review's currency; its costs are read in ${u}, the currency of the sheet's language.`,
    more: (n) => `and ${formatNumber(n, "en")} more`,
  },
  nb: {
    notMatrix: (s) => `«${s}» er ikke en CityNet-matrise.`,
    settingsUnreadable: (d) =>
      `CityNets innstillinger for denne matrisen kan ikke leses (${d}). Angre endringen i denne cellen, eller lag matrisen på nytt fra oppgaveruten.`,
    settingsDeleted:
      "Raden med CityNets innstillinger for denne matrisen er slettet, så by og rammeverk er ukjent. Angre slettingen, eller lag matrisen på nytt.",
    settingsDetail: {
      json: "det er ikke teksten CityNet skrev",
      kind: "den beskriver ikke en vurderingsmatrise",
      city: "byen mangler",
      framework: "rammeverket eller kriteriene mangler eller er skadet",
      version: "formatversjonen mangler",
      team: "listen over vurderere er skadet",
    },
    raterNotInSettings: (id) =>
      `Disse kolonnene tilhører en vurderer (${id}) som CityNets innstillinger ikke har med: leses som vurderer «${id}». En annen forfatter kan ha lagt dem til samtidig; åpne matrisen i oppgaveruten for å føre dem opp igjen.`,
    languageUnknown: (f, u) =>
      `Språket ${f} i CityNets innstillinger er ikke et CityNet kjenner; arket leses som ${u}, språket i kolonneoverskriftene.`,
    newerVersion: (w, v, c) =>
      `Denne matrisen er skrevet av ${w} (format ${v}); denne CityNet leser format ${c}. Den leses så langt det går: oppdater CityNet for å lese alt.`,
    headerRowMissing:
      "Tabellens overskriftsrad finnes ikke: ingen rad har kolonnene Organisasjon og Nøkkel. Angre endringen, eller lag matrisen på nytt.",
    columnMissing: (l, c) =>
      `Kolonnen «${l}» er slettet eller finnes ikke. ${
        {
          scores: "Poengene kan ikke leses, så ingen verdi som trenger dem gis. Angre slettingen.",
          type: "Uten den regnes hver rad som et medlemskap. Angre slettingen.",
          key: "Radene kjennes bare på navnet. Angre slettingen.",
          shown: "CityNet beregner fortsatt det den viste; angre slettingen for å se det i arket.",
        }[c]
      }`,
    columnMoved: (l, c) =>
      `Kolonnen «${l}» er flyttet ut av tabellens overskriftsrad (overskriften står nå i ${c}). Flytt den tilbake.`,
    rowBelowTable: (t) =>
      `Denne raden står under tabellen ${t}. Den leses, men arket beregner ingen verdi for den: utvid tabellen så den kommer med (Tabellutforming › Endre størrelse på tabell).`,
    rowWithoutName: (c) =>
      `Denne raden har poeng eller notater, men ingen organisasjon, så den leses ikke. Skriv organisasjonens navn i ${c}.`,
    scoreText: (f, l) =>
      `${f} er tekst, ikke et poeng for ${l}. Skriv et helt tall fra 1 til 5, eller tøm cellen.`,
    scoreDecimal: (f, l) =>
      `${f} er ikke et helt tall: et poeng for ${l} er et helt tall fra 1 til 5. Det telles ikke før det er det.`,
    scoreRange: (f, l) =>
      `${f} er utenfor skalaen: et poeng for ${l} er et helt tall fra 1 til 5. Det telles ikke før det er det.`,
    typeBlank: (m, c) =>
      `Typen er tom; den leses som «${m}», slik arkets formler gjør. Skriv «${m}» eller «${c}».`,
    typeUnknown: (f, m, c) =>
      `Typen ${f} er verken «${m}» eller «${c}»; arkets formler behandler den som «${m}». Skriv en av de to.`,
    statusUnknown: (f) =>
      `Statusen ${f} er ikke en CityNet kjenner; den beholdes slik den er skrevet.`,
    sinceNotYear: (f) =>
      `${f} er ikke et årstall: skriv året medlemskapet begynte (f.eks. 2015), eller tøm cellen.`,
    overFormula: (col, f) =>
      `Formelen for ${col} i denne cellen er erstattet med ${f}, så arket beregner den ikke lenger. Angre, eller kopier cellen fra en annen rad i kolonnen.`,
    formulaCleared: (col) =>
      `Formelen for ${col} i denne cellen er tømt, så arket beregner den ikke lenger. Angre, eller kopier cellen fra en annen rad i kolonnen.`,
    duplicate: (n, o) =>
      `${n} står to ganger i matrisen (også i ${o}). Begge radene leses, men en funksjon kan ikke vite hvilken som gjelder: slett den ene.`,
    weightInvalid: (l, f, u) =>
      `Vekten for ${l} må være et tall på 0 eller mer; fant ${f}. CityNet bruker ${u} til den er rettet.`,
    weightBlank: (l, u) =>
      `Vekten for ${l} er tom. Skriv et tall (0 utelater kriteriet); CityNet bruker ${u} til da.`,
    weightTooLarge: (l, f, u) =>
      `Vekten for ${l} er ${f}; vekter er relative, bruk tall opp til 1 000 000. CityNet bruker ${u} til den er rettet.`,
    weightDeleted: (l, u) =>
      `Cellen med vekten for ${l} er slettet. CityNet bruker ${u}; angre slettingen for å sette den igjen.`,
    weightsAllZero:
      "Alle vektene er 0, så ingen verdi kan beregnes. Gi minst ett kriterium en vekt over 0.",
    thresholdInvalid: (l, f, u) =>
      `Terskelen «${l}» må være et tall fra 1 til 5; fant ${f}. CityNet bruker ${u} til den er rettet.`,
    thresholdBlank: (l, u) =>
      `Terskelen «${l}» er tom. Skriv et tall fra 1 til 5; CityNet bruker ${u} til da.`,
    thresholdDeleted: (l, u) =>
      `Cellen med terskelen «${l}» er slettet. CityNet bruker ${u}; angre slettingen for å sette den igjen.`,
    thresholdsOrder: (r, c, s) =>
      `Tersklene må stige: Vurder ≤ Viderefør ≤ Styrk; arket har ${r}, ${c} og ${s}. Anbefalingene gis slik arket beregner dem, men gir lite mening før dette er rettet.`,
    costInvalid: (f, l, e) =>
      `${f} er ikke et tall på 0 eller mer, så det regnes ikke som ${l}. Skriv et tall (f.eks. ${e}), eller tøm cellen.`,
    currencyInvalid: (f, o) =>
      `${f} er ikke en valuta CityNet kjenner: skriv NOK, SEK eller EUR, eller tøm cellen for ${o}, gjennomgangens valuta. Kontingenten regnes ikke med før da.`,
    rateInvalid: (c, o, f) =>
      `${f} er ikke en valutakurs: skriv hva 1 ${c} er verdt i ${o}, som et tall over 0, eller tøm cellen.`,
    rateMissing: (c, o, cell) =>
      `Kontingenter i ${c} trenger en valutakurs: skriv hva 1 ${c} er verdt i ${o} i ${cell}. Til da holdes de utenfor summene og verdi for pengene.`,
    currencyNotInSettings: (u) =>
      `CityNets innstillinger for denne matrisen sier ikke hvilken valuta gjennomgangen bruker; kostnadene leses i ${u}, valutaen til arkets språk.`,
    more: (n) => `og ${formatNumber(n, "nb")} til`,
  },
  sv: {
    notMatrix: (s) => `”${s}” är inte en CityNet-matris.`,
    settingsUnreadable: (d) =>
      `CityNets inställningar för den här matrisen kan inte läsas (${d}). Ångra ändringen i den här cellen, eller skapa matrisen på nytt från aktivitetsfönstret.`,
    settingsDeleted:
      "Raden med CityNets inställningar för den här matrisen har tagits bort, så stad och ramverk är okända. Ångra borttagningen, eller skapa matrisen på nytt.",
    settingsDetail: {
      json: "det är inte texten som CityNet skrev",
      kind: "den beskriver ingen utvärderingsmatris",
      city: "staden saknas",
      framework: "ramverket eller dess kriterier saknas eller är skadade",
      version: "formatversionen saknas",
      team: "listan över bedömare är skadad",
    },
    raterNotInSettings: (id) =>
      `De här kolumnerna hör till en bedömare (${id}) som CityNets inställningar inte har med: läses som bedömare ”${id}”. En annan författare kan ha lagt till dem samtidigt; öppna matrisen i aktivitetsfönstret för att föra upp dem igen.`,
    languageUnknown: (f, u) =>
      `Språket ${f} i CityNets inställningar är inget som CityNet känner till; bladet läses som ${u}, språket i kolumnrubrikerna.`,
    newerVersion: (w, v, c) =>
      `Den här matrisen skrevs av ${w} (format ${v}); den här CityNet läser format ${c}. Den läses så långt det går: uppdatera CityNet för att läsa allt.`,
    headerRowMissing:
      "Tabellens rubrikrad hittas inte: ingen rad har kolumnerna Organisation och Nyckel. Ångra ändringen, eller skapa matrisen på nytt.",
    columnMissing: (l, c) =>
      `Kolumnen ”${l}” har tagits bort eller hittas inte. ${
        {
          scores:
            "Poängen kan inte läsas, så inget värde som behöver dem ges. Ångra borttagningen.",
          type: "Utan den räknas varje rad som ett medlemskap. Ångra borttagningen.",
          key: "Raderna känns bara igen på namnet. Ångra borttagningen.",
          shown:
            "CityNet beräknar fortfarande det som visades; ångra borttagningen för att se det i bladet.",
        }[c]
      }`,
    columnMoved: (l, c) =>
      `Kolumnen ”${l}” har flyttats ut ur tabellens rubrikrad (rubriken står nu i ${c}). Flytta tillbaka den.`,
    rowBelowTable: (t) =>
      `Den här raden står under tabellen ${t}. Den läses, men bladet beräknar inget värde för den: utöka tabellen så att den kommer med (Tabelldesign › Ändra tabellstorlek).`,
    rowWithoutName: (c) =>
      `Den här raden har poäng eller anteckningar men ingen organisation, så den läses inte. Skriv organisationens namn i ${c}.`,
    scoreText: (f, l) =>
      `${f} är text, inte en poäng för ${l}. Skriv ett heltal från 1 till 5, eller töm cellen.`,
    scoreDecimal: (f, l) =>
      `${f} är inget heltal: en poäng för ${l} är ett heltal från 1 till 5. Den räknas inte förrän den är det.`,
    scoreRange: (f, l) =>
      `${f} ligger utanför skalan: en poäng för ${l} är ett heltal från 1 till 5. Den räknas inte förrän den är det.`,
    typeBlank: (m, c) =>
      `Typen är tom; den läses som ”${m}”, som bladets formler gör. Skriv ”${m}” eller ”${c}”.`,
    typeUnknown: (f, m, c) =>
      `Typen ${f} är varken ”${m}” eller ”${c}”; bladets formler behandlar den som ”${m}”. Skriv en av de två.`,
    statusUnknown: (f) =>
      `Statusen ${f} är ingen som CityNet känner till; den behålls som den skrevs.`,
    sinceNotYear: (f) =>
      `${f} är inget årtal: skriv året då medlemskapet började (t.ex. 2015), eller töm cellen.`,
    overFormula: (col, f) =>
      `Formeln för ${col} i den här cellen har ersatts med ${f}, så bladet beräknar den inte längre. Ångra, eller kopiera cellen från en annan rad i kolumnen.`,
    formulaCleared: (col) =>
      `Formeln för ${col} i den här cellen har tömts, så bladet beräknar den inte längre. Ångra, eller kopiera cellen från en annan rad i kolumnen.`,
    duplicate: (n, o) =>
      `${n} står två gånger i matrisen (även i ${o}). Båda raderna läses, men en funktion kan inte avgöra vilken som gäller: ta bort den ena.`,
    weightInvalid: (l, f, u) =>
      `Vikten för ${l} måste vara ett tal på 0 eller mer; hittade ${f}. CityNet använder ${u} tills den rättats.`,
    weightBlank: (l, u) =>
      `Vikten för ${l} är tom. Skriv ett tal (0 utesluter kriteriet); CityNet använder ${u} tills dess.`,
    weightTooLarge: (l, f, u) =>
      `Vikten för ${l} är ${f}; vikter är relativa, använd tal upp till 1 000 000. CityNet använder ${u} tills den rättats.`,
    weightDeleted: (l, u) =>
      `Cellen med vikten för ${l} har tagits bort. CityNet använder ${u}; ångra borttagningen för att ange den igen.`,
    weightsAllZero:
      "Alla vikter är 0, så inget värde kan beräknas. Ge minst ett kriterium en vikt över 0.",
    thresholdInvalid: (l, f, u) =>
      `Tröskeln ”${l}” måste vara ett tal från 1 till 5; hittade ${f}. CityNet använder ${u} tills den rättats.`,
    thresholdBlank: (l, u) =>
      `Tröskeln ”${l}” är tom. Skriv ett tal från 1 till 5; CityNet använder ${u} tills dess.`,
    thresholdDeleted: (l, u) =>
      `Cellen med tröskeln ”${l}” har tagits bort. CityNet använder ${u}; ångra borttagningen för att ange den igen.`,
    thresholdsOrder: (r, c, s) =>
      `Trösklarna måste stiga: Se över ≤ Fortsätt ≤ Fördjupa; bladet har ${r}, ${c} och ${s}. Rekommendationerna ges som bladet beräknar dem, men är föga meningsfulla tills detta rättats.`,
    costInvalid: (f, l, e) =>
      `${f} är inte ett tal, 0 eller mer, så det räknas inte som ${l}. Skriv ett tal (t.ex. ${e}), eller töm cellen.`,
    currencyInvalid: (f, o) =>
      `${f} är inte en valuta CityNet känner till: skriv NOK, SEK eller EUR, eller töm cellen för ${o}, genomgångens valuta. Avgiften räknas inte förrän dess.`,
    rateInvalid: (c, o, f) =>
      `${f} är inte en växelkurs: skriv vad 1 ${c} är värd i ${o}, som ett tal över 0, eller töm cellen.`,
    rateMissing: (c, o, cell) =>
      `Avgifter i ${c} behöver en växelkurs: skriv vad 1 ${c} är värd i ${o} i ${cell}. Tills dess räknas de inte med i summorna och värdet för pengarna.`,
    currencyNotInSettings: (u) =>
      `CityNets inställningar för den här matrisen anger inte genomgångens valuta; kostnaderna läses i ${u}, valutan för bladets språk.`,
    more: (n) => `och ${formatNumber(n, "sv")} till`,
  },
};

/** "'Bergen'!G12" */
export function problemPlace(p: Pick<Problem, "sheet" | "cell">): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(p.sheet)
    ? p.sheet
    : `'${p.sheet.replace(/'/g, "''")}'`;
  return p.cell ? `${sheet}!${p.cell}` : sheet;
}

/** Problems as lines "'Bergen'!G12: …", at most `max`, then "and N more". */
export function problemLines(
  problems: readonly Problem[],
  lang: Lang,
  max = 20,
  omitted = 0
): string[] {
  const lines = problems.slice(0, max).map((p) => `${problemPlace(p)}: ${p.message}`);
  const rest = problems.length - lines.length + omitted;
  if (rest > 0) lines.push(PROBLEM_WORDS[lang].more(rest));
  return lines;
}
