import * as fn from "../../src/functions/functions";

// The functions as Excel calls them: arguments as typed in cells, failures as CustomFunctions.Error.

function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { code: e.code, message: e.message ?? "" };
    throw new Error(`not a CustomFunctions.Error: ${String(e)}`);
  }
  throw new Error("expected an error");
}

const NA = "#N/A";
const VALUE = "#VALUE!";

describe("NETWORK_STATUS", () => {
  test("answers from the event history", () => {
    expect(fn.networkStatus("Bergen", "UBC")).toBe("Leaving");
    expect(fn.networkStatus("Bergen", "UBC", 2010)).toBe("Member");
    expect(fn.networkStatus("Stockholm", "Eurocities", "2000")).toBe("Member");
    expect(fn.networkStatus("Bergen", "C40")).toBe("Not a member");
  });
  test("unknown names give #N/A with suggestions", () => {
    expect(excelError(() => fn.networkStatus("Bergen", "Eurocitiez"))).toEqual({
      code: NA,
      message: "Unknown network 'Eurocitiez'. Did you mean EUROCITIES?",
    });
    expect(excelError(() => fn.networkStatus("Bergn", "UBC")).code).toBe(NA);
  });
  test("empty or wrong-typed arguments give #VALUE! with what is accepted", () => {
    expect(excelError(() => fn.networkStatus("", "UBC"))).toEqual({
      code: VALUE,
      message: "The argument 'city' is empty: give the name of a city.",
    });
    expect(excelError(() => fn.networkStatus("Bergen", "UBC", true)).code).toBe(VALUE);
    expect(excelError(() => fn.networkStatus("Bergen", "UBC", 12)).message).toMatch(
      /whole year from 1900 to 2100/
    );
  });
});

describe("the other functions", () => {
  test("NETWORK_SINCE", () => {
    expect(fn.networkSince("Stockholm", "EUROCITIES")).toBe(1995);
    expect(excelError(() => fn.networkSince("Oslo", "C40")).code).toBe(NA);
  });
  test("NETWORK_INFO", () => {
    expect(fn.networkInfo("METREX", "members")).toBe("about 50 members");
    expect(fn.networkInfo("Osloregionen", "founded")).toBe(2004);
    expect(excelError(() => fn.networkInfo("METREX", "colour")).code).toBe(VALUE);
    expect(excelError(() => fn.networkInfo("METREX", "")).message).toMatch(
      /^The argument 'field' is empty: give one of "name", /
    );
  });
  test("NETWORK_RECOMMENDATION and NETWORK_SOURCE", () => {
    expect(fn.networkRecommendation("Bergen", "Solidarity Cities")).toMatch(
      /^Join — council decision/
    );
    expect(fn.networkSource("Oslo", "Aalborg Commitments")).toMatch(
      /^Oslo kommune, "Internasjonalt samarbeid på miljø" \(c\. 2011–2014; 002_3067fcd426def989\.txt\): «/
    );
    expect(excelError(() => fn.networkSource("Malmö", "C40"))).toEqual({
      code: NA,
      message: "The sources record no membership of Malmö in C40 Cities Climate Leadership Group.",
    });
  });
  test("spilled lists", () => {
    expect(fn.cityNetworks("Stockholm", "Associate member")).toEqual([
      ["C40 Cities Climate Leadership Group", "Associate member", ""],
    ]);
    expect(fn.networkMembers("METREX")).toEqual([
      ["Akershus", "NO", "Member", ""],
      ["Oslo", "NO", "Member", ""],
    ]);
    expect(fn.cityPartners("Oslo")).toHaveLength(5);
    expect(fn.networkList("Baltic")).toEqual([["Union of the Baltic Cities", "UBC", "network"]]);
    expect(fn.cityList("FI")).toEqual([["Turku", "FI", "city"]]);
    expect(excelError(() => fn.networkMembers("UBC", 7)).code).toBe(VALUE);
    expect(excelError(() => fn.cityList(false)).code).toBe(VALUE);
  });
  test("an unexpected failure still gives an error with a message, never an unhandled throw", () => {
    const broken = { toString: () => "x" } as unknown as string;
    const e = excelError(() => fn.networkStatus(broken, "UBC"));
    expect(e.code).toBe(VALUE);
    expect(e.message).toBe(
      "The argument 'city' must be text (the name of a city), not a value of type object."
    );
  });
});

describe("outside Excel", () => {
  test("the stand-in runtime records associations by id", async () => {
    const { standaloneAssociations } = await import("../../src/functions/standalone-runtime");
    CustomFunctions.associate("NETWORK_STATUS", fn.networkStatus);
    expect(standaloneAssociations.get("NETWORK_STATUS")).toBe(fn.networkStatus);
  });
});
