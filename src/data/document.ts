import type { DocumentData } from "../core/model";
import type { ScoreDocumentData } from "../core/scoring/evidence";
import type { OrgId } from "./organisations";
import type { PlaceId } from "./places";
import type { SourceId } from "./sources";

/**
 * One seed document's contribution, with ids checked by the compiler: a fact about an unknown
 * organisation, place or source, or with an unknown status, does not build.
 */
export type Document = DocumentData<SourceId, OrgId, PlaceId>;

/** The scores one seed document's words imply, with typed ids. */
export type ScoreDocument = ScoreDocumentData<SourceId, PlaceId, OrgId>;
