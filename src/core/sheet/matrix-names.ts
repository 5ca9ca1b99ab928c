import type { Currency } from "../scoring/costs";
import type { Recommendation } from "../scoring/recommend";

// How a matrix sheet knows its own parts. Spreadsheets keep sheet-scoped names pointing at the same
// cells when people insert or delete rows and columns, sort, move cells, rename or copy the sheet
// (Excel and LibreOffice alike), so every part CityNet reads back has a name: the settings cell, the
// heading cell of each column, each weight and each threshold.

/** The text beside the settings cell: how a matrix is recognised when its names are gone. */
export const MATRIX_MARKER = "CityNet evaluation matrix";
/**
 * The format this CityNet writes. 1: positions only (CityNet 0.1); 2: names for every part; 3: team
 * reviews (several raters, their aggregate, spread and consensus); 4: costs (fee, staff days, trips,
 * exchange rates, value for money, totals per recommendation). A matrix without raters is laid out as
 * in format 2, with the cost columns after the notes.
 */
export const MATRIX_VERSION = 4;
/** Written into the settings, so a newer format can say which CityNet wrote it. */
export const WRITER = "CityNet 0.2";

export const SETTINGS_NAME = "CityNet_settings";

export const FIXED_COLUMNS = [
  "organisation",
  "key",
  "type",
  "status",
  "since",
  "responsible",
  "value",
  "coverage",
  "recommendation",
  "fragile",
  "evidence",
  "notes",
] as const;
export type FixedColumn = (typeof FIXED_COLUMNS)[number];

/** The name on the heading cell of a column ("CityNet_col_value", "CityNet_col_score_learning"). */
export const columnName = (key: string) => `CityNet_col_${key}`;
export const scoreColumnKey = (criterionId: string) => `score_${criterionId}`;
export const spreadColumnKey = (criterionId: string) => `spread_${criterionId}`;
/** A rater's column: "rater_anne_score_learning", "rater_anne_value", "rater_anne_notes". */
export const raterColumnKey = (raterId: string, part: string) => `rater_${raterId}_${part}`;
/** Team reviews' own columns. */
export const TEAM_COLUMNS = {
  assigned: "assigned",
  consensus: "consensus",
  disputed: "disputed",
} as const;
/** Cost columns (format 4): typed (fee, currency, staff days, trips) and computed. */
export const COST_COLUMNS = {
  fee: "fee",
  currency: "currency",
  staffDays: "staff_days",
  trips: "trips",
  converted: "fee_converted",
  perTenThousand: "value_per_10k",
  perStaffDay: "value_per_staff_day",
} as const;
export type CostColumn = keyof typeof COST_COLUMNS;
/** The exchange rate cells: what one unit of a currency is worth in the review's currency. */
export const rateName = (c: Currency) => `FX_${c}`;
export const seriesColumnKey = (r: Recommendation) =>
  `series_${r.toLowerCase().replace(/ /g, "_")}`;

export const weightName = (criterionId: string) => `W_${criterionId}`;
export const THRESHOLD_NAMES = {
  strengthen: "T_STRENGTHEN",
  continue: "T_CONTINUE",
  review: "T_REVIEW",
  join: "T_JOIN",
} as const;
export type ThresholdKey = keyof typeof THRESHOLD_NAMES;
export const THRESHOLD_KEYS = Object.keys(THRESHOLD_NAMES) as ThresholdKey[];

/** Names only CityNet gives: one of them on a sheet marks it as (once) a CityNet matrix. */
export function isCityNetName(name: string): boolean {
  return name === SETTINGS_NAME || name.startsWith("CityNet_col_");
}
