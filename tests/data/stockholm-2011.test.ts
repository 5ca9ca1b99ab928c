import { membershipKey } from "../../src/core/dataset";
import { documentContents, expectMemberships } from "../helpers/expect-doc";
import { bundled } from "../helpers/dataset";

// 001_92a00ac08a6ed3d8.txt: Stockholms stad's review of EUROCITIES, Metropolis, UCLG and C40, c. 2010–2011.
describe("stockholm-2011", () => {
  const ds = bundled();
  const m = (place: string, org: string) => ds.memberships.get(membershipKey(place, org))!;

  test("the four organisations reviewed and those named beside them are in", () => {
    const { orgs } = documentContents("stockholm-2011");
    for (const id of [
      "eurocities",
      "metropolis",
      "uclg",
      "c40",
      "uclg-culture",
      "metropolis-women",
      "clinton-climate-initiative",
    ]) {
      expect(orgs.has(id)).toBe(true);
    }
  });

  test("its memberships are in, with start years", () => {
    expectMemberships("stockholm-2011", [
      ["stockholm", "eurocities", "Member"],
      ["stockholm", "metropolis", "Member"],
      ["stockholm", "uclg", "Member"],
      ["stockholm", "c40", "Associate member"],
      ["stockholm", "uclg-culture", "Member"],
      ["goteborg", "eurocities", "Member"],
      ["malmo", "eurocities", "Member"],
    ]);
    const joined = (place: string, org: string) =>
      m(place, org).events.find((e) => e.type === "joined")?.year;
    expect(joined("stockholm", "eurocities")).toBe(1995);
    expect(joined("stockholm", "metropolis")).toBe(2003);
  });

  test("board seats and chairs are recorded as roles with their years", () => {
    const metropolisRoles = m("stockholm", "metropolis").events.filter((e) => e.type === "role");
    expect(metropolisRoles.map((e) => [e.year, e.until])).toEqual(
      expect.arrayContaining([
        [2005, 2008],
        [2009, 2011],
      ])
    );
    const forumChair = m("stockholm", "eurocities").events.find(
      (e) => e.type === "role" && /Social Affairs/i.test(e.detail ?? "")
    );
    expect(forumChair).toMatchObject({ year: 2009, until: 2010 });
  });

  test("recommendations: deepen EUROCITIES, leave Metropolis and UCLG, use C40 more", () => {
    const verdict = (org: string) =>
      m("stockholm", org).recommendations.map((r) => `${r.by}:${r.verdict}`);
    expect(verdict("eurocities")).toContain("review:strengthen");
    expect(verdict("metropolis")).toContain("review:leave");
    expect(verdict("uclg")).toContain("review:leave");
    expect(verdict("c40")).toContain("review:strengthen");
    // A proposal of the city office, not a council decision: the status stays Member.
    expect(m("stockholm", "metropolis").events.some((e) => e.type === "decided-to-leave")).toBe(
      false
    );
  });
});
