import { THRESHOLD_EPSILON } from "../scoring/recommend";
import { columnLetter } from "./address";
import type { SheetWords } from "./strings";

// The Excel formulas of an evaluation matrix. They compute what src/core/scoring computes, term by term
// in the same order, so Excel, LibreOffice and the core agree to the last bit; they use only functions
// every Excel since 2007 and LibreOffice know.

export interface FormulaCriterion {
  /** Sheet-scoped name of the weight cell, e.g. W_learning. */
  weightName: string;
  direction: "benefit" | "cost";
  /** Zero-based column of the score. */
  col: number;
  /**
   * The column holds a team's aggregate (a median may be 3.5), not a typed score: any number from 1
   * to 5 counts. Typed scores count only as whole numbers.
   */
  aggregate?: boolean;
}

/**
 * A score typed into a matrix counts when it is a whole number from 1 to 5 (what the reader accepts).
 * MATCH compares exactly and by type, so text "4", TRUE, 2.5, a blank and an error value all fail
 * without failing the formula (AND(ISNUMBER(x),x>=1,…) would turn an error in x into an error).
 */
function assessed(cell: string, aggregate = false): string {
  // An aggregate cell holds a number or "" (its formula's blank): neither fails AND.
  if (aggregate) return `AND(ISNUMBER(${cell}),${cell}>=1,${cell}<=5)`;
  return `ISNUMBER(MATCH(${cell},{1,2,3,4,5},0))`;
}

function cellOf(c: FormulaCriterion, row: number): string {
  return `${columnLetter(c.col)}${row + 1}`;
}

/** Σ weight × (score, or 6 − score for a cost), over the assessed criteria. */
export function weightedSum(criteria: readonly FormulaCriterion[], row: number): string {
  return criteria
    .map((c) => {
      const cell = cellOf(c, row);
      return `IF(${assessed(cell, c.aggregate)},${c.weightName}*${c.direction === "cost" ? `(6-${cell})` : cell},0)`;
    })
    .join("+");
}

/** Σ weight over the assessed criteria. */
export function assessedWeight(criteria: readonly FormulaCriterion[], row: number): string {
  return criteria
    .map((c) => `IF(${assessed(cellOf(c, row), c.aggregate)},${c.weightName},0)`)
    .join("+");
}

export function totalWeight(criteria: readonly FormulaCriterion[]): string {
  return criteria.map((c) => c.weightName).join("+");
}

/** Value: blank when nothing with weight is assessed. */
export function valueFormula(criteria: readonly FormulaCriterion[], row: number): string {
  const den = assessedWeight(criteria, row);
  return `=IF((${den})=0,"",(${weightedSum(criteria, row)})/(${den}))`;
}

export function coverageFormula(criteria: readonly FormulaCriterion[], row: number): string {
  const total = totalWeight(criteria);
  return `=IF((${total})=0,0,(${assessedWeight(criteria, row)})/(${total}))`;
}

export interface RecommendationWords {
  candidateType: string;
  strengthen: string;
  continue: string;
  review: string;
  leave: string;
  join: string;
  doNotJoin: string;
}

/** The words the recommendation formula writes and compares, from a sheet's words. */
export function recommendationWords(w: SheetWords): RecommendationWords {
  return {
    candidateType: w.types.Candidate,
    strengthen: w.recommendations.Strengthen,
    continue: w.recommendations.Continue,
    review: w.recommendations.Review,
    leave: w.recommendations.Leave,
    join: w.recommendations.Join,
    doNotJoin: w.recommendations["Do not join"],
  };
}

export interface ThresholdNames {
  strengthen: string;
  continue: string;
  review: string;
  join: string;
}

/** Recommendation from the value and the row's type, with recommend()'s rounding margin (no "="). */
export function recommendationExpression(
  value: string,
  typeCell: string,
  t: ThresholdNames,
  w: RecommendationWords
): string {
  const margin = THRESHOLD_EPSILON.toExponential().toUpperCase(); // 1E-9
  const reaches = (name: string) => `${value}>=${name}-${margin}`;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return (
    `IF(${value}="","",IF(${typeCell}=${q(w.candidateType)},IF(${reaches(t.join)},${q(w.join)},${q(w.doNotJoin)}),` +
    `IF(${reaches(t.strengthen)},${q(w.strengthen)},IF(${reaches(t.continue)},${q(w.continue)},IF(${reaches(t.review)},${q(w.review)},${q(w.leave)})))))`
  );
}

export function recommendationFormula(
  valueCell: string,
  typeCell: string,
  t: ThresholdNames,
  w: RecommendationWords
): string {
  return `=${recommendationExpression(valueCell, typeCell, t, w)}`;
}

// Team reviews (src/core/scoring/team.ts computes the same). MEDIAN, AVERAGE, MIN, MAX and COUNT
// given cell references skip blank cells and text, as the core skips scores not given.

