import { membershipKey } from "../../src/core/dataset";
import type { Status } from "../../src/core/status";
import { RAW_DATASET } from "../../src/data";
import { bundled } from "./dataset";

/** The organisations a document gives facts about, and the memberships it records, by source id. */
export function documentContents(source: string): { orgs: Set<string>; memberships: Set<string> } {
  const docs = RAW_DATASET.documents.filter((d) => d.source === source);
  const orgs = new Set<string>();
  const memberships = new Set<string>();
  for (const d of docs) {
    for (const o of d.organisations) orgs.add(o.org);
    for (const m of d.memberships) {
      orgs.add(m.org);
      memberships.add(membershipKey(m.place, m.org));
    }
  }
  return { orgs, memberships };
}

/** [place, org, status now] as read in the document. */
export type Expected = [string, string, Status];

export function expectMemberships(source: string, expected: Expected[]): void {
  const ds = bundled();
  const { memberships } = documentContents(source);
  for (const [place, org, status] of expected) {
    const key = membershipKey(place, org);
    expect({ key, inDocument: memberships.has(key) }).toEqual({ key, inDocument: true });
    expect({ key, status: ds.memberships.get(key)?.current.status }).toEqual({ key, status });
  }
}
