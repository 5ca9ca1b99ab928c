import type { CriterionId, Level } from "./criteria";

/**
 * A score a document's own words imply for one criterion of one membership, e.g. Bergen on UBC:
 * "har ikke deltatt aktivt i organisasjonen de siste årene" → participation 1.
 */
export interface SourceScoreInput<P extends string = string, O extends string = string> {
  place: P;
  org: O;
  criterion: CriterionId;
  score: Level;
  /** Exact words from the document (whitespace may differ). */
  quote: string;
  /** Why these words mean this level, when it is not plain. */
  note?: string;
}

export interface ScoreDocumentData<
  S extends string = string,
  P extends string = string,
  O extends string = string,
> {
  source: S;
  scores: SourceScoreInput<P, O>[];
}
