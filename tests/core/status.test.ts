import type { EventType } from "../../src/core/model";
import { compareEvents, nextStatus, statusAt } from "../../src/core/status";

const ev = (type: EventType, year: number) => ({ type, year });
const history = (...events: { type: EventType; year: number }[]) => [...events].sort(compareEvents);

describe("nextStatus", () => {
  test.each<[string | undefined, EventType, string]>([
    [undefined, "joined", "Member"],
    [undefined, "member", "Member"],
    [undefined, "associate", "Associate member"],
    ["Associate member", "member", "Member"],
    ["Associate member", "active", "Associate member"],
    [undefined, "role", "Member"],
    [undefined, "asked-to-consider", "Under consideration"],
    ["Under consideration", "decided-to-join", "Joining"],
    ["Joining", "joined", "Member"],
    ["Member", "decided-to-leave", "Leaving"],
    ["Leaving", "member", "Leaving"],
    ["Leaving", "left", "Former member"],
    ["Former member", "joined", "Member"],
    ["Member", "asked-to-consider", "Member"],
  ])("%s + %s → %s", (before, type, after) => {
    expect(nextStatus(before as never, type)).toBe(after);
  });
});

describe("statusAt", () => {
  const ubc = history(ev("decided-to-leave", 2020), ev("joined", 1991), ev("passive", 2020));
  test("follows the history year by year", () => {
    expect(statusAt(ubc, 1990)).toBeUndefined();
    expect(statusAt(ubc, 1991)?.status).toBe("Member");
    expect(statusAt(ubc, 2019)?.status).toBe("Member");
    expect(statusAt(ubc, 2020)?.status).toBe("Leaving");
    expect(statusAt(ubc, Infinity)?.event.type).toBe("decided-to-leave");
  });
  test("within one year, a request to consider comes before the decision to join", () => {
    const solidarity = history(ev("decided-to-join", 2020), ev("asked-to-consider", 2020));
    expect(statusAt(solidarity, 2020)?.status).toBe("Joining");
  });
  test("the event that set the status is kept when later events only confirm it", () => {
    const eurocities = history(ev("joined", 2002), ev("active", 2020));
    expect(statusAt(eurocities, 2021)?.event.year).toBe(2002);
  });
  test("a rejoin after leaving is a membership again", () => {
    const kimo = history(ev("joined", 1995), ev("left", 2005), ev("joined", 2018));
    expect(statusAt(kimo, 2010)?.status).toBe("Former member");
    expect(statusAt(kimo, 2018)?.status).toBe("Member");
  });
});
