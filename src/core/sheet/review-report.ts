import type { Lang } from "../model";
import {
  evaluateRow,
  teamRowResult,
  weightedCriteria,
  type Evaluation,
} from "../scoring/evaluation";
import {
  costTotals,
  feeInCurrency,
  valueForMoney,
  NO_COSTS,
  type CostTotal,
  type Currency,
} from "../scoring/costs";
import {
  CANDIDATE_RECOMMENDATIONS,
  MEMBERSHIP_RECOMMENDATIONS,
  recommend,
  type Recommendation,
} from "../scoring/recommend";
import { valueScore } from "../scoring/value";
import { raterLabel } from "./evaluation-sheet";
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
  /** Team reviews: who is to score the row. */
  assigned?: string;
  /** Team reviews: each rater's scores (and cells) by the rater's name, with their own result. */
  raters?: Record<
    string,
    {
      sheet: string;
      cells: Record<string, string>;
      scores: Record<string, number | null>;
      value: number | null;
      recommendation: Recommendation | null;
    }
  >;
  /** Team reviews: per criterion id, highest minus lowest score (null with fewer than two). */
  spread?: Record<string, number | null>;
  consensus?: number | null;
  /** Team reviews: the raters disagree enough to change the recommendation. */
  disputed?: boolean;
  /** Format 4: the costs as typed (null: blank or not a number, see problems) and what follows. */
  costs?: {
    fee: number | null;
    /** The fee's currency; null means the review's. */
    currency: Currency | null;
    staffDays: number | null;
    trips: number | null;
    /** The fee in the review's currency (null without a fee or its exchange rate). */
    feeInCurrency: number | null;
    valuePerTenThousand: number | null;
    valuePerStaffDay: number | null;
    /** Where each is typed: fee, currency, staffDays, trips. */
    cells: Record<string, string>;
  };
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
  /** Team reviews: how the raters' scores are aggregated, and whether the sources count. */
  team?: {
    aggregate: "median" | "mean";
    includeSources: boolean;
    /** Each rater: the name, and whether it is the sources' scores (then `label` says so). */
    raters: { name: string; source: boolean; label: string }[];
  };
  /** Format 4: the review's currency, its exchange rates, and the costs per recommendation. */
  costs?: {
    currency: Currency;
    rates: Record<Currency, number | null>;
    /** One per recommendation, then all rows (recommendation null). */
    totals: CostTotal[];
  };
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

function raterValue(
  e: Omit<Evaluation, "rows">,
  scores: readonly (number | null)[]
): number | null {
  return valueScore(weightedCriteria(e.framework, e.weights), scores).value;
}

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
    ...(e.team
      ? {
          team: {
            aggregate: e.team.aggregate,
            includeSources: e.team.includeSources,
            raters: e.team.raters.map((r) => ({
              name: r.name,
              source: r.source ?? false,
              label: raterLabel(r, "en"),
            })),
          },
        }
      : {}),
    ...(e.costs
      ? {
          costs: {
            currency: e.costs.currency,
            rates: { ...e.costs.rates },
            // As the sheet's totals count: the rows inside the table.
            totals: costTotals(
              e.rows
                .filter((r) => !r.outsideTable)
                .map((r) => ({ costs: r.costs, recommendation: evaluateRow(e, r).recommendation })),
              [...MEMBERSHIP_RECOMMENDATIONS, ...CANDIDATE_RECOMMENDATIONS],
              e.costs
            ),
          },
        }
      : {}),
    rows: e.rows.map((row) => {
      const result = evaluateRow(e, row);
      const byId = <T>(f: (i: number) => T): Record<string, T> =>
        Object.fromEntries(ids.map((id, i) => [id, f(i)]));
      const cellsOf = (columns: readonly (number | undefined)[]) => {
        const cells: Record<string, string> = {};
        ids.forEach((id, i) => {
          if (columns[i] !== undefined) cells[id] = a1(row.sheetRow, columns[i]!);
        });
        return cells;
      };
      const team = teamRowResult(e, row, result.value);
      const teamPart =
        e.team && team && m.layout.team
          ? {
              assigned: row.assigned ?? "",
              raters: Object.fromEntries(
                e.team.raters.map((r, k) => {
                  const own = team.raters.find((x) => x.id === r.id);
                  const scores = row.ratings?.[r.id]?.scores ?? [];
                  return [
                    raterLabel(r, "en"),
                    {
                      sheet: m.sheet,
                      cells: cellsOf(m.layout.team!.raters[k].scores),
                      scores: byId((i) => scores[i] ?? null),
                      // A rater not counted in the aggregate (the sources) still has a value of their own.
                      value: own ? own.value : raterValue(e, scores),
                      recommendation: own
                        ? own.recommendation
                        : recommend(raterValue(e, scores), row.type === "Candidate", e.thresholds),
                    },
                  ];
                })
              ),
              spread: byId((i) => team.spread[i]),
              consensus: team.consensus,
              disputed: team.disputed,
            }
          : {};
      const cells = cellsOf(m.layout.scoreColumns);
      const costColumns = m.layout.costs?.columns;
      const costPart =
        e.costs && costColumns
          ? (() => {
              const c = row.costs ?? NO_COSTS;
              const money = valueForMoney(result.value, c, e.costs);
              const at: Record<string, string> = {};
              for (const k of ["fee", "currency", "staffDays", "trips"] as const)
                if (costColumns[k] !== undefined) at[k] = a1(row.sheetRow, costColumns[k]!);
              return {
                costs: {
                  ...c,
                  feeInCurrency: feeInCurrency(c, e.costs),
                  valuePerTenThousand: money.perTenThousand,
                  valuePerStaffDay: money.perStaffDay,
                  cells: at,
                },
              };
            })()
          : {};
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
        ...teamPart,
        ...costPart,
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
