import { latestFact } from "../../src/core/queries";
import { expectMemberships } from "../helpers/expect-doc";
import { bundled } from "../helpers/dataset";

// 004_16dddb4ffe28ee3d.txt: Osloregionen's slides, c. 2008.
describe("osloregionen-2008", () => {
  const ds = bundled();
  test("the alliance and its facts are in", () => {
    const org = ds.orgById.get("osloregionen")!;
    expect(latestFact(org, "founded")!.value).toBe(2004);
    expect(latestFact(org, "members")!.value).toMatchObject({
      count: 57,
      unit: "municipalities",
      associates: 2,
    });
  });
  test("the members it names are in", () => {
    expectMemberships("osloregionen-2008", [
      ["oslo", "osloregionen", "Member"],
      ["akershus", "osloregionen", "Member"],
      ["ostfold", "osloregionen", "Member"],
      ["horten", "osloregionen", "Member"],
    ]);
  });
});
