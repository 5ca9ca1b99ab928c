import type { Lang } from "../model";
import type { SourceEvidence } from "../scoring/evidence";
import { sourceName } from "./sources";

// The evidence a matrix shows for the scores the sources imply, in the reader's language: one line
// per criterion with the document's own words, then the document by publisher, title and year.
//
//   Deltakelse 1: «Bergen kommune har ikke deltatt aktivt i organisasjonen de siste årene»
//   Læringsutbytte 2: «…»
//   Kilde: Bergen kommune, «Gjennomgang av kommunens internasjonale samarbeidsarenaer» (ca. 2020–2021)

const SOURCE_WORD: Record<Lang, string> = { en: "Source", nb: "Kilde", sv: "Källa" };

/** "Deltakelse 1: «…»": the criterion in the reader's language, the score and the quote. */
export function evidenceLine(item: SourceEvidence, lang: Lang): string {
  return `${item.criterion.label[lang]} ${item.score}: «${item.quote}»`;
}

/** How the evidence names its source: "Kilde: Bergen kommune, «…» (ca. 2020–2021)". */
export function evidenceSource(item: SourceEvidence, lang: Lang): string {
  return item.source ? sourceName(item.source, lang) : item.sourceId;
}

/**
 * The evidence cell's text. With one document, its name once at the end; with several, each line
 * names its own ("… — Bergen kommune, «…» (ca. 2020–2021)"). Empty when nothing is implied.
 */
export function evidenceText(items: readonly SourceEvidence[], lang: Lang): string {
  if (items.length === 0) return "";
  const names = [...new Set(items.map((x) => evidenceSource(x, lang)))];
  if (names.length === 1)
    return [...items.map((x) => evidenceLine(x, lang)), `${SOURCE_WORD[lang]}: ${names[0]}`].join(
      "\n"
    );
  return items.map((x) => `${evidenceLine(x, lang)} — ${evidenceSource(x, lang)}`).join("\n");
}

/**
 * A row's evidence as a sheet in `lang` shows it: written from the sources' scores where the row has
 * them (a matrix being made), else the row's own text (read back from a sheet, already in its language).
 */
export function rowEvidence(
  row: { evidence: string; sourceEvidence?: readonly SourceEvidence[] },
  lang: Lang
): string {
  return row.sourceEvidence ? evidenceText(row.sourceEvidence, lang) : row.evidence;
}
