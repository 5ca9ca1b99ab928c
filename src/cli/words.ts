import type { Lang } from "../core/model";
import type { XlsxProblem } from "../xlsx/read";

// What the command line says, in English, Norwegian and Swedish (--lang).

export interface CliWords {
  usage: string;
  unknownCommand: (command: string) => string;
  badOptions: (detail: string) => string;
  unknownOption: (option: string) => string;
  optionValue: (option: string) => string;
  unexpected: (text: string) => string;
  missing: (what: string) => string;
  badLang: (found: string) => string;
  cannotRead: (file: string, why: string) => string;
  notFound: string;
  xlsx: Record<XlsxProblem, (detail: string) => string>;
  exists: (file: string) => string;
  cannotWrite: (file: string, why: string) => string;
  written: (file: string, sheet: string, rows: number) => string;
  summary: (file: string, matrices: number, problems: number) => string;
  matrixLine: (
    sheet: string,
    city: string,
    framework: string,
    lang: string,
    rows: number
  ) => string;
  organisation: string;
  value: string;
  recommendation: string;
  problems: (count: number) => string;
  noProblems: string;
  internal: (message: string) => string;
}

const USAGE_EN = `citynet: CityNet review workbooks on the command line

  citynet export --city <name> [--framework combined|bergen|stockholm] [--lang en|nb|sv]
                 [--orgs "EUROCITIES, UBC"] --out FILE.xlsx [--force]
      Writes a review workbook: the city's evaluation matrix, as the add-in creates it. --orgs picks
      organisations (those the city is not in become candidates); --force replaces an existing file.

  citynet check FILE.xlsx [--json] [--lang en|nb|sv]
      Reads every CityNet matrix in the file and prints each row's scores, value and recommendation,
      and every problem with its sheet and cell. Exit code 0: no problems; 1: problems found;
      2: the file cannot be read.

  citynet --help | --version`;

