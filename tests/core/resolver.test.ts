import { boundedDistance, describeValue, NameIndex } from "../../src/core/resolver";
import { bundled, failure } from "../helpers/dataset";

const ds = bundled();
const network = (s: unknown) => ds.orgNames.resolve(s, "network").id;
const city = (s: unknown) => ds.placeNames.resolve(s, "city").id;

describe("place names", () => {
  test.each([
    ["Gøteborg", "goteborg"],
    ["Göteborg", "goteborg"],
    ["Gothenburg", "goteborg"],
    ["goteborg", "goteborg"],
    ["Åbo", "turku"],
    ["Turku", "turku"],
    ["Århus", "aarhus"],
    ["Aarhus", "aarhus"],
    ["Warszawa", "warszawa"],
    ["Warsjawa", "warszawa"],
    ["Warsaw", "warszawa"],
    ["Stockholms stad", "stockholm"],
    ["  bergen kommune ", "bergen"],
    ["Aten", "athens"],
  ])("%s is %s", (input, id) => {
    expect(city(input)).toBe(id);
  });
});

describe("network names", () => {
  test.each([
    ["UBC", "ubc"],
    ["the Union of Baltic Cities", "ubc"],
    ["Eurocities", "eurocities"],
    ["EUROCITIES", "eurocities"],
    ["Ordførere for fred", "mayors-for-peace"],
    ["Borgmästare för fred", "mayors-for-peace"],
    ["Mayors for Peace", "mayors-for-peace"],
    ["Ordføreravtalen", "covenant-of-mayors"],
    ["Borgmästaravtalet", "covenant-of-mayors"],
    ["Metrex nettverket", "metrex"],
    ["C40", "c40"],
    ["c 40", "c40"],
    ["Local Governments for Sustainability", "iclei"],
    ["Hansabysamarbeidet", "hansa"],
    ["Nordisk Veiforum", "nordic-road-forum"],
    ["Eurau", "eureau"],
    ["International Congress on Archives", "ica"],
    ["UCLG:s kulturkommitté", "uclg-culture"],
    ["Vennskapsbynettverk på idrettsfeltet", "nordic-sports-twin-cities"],
  ])("%s is %s", (input, id) => {
    expect(network(input)).toBe(id);
  });
});

describe("unknown names", () => {
  test("a misspelt network suggests the closest name", () => {
    const e = failure(() => network("Eurocitiez"));
    expect(e.kind).toBe("not-found");
    expect(e.message).toBe("Unknown network 'Eurocitiez'. Did you mean EUROCITIES?");
    expect(e.suggestions[0]).toBe("EUROCITIES");
  });
  test("a misspelt city suggests the closest names", () => {
    const e = failure(() => city("Bergn"));
    expect(e.suggestions[0]).toBe("Bergen");
    expect(e.message).toMatch(/^Unknown city 'Bergn'\. Did you mean Bergen/);
  });
  test("a fragment of a long name suggests it", () => {
    expect(ds.orgNames.suggest("Baltic")).toContain("Union of the Baltic Cities");
  });
  test("nothing close points to the list function", () => {
    const e = failure(() => network("Qwxyz Plorf"));
    expect(e.suggestions).toEqual([]);
    expect(e.message).toBe(
      "Unknown network 'Qwxyz Plorf'. CITYNET.NETWORK_LIST() lists the known names."
    );
  });
  test("empty and non-text input is invalid, with what is expected", () => {
    expect(failure(() => city("  ")).message).toBe(
      "The argument 'city' is empty: give the name of a city."
    );
    expect(failure(() => city(undefined)).message).toBe(
      "The argument 'city' is missing: give the name of a city."
    );
    const e = failure(() => city(42));
    expect(e.kind).toBe("invalid");
    expect(e.message).toBe(
      "The argument 'city' must be text (the name of a city), not the number 42."
    );
    expect(failure(() => network(true)).message).toContain("not the logical value TRUE");
    expect(failure(() => network([["a"]])).message).toContain("not a range of cells");
  });
});

describe("name keys of the bundled dataset", () => {
  test("no two entities share a top-rank key (no ambiguous id, name or acronym)", () => {
    for (const index of [ds.orgNames, ds.placeNames]) {
      const all = index === ds.orgNames ? ds.organisations : ds.places;
      for (const entity of all) {
        expect(index.find(entity.name)).toBe(entity);
        expect(index.find(entity.id)).toBe(entity);
      }
    }
  });
});

