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
  merged: (file: string, sheet: string, raters: string[], rows: number) => string;
  conflicts: (count: number) => string;
  nothingToMerge: string;
  summary: (file: string, matrices: number, problems: number) => string;
  matrixLine: (
    sheet: string,
    city: string,
    framework: string,
    lang: string,
    rows: number
  ) => string;
  organisation: string;
  raters: (names: string[]) => string;
  value: string;
  recommendation: string;
  problems: (count: number) => string;
  noProblems: string;
  internal: (message: string) => string;
  reportRefused: (count: number) => string;
  noMatrixIn: (file: string) => string;
  whichSheet: (sheets: string[]) => string;
  noSuchSheet: (sheet: string, sheets: string[]) => string;
  reportWritten: (file: string, sheet: string, rows: number) => string;
}

const USAGE_EN = `citynet: CityNet review workbooks on the command line

  citynet export --city <name> [--framework combined|bergen|stockholm] [--lang en|nb|sv]
                 [--orgs "EUROCITIES, UBC"] [--raters "Anne, Per" [--aggregate median|mean]
                 [--count-sources]] --out FILE.xlsx [--force]
      Writes a review workbook: the city's evaluation matrix, as the add-in creates it. --orgs picks
      organisations (those the city is not in become candidates); --raters makes it a team review,
      each rater with columns of their own, combined by their median (or --aggregate mean), the
      sources' scores beside them (counted with --count-sources); --force replaces an existing file.

  citynet check FILE.xlsx [--json] [--lang en|nb|sv]
      Reads every CityNet matrix in the file and prints each row's scores, value and recommendation,
      and every problem with its sheet and cell. Exit code 0: no problems; 1: problems found;
      2: the file cannot be read.

  citynet merge A.xlsx B.xlsx … --out FILE.xlsx [--lang en|nb|sv] [--force]
      Merges copies of a review returned by colleagues: every rater's scores side by side. The same
      rater with different scores in two copies is a conflict: nothing is written (exit 1) until it is
      decided in one copy.

  citynet report FILE.xlsx [--sheet NAME] [--lang en|nb|sv] [--date YYYY-MM-DD] --out FILE.docx
                 [--force]
      Drafts the council appendix (Word) from the review's matrix: the framework, one section per
      organisation with its assessment, the quotes it rests on and the recommendation, a summary and
      the sources. In the sheet's language unless --lang; --sheet when the file has several matrices.
      A matrix with errors is not drafted from (exit 1): they are listed to be fixed first.

  citynet --help | --version`;

