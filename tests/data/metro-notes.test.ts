import { latestFact } from "../../src/core/queries";
import { documentContents, expectMemberships } from "../helpers/expect-doc";
import { bundled } from "../helpers/dataset";

// 000_661455ce9d0b1b35.txt: notes on EUROCITIES and METREX, c. 2015–2017.
describe("metro-notes (EUROCITIES and METREX)", () => {
  const ds = bundled();

  test("both organisations are in, with the document's facts", () => {
    expect([...documentContents("metro-notes").orgs].sort()).toEqual(["eurocities", "metrex"]);
    const ec = ds.orgById.get("eurocities")!;
    const count = ec.facts.members.find((f) => f.source === "metro-notes")!;
    expect(count.value).toMatchObject({ count: 130, associates: 40, countries: 35 });
    expect(ec.facts.president.find((f) => f.source === "metro-notes")!.value).toMatch(
      /Johanna Rolland/
    );
    expect(ec.facts.secretariat.find((f) => f.source === "metro-notes")!.value).toMatch(/Brussel/);
    const metrex = ds.orgById.get("metrex")!;
    expect(latestFact(metrex, "members")!.value).toMatchObject({ count: 50, qualifier: "about" });
    expect(latestFact(metrex, "secretariat")!.value).toMatch(/Glasgow/);
    expect(latestFact(metrex, "president")!.value).toBe("Nicola Schelling");
  });

  test("its memberships are in", () => {
    expectMemberships("metro-notes", [
      ["oslo", "eurocities", "Member"],
      ["bergen", "eurocities", "Member"],
      ["stavanger", "eurocities", "Associate member"],
      ["oslo", "metrex", "Member"],
      ["akershus", "metrex", "Member"],
    ]);
  });
});
