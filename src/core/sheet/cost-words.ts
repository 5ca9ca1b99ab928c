import type { Lang } from "../model";
import type { Currency } from "../scoring/costs";

// The words of a matrix's cost columns, exchange rates and cost totals, in the sheet's language.

export interface CostWords {
  fee: string;
  currency: string;
  staffDays: string;
  trips: string;
  converted: (c: Currency) => string;
  perTenThousand: (c: Currency) => string;
  perStaffDay: string;
  rates: (c: Currency) => string;
  ratesHelp: string;
  totals: string;
  organisations: string;
  fees: (c: Currency) => string;
  staffDaysTotal: string;
  tripsTotal: string;
  total: string;
  noRecommendation: string;
  feeError: { title: string; message: string };
  feePrompt: { title: string; message: string };
  currencyError: { title: string; message: string };
  currencyPrompt: { title: string; message: (own: Currency) => string };
  countError: { title: string; message: string };
  staffDaysPrompt: { title: string; message: string };
  tripsPrompt: { title: string; message: string };
}

export const COST_WORDS: Record<Lang, CostWords> = {
  en: {
    fee: "Annual fee",
    currency: "Currency",
    staffDays: "Staff days/year",
    trips: "Trips/year",
    converted: (c) => `Fee (${c})`,
    perTenThousand: (c) => `Value per 10,000 ${c}`,
    perStaffDay: "Value per staff day",
    rates: (c) => `Exchange rates: 1 unit in ${c}`,
    ratesHelp: "Type the rate the review uses, e.g. the central bank's on the day of the review.",
    totals: "Costs by recommendation",
    organisations: "Organisations",
    fees: (c) => `Fees (${c})`,
    staffDaysTotal: "Staff days",
    tripsTotal: "Trips",
    total: "Total",
    noRecommendation: "Not scored",
    feeError: {
      title: "Not a fee",
      message: "Type the annual fee as a number of 0 or more, e.g. 25000; leave blank if unknown.",
    },
    feePrompt: {
      title: "Annual fee",
      message:
        "The membership fee per year, as a number. Its currency goes in the next column (blank: the review's).",
    },
    currencyError: {
      title: "Not a currency",
      message: "Type NOK, SEK or EUR, or leave blank for the review's currency.",
    },
    currencyPrompt: {
      title: "Currency of the fee",
      message: (own) => `NOK, SEK or EUR; blank means ${own}, the review's currency.`,
    },
    countError: {
      title: "Not a number",
      message: "Type a number of 0 or more; leave blank if unknown.",
    },
    staffDaysPrompt: {
      title: "Staff days per year",
      message: "Working days a year the membership takes, for staff and politicians together.",
    },
    tripsPrompt: {
      title: "Trips per year",
      message: "Journeys a year the membership takes (meetings, conferences, general assemblies).",
    },
  },
  nb: {
    fee: "Årlig kontingent",
    currency: "Valuta",
    staffDays: "Dagsverk/år",
    trips: "Reiser/år",
    converted: (c) => `Kontingent (${c})`,
    perTenThousand: (c) => `Verdi per 10 000 ${c}`,
    perStaffDay: "Verdi per dagsverk",
    rates: (c) => `Valutakurser: 1 enhet i ${c}`,
    ratesHelp:
      "Skriv kursen gjennomgangen bruker, f.eks. Norges Banks på datoen for gjennomgangen.",
    totals: "Kostnader etter anbefaling",
    organisations: "Organisasjoner",
    fees: (c) => `Kontingenter (${c})`,
    staffDaysTotal: "Dagsverk",
    tripsTotal: "Reiser",
    total: "Totalt",
    noRecommendation: "Ikke vurdert",
    feeError: {
      title: "Ikke en kontingent",
      message:
        "Skriv den årlige kontingenten som et tall på 0 eller mer, f.eks. 25000; la stå tomt hvis ukjent.",
    },
    feePrompt: {
      title: "Årlig kontingent",
      message:
        "Medlemskontingenten per år, som tall. Valutaen står i neste kolonne (tom: gjennomgangens).",
    },
    currencyError: {
      title: "Ikke en valuta",
      message: "Skriv NOK, SEK eller EUR, eller la stå tomt for gjennomgangens valuta.",
    },
    currencyPrompt: {
      title: "Kontingentens valuta",
      message: (own) => `NOK, SEK eller EUR; tom betyr ${own}, gjennomgangens valuta.`,
    },
    countError: {
      title: "Ikke et tall",
      message: "Skriv et tall på 0 eller mer; la stå tomt hvis ukjent.",
    },
    staffDaysPrompt: {
      title: "Dagsverk per år",
      message: "Arbeidsdager i året medlemskapet krever, for ansatte og politikere samlet.",
    },
    tripsPrompt: {
      title: "Reiser per år",
      message: "Reiser i året medlemskapet krever (møter, konferanser, generalforsamlinger).",
    },
  },
  sv: {
    fee: "Årsavgift",
    currency: "Valuta",
    staffDays: "Arbetsdagar/år",
    trips: "Resor/år",
    converted: (c) => `Avgift (${c})`,
    perTenThousand: (c) => `Värde per 10 000 ${c}`,
    perStaffDay: "Värde per arbetsdag",
    rates: (c) => `Växelkurser: 1 enhet i ${c}`,
    ratesHelp: "Skriv kursen genomgången använder, t.ex. Riksbankens på dagen för genomgången.",
    totals: "Kostnader per rekommendation",
    organisations: "Organisationer",
    fees: (c) => `Avgifter (${c})`,
    staffDaysTotal: "Arbetsdagar",
    tripsTotal: "Resor",
    total: "Totalt",
    noRecommendation: "Inte bedömd",
    feeError: {
      title: "Inte en avgift",
      message:
        "Skriv årsavgiften som ett tal, 0 eller mer, t.ex. 25000; lämna tomt om den inte är känd.",
    },
    feePrompt: {
      title: "Årsavgift",
      message: "Medlemsavgiften per år, som tal. Valutan står i nästa kolumn (tom: genomgångens).",
    },
    currencyError: {
      title: "Inte en valuta",
      message: "Skriv NOK, SEK eller EUR, eller lämna tomt för genomgångens valuta.",
    },
    currencyPrompt: {
      title: "Avgiftens valuta",
      message: (own) => `NOK, SEK eller EUR; tom betyder ${own}, genomgångens valuta.`,
    },
    countError: {
      title: "Inte ett tal",
      message: "Skriv ett tal, 0 eller mer; lämna tomt om det inte är känt.",
    },
    staffDaysPrompt: {
      title: "Arbetsdagar per år",
      message:
        "Arbetsdagar per år som medlemskapet kräver, för tjänstemän och politiker tillsammans.",
    },
    tripsPrompt: {
      title: "Resor per år",
      message: "Resor per år som medlemskapet kräver (möten, konferenser, generalförsamlingar).",
    },
  },
};
