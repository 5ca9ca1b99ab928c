import { membershipKey } from "../../src/core/dataset";
import { documentContents, expectMemberships, type Expected } from "../helpers/expect-doc";
import { bundled } from "../helpers/dataset";

// 003_e567d6f39c3cc0f4.txt: Bergen kommune's review of its international organisations and twin cities, c. 2020–2021.
describe("bergen-2020", () => {
  const ds = bundled();

  // Every section of part 1, in the order of the document, with the status it leaves Bergen in.
  const sections: Expected[] = [
    ["bergen", "barents-health", "Member"],
    ["bergen", "covenant-of-mayors", "Member"],
    ["bergen", "eureau", "Member"],
    ["bergen", "eurocities", "Member"],
    ["bergen", "festival-cities", "Member"],
    ["bergen", "global-climate-forum", "Leaving"],
    ["bergen", "hansa", "Member"],
    ["bergen", "kimo", "Member"],
    ["bergen", "iclei", "Member"],
    ["bergen", "ica", "Member"],
    ["bergen", "icorn", "Member"],
    ["bergen", "intercultural-cities", "Member"],
    ["bergen", "ifla", "Member"],
    ["bergen", "iwa", "Member"],
    ["bergen", "internordic-schools", "Member"],
    ["bergen", "memory-of-the-world", "Member"],
    ["bergen", "music-cities-network", "Member"],
    ["bergen", "nordic-leisure-conference", "Member"],
    ["bergen", "nordic-smart-city-network", "Member"],
    ["bergen", "nordic-road-forum", "Member"],
    ["bergen", "mayors-for-peace", "Member"],
    ["bergen", "rainbow-cities", "Member"],
    ["bergen", "sstt", "Member"],
    ["bergen", "solidarity-cities", "Joining"],
    ["bergen", "storbyens-hjerte", "Member"],
    ["bergen", "human-rights-cities", "Joining"],
    ["bergen", "uclg-csipdhr", "Under consideration"],
    ["bergen", "ubc", "Leaving"],
    ["bergen", "nordic-sports-twin-cities", "Member"],
    ["bergen", "vest-norges-brusselkontor", "Member"],
    ["bergen", "unesco-creative-cities", "Member"],
    ["bergen", "wapr", "Member"],
    ["bergen", "owhc", "Member"],
    ["bergen", "world-urban-parks", "Member"],
  ];

  test("all 34 sections of part 1 are in, with Bergen's status", () => {
    expect(sections).toHaveLength(34);
    expectMemberships("bergen-2020", sections);
    expect(documentContents("bergen-2020").orgs.size).toBeGreaterThanOrEqual(34);
  });

  test("other members named in the sections are in", () => {
    const music = [
      "aarhus",
      "berlin",
      "hamburg",
      "groningen",
      "manchester",
      "nantes",
      "reykjavik",
      "sydney",
    ];
    const sport = ["reykjavik", "turku", "goteborg", "aarhus"];
    const schools = ["goteborg", "aarhus", "turku", "sydslesvig", "vestland"];
    expectMemberships("bergen-2020", [
      ...music.map((p): Expected => [p, "music-cities-network", "Member"]),
      ...sport.map((p): Expected => [p, "nordic-sports-twin-cities", "Member"]),
      ...schools.map((p): Expected => [p, "internordic-schools", "Member"]),
    ]);
  });

  test("start years stated in the review", () => {
    const since = (org: string) =>
      ds.memberships
        .get(membershipKey("bergen", org))!
        .events.filter((e) => e.type === "joined")
        .map((e) => e.year);
    expect(since("eurocities")).toEqual([2002]);
    expect(since("ubc")).toEqual([1991]);
    expect(since("intercultural-cities")).toEqual([2014]);
    expect(since("memory-of-the-world")).toEqual([2001]);
    expect(since("kimo")).toEqual([2018]);
    expect(since("unesco-creative-cities")).toEqual([2015]);
    expect(since("owhc")).toEqual([1993]);
  });

  test("council decisions and recommendations are recorded as such", () => {
    const recs = (org: string) =>
      ds.memberships
        .get(membershipKey("bergen", org))!
        .recommendations.map((r) => `${r.by}:${r.verdict}`);
    expect(recs("ubc")).toContain("council:leave");
    expect(recs("global-climate-forum")).toEqual(["review:leave", "council:leave"]);
    expect(recs("solidarity-cities")).toContain("council:join");
    expect(recs("human-rights-cities")).toContain("council:join");
    expect(recs("uclg-csipdhr")).toContain("council:consider-joining");
    const continued = sections.filter(([, , s]) => s === "Member").map(([, org]) => org);
    for (const org of continued)
      expect({ org, recs: recs(org) }).toEqual({
        org,
        recs: expect.arrayContaining(["review:continue"]),
      });
  });

  test("UBC: passive participation is recorded with the review's words", () => {
    const passive = ds.memberships
      .get(membershipKey("bergen", "ubc"))!
      .events.find((e) => e.type === "passive");
    expect(passive?.quote).toContain("har ikke deltatt aktivt i organisasjonen de siste årene");
  });

  test("part 2: the five twin cities, with the years the review gives", () => {
    const twins = ds.relationsByPlace
      .get("bergen")!
      .filter((r) => r.kind === "twin city")
      .map((r) => [r.a.id === "bergen" ? r.b.id : r.a.id, r.since ?? null])
      .sort();
    expect(twins).toEqual([
      ["aarhus", 1946],
      ["goteborg", 1946],
      ["newcastle", null],
      ["seattle", 1967],
      ["turku", 1946],
    ]);
  });
});
