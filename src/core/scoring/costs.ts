import type { Recommendation } from "./recommend";

// What a membership costs: the annual fee (in NOK, SEK or EUR), the staff days and the trips a year
// it takes. Typed by the team (the documents give no amounts), shown beside the value, never mixed
// into it: a framework's Resources and Travel criteria are scored by people, on their rubrics. The
// sheet's formulas (src/core/sheet/formulas.ts) compute the same as these functions.

export const CURRENCIES = ["NOK", "SEK", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** A row's costs as typed; null where nothing is typed. */
export interface RowCosts {
  fee: number | null;
  /** The fee's currency; null means the review's own. */
  currency: Currency | null;
  staffDays: number | null;
  trips: number | null;
}

/** The review's currency and the rates that bring a fee in another currency into it. */
export interface CostSettings {
  currency: Currency;
  /** What one unit of each currency is worth in the review's currency; null = not given. */
  rates: Record<Currency, number | null>;
}

export const NO_COSTS: RowCosts = { fee: null, currency: null, staffDays: null, trips: null };

/** Norway's reviews in NOK, Sweden's in SEK, everyone else's in euros. */
export function defaultCurrency(country: string | undefined): Currency {
  return country === "NO" ? "NOK" : country === "SE" ? "SEK" : "EUR";
}

/** A review's cost settings before anyone types a rate: only its own currency's (1) is known. */
export function costSettingsFor(currency: Currency): CostSettings {
  return {
    currency,
    rates: {
      NOK: currency === "NOK" ? 1 : null,
      SEK: currency === "SEK" ? 1 : null,
      EUR: currency === "EUR" ? 1 : null,
    },
  };
}

export function hasCosts(c: RowCosts | undefined): boolean {
  return !!c && (c.fee !== null || c.staffDays !== null || c.trips !== null);
}

/** The fee in the review's currency; null without a fee, or without the rate its currency needs. */
export function feeInCurrency(c: RowCosts, s: CostSettings): number | null {
  if (c.fee === null) return null;
  const rate = s.rates[c.currency ?? s.currency];
  return rate === null ? null : c.fee * rate;
}

export interface ValueForMoney {
  /** Value points per 10,000 of the review's currency of fee; null when there is no fee above 0. */
  perTenThousand: number | null;
  /** Value points per staff day; null when no staff days above 0 are given. */
  perStaffDay: number | null;
}

export function valueForMoney(value: number | null, c: RowCosts, s: CostSettings): ValueForMoney {
  const fee = feeInCurrency(c, s);
  return {
    perTenThousand: value === null || fee === null || fee <= 0 ? null : value / (fee / 10000),
    perStaffDay:
      value === null || c.staffDays === null || c.staffDays <= 0 ? null : value / c.staffDays,
  };
}

export interface CostTotal {
  recommendation: Recommendation | null;
  organisations: number;
  /** Sum of the fees in the review's currency (fees whose rate is missing are left out). */
  fees: number;
  staffDays: number;
  trips: number;
}

/**
 * Totals per recommendation, in the order given, with a last line for all rows (recommendation
 * null). As SUMIF and COUNTIF compute them in the sheet: blanks and missing rates add nothing.
 */
export function costTotals(
  rows: readonly { costs?: RowCosts; recommendation: Recommendation | null }[],
  order: readonly Recommendation[],
  s: CostSettings
): CostTotal[] {
  const total = (pick: (r: (typeof rows)[number]) => boolean): CostTotal => {
    const t: CostTotal = {
      recommendation: null,
      organisations: 0,
      fees: 0,
      staffDays: 0,
      trips: 0,
    };
    for (const r of rows) {
      if (!pick(r)) continue;
      t.organisations++;
      const c = r.costs ?? NO_COSTS;
      t.fees += feeInCurrency(c, s) ?? 0;
      t.staffDays += c.staffDays ?? 0;
      t.trips += c.trips ?? 0;
    }
    return t;
  };
  return [
    ...order.map((rec) => ({ ...total((r) => r.recommendation === rec), recommendation: rec })),
    total(() => true),
  ];
}
