import type { Lang, SourceRecord } from "../model";

// How a source document is named to a reader, in the reader's language: by publisher, title and year
// ("Bergen kommune, «Gjennomgang av …» (ca. 2020–2021)"). The file it is kept in (a hashed name such
// as "003_e567d6f39c3cc0f4.txt") means nothing to a reader, so it goes only into a details line.

/** A title in the reader's quotation marks: "…" in English, «…» in Norwegian, ”…” in Swedish. */
export function quoteTitle(title: string, lang: Lang): string {
  return lang === "nb" ? `«${title}»` : lang === "sv" ? `”${title}”` : `"${title}"`;
}

/**
 * A dating as the reader writes "circa": "c. 2020–2021" → "ca. 2020–2021" (nb), "ca 2020–2021" (sv,
 * without the full stop, as Språkrådet recommends). Text without an English "c." stays as it is.
 */
export function approximateDate(text: string, lang: Lang): string {
  if (lang === "en") return text;
  return text.replace(/\bc\.\s?(?=\d)/g, lang === "nb" ? "ca. " : "ca ");
}

/**
 * The publisher by name: "Bergen kommune" from "Bergen kommune (appendix to a city government
 * report)"; where the dataset can only describe the publisher, that description in the reader's
 * language ("En norsk kommune eller fylkeskommune i Oslo-området").
 */
export function sourcePublisher(source: SourceRecord, lang: Lang = "en"): string {
  const named = source.publisherIn?.[lang];
  if (named) return named;
  const i = source.publisher.indexOf(" (");
  return i > 0 ? source.publisher.slice(0, i) : source.publisher;
}

/** "Bergen kommune, «Gjennomgang av …» (ca. 2020–2021)": publisher, title and year. */
export function sourceName(source: SourceRecord, lang: Lang = "en"): string {
  return `${sourcePublisher(source, lang)}, ${quoteTitle(source.title, lang)} (${approximateDate(source.dateText, lang)})`;
}

/** Publisher and year only, where the title would be too long: "Bergen kommune, ca. 2020–2021". */
export function sourceShortName(source: SourceRecord, lang: Lang = "en"): string {
  return `${sourcePublisher(source, lang)}, ${approximateDate(source.dateText, lang)}`;
}

const FILE_WORD: Record<Lang, string> = { en: "File", nb: "Fil", sv: "Fil" };

/**
 * The details line under a folded source: the file CityNet keeps the document in
 * ("Fil: 003_e567d6f39c3cc0f4.txt"). Empty for a workbook's own data rows, which have no file.
 */
export function sourceDetails(source: SourceRecord, lang: Lang = "en"): string {
  return source.workbook || !source.file ? "" : `${FILE_WORD[lang]}: ${source.file}`;
}
