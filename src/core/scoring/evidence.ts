import { membershipKey, type Dataset } from "../dataset";
import type { SourceRecord } from "../model";
import type { Criterion, CriterionId, Level } from "./criteria";
import type { Framework } from "./frameworks";

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

/** One score the sources imply for a membership, with what a reader needs to check it. */
export interface SourceEvidence {
  criterion: Criterion;
  score: Level;
  /** The document's own words. */
  quote: string;
  sourceId: string;
  /** The source document, where the dataset has it. */
  source?: SourceRecord;
}

/**
 * The scores a membership's documents imply for a framework's criteria, in the framework's order,
 * each with its quote and source (at most one per criterion).
 */
export function sourceEvidence(
  ds: Pick<Dataset, "sourceScores" | "sources">,
  m: { place: { id: string }; org: { id: string } },
  framework: Pick<Framework, "criteria">
): SourceEvidence[] {
  const found = ds.sourceScores.get(membershipKey(m.place.id, m.org.id)) ?? [];
  const out: SourceEvidence[] = [];
  for (const { criterion } of framework.criteria) {
    const s = found.find((x) => x.criterion === criterion.id);
    if (!s) continue;
    const item: SourceEvidence = {
      criterion,
      score: s.score,
      quote: s.quote,
      sourceId: s.source,
    };
    const source = ds.sources.get(s.source);
    if (source) item.source = source;
    out.push(item);
  }
  return out;
}
