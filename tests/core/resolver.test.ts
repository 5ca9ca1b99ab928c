import { boundedDistance } from "../../src/core/resolver";
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
