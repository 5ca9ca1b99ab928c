import {
  cityList,
  cityNetworks,
  cityPartners,
  networkInfo,
  networkList,
  networkMembers,
  networkRecommendation,
  networkSince,
  networkSource,
  networkStatus,
  organisationFacts,
  parseYear,
} from "../../src/core/queries";
import { cityCard, organisationCard } from "../../src/core/pane/fact-card";
import { searchDataset } from "../../src/core/search";
import { bundled, failure } from "../helpers/dataset";

const ds = bundled();

describe("networkStatus", () => {
  test.each([
    ["Bergen", "UBC", undefined, "Leaving"],
    ["Bergen", "UBC", 2015, "Member"],
    ["Bergen", "UBC", 1990, "Not a member"],
    ["Bergen", "Solidarity Cities", undefined, "Joining"],
    [
      "Bergen",
      "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights",
      undefined,
      "Under consideration",
    ],
    ["Bergen", "Global Climate Forum", undefined, "Leaving"],
    ["Stockholm", "EUROCITIES", 1994, "Not a member"],
    ["Stockholm", "EUROCITIES", "1995", "Member"],
    ["Stockholm", "C40", undefined, "Associate member"],
    ["Stavanger", "Eurocities", undefined, "Associate member"],
    ["Gøteborg", "Eurocities", undefined, "Member"],
    ["Stockholm", "ICLEI", undefined, "Not a member"],
    ["Horten", "Osloregionen", 2007, "Not a member"],
    ["Horten", "Osloregionen", 2008, "Member"],
  ])("%s in %s as of %s: %s", (city, network, year, status) => {
    expect(networkStatus(ds, city, network, year).status).toBe(status);
  });

  test("before the first record, with no start year, the status is unknown, not 'Not a member'", () => {
    const e = failure(() => networkStatus(ds, "Oslo", "METREX", 2000));
    expect(e.kind).toBe("no-data");
    expect(e.message).toBe(
      "The sources first record Oslo in METREX c. 2016 and give no start year, so its status in 2000 is unknown."
    );
  });

  test("a bad year says what is accepted", () => {
    const e = failure(() => networkStatus(ds, "Bergen", "UBC", "last year"));
    expect(e.kind).toBe("invalid");
    expect(e.message).toBe(
      "The argument 'asOfYear' must be a whole year from 1900 to 2100 (e.g. 2015), or left out for the latest status; got 'last year'."
    );
    expect(failure(() => parseYear(2015.5, "asOfYear")).message).toContain("got the number 2015.5");
    expect(parseYear("", "asOfYear")).toBeUndefined();
  });

  test("a year is a whole number or digits only; Number()'s other notations are not years", () => {
    expect(parseYear(2015, "asOfYear")).toBe(2015);
    expect(parseYear(" 2015 ", "asOfYear")).toBe(2015);
    expect(parseYear("02015", "asOfYear")).toBe(2015);
    expect(parseYear(2015.0, "asOfYear")).toBe(2015);
    for (const text of [
      "0x7DF",
      "2e3",
      "2015.0",
      "+2015",
      "2 015",
      "２０１５",
      "Infinity",
      "2015-",
    ]) {
      expect(failure(() => parseYear(text, "asOfYear")).message).toBe(
        `The argument 'asOfYear' must be a whole year from 1900 to 2100 (e.g. 2015), or left out for the latest status; got '${text}'.`
      );
    }
    expect(failure(() => parseYear(true, "asOfYear")).message).toMatch(
      /got the logical value TRUE\.$/
    );
    expect(failure(() => parseYear("9".repeat(400), "asOfYear")).message).toMatch(
      /got '9{57}…'\.$/
    );
  });
});

