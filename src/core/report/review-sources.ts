import { membershipKey, type Dataset } from "../dataset";
import type { SourceRecord } from "../model";

// The documents a review quotes: those behind the scores the sources imply and behind the history,
// responsibilities, assessments and decisions of the city's memberships in the review. For the
// report's list of sources and the workbook's Sources sheet.

/** The city's memberships' documents, for the organisations in the review, oldest first. */
export function reviewSources(
  ds: Dataset,
  cityId: string | undefined,
  orgIds: readonly string[]
): SourceRecord[] {
  const ids = new Set<string>();
  if (cityId) {
    for (const orgId of orgIds) {
      const m = (ds.membershipsByPlace.get(cityId) ?? []).find((x) => x.org.id === orgId);
      if (!m) continue;
      for (const s of ds.sourceScores.get(membershipKey(cityId, orgId)) ?? []) ids.add(s.source);
      for (const e of m.events) ids.add(e.source);
      for (const f of [...m.responsible, ...m.assessment, ...m.via]) ids.add(f.source);
      for (const r of m.recommendations) ids.add(r.source);
    }
  }
  return [...ids]
    .map((id) => ds.sources.get(id))
    .filter((s): s is SourceRecord => s !== undefined)
    .sort((a, b) => a.year - b.year || a.title.localeCompare(b.title));
}
