import type { Lang, MemberCount, SourceRecord, Verdict } from "./model";
import { sourceName, sourcePublisher } from "./words/sources";

// How facts read in a cell: plain English, with the document's dating where it is approximate.

export function formatMemberCount(m: MemberCount): string {
  const count = `${m.qualifier ? `${m.qualifier} ` : ""}${m.count} ${m.unit}`;
  const associates =
    m.associates !== undefined ? ` and ${m.associates} ${m.associatesUnit ?? "associates"}` : "";
  const countries = m.countries !== undefined ? ` from ${m.countries} countries` : "";
  const area = m.area ? ` in ${m.area}` : "";
  return `${count}${associates}${countries}${area}`;
}

/** "Bergen kommune" from "Bergen kommune (appendix to a city government report)". */
export function shortPublisher(source: SourceRecord, lang: Lang = "en"): string {
  return sourcePublisher(source, lang);
}

/**
 * A quote with its source named by publisher, title and year, in the reader's language:
 * `Bergen kommune, "Gjennomgang av …" (c. 2020–2021): «…»`. The file the document is kept in is
 * left to a details line (sourceDetails). A workbook's own data row is cited by sheet, row and who
 * entered it.
 */
export function formatCitation(source: SourceRecord, quote: string, lang: Lang = "en"): string {
  const w = source.workbook;
  if (w)
    return `this workbook, ${w.sheet} row ${w.row}, entered by ${w.enteredBy} on ${w.enteredOn}${w.document ? ` (${w.document})` : ""}: «${quote}»`;
  return `${sourceName(source, lang)}: «${quote}»`;
}

export function formatYear(year: number, approximate: boolean): string {
  return approximate ? `c. ${year}` : String(year);
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  continue: "Continue",
  strengthen: "Strengthen",
  leave: "Leave",
  join: "Join",
  "consider-joining": "Consider joining",
};

// Names sort the Norwegian way: Æ, Ø and Å after Z (Swedish Ä and Ö sort with them).
const collator = new Intl.Collator("nb", { sensitivity: "base", numeric: true });
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