describe("networkSince", () => {
  test("the year the current membership began", () => {
    expect(networkSince(ds, "Bergen", "UBC")).toBe(1991);
    expect(networkSince(ds, "Stockholm", "Metropolis")).toBe(2003);
    expect(networkSince(ds, "Bergen", "KIMO")).toBe(2018);
  });
  test("no start year in the sources is said, with the earliest record", () => {
    expect(failure(() => networkSince(ds, "Bergen", "ICLEI")).message).toBe(
      "The sources give no start year for Bergen in ICLEI – Local Governments for Sustainability; the earliest record is c. 2020 (Bergen kommune)."
    );
    expect(failure(() => networkSince(ds, "Stockholm", "ICLEI")).message).toBe(
      "The sources record no membership of Stockholm in ICLEI – Local Governments for Sustainability."
    );
  });
});

describe("networkInfo", () => {
  test("identity fields", () => {
    expect(networkInfo(ds, "ubc", "name")).toBe("Union of the Baltic Cities");
    expect(networkInfo(ds, "Ordførere for fred", "kind")).toBe("network");
    expect(networkInfo(ds, "Union of the Baltic Cities", "acronym")).toBe("UBC");
  });
  test("the latest dated value wins where the sources disagree", () => {
    // metro-notes (c. 2016): 130 members and 40 associated partners; Bergen (c. 2020): 145 and 45 partner cities.
    expect(networkInfo(ds, "Eurocities", "members")).toBe(
      "145 cities and 45 partner cities from 39 countries"
    );
    expect(networkInfo(ds, "Eurocities", "founded")).toBe(1986);
    expect(networkInfo(ds, "METREX", "secretariat")).toBe("Glasgow, Scotland");
    expect(networkInfo(ds, "METREX", "president")).toBe("Nicola Schelling");
    expect(networkInfo(ds, "UBC", "scope")).toBe("Baltic Sea");
    expect(networkInfo(ds, "Osloregionen", "url")).toBe("https://www.osloregionen.no");
  });
  test("a national count is used only where no whole count exists", () => {
    expect(networkInfo(ds, "Mayors for Peace", "members")).toBe("90 cities in Norway");
  });
  test("field names are forgiving and errors list the accepted ones", () => {
    expect(networkInfo(ds, "UBC", " Founded ")).toBe(1991);
    expect(networkInfo(ds, "METREX", "chair")).toBe("Nicola Schelling");
    const e = failure(() => networkInfo(ds, "UBC", "budget"));
    expect(e.kind).toBe("invalid");
    expect(e.message).toBe(
      'Unknown field \'budget\'. Use one of "name", "acronym", "kind", "scope", "themes", "founded", "members", "secretariat", "president", "url" or "description".'
    );
    expect(failure(() => networkInfo(ds, "Music Cities Network", "founded")).message).toBe(
      "The sources give no founded for Music Cities Network."
    );
  });
  test("an object's own properties are not fields, and a long field name is quoted short", () => {
    expect(failure(() => networkInfo(ds, "UBC", "constructor")).message).toMatch(
      /^Unknown field 'constructor'\. Use one of "name", /
    );
    const e = failure(() => networkInfo(ds, "UBC", "x".repeat(32767)));
    expect(e.message).toMatch(new RegExp(`^Unknown field '${"x".repeat(57)}…'\\. Use one of`));
    expect(e.message.length).toBeLessThanOrEqual(300);
  });
});

