import type { DocumentData } from "../core/model";
import type { OrgId } from "./organisations";
import type { PlaceId } from "./places";
import type { SourceId } from "./sources";

/**
 * One seed document's contribution, with ids checked by the compiler: a fact about an unknown
 * organisation, place or source, or with an unknown status, does not build.
 */
export type Document = DocumentData<SourceId, OrgId, PlaceId>;
