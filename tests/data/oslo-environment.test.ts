import { membershipKey } from "../../src/core/dataset";
import { networkStatus } from "../../src/core/queries";
import { documentContents, expectMemberships } from "../helpers/expect-doc";
import { bundled } from "../helpers/dataset";

// 002_3067fcd426def989.txt: Oslo kommune on international environmental cooperation, c. 2011–2014.
describe("oslo-environment", () => {
  const ds = bundled();

  test("its organisations are in", () => {
    const { orgs } = documentContents("oslo-environment");
    for (const id of [
      "c40",
      "iclei",
      "ccp-europe",
      "eurocities",
      "covenant-of-mayors",
      "aalborg-commitments",
      "catchmr",
    ]) {
      expect(orgs.has(id)).toBe(true);
    }
  });

  test("Oslo's memberships and the CatchMR partners are in", () => {
    expectMemberships("oslo-environment", [
      ["oslo", "c40", "Member"],
      ["oslo", "iclei", "Member"],
      ["oslo", "ccp-europe", "Member"],
      ["oslo", "covenant-of-mayors", "Member"],
      ["oslo", "aalborg-commitments", "Member"],
      ...(["oslo", "akershus", "goteborg", "wien", "ljubljana", "budapest", "roma", "berlin"].map(
        (p) => [p, "catchmr", "Member"]
      ) as [string, string, "Member"][]),
    ]);
    expect(
      ds.memberships
        .get(membershipKey("oslo", "aalborg-commitments"))!
        .events.find((e) => e.type === "joined")?.year
    ).toBe(2011);
  });

  test("the sources disagree on Oslo in EUROCITIES, and both dated facts are kept", () => {
    const events = ds.memberships.get(membershipKey("oslo", "eurocities"))!.events;
    expect(events.find((e) => e.source === "oslo-environment")?.type).toBe("associate");
    expect(events.find((e) => e.source === "metro-notes")?.type).toBe("member");
    expect(networkStatus(ds, "Oslo", "Eurocities", 2013).status).toBe("Associate member");
    expect(networkStatus(ds, "Oslo", "Eurocities", 2016).status).toBe("Member");
  });

  test("the five bilateral partners are in", () => {
    const partners = ds.relationsByPlace
      .get("oslo")!
      .filter((r) => r.kind === "bilateral partner")
      .map((r) => (r.a.id === "oslo" ? r.b.id : r.a.id))
      .sort();
    expect(partners).toEqual(["goteborg", "shanghai", "st-petersburg", "vilnius", "warszawa"]);
  });
});
