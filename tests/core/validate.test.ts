import { buildDataset } from "../../src/core/dataset";
import { CityNetError } from "../../src/core/errors";
import type { MembershipInput } from "../../src/core/model";
import { findMissingQuotes, validateDataset } from "../../src/core/validate";
import { RAW_DATASET } from "../../src/data";
import { rawCopy, seedText } from "../helpers/dataset";

describe("the bundled dataset", () => {
  test("passes the schema", () => {
    expect(validateDataset(RAW_DATASET)).toEqual([]);
  });
  test("every quote occurs in its seed document", () => {
    expect(findMissingQuotes(RAW_DATASET, seedText)).toEqual([]);
  });
  test("every organisation and place is backed by a document", () => {
    const orgsCited = new Set<string>();
    const placesCited = new Set<string>();
    for (const doc of RAW_DATASET.documents) {
      for (const o of doc.organisations) orgsCited.add(o.org);
      for (const m of doc.memberships) {
        orgsCited.add(m.org);
        placesCited.add(m.place);
      }
      for (const r of doc.relations) placesCited.add(r.a).add(r.b);
    }
    const parents = new Set(RAW_DATASET.organisations.map((o) => o.parent).filter(Boolean));
    const via = new Set(["norsk-vann", "skl"]); // channels of membership, named in 'via' facts
    const uncited = RAW_DATASET.organisations.filter(
      (o) => !orgsCited.has(o.id) && !parents.has(o.id) && !via.has(o.id)
    );
    expect(uncited.map((o) => o.id)).toEqual([]);
    const placeParents = new Set(RAW_DATASET.places.map((p) => p.parent).filter(Boolean));
    expect(
      RAW_DATASET.places
        .filter((p) => !placesCited.has(p.id) && !placeParents.has(p.id))
        .map((p) => p.id)
    ).toEqual([]);
  });
  test("has about 45 organisations or more, and the places the documents name", () => {
    expect(RAW_DATASET.organisations.length).toBeGreaterThanOrEqual(45);
    expect(RAW_DATASET.places.length).toBeGreaterThanOrEqual(35);
  });
});

describe("the schema refuses", () => {
  const firstMembership = (raw: ReturnType<typeof rawCopy>) =>
    raw.documents[0].memberships[0] as MembershipInput;

  test("a fact without a source quote", () => {
    const raw = rawCopy();
    (raw.documents[0].organisations[0].description as { quote: string }[])[0].quote = "";
    expect(validateDataset(raw)).toEqual([
      "document metro-notes, organisation eurocities description: fact without a source quote",
    ]);
  });
  test("a membership naming an unknown place or organisation", () => {
    const raw = rawCopy();
    firstMembership(raw).place = "atlantis";
    firstMembership(raw).org = "hanseatic-moon-league";
    const problems = validateDataset(raw);
    expect(problems).toContain(
      "document metro-notes, membership atlantis in hanseatic-moon-league: unknown place 'atlantis'"
    );
    expect(problems).toContain(
      "document metro-notes, membership atlantis in hanseatic-moon-league: unknown organisation 'hanseatic-moon-league'"
    );
  });
  test("an unknown status event", () => {
    const raw = rawCopy();
    (firstMembership(raw).events[0] as { type: string }).type = "probably-member";
    expect(validateDataset(raw)).toEqual([
      "document metro-notes, membership oslo in eurocities: unknown status event 'probably-member'",
    ]);
  });
  test("a document citing an unknown source, and a bad year", () => {
    const raw = rawCopy();
    (raw.documents[0] as { source: string }).source = "rumour";
    firstMembership(raw).events[0].year = 20201;
    const problems = validateDataset(raw);
    expect(problems).toContain("document rumour: unknown source");
    expect(problems.some((p) => p.includes("year '20201' is not a whole year"))).toBe(true);
  });
  test("a duplicate id", () => {
    const raw = rawCopy();
    (raw.places as unknown[]).push({ ...raw.places[0] });
    expect(validateDataset(raw)).toEqual(["place id 'bergen' is used twice"]);
  });
  test("buildDataset throws with the problems listed", () => {
    const raw = rawCopy();
    firstMembership(raw).org = "nowhere";
    expect(() => buildDataset(raw)).toThrow(CityNetError);
    expect(() => buildDataset(raw)).toThrow(/unknown organisation 'nowhere'/);
  });
  test("a quote that is not in the document", () => {
    const raw = rawCopy();
    firstMembership(raw).events[0].quote = "Oslo er medlem av Månebyene";
    expect(findMissingQuotes(raw, seedText)).toEqual([
      "metro-notes, oslo in eurocities member: «Oslo er medlem av Månebyene»",
    ]);
  });
});