export const CLI_WORDS: Record<Lang, CliWords> = {
  en: {
    usage: USAGE_EN,
    unknownCommand: (c) => `Unknown command '${c}'. Use 'export', 'check', 'merge' or 'report'.`,
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
    merged: (f, s, r, n) =>
      `Wrote ${f}: sheet '${s}' with ${n} organisations${r.length ? `, raters ${r.join(", ")}` : ""}.`,
    conflicts: (n) =>
      `Nothing was written: ${n} ${n === 1 ? "conflict" : "conflicts"} between the copies, each to be decided by you:`,
    nothingToMerge: "The files hold no CityNet matrix to merge.",
    summary: (f, m, p) =>
      `${f}: ${m} ${m === 1 ? "matrix" : "matrices"}, ${p === 0 ? "no problems" : `${p} ${p === 1 ? "problem" : "problems"}`}`,
    matrixLine: (s, c, f, l, n) => `Sheet '${s}': ${c}, framework ${f}, in ${l}, ${n} rows`,
    organisation: "Organisation",
    raters: (n) => `Raters: ${n.join(", ")}`,
    value: "Value",
    recommendation: "Recommendation",
    problems: (n) => `Problems (${n}):`,
    noProblems: "No problems.",
    internal: (m) => `CityNet failed unexpectedly: ${m}`,
    reportRefused: (n) =>
      `No report was written: the matrix has ${n === 1 ? "an error" : `${n} errors`} to fix first, or the report would state what nobody typed:`,
    noMatrixIn: (f) => `${f} holds no CityNet matrix to draft a report from.`,
    whichSheet: (s) =>
      `The file has several matrices: choose one with --sheet (${s.map((x) => `'${x}'`).join(", ")}).`,
    noSuchSheet: (x, s) =>
      `There is no matrix on a sheet '${x}'. The matrices are on ${s.map((y) => `'${y}'`).join(", ") || "no sheet"}.`,
    reportWritten: (f, s, n) =>
      `Wrote ${f}: the council report from sheet '${s}', ${n} organisations.`,
  },
  nb: {
    usage: `citynet: CityNet-vurderinger fra kommandolinjen

  citynet export --city <navn> [--framework combined|bergen|stockholm] [--lang en|nb|sv]
                 [--orgs "EUROCITIES, UBC"] [--raters "Anne, Per" [--aggregate median|mean]
                 [--count-sources]] --out FIL.xlsx [--force]
      Skriver en vurderingsarbeidsbok: byens vurderingsmatrise, slik tillegget lager den. --orgs velger
      organisasjoner (de byen ikke er med i blir kandidater); --raters gjør den til en vurdering med
      flere vurderere, hver med egne kolonner, slått sammen med medianen (eller --aggregate mean), med
      kildenes poeng ved siden av (talt med --count-sources); --force erstatter en fil som finnes.

  citynet check FIL.xlsx [--json] [--lang en|nb|sv]
      Leser hver CityNet-matrise i filen og skriver hver rads poeng, verdi og anbefaling, og hvert
      problem med ark og celle. Avslutningskode 0: ingen problemer; 1: problemer funnet;
      2: filen kan ikke leses.

  citynet merge A.xlsx B.xlsx … --out FIL.xlsx [--lang en|nb|sv] [--force]
      Slår sammen kopier av en vurdering som kolleger har sendt tilbake: alle vurderernes poeng side om
      side. Samme vurderer med ulike poeng i to kopier er en konflikt: ingenting skrives (kode 1) før
      den er avgjort i én kopi.

  citynet report FIL.xlsx [--sheet NAVN] [--lang en|nb|sv] [--date ÅÅÅÅ-MM-DD] --out FIL.docx
                 [--force]
      Lager et utkast til vedlegget for bystyret (Word) fra vurderingens matrise: rammeverket, en del
      per organisasjon med vurderingen, sitatene den bygger på og anbefalingen, en oppsummering og
      kildene. På arkets språk om ikke --lang er gitt; --sheet når filen har flere matriser. Fra en
      matrise med feil lages ikke noe utkast (kode 1): feilene listes så de kan rettes først.

  citynet --help | --version`,
    unknownCommand: (c) =>
      `Ukjent kommando «${c}». Bruk «export», «check», «merge» eller «report».`,
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
    merged: (f, s, r, n) =>
      `Skrev ${f}: arket «${s}» med ${n} organisasjoner${r.length ? `, vurderere ${r.join(", ")}` : ""}.`,
    conflicts: (n) =>
      `Ingenting ble skrevet: ${n} ${n === 1 ? "konflikt" : "konflikter"} mellom kopiene, som du må avgjøre:`,
    nothingToMerge: "Filene har ingen CityNet-matrise å slå sammen.",
    summary: (f, m, p) =>
      `${f}: ${m} ${m === 1 ? "matrise" : "matriser"}, ${p === 0 ? "ingen problemer" : `${p} ${p === 1 ? "problem" : "problemer"}`}`,
    matrixLine: (s, c, f, l, n) => `Arket «${s}»: ${c}, rammeverk ${f}, på ${l}, ${n} rader`,
    organisation: "Organisasjon",
    raters: (n) => `Vurderere: ${n.join(", ")}`,
    value: "Verdi",
    recommendation: "Anbefaling",
    problems: (n) => `Problemer (${n}):`,
    noProblems: "Ingen problemer.",
    internal: (m) => `CityNet feilet uventet: ${m}`,
    reportRefused: (n) =>
      `Ingen rapport ble skrevet: matrisen har ${n === 1 ? "en feil" : `${n} feil`} som må rettes først, ellers ville rapporten si noe ingen har skrevet:`,
    noMatrixIn: (f) => `${f} har ingen CityNet-matrise å lage en rapport fra.`,
    whichSheet: (s) =>
      `Filen har flere matriser: velg én med --sheet (${s.map((x) => `«${x}»`).join(", ")}).`,
    noSuchSheet: (x, s) =>
      `Det er ingen matrise på et ark «${x}». Matrisene er på ${s.map((y) => `«${y}»`).join(", ") || "ingen ark"}.`,
    reportWritten: (f, s, n) =>
      `Skrev ${f}: rapporten til bystyret fra arket «${s}», ${n} organisasjoner.`,
  },
  sv: {
    usage: `citynet: CityNet-utvärderingar från kommandoraden

  citynet export --city <namn> [--framework combined|bergen|stockholm] [--lang en|nb|sv]
                 [--orgs "EUROCITIES, UBC"] [--raters "Anne, Per" [--aggregate median|mean]
                 [--count-sources]] --out FIL.xlsx [--force]
      Skriver en utvärderingsarbetsbok: stadens utvärderingsmatris, som tillägget skapar den. --orgs
      väljer organisationer (de staden inte är med i blir kandidater); --raters gör den till en
      utvärdering med flera bedömare, var och en med egna kolumner, ihopslagna med medianen (eller
      --aggregate mean), med källornas poäng bredvid (räknade med --count-sources); --force ersätter
      en befintlig fil.

  citynet check FIL.xlsx [--json] [--lang en|nb|sv]
      Läser varje CityNet-matris i filen och skriver varje rads poäng, värde och rekommendation, och
      varje problem med blad och cell. Slutkod 0: inga problem; 1: problem hittades;
      2: filen kan inte läsas.

  citynet merge A.xlsx B.xlsx … --out FIL.xlsx [--lang en|nb|sv] [--force]
      Slår ihop kopior av en utvärdering som kolleger skickat tillbaka: alla bedömares poäng sida vid
      sida. Samma bedömare med olika poäng i två kopior är en konflikt: inget skrivs (kod 1) förrän den
      avgjorts i en kopia.

  citynet report FIL.xlsx [--sheet NAMN] [--lang en|nb|sv] [--date ÅÅÅÅ-MM-DD] --out FIL.docx
                 [--force]
      Gör ett utkast till bilagan för fullmäktige (Word) från utvärderingens matris: ramverket, ett
      avsnitt per organisation med bedömningen, citaten den bygger på och rekommendationen, en
      sammanfattning och källorna. På bladets språk om inte --lang anges; --sheet när filen har flera
      matriser. Från en matris med fel görs inget utkast (kod 1): felen listas så att de kan rättas först.

  citynet --help | --version`,
    unknownCommand: (c) =>
      `Okänt kommando ”${c}”. Använd ”export”, ”check”, ”merge” eller ”report”.`,
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
    merged: (f, s, r, n) =>
      `Skrev ${f}: bladet ”${s}” med ${n} organisationer${r.length ? `, bedömare ${r.join(", ")}` : ""}.`,
    conflicts: (n) =>
      `Inget skrevs: ${n} ${n === 1 ? "konflikt" : "konflikter"} mellan kopiorna, som du måste avgöra:`,
    nothingToMerge: "Filerna har ingen CityNet-matris att slå ihop.",
    summary: (f, m, p) =>
      `${f}: ${m} ${m === 1 ? "matris" : "matriser"}, ${p === 0 ? "inga problem" : `${p} problem`}`,
    matrixLine: (s, c, f, l, n) => `Bladet ”${s}”: ${c}, ramverk ${f}, på ${l}, ${n} rader`,
    organisation: "Organisation",
    raters: (n) => `Bedömare: ${n.join(", ")}`,
    value: "Värde",
    recommendation: "Rekommendation",
    problems: (n) => `Problem (${n}):`,
    noProblems: "Inga problem.",
    internal: (m) => `CityNet misslyckades oväntat: ${m}`,
    reportRefused: (n) =>
      `Ingen rapport skrevs: matrisen har ${n === 1 ? "ett fel" : `${n} fel`} att rätta först, annars skulle rapporten säga något som ingen skrivit:`,
    noMatrixIn: (f) => `${f} har ingen CityNet-matris att göra en rapport från.`,
    whichSheet: (s) =>
      `Filen har flera matriser: välj en med --sheet (${s.map((x) => `”${x}”`).join(", ")}).`,
    noSuchSheet: (x, s) =>
      `Det finns ingen matris på ett blad ”${x}”. Matriserna finns på ${s.map((y) => `”${y}”`).join(", ") || "inget blad"}.`,
    reportWritten: (f, s, n) =>
      `Skrev ${f}: rapporten till fullmäktige från bladet ”${s}”, ${n} organisationer.`,
  },
};

export const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = {
  en: { en: "English", nb: "Norwegian", sv: "Swedish" },
  nb: { en: "engelsk", nb: "norsk", sv: "svensk" },
  sv: { en: "engelska", nb: "norska", sv: "svenska" },
};
