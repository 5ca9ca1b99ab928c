import type { Lang } from "../model";

// The words of the value matrix across cities that say where each city's values come from.

export interface ValueMatrixWords {
  note: string;
  /** Above a city's column: its matrix in this workbook... */
  fromMatrix: (sheet: string, framework: string) => string;
  /** ...or the sources. */
  fromSources: (framework: string) => string;
  /** A row no longer in the city's matrix (deleted there since). */
  notInMatrix: string;
}

export const VALUE_MATRIX_WORDS: Record<Lang, ValueMatrixWords> = {
  en: {
    note: "Each city's values follow its matrix in this workbook where it has one (blank until scored there); elsewhere, in grey italics, the value the sources' words imply, or the status where they imply none.",
    fromMatrix: (s, f) => `Sheet '${s}' (${f})`,
    fromSources: (f) => `The sources (${f})`,
    notInMatrix: "not in the matrix",
  },
  nb: {
    note: "Hver bys verdier følger byens matrise i denne arbeidsboken der den har en (tomt til det er gitt poeng der); ellers, i grå kursiv, verdien kildenes ord tilsier, eller statusen der de ikke tilsier noen.",
    fromMatrix: (s, f) => `Arket «${s}» (${f})`,
    fromSources: (f) => `Kildene (${f})`,
    notInMatrix: "ikke i matrisen",
  },
  sv: {
    note: "Varje stads värden följer stadens matris i den här arbetsboken där den har en (tomt tills poäng getts där); annars, i grå kursiv, värdet källornas ord antyder, eller statusen där de inte antyder något.",
    fromMatrix: (s, f) => `Bladet ”${s}” (${f})`,
    fromSources: (f) => `Källorna (${f})`,
    notInMatrix: "inte i matrisen",
  },
};
