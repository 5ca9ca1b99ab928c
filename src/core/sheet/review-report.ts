import type { Lang } from "../model";
import { evaluateRow } from "../scoring/evaluation";
import type { Recommendation } from "../scoring/recommend";
import { a1 } from "./address";
import type { Problem } from "./problems";
import { isDamaged, readMatrix, type ReadMatrix } from "./read-matrix";
import type { SheetSnapshot } from "./snapshot";

// What a review workbook holds, as one plain object: every CityNet matrix with each row's scores (and
// the cells they were typed in), value and recommendation, and every problem. `citynet check --json`
// prints it; the words are the reader's, the recommendations CityNet's canonical English ids.

export interface ReportRow {
  organisation: string;
  key: string;
  type: "Membership" | "Candidate";
  /** Per criterion id: the score read, or null (blank, or not a score: see problems). */
  scores: Record<string, number | null>;
  /** Per criterion id: the A1 address on the matrix's sheet where the score is typed. */
  cells: Record<string, string>;
  value: number | null;
  coverage: number;
  recommendation: Recommendation | null;
  fragile: boolean;
  notes: string;
}

export interface ReportMatrix {
  sheet: string;
  city: string;
  cityId: string | null;
  framework: string;
  language: Lang;
  /** The matrix format the sheet was written in. */
  version: number;
  weights: Record<string, number>;
  thresholds: { strengthen: number; continue: number; review: number; join: number };
  rows: ReportRow[];
}

export interface ReportProblem {
  /** Null for a problem with the file as a whole. */
  sheet: string | null;
  cell: string | null;
  message: string;
  severity: "error" | "warning";
}

export interface ReviewReport {
  matrices: ReportMatrix[];
  problems: ReportProblem[];
  /** Problems past the per-sheet cap, counted only. */
  problemsOmitted: number;
}

const NO_MATRIX: Record<Lang, string> = {
  en: "The workbook holds no CityNet matrix.",
  nb: "Arbeidsboken har ingen CityNet-matrise.",
  sv: "Arbetsboken har ingen CityNet-matris.",
};

function reportMatrix(m: ReadMatrix): ReportMatrix {
  const e = m.evaluation;
  const ids = e.framework.criteria.map((c) => c.criterion.id);
  return {
    sheet: m.sheet,
    city: e.city.name,
    cityId: e.city.id ?? null,
    framework: e.framework.id,
    language: m.lang,
    version: m.version,
    weights: Object.fromEntries(ids.map((id, i) => [id, e.weights[i]])),
    thresholds: { ...e.thresholds },
    rows: e.rows.map((row) => {
      const result = evaluateRow(e, row);
      const cells: Record<string, string> = {};
      ids.forEach((id, i) => {
        const col = m.layout.scoreColumns[i];
        if (col !== undefined) cells[id] = a1(row.sheetRow, col);
      });
      return {
        organisation: row.name,
        key: row.key,
        type: row.type,
        scores: Object.fromEntries(ids.map((id, i) => [id, row.scores[i]])),
        cells,
        value: result.value,
        coverage: result.coverage,
        recommendation: result.recommendation,
        fragile: result.fragile,
        notes: row.notes,
      };
    }),
  };
}

const plainProblem = (p: Problem): ReportProblem => ({
  sheet: p.sheet,
  cell: p.cell ?? null,
  message: p.message,
  severity: p.severity,
});

/** Reads every sheet of a workbook as a review; problems in the reader's language. */
export function reviewReport(sheets: readonly SheetSnapshot[], lang: Lang = "en"): ReviewReport {
  const report: ReviewReport = { matrices: [], problems: [], problemsOmitted: 0 };
  for (const s of sheets) {
    const read = readMatrix(s, lang);
    if (!read) continue;
    report.problems.push(...read.problems.map(plainProblem));
    if (isDamaged(read)) continue;
    report.problemsOmitted += read.omittedProblems;
    report.matrices.push(reportMatrix(read));
  }
  if (report.matrices.length === 0 && report.problems.length === 0)
    report.problems.push({ sheet: null, cell: null, message: NO_MATRIX[lang], severity: "error" });
  return report;
}
