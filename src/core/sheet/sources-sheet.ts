import type { Lang, SourceRecord } from "../model";
import { approximateDate, sourcePublisher } from "../words/sources";
import type { Cell, SheetDescription } from "./description";
import { tableNameFor } from "./evaluation-sheet";
import { SUMMARY_WORDS } from "./summary-words";

// The Sources sheet of an exported review: every document the review quotes, with its title,
// publisher, date (and why it is dated so, in English where the dating is explained), language,
// kind and the file CityNet keeps it in.

const KINDS: Record<Lang, Record<SourceRecord["kind"], string>> = {
  en: {
    report: "report",
    "web page": "web page",
    "report appendix": "report appendix",
    "slide transcript": "slide transcript",
    "workbook entry": "workbook entry",
  },
  nb: {
    report: "rapport",
    "web page": "nettside",
    "report appendix": "vedlegg til rapport",
    "slide transcript": "lysbilder (utskrift)",
    "workbook entry": "rad i arbeidsboken",
  },
  sv: {
    report: "rapport",
    "web page": "webbsida",
    "report appendix": "bilaga till rapport",
    "slide transcript": "bildspel (utskrift)",
    "workbook entry": "rad i arbetsboken",
  },
};

export function sourcesSheet(
  sources: readonly SourceRecord[],
  city: string,
  lang: Lang
): SheetDescription {
  const w = SUMMARY_WORDS[lang];
  // The reasons for a dating are the curators' English notes: shown to English readers only, so that
  // a Norwegian or Swedish sheet has no English in it.
  const basis = lang === "en";
  const headings = [
    w.sourceTitle,
    w.publisher,
    w.date,
    w.language,
    w.kind,
    ...(basis ? [w.dateBasis] : []),
    w.file,
  ];
  const text = (value: string | number | null): Cell => ({ value });
  const rows = sources.map((s) => [
    text(s.title),
    text(sourcePublisher(s, lang)),
    text(approximateDate(s.dateText, lang)),
    text(w.languages[s.language]),
    text(KINDS[lang][s.kind]),
    ...(basis ? [text(s.dateBasis)] : []),
    text(s.file || null),
  ]);
  const header = 3;
  return {
    name: w.sourcesSheet,
    blocks: [
      { row: 0, col: 0, cells: [[text(w.sourcesTitle(city))]], style: { bold: true, size: 14 } },
      { row: 1, col: 0, cells: [[text(w.sourcesNote)]], style: { italic: true, color: "#605E5C" } },
      {
        row: header,
        col: 0,
        cells: [headings.map(text)],
        style: { bold: true, fill: "#DCE9F5", wrap: true },
      },
      { row: header + 1, col: 0, cells: rows, style: { wrap: true } },
    ],
    columns: headings.map((_, col) => ({
      col,
      width: col === 0 ? 50 : col === 1 ? 34 : basis && col === 5 ? 50 : 16,
    })),
    hiddenRows: [],
    freeze: { rows: header + 1, columns: 0 },
    print: { landscape: true, fitToWidth: true, titleRows: { first: header, last: header } },
    table: {
      name: tableNameFor(`sources_${city}`),
      range: { row: header, col: 0, rows: Math.max(rows.length, 1) + 1, cols: headings.length },
      style: "TableStyleLight9",
    },
    validations: [],
    colorScales: [],
    charts: [],
    names: [],
    inputs: [],
  };
}