describe("recommendations and sources", () => {
  test("the council decision outranks the review", () => {
    expect(networkRecommendation(ds, "Bergen", "Global Climate Forum")).toMatch(
      /^Leave — council decision \(Bergen kommune, c\. 2020–2021\): /
    );
    expect(networkRecommendation(ds, "Bergen", "UBC")).toMatch(/^Leave — council decision/);
    expect(networkRecommendation(ds, "Bergen", "Eurocities")).toMatch(
      /^Continue — recommended in the review \(Bergen kommune, c\. 2020–2021\): /
    );
    expect(networkRecommendation(ds, "Stockholm", "Metropolis")).toMatch(
      /^Leave — recommended in the review \(Stockholms stad, stadsledningskontoret, c\. 2010–2011\): /
    );
  });
  test("no recommendation is said", () => {
    expect(failure(() => networkRecommendation(ds, "Göteborg", "Eurocities")).message).toBe(
      "The sources record no recommendation on Göteborg in EUROCITIES."
    );
  });
  test("the source cites publisher, title, year and the quote that set the status; no file name", () => {
    expect(networkSource(ds, "Bergen", "UBC")).toBe(
      'Bergen kommune, "Gjennomgang av kommunens internasjonale samarbeidsarenaer" (c. 2020–2021): «Bystyret har vedtatt å avslutte medlemskapet»'
    );
    expect(networkSource(ds, "Stockholm", "Eurocities")).toMatch(
      /^Stockholms stad, stadsledningskontoret, "Rapport avseende stadens engagemang i stadsövergripande internationella organisationer" \(c\. 2010–2011\): «/
    );
    // An inferred publisher is described, without "(inferred)".
    expect(networkSource(ds, "Oslo", "METREX")).toMatch(
      /^A Norwegian municipality or county in the Oslo area, "EUROCITIES \/ METREX nettverket" \(c\. 2015–2017\): «/
    );
    for (const city of ["Bergen", "Stockholm", "Oslo"])
      for (const [org] of cityNetworks(ds, city, "all"))
        expect(networkSource(ds, city, org)).not.toMatch(/\.txt|\d{3}_[0-9a-f]{16}/);
  });
});

describe("lists", () => {
  test("CITY_NETWORKS: Bergen's 34 organisations; filters", () => {
    const all = cityNetworks(ds, "Bergen");
    expect(all).toHaveLength(34);
    expect(all.find((r) => r[0] === "Union of the Baltic Cities")).toEqual([
      "Union of the Baltic Cities",
      "Leaving",
      1991,
    ]);
    expect(cityNetworks(ds, "Bergen", "Leaving").map((r) => r[0])).toEqual([
      "Global Climate Forum",
      "Union of the Baltic Cities",
    ]);
    expect(cityNetworks(ds, "Bergen", "joining").map((r) => r[0])).toEqual([
      "Human Rights Cities Network",
      "Solidarity Cities",
    ]);
    expect(cityNetworks(ds, "Bergen", "current")).toHaveLength(31);
    expect(failure(() => cityNetworks(ds, "Bergen", "Former member")).message).toBe(
      "The sources record no organisation for Bergen with status 'Former member'."
    );
    expect(failure(() => cityNetworks(ds, "Bergen", "Friend")).message).toMatch(
      /^Unknown status 'Friend'\. Use "Member", "Associate member", /
    );
  });
  test("NETWORK_MEMBERS: EUROCITIES members across the documents", () => {
    expect(networkMembers(ds, "Eurocities")).toEqual([
      ["Bergen", "NO", "Member", 2002],
      ["Göteborg", "SE", "Member", ""],
      ["Malmö", "SE", "Member", ""],
      ["Nantes", "FR", "Member", ""],
      ["Oslo", "NO", "Member", ""],
      ["Stavanger", "NO", "Associate member", ""],
      ["Stockholm", "SE", "Member", 1995],
    ]);
    expect(networkMembers(ds, "Eurocities", "Associate member")).toEqual([
      ["Stavanger", "NO", "Associate member", ""],
    ]);
  });
  test("CITY_PARTNERS: Bergen's twin cities and Kaliningrad", () => {
    expect(cityPartners(ds, "Bergen")).toEqual([
      ["Kaliningrad", "RU", "bilateral partner", ""],
      ["Göteborg", "SE", "twin city", 1946],
      ["Newcastle upon Tyne", "GB", "twin city", ""],
      ["Seattle", "US", "twin city", 1967],
      ["Turku", "FI", "twin city", 1946],
      // Norwegian collation: "Aa" sorts as "Å", after Z.
      ["Aarhus", "DK", "twin city", 1946],
    ]);
    expect(cityPartners(ds, "Gøteborg").map((r) => r[0])).toEqual(["Oslo", "Bergen"]);
    expect(failure(() => cityPartners(ds, "Sydney")).message).toBe(
      "The sources name no twin cities or bilateral partners of Sydney."
    );
  });
  test("NETWORK_LIST and CITY_LIST with filters", () => {
    expect(networkList(ds).length).toBe(ds.organisations.length);
    const climate = networkList(ds, "climate").map((r) => r[0]);
    expect(climate).toEqual(
      expect.arrayContaining([
        "C40 Cities Climate Leadership Group",
        "Covenant of Mayors",
        "Global Climate Forum",
        "Clinton Climate Initiative",
      ])
    );
    expect(networkList(ds, "Nordic").map((r) => r[0])).toContain("Nordisk Vegforum");
    expect(cityList(ds, "SE").map((r) => r[0])).toEqual(["Göteborg", "Malmö", "Stockholm"]);
    expect(cityList(ds, "county").map((r) => r[0])).toEqual(["Akershus", "Vestland", "Østfold"]);
    expect(failure(() => cityList(ds, "Atlantis")).message).toBe(
      "No city matches 'Atlantis'. Leave the filter out to list them all."
    );
  });
  test("a filter that folds to nothing, or is in another script, matches nothing", () => {
    expect(failure(() => cityList(ds, "Москва")).message).toBe(
      "No city matches 'Москва'. Leave the filter out to list them all."
    );
    expect(failure(() => networkList(ds, "!!!")).message).toBe(
      "No network matches '!!!'. Leave the filter out to list them all."
    );
    expect(failure(() => cityList(ds, "😀")).kind).toBe("no-data");
    expect(failure(() => networkList(ds, "климат")).kind).toBe("no-data");
    // Latin input with diacritics as before.
    expect(cityList(ds, "goteborg").map((r) => r[0])).toEqual(["Göteborg"]);
    expect(cityList(ds, "Göteborg").map((r) => r[0])).toEqual(["Göteborg"]);
    expect(networkList(ds, "Nordisk Vegforum").map((r) => r[0])).toEqual(["Nordisk Vegforum"]);
  });
  test("a long filter is quoted short", () => {
    expect(failure(() => networkList(ds, `Baltic${"z".repeat(32761)}`)).message).toBe(
      `No network matches 'Baltic${"z".repeat(51)}…'. Leave the filter out to list them all.`
    );
  });
  test("status filters: an object's own properties are not statuses", () => {
    expect(failure(() => cityNetworks(ds, "Bergen", "constructor")).message).toBe(
      'Unknown status \'constructor\'. Use "Member", "Associate member", "Joining", "Under consideration", "Leaving", "Former member", "Not a member", "current" or "all".'
    );
    // Line breaks shown as spaces, 57 characters of 3,000.
    expect(failure(() => networkMembers(ds, "UBC", "a\nb".repeat(1000))).message).toMatch(
      new RegExp(`^Unknown status '${"a b".repeat(19)}…'\\. Use "Member", `)
    );
  });
});

