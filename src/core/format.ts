import type { MemberCount, SourceRecord, Verdict } from "./model";

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
export function shortPublisher(source: SourceRecord): string {
  const i = source.publisher.indexOf(" (");
  return i > 0 ? source.publisher.slice(0, i) : source.publisher;
}

export function formatCitation(source: SourceRecord, quote: string): string {
  const w = source.workbook;
  if (w)
    return `this workbook, ${w.sheet} row ${w.row}, entered by ${w.enteredBy} on ${w.enteredOn}${w.document ? ` (${w.document})` : ""}: «${quote}»`;
  return `${shortPublisher(source)}, "${source.title}" (${source.dateText}; ${source.file}): «${quote}»`;
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