describe("boundedDistance", () => {
  test("counts edits, transpositions as one", () => {
    expect(boundedDistance("kitten", "sitting", 5)).toBe(3);
    expect(boundedDistance("ubc", "ucb", 2)).toBe(1);
    expect(boundedDistance("same", "same", 0)).toBe(0);
  });
  test("stops past the bound", () => {
    expect(boundedDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(boundedDistance("a", "abcdefgh", 2)).toBe(3);
  });
});

describe("word-level suggestions", () => {
  test("each typed word nearly matching a word of the name", () => {
    expect(ds.orgNames.suggest("Baltik Cities")).toContain("Union of the Baltic Cities");
    expect(ds.orgNames.suggest("Mayor Peace")).toContain("Mayors for Peace");
  });
});

describe("input that spells no name", () => {
  test("other scripts and punctuation alone resolve to nothing", () => {
    expect(ds.placeNames.find("Москва")).toBeUndefined();
    expect(ds.placeNames.find("!!!")).toBeUndefined();
    expect(failure(() => city("Москва")).message).toBe(
      "Unknown city 'Москва'. CITYNET.CITY_LIST() lists the known names."
    );
    expect(failure(() => network("!!!")).message).toBe(
      "Unknown network '!!!'. CITYNET.NETWORK_LIST() lists the known names."
    );
  });
  test("a known name with words of another script is not that name", () => {
    expect(ds.placeNames.find("Bergen Москва")).toBeUndefined();
    expect(failure(() => city("Bergen Москва")).kind).toBe("not-found");
  });
});

describe("long input", () => {
  const long = `Bergn ${"Union of the Baltic Cities ".repeat(1200)}`.slice(0, 32767);

  test("the message quotes at most 60 characters of it", () => {
    const e = failure(() => network(long));
    expect(e.message).toBe(
      "Unknown network 'Bergn Union of the Baltic Cities Union of the Baltic Citi…'. CITYNET.NETWORK_LIST() lists the known names."
    );
  });
  test("no suggestions past 200 characters, and no time spent on them", () => {
    const words = Array.from({ length: 5000 }, (_, i) => `word${i}x`).join(" "); // 5,000 distinct words
    const started = performance.now();
    expect(ds.orgNames.suggest(words)).toEqual([]);
    expect(failure(() => network(words)).suggestions).toEqual([]);
    expect(performance.now() - started).toBeLessThan(200);
    // Up to 200 characters, suggestions as before.
    expect(ds.orgNames.suggest(`Eurocitiez${" ".repeat(180)}`)).toEqual(["EUROCITIES"]);
  });
});

describe("messages fit in 300 characters", () => {
  // Long names, as a user-defined list could have: three of them do not fit in one message.
  const name = (end: string) => `Alpha ${"Committee on Regional Cooperation ".repeat(3)}${end}`;
  const entity = (id: string, aliases: string[] = []) => ({
    id,
    name: name(id),
    names: { en: [], nb: [], sv: [] },
    aliases,
  });
  const index = new NameIndex(
    [entity("Alpha", ["Shared"]), entity("Beta", ["Shared"]), entity("Gamma")],
    "network",
    "CITYNET.NETWORK_LIST()"
  );
  test("suggestions are dropped from the end until the message fits", () => {
    const e = failure(() => index.resolve("Alpha Committee on Regional", "network"));
    expect(e.suggestions).toEqual([name("Beta"), name("Alpha"), name("Gamma")]);
    expect(e.message).toBe(
      `Unknown network 'Alpha Committee on Regional'. Did you mean ${name("Beta")} or ${name("Alpha")}?`
    );
    expect(e.message.length).toBeLessThanOrEqual(300);
  });
  test("an ambiguous name quotes the input, and counts the names that do not fit", () => {
    const e = failure(() => index.find(`Shared${" ".repeat(100)}!`));
    expect(e.message).toBe(
      `'Shared${" ".repeat(51)}…' could mean the network ${name("Alpha")} or 1 other. Type the full name.`
    );
    expect(e.message.length).toBeLessThanOrEqual(300);
  });
});

describe("splitting a list of names", () => {
  const split = (text: string) => ds.orgNames.splitNames(text);
  const UCLG = "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights";
  const NORDIC = "Inter-Nordic camp school, teacher exchange and school leaders' forum";

  test("commas, semicolons and line breaks separate; blanks are dropped", () => {
    expect(split("UBC, Eurocities;C40\nMETREX\r\nICLEI,, ;\n")).toEqual([
      "UBC",
      "Eurocities",
      "C40",
      "METREX",
      "ICLEI",
    ]);
    expect(split("  ")).toEqual([]);
  });
  test("a known name that contains a comma stays whole", () => {
    expect(split(UCLG)).toEqual([UCLG]);
    expect(split(` ${NORDIC} `)).toEqual([NORDIC]);
    expect(split(`UBC, ${UCLG}; ${NORDIC}\nC40`)).toEqual(["UBC", UCLG, NORDIC, "C40"]);
    expect(split(`${NORDIC},${UCLG}`)).toEqual([NORDIC, UCLG]);
    // In any case, and in the other languages.
    expect(
      split(`uclg committee on social inclusion,participatory democracy and human rights, UBC`)
    ).toEqual([
      "uclg committee on social inclusion,participatory democracy and human rights",
      "UBC",
    ]);
    expect(
      split(
        "Internordisk leirskole, lærerutveksling og skolelederforum; United Nations Educational, Scientific and Cultural Organization"
      )
    ).toEqual([
      "Internordisk leirskole, lærerutveksling og skolelederforum",
      "United Nations Educational, Scientific and Cultural Organization",
    ]);
  });
  test("pieces that together spell no name stay apart", () => {
    expect(split("UCLG Committee on Social Inclusion, Eurocities")).toEqual([
      "UCLG Committee on Social Inclusion",
      "Eurocities",
    ]);
  });
  test("a long list is split in linear time", () => {
    const text = Array.from({ length: 4000 }, (_, i) => (i % 2 ? "UBC" : UCLG)).join("; ");
    const started = performance.now();
    const names = split(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(names).toHaveLength(4000);
    expect(names[0]).toBe(UCLG);
    expect(names[1]).toBe("UBC");
  });
});

describe("describeValue", () => {
  test.each([
    [null, "a blank cell"],
    [undefined, "a blank cell"],
    ["", "a blank cell"],
    ["   ", "a blank cell"],
    ["heavy", "'heavy'"],
    [1e308, "the number 1e+308"],
    [false, "the logical value FALSE"],
    [[[1]], "a range of cells"],
  ])("%p is %s", (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});