export const CLI_WORDS: Record<Lang, CliWords> = {
  en: {
    usage: USAGE_EN,
    unknownCommand: (c) => `Unknown command '${c}'. Use 'export' or 'check'.`,
    badOptions: (d) => `${d}. See 'citynet --help'.`,
    unknownOption: (o) => `Unknown option '${o}'`,
    optionValue: (o) => `The option '${o}' needs a value`,
    unexpected: (t) => `Unexpected '${t}'`,
    missing: (w) => `Missing ${w}. See 'citynet --help'.`,
    badLang: (f) => `Unknown language '${f}': use en, nb or sv.`,
    cannotRead: (f, why) => `Cannot read ${f}: ${why}.`,
    notFound: "there is no such file",
    xlsx: {
      "too-large": () => "it is larger than 100 MB, far more than any review",
      "not-zip": () => "it is not an .xlsx file (not a zip archive)",
      "no-workbook": () => "it is a zip archive, but not an .xlsx workbook",
      "not-spreadsheet": () => "its workbook part is not a spreadsheet",
      unreadable: (d) => `it is damaged (${d})`,
    },
    exists: (f) => `${f} exists already: choose another name, or add --force to replace it.`,
    cannotWrite: (f, why) => `Cannot write ${f}: ${why}.`,
    written: (f, s, n) => `Wrote ${f}: sheet '${s}' with ${n} organisations.`,
    summary: (f, m, p) =>
      `${f}: ${m} ${m === 1 ? "matrix" : "matrices"}, ${p === 0 ? "no problems" : `${p} ${p === 1 ? "problem" : "problems"}`}`,
    matrixLine: (s, c, f, l, n) => `Sheet '${s}': ${c}, framework ${f}, in ${l}, ${n} rows`,
    organisation: "Organisation",
    value: "Value",
    recommendation: "Recommendation",
    problems: (n) => `Problems (${n}):`,
    noProblems: "No problems.",
    internal: (m) => `CityNet failed unexpectedly: ${m}`,
  },
  nb: {
    usage: `citynet: CityNet-vurderinger fra kommandolinjen

  citynet export --city <navn> [--framework combined|bergen|stockholm] [--lang en|nb|sv]
                 [--orgs "EUROCITIES, UBC"] --out FIL.xlsx [--force]
      Skriver en vurderingsarbeidsbok: byens vurderingsmatrise, slik tillegget lager den. --orgs velger
      organisasjoner (de byen ikke er med i blir kandidater); --force erstatter en fil som finnes.

  citynet check FIL.xlsx [--json] [--lang en|nb|sv]
      Leser hver CityNet-matrise i filen og skriver hver rads poeng, verdi og anbefaling, og hvert
      problem med ark og celle. Avslutningskode 0: ingen problemer; 1: problemer funnet;
      2: filen kan ikke leses.

  citynet --help | --version`,
    unknownCommand: (c) => `Ukjent kommando «${c}». Bruk «export» eller «check».`,
    badOptions: (d) => `${d}. Se «citynet --help».`,
    unknownOption: (o) => `Ukjent valg «${o}»`,
    optionValue: (o) => `Valget «${o}» trenger en verdi`,
    unexpected: (t) => `Uventet «${t}»`,
    missing: (w) => `Mangler ${w}. Se «citynet --help».`,
    badLang: (f) => `Ukjent språk «${f}»: bruk en, nb eller sv.`,
    cannotRead: (f, why) => `Kan ikke lese ${f}: ${why}.`,
    notFound: "filen finnes ikke",
    xlsx: {
      "too-large": () => "den er større enn 100 MB, langt mer enn noen vurdering",
      "not-zip": () => "den er ikke en .xlsx-fil (ikke et zip-arkiv)",
      "no-workbook": () => "den er et zip-arkiv, men ikke en .xlsx-arbeidsbok",
      "not-spreadsheet": () => "arbeidsbokdelen er ikke et regneark",
      unreadable: (d) => `den er skadet (${d})`,
    },
    exists: (f) =>
      `${f} finnes allerede: velg et annet navn, eller legg til --force for å erstatte den.`,
    cannotWrite: (f, why) => `Kan ikke skrive ${f}: ${why}.`,
    written: (f, s, n) => `Skrev ${f}: arket «${s}» med ${n} organisasjoner.`,
    summary: (f, m, p) =>
      `${f}: ${m} ${m === 1 ? "matrise" : "matriser"}, ${p === 0 ? "ingen problemer" : `${p} ${p === 1 ? "problem" : "problemer"}`}`,
    matrixLine: (s, c, f, l, n) => `Arket «${s}»: ${c}, rammeverk ${f}, på ${l}, ${n} rader`,
    organisation: "Organisasjon",
    value: "Verdi",
    recommendation: "Anbefaling",
    problems: (n) => `Problemer (${n}):`,
    noProblems: "Ingen problemer.",
    internal: (m) => `CityNet feilet uventet: ${m}`,
  },
  sv: {
    usage: `citynet: CityNet-utvärderingar från kommandoraden

  citynet export --city <namn> [--framework combined|bergen|stockholm] [--lang en|nb|sv]
                 [--orgs "EUROCITIES, UBC"] --out FIL.xlsx [--force]
      Skriver en utvärderingsarbetsbok: stadens utvärderingsmatris, som tillägget skapar den. --orgs
      väljer organisationer (de staden inte är med i blir kandidater); --force ersätter en befintlig fil.

  citynet check FIL.xlsx [--json] [--lang en|nb|sv]
      Läser varje CityNet-matris i filen och skriver varje rads poäng, värde och rekommendation, och
      varje problem med blad och cell. Slutkod 0: inga problem; 1: problem hittades;
      2: filen kan inte läsas.

  citynet --help | --version`,
    unknownCommand: (c) => `Okänt kommando ”${c}”. Använd ”export” eller ”check”.`,
    badOptions: (d) => `${d}. Se ”citynet --help”.`,
    unknownOption: (o) => `Okänt alternativ ”${o}”`,
    optionValue: (o) => `Alternativet ”${o}” behöver ett värde`,
    unexpected: (t) => `Oväntat ”${t}”`,
    missing: (w) => `Saknar ${w}. Se ”citynet --help”.`,
    badLang: (f) => `Okänt språk ”${f}”: använd en, nb eller sv.`,
    cannotRead: (f, why) => `Kan inte läsa ${f}: ${why}.`,
    notFound: "filen finns inte",
    xlsx: {
      "too-large": () => "den är större än 100 MB, långt mer än någon utvärdering",
      "not-zip": () => "den är ingen .xlsx-fil (inget zip-arkiv)",
      "no-workbook": () => "den är ett zip-arkiv men ingen .xlsx-arbetsbok",
      "not-spreadsheet": () => "arbetsboksdelen är inget kalkylblad",
      unreadable: (d) => `den är skadad (${d})`,
    },
    exists: (f) =>
      `${f} finns redan: välj ett annat namn, eller lägg till --force för att ersätta den.`,
    cannotWrite: (f, why) => `Kan inte skriva ${f}: ${why}.`,
    written: (f, s, n) => `Skrev ${f}: bladet ”${s}” med ${n} organisationer.`,
    summary: (f, m, p) =>
      `${f}: ${m} ${m === 1 ? "matris" : "matriser"}, ${p === 0 ? "inga problem" : `${p} problem`}`,
    matrixLine: (s, c, f, l, n) => `Bladet ”${s}”: ${c}, ramverk ${f}, på ${l}, ${n} rader`,
    organisation: "Organisation",
    value: "Värde",
    recommendation: "Rekommendation",
    problems: (n) => `Problem (${n}):`,
    noProblems: "Inga problem.",
    internal: (m) => `CityNet misslyckades oväntat: ${m}`,
  },
};

export const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = {
  en: { en: "English", nb: "Norwegian", sv: "Swedish" },
  nb: { en: "engelsk", nb: "norsk", sv: "svensk" },
  sv: { en: "engelska", nb: "norska", sv: "svenska" },
};
