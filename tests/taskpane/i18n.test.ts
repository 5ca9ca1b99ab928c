import { languageFor, UI, UI_LANGS } from "../../src/taskpane/i18n";
import { SHEET_WORDS } from "../../src/core/sheet/strings";

// Every string of the pane exists in the three languages (the type checks that) and is translated,
// not copied: only words that are the same in the languages may repeat.

const SAME_EVERYWHERE = new Set(["tabs.data", "organisation"]); // Data; Organisation (Swedish)

function flatten(o: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else if (typeof v === "function")
      out.set(key, String((v as (...a: unknown[]) => unknown)("X", ["Y"])));
    else for (const [k2, v2] of flatten(v, key)) out.set(k2, v2);
  }
  return out;
}

test.each(["nb", "sv"] as const)(
  "the pane's %s strings are translations of the English ones",
  (lang) => {
    const en = flatten(UI.en);
    const other = flatten(UI[lang]);
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    const copied = [...en]
      .filter(([k, v]) => other.get(k) === v && !SAME_EVERYWHERE.has(k))
      .map(([k]) => k);
    expect(copied).toEqual([]);
  }
);

test.each(["nb", "sv"] as const)("the sheet's %s words are translations too", (lang) => {
  const en = flatten({
    ...SHEET_WORDS.en,
    title: SHEET_WORDS.en.title("X"),
    subtitle: SHEET_WORDS.en.subtitle("X"),
    chartTitle: SHEET_WORDS.en.chartTitle("X"),
  });
  const other = flatten({
    ...SHEET_WORDS[lang],
    title: SHEET_WORDS[lang].title("X"),
    subtitle: SHEET_WORDS[lang].subtitle("X"),
    chartTitle: SHEET_WORDS[lang].chartTitle("X"),
  });
  const same = new Set([
    "headers.type",
    "headers.status",
    "headers.organisation",
    "types.Membership",
    "thresholdLabels.strengthen",
    // "Anne: Deltakelse": a rater's name and a criterion's (already translated) label, no word of its own.
    "team.column",
  ]);
  const copied = [...en].filter(([k, v]) => other.get(k) === v && !same.has(k)).map(([k]) => k);
  expect(copied).toEqual([]);
});

test("the language follows Office's display language", () => {
  expect(languageFor("nb-NO")).toBe("nb");
  expect(languageFor("nn-NO")).toBe("nb");
  expect(languageFor("no")).toBe("nb");
  expect(languageFor("sv-SE")).toBe("sv");
  expect(languageFor("sv-FI")).toBe("sv");
  expect(languageFor("en-GB")).toBe("en");
  expect(languageFor("de-DE")).toBe("en");
  expect(languageFor(undefined)).toBe("en");
  expect(UI_LANGS).toEqual(["en", "nb", "sv"]);
});