/** The raters' scores for one criterion: median or mean, blank when none scored it. */
export function aggregateFormula(cells: readonly string[], kind: "median" | "mean"): string {
  const list = cells.join(",");
  if (cells.length === 0) return '=""';
  return `=IF(COUNT(${list})=0,"",${kind === "median" ? "MEDIAN" : "AVERAGE"}(${list}))`;
}

/** Highest minus lowest score for one criterion, when two raters or more scored it. */
export function spreadFormula(cells: readonly string[]): string {
  const list = cells.join(",");
  if (cells.length === 0) return '=""';
  return `=IF(COUNT(${list})<2,"",MAX(${list})-MIN(${list}))`;
}

/** 1 − weighted mean spread / 4 over the criteria with a spread; blank when none has one. */
export function consensusFormula(spreads: readonly { cell: string; weightName: string }[]): string {
  const num = spreads.map((s) => `IF(ISNUMBER(${s.cell}),${s.weightName}*${s.cell},0)`).join("+");
  const den = spreads.map((s) => `IF(ISNUMBER(${s.cell}),${s.weightName},0)`).join("+");
  return `=IF((${den})=0,"",1-(${num})/(${den})/4)`;
}

/**
 * Disputed: the raters' own recommendations differ (those of the lowest and the highest rater value),
 * or the value moved by half the mean spread, (1 − consensus) × 2, down and up gives two.
 */
export function disputedFormula(
  valueCell: string,
  consensusCell: string,
  raterValueCells: readonly string[],
  typeCell: string,
  t: ThresholdNames,
  w: RecommendationWords,
  yes: string
): string {
  const rec = (x: string) => recommendationExpression(x, typeCell, t, w);
  const list = raterValueCells.join(",");
  const differ =
    raterValueCells.length >= 2
      ? `IF(COUNT(${list})>=2,${rec(`MIN(${list})`)}<>${rec(`MAX(${list})`)},FALSE)`
      : "FALSE";
  const half = `(1-${consensusCell})*2`;
  const unsettled = `IF(AND(ISNUMBER(${consensusCell}),ISNUMBER(${valueCell})),${rec(`(${valueCell}-${half})`)}<>${rec(`(${valueCell}+${half})`)},FALSE)`;
  return `=IF(OR(${differ},${unsettled}),"${yes.replace(/"/g, '""')}","")`;
}

/** A chart helper: the value when the row has this recommendation, else #N/A (not plotted). */
export function seriesFormula(valueCell: string, recommendationCell: string, word: string): string {
  return `=IF(${recommendationCell}="${word.replace(/"/g, '""')}",${valueCell},NA())`;
}

// Costs (src/core/scoring/costs.ts computes the same). A fee, staff days or trips that are not a
// number of 0 or more count as not given, as the reader reads them.

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * What one unit of the fee's currency is worth in the review's: the named rate (FX_NOK …), the
 * review's own when the currency cell is blank, "" for a word that is no currency. Excel's "=" ignores
 * case, so "eur" is EUR; the reader reads it so too.
 */
export function rateExpression(
  currencyCell: string,
  own: string,
  rates: readonly { currency: string; name: string }[]
): string {
  const ownName = rates.find((r) => r.currency === own)!.name;
  const chain = rates.reduceRight(
    (rest, r) => `IF(${currencyCell}=${q(r.currency)},${r.name},${rest})`,
    '""'
  );
  return `IF(${currencyCell}="",${ownName},${chain})`;
}

/** The fee in the review's currency; blank without a fee of 0 or more, or without its rate. */
export function convertedFeeFormula(feeCell: string, rate: string): string {
  return `=IF(ISNUMBER(${feeCell}),IF(${feeCell}>=0,IF(ISNUMBER(${rate}),${feeCell}*${rate},""),""),"")`;
}

/** Value per `per` units of a cost (value per 10,000 of fee, per staff day); blank at 0 or below. */
export function valuePerFormula(valueCell: string, costCell: string, per = 1): string {
  const cost = per === 1 ? costCell : `(${costCell}/${per})`;
  return `=IF(AND(ISNUMBER(${valueCell}),ISNUMBER(${costCell})),IF(${costCell}>0,${valueCell}/${cost},""),"")`;
}

/** The organisations with a recommendation (COUNTIF ignores case, as the recommendation words do). */
export function countIfFormula(recommendations: string, word: string): string {
  return `=COUNTIF(${recommendations},${q(word)})`;
}

/** The sum of the numbers of 0 or more in a column, over the rows with a recommendation (or all). */
export function sumCostFormula(values: string, recommendations?: string, word?: string): string {
  return recommendations && word !== undefined
    ? `=SUMIFS(${values},${recommendations},${q(word)},${values},">=0")`
    : `=SUMIF(${values},">=0")`;
}
