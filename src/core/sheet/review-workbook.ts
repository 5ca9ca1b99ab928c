import type { Dataset } from "../dataset";
import type { Lang } from "../model";
import { reviewSources } from "../report/review-sources";
import type { Evaluation } from "../scoring/evaluation";
import type { SheetDescription } from "./description";
import { evaluationSheet } from "./evaluation-sheet";
import { descriptionToSnapshot } from "./grid";
import { readMatrix, type ReadMatrix } from "./read-matrix";
import { uniqueSheetName } from "./sheet-names";
import { sourcesSheet } from "./sources-sheet";
import { summarySheet } from "./summary-sheet";
import { SUMMARY_WORDS } from "./summary-words";

// A whole review workbook, as descriptions in the order a reader meets them: the summary, the matrix,
// the sources it quotes, and any further sheets (the team's data). The summary's formulas name the
// matrix's sheet, so the names every sheet will have are settled first.

export interface NamedDescription {
  name: string;
  description: SheetDescription;
}

export function reviewWorkbook(
  ds: Dataset,
  e: Evaluation,
  lang: Lang,
  extra: readonly SheetDescription[] = []
): { sheets: NamedDescription[]; matrix: ReadMatrix } {
  const matrix = evaluationSheet(e, lang);
  const sources = sourcesSheet(
    reviewSources(
      ds,
      e.city.id,
      e.rows.map((r) => r.key)
    ),
    e.city.name,
    lang
  );
  // The summary's name is known before it is made (its words); the matrix's follows from it.
  const names: string[] = [];
  const take = (wanted: string) => {
    const name = uniqueSheetName(wanted, names, 1000)!;
    names.push(name);
    return name;
  };
  const summaryName = take(SUMMARY_WORDS[lang].sheetName);
  const matrixName = take(matrix.name);
  const read = readMatrix(descriptionToSnapshot(matrix, matrixName), lang) as ReadMatrix;
  const summary = summarySheet(read);
  return {
    sheets: [
      { name: summaryName, description: summary },
      { name: matrixName, description: matrix },
      { name: take(sources.name), description: sources },
      ...extra.map((d) => ({ name: take(d.name), description: d })),
    ],
    matrix: read,
  };
}
