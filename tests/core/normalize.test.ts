import { foldText, nameKey, nameWords } from "../../src/core/normalize";

describe("foldText", () => {
  test.each([
    ["Gøteborg", "goteborg"],
    ["Göteborg", "goteborg"],
    ["Århus", "arhus"],
    ["Aarhus", "arhus"],
    ["Malmö", "malmo"],
    ["Østfold fylkeskommune", "ostfold fylkeskommune"],
    ["Île-de-France", "ile de france"],
    ["Kadir Topbaş", "kadir topbas"],
    ["ICLEI – Local Governments", "iclei local governments"],
    ["Æ Œ ß", "ae oe ss"],
  ])("%s → %s", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
  test.each([
    ["Москва", "москва"],
    ["Санкт-Петербург", "санкт петербург"],
    ["Αθήνα", "αθηνα"],
    ["東京 2020", "東京 2020"],
    ["Bergen Москва", "bergen москва"],
  ])("letters of other scripts are kept: %s → %s", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
  test("punctuation, symbols and emoji alone fold to nothing", () => {
    expect(foldText("!!! ,;-- 😀 ∑")).toBe("");
    expect(nameKey("!!!")).toBe("");
  });
});

describe("nameKey", () => {
  test("drops articles, 'network' and municipal words in three languages", () => {
    expect(nameKey("The Union of the Baltic Cities")).toBe("unionofbalticcities");
    expect(nameKey("Metrex nettverket")).toBe("metrex");
    expect(nameKey("Bergen kommune")).toBe("bergen");
    expect(nameKey("Music Cities Network")).toBe("musiccities");
  });
  test("ignores spacing and punctuation", () => {
    expect(nameKey("C 40")).toBe(nameKey("C40"));
    expect(nameKey("Euro-Cities")).toBe(nameKey("EUROCITIES"));
  });
  test("keeps the words of a name made only of stop words", () => {
    expect(nameWords("The Network")).toEqual(["the", "network"]);
  });
});
