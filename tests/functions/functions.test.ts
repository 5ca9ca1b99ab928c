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
  test("answers from the event history", async () => {
    expect(fn.networkStatus("Bergen", "UBC")).toBe("Leaving");
    expect(fn.networkStatus("Bergen", "UBC", 2010)).toBe("Member");
    expect(fn.networkStatus("Stockholm", "Eurocities", "2000")).toBe("Member");
    expect(fn.networkStatus("Bergen", "C40")).toBe("Not a member");
  });
  test("unknown names give #N/A with suggestions", async () => {
    expect(excelError(() => fn.networkStatus("Bergen", "Eurocitiez"))).toEqual({
      code: NA,
      message: "Unknown network 'Eurocitiez'. Did you mean EUROCITIES?",
    });
    expect(excelError(() => fn.networkStatus("Bergn", "UBC")).code).toBe(NA);
  });
  test("a cell full of text is quoted in 60 characters, and answered at once", async () => {
    const cell = `Bergn ${"x".repeat(32761)}`;
    const started = performance.now();
    expect(excelError(() => fn.networkStatus(cell, "UBC"))).toEqual({
      code: NA,
      message: `Unknown city 'Bergn ${"x".repeat(51)}…'. CITYNET.CITY_LIST() lists the known names.`,
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });
  test("years are digits: hexadecimal and exponents are refused", async () => {
    expect(fn.networkStatus("Bergen", "UBC", " 2010 ")).toBe("Member");
    for (const year of ["0x7DF", "2e3", "2010.0"])
      expect(excelError(() => fn.networkStatus("Bergen", "UBC", year))).toEqual({
        code: VALUE,
        message: `The argument 'asOfYear' must be a whole year from 1900 to 2100 (e.g. 2015), or left out for the latest status; got '${year}'.`,
      });
  });
  test("empty or wrong-typed arguments give #VALUE! with what is accepted", async () => {
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
  test("NETWORK_SINCE", async () => {
    expect(fn.networkSince("Stockholm", "EUROCITIES")).toBe(1995);
    expect(excelError(() => fn.networkSince("Oslo", "C40")).code).toBe(NA);
  });
  test("NETWORK_INFO", async () => {
    expect(fn.networkInfo("METREX", "members")).toBe("about 50 members");
    expect(fn.networkInfo("Osloregionen", "founded")).toBe(2004);
    expect(excelError(() => fn.networkInfo("METREX", "colour")).code).toBe(VALUE);
    expect(excelError(() => fn.networkInfo("METREX", "")).message).toMatch(
      /^The argument 'field' is empty: give one of "name", /
    );
  });
  test("NETWORK_RECOMMENDATION and NETWORK_SOURCE", async () => {
    expect(fn.networkRecommendation("Bergen", "Solidarity Cities")).toMatch(
      /^Join — council decision/
    );
    expect(fn.networkSource("Oslo", "Aalborg Commitments")).toMatch(
      /^Oslo kommune, "Internasjonalt samarbeid på miljø" \(c\. 2011–2014\): «/
    );
    expect(excelError(() => fn.networkSource("Malmö", "C40"))).toEqual({
      code: NA,
      message: "The sources record no membership of Malmö in C40 Cities Climate Leadership Group.",
    });
  });
  test("spilled lists", async () => {
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
  test("list filters that spell nothing in the Latin alphabet match nothing", async () => {
    expect(excelError(() => fn.cityList("Москва"))).toEqual({
      code: NA,
      message: "No city matches 'Москва'. Leave the filter out to list them all.",
    });
    expect(excelError(() => fn.networkList("!!!"))).toEqual({
      code: NA,
      message: "No network matches '!!!'. Leave the filter out to list them all.",
    });
  });
  test("an unexpected failure still gives an error with a message, never an unhandled throw", async () => {
    const broken = { toString: () => "x" } as unknown as string;
    const e = excelError(() => fn.networkStatus(broken, "UBC"));
    expect(e.code).toBe(VALUE);
    expect(e.message).toBe(
      "The argument 'city' must be text (the name of a city), not a value of type object."
    );
  });
});

describe("names exactly as NETWORK_LIST and CITY_LIST give them resolve everywhere", () => {
  const networks = fn.networkList() as string[][];
  const cities = fn.cityList() as string[][];
  // An unknown name is the failure here; "the sources record nothing" is an answer.
  const answerOrNoData = (call: () => unknown) => {
    try {
      call();
    } catch (e) {
      const { code, message } = e as CustomFunctions.Error;
      expect([code, message]).toEqual([NA, expect.not.stringMatching(/^Unknown /)]);
    }
  };

  test("lists in hand: 51 networks (two names with commas), 37 cities", async () => {
    expect(networks).toHaveLength(51);
    expect(cities).toHaveLength(37);
    expect(networks.map((r) => r[0]).filter((n) => n.includes(","))).toEqual([
      "Inter-Nordic camp school, teacher exchange and school leaders' forum",
      "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights",
    ]);
  });
  test.each(networks.map((r) => [r[0], r[1]]))("network %s (%s)", async (name, acronym) => {
    for (const typed of [name, acronym].filter(Boolean)) {
      expect(fn.networkInfo(typed, "name")).toBe(name);
      expect(typeof fn.networkStatus("Bergen", typed)).toBe("string");
      expect((await fn.networkMatrix([["Bergen"]], [[typed]], "status"))[1][0]).toBe(name);
      expect(
        (await fn.networkMatrix([["Bergen"]], [[`UBC, ${typed}; C40`]], "status")).map((r) => r[0])
      ).toEqual(["", "Union of the Baltic Cities", name, "C40 Cities Climate Leadership Group"]);
      answerOrNoData(() => fn.networkMembers(typed));
      answerOrNoData(() => fn.networkSince("Bergen", typed));
      answerOrNoData(() => fn.networkRecommendation("Bergen", typed));
      answerOrNoData(() => fn.networkSource("Bergen", typed));
    }
  });
  test.each(cities.map((r) => [r[0]]))("city %s", async (name) => {
    expect(typeof fn.networkStatus(name, "UBC")).toBe("string");
    expect((await fn.networkMatrix([[name]], [["UBC"]], "status"))[0]).toEqual(["", name]);
    answerOrNoData(() => fn.cityNetworks(name));
    answerOrNoData(() => fn.cityPartners(name));
    answerOrNoData(() => fn.networkSince(name, "Eurocities"));
  });
  test("every name in one text, with each separator, and in a range", async () => {
    const names = networks.map((r) => r[0]);
    const rows = async (networksArg: unknown[][]) =>
      (await fn.networkMatrix([["Bergen"]], networksArg, "status")).slice(1).map((r) => r[0]);
    for (const separator of [", ", ";", "\n", "\r\n", " ,\n"])
      expect(await rows([[names.join(separator)]])).toEqual(names);
    expect(await rows(names.map((n) => [n]))).toEqual(names);
    expect(await rows([names])).toEqual(names);
    const places = cities.map((r) => r[0]);
    expect((await fn.networkMatrix([[places.join(", ")]], [["UBC"]], "status"))[0]).toEqual([
      "",
      ...places,
    ]);
    expect((await fn.networkMatrix([places], [["UBC"]], "status"))[0]).toEqual(["", ...places]);
  });
  test("NETWORK_SCORE and NETWORK_VERDICT know every pair of names", async () => {
    for (const [city] of cities)
      for (const [network] of networks) {
        for (const call of [fn.networkScore, fn.networkVerdict]) {
          try {
            await call(city, network);
          } catch (e) {
            const { code, message } = e as CustomFunctions.Error;
            expect([code, message]).toEqual([NA, expect.stringMatching(/^Nothing scores /)]);
          }
        }
      }
  });
});

describe("outside Excel", () => {
  test("the stand-in runtime records associations by id", async () => {
    const { standaloneAssociations } = await import("../../src/functions/standalone-runtime");
    CustomFunctions.associate("NETWORK_STATUS", fn.networkStatus);
    expect(standaloneAssociations.get("NETWORK_STATUS")).toBe(fn.networkStatus);
  });
});