describe("facts with their sources", () => {
  test("organisationFacts gives every dated fact with a citation", () => {
    const facts = organisationFacts(ds, "Eurocities");
    const members = facts.filter((f) => f.field === "members");
    expect(members.map((f) => [f.year, f.source, f.value])).toEqual([
      [2011, "stockholm-2011", "more than 130 member cities"],
      [2011, "stockholm-2011", "3 full member cities in Sweden"],
      [2016, "metro-notes", "130 members and 40 associated partners from 35 countries"],
      [2020, "bergen-2020", "145 cities and 45 partner cities from 39 countries"],
    ]);
    expect(members.every((f) => f.approximate && f.citation.includes(f.quote))).toBe(true);
  });
  test("search and profiles for the Data view", () => {
    expect(searchDataset(ds, "ubc")[0]).toMatchObject({ type: "network", id: "ubc" });
    expect(searchDataset(ds, "Gøteborg")[0]).toMatchObject({ type: "city", id: "goteborg" });
    const ubc = organisationCard(ds, ds.orgById.get("ubc")!, "en");
    expect(ubc.members.map((m) => [m.city, m.statusText])).toEqual([["Bergen", "Leaving"]]);
    const bergen = cityCard(ds, ds.placeById.get("bergen")!, "en");
    expect(bergen.memberships).toHaveLength(34);
    expect(bergen.partners).toHaveLength(6);
  });
});
