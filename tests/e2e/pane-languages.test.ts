import { join } from "path";
import type { Page } from "playwright-core";
import {
  EVENT_WORDS,
  KIND_WORDS,
  SCOPE_WORDS,
  THEME_WORDS,
  VERDICT_WORDS,
} from "../../src/core/pane/words";
import type { Lang } from "../../src/core/model";
import { allNames } from "../../src/core/resolver";
import { SHEET_WORDS } from "../../src/core/sheet/strings";
import { UI } from "../../src/taskpane/i18n";
import { ARTIFACTS, chromiumForSuite } from "../helpers/browser";
import { openPreview, type PreviewSession } from "../helpers/preview-page";
import { bundled } from "../helpers/dataset";
import { choose, fillField } from "../helpers/pane";

// A Norwegian and a Swedish pane, every view walked in Chromium with every fold opened: no English
// status, recommendation, event, fact name or fixed label anywhere, numbers with a decimal comma, and
// the Data view's fact card with the same "did you mean" as the functions.

const { chromium, describeIf } = chromiumForSuite("the browser tests of the task pane");

const ds = bundled();

/** The English words the pane must not show in Norwegian or Swedish (those not the same there). */
function englishWords(lang: Lang): string[] {
  const pairs: [string, string][] = [];
  const add = (en: Record<string, unknown>, other: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(en))
      if (typeof v === "string" && typeof other[k] === "string")
        pairs.push([v, other[k] as string]);
  };
  add(SHEET_WORDS.en.statuses, SHEET_WORDS[lang].statuses);
  add(SHEET_WORDS.en.recommendations, SHEET_WORDS[lang].recommendations);
  add(EVENT_WORDS.en, EVENT_WORDS[lang]);
  add(VERDICT_WORDS.en, VERDICT_WORDS[lang]);
  add(KIND_WORDS.en, KIND_WORDS[lang]);
  add(SCOPE_WORDS.en, SCOPE_WORDS[lang]);
  add(THEME_WORDS.en, THEME_WORDS[lang]);
  add(UI.en.fields, UI[lang].fields);
  add(UI.en.tabs, UI[lang].tabs);
  // Every fixed label and sentence of the pane.
  add(UI.en as unknown as Record<string, unknown>, UI[lang] as unknown as Record<string, unknown>);
  // What the pane composes from them.
  const t = UI.en;
  const o = UI[lang];
  pairs.push([t.sourceScore(1), o.sourceScore(1)], [t.teamScore(3), o.teamScore(3)]);
  pairs.push([t.since(2002), o.since(2002)], [t.sources(2), o.sources(2)]);
  pairs.push(["File:", "Fil:"], ["c. 20", lang === "nb" ? "ca. 20" : "ca 20"]);
  return [...new Set(pairs.filter(([en, other]) => en !== other && en.trim()).map(([en]) => en))];
}

/** The pane's visible text, quotes and the names of organisations and places taken out. */
async function paneText(page: Page): Promise<string> {
  await page.evaluate(() =>
    document
      .querySelectorAll("#app fluent-accordion-item")
      .forEach((i) => ((i as HTMLElement & { expanded: boolean }).expanded = true))
  );
  await page.waitForTimeout(100);
  // Quotes are the documents' own words (a Norwegian report may say "governance" in brackets).
  let text = (await page.locator("#app").innerText()).replace(/«[^»]*»/g, "«»");
  const names = [...ds.organisations, ...ds.places]
    .flatMap((e) => allNames(e))
    .sort((a, b) => b.length - a.length);
  for (const n of names) if (n.length > 2) text = text.split(n).join("¶");
  return text;
}

function englishIn(text: string, words: string[]): string[] {
  return words.filter((w) => {
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}])`, "u").test(text);
  });
}

describeIf.each(["nb", "sv"] as const)("a %s pane", (lang) => {
  let session: PreviewSession;
  let page: Page;
  const t = UI[lang];
  const words = englishWords(lang);
  const seen: Record<string, string[]> = {};

  beforeAll(async () => {
    session = await openPreview(chromium!, { lang });
    page = session.page;
  }, 120_000);

  afterAll(() => session?.close());

  test("the English list is the real one (it finds English in the English pane)", () => {
    expect(words).toEqual(expect.arrayContaining(["Leaving", "Member", "Leave", "Continue"]));
    expect(englishIn("Status: Leaving · Source: 1", words)).toEqual(
      expect.arrayContaining(["Leaving", "Source: 1"])
    );
    expect(englishIn("Medlem · Avslutt · Lämnar", words)).toEqual([]);
  });

  test("Evaluate, Score, Weights and Data show no English word", async () => {
    // Evaluate, with the city's organisations and a candidate.
    await fillField(page, t.city, "Bergen");
    await page.click("#load-city");
    await fillField(page, t.candidate, "C40");
    await page.click("#add-candidate");
    seen.evaluate = englishIn(await paneText(page), words);

    // Score: UBC, with a score that departs from the source's.
    await page.click("#create-matrix");
    await page.waitForSelector("#score-title");
    const ubc = page.locator('#sheet-grid td[data-cell^="A"]', {
      hasText: "Union of the Baltic Cities",
    });
    await ubc.click();
    await page.waitForFunction(
      () => document.querySelector("#score-title")?.textContent === "Union of the Baltic Cities"
    );
    await choose(
      page.locator('fieldset[data-criterion="participation"]'),
      `3 · ${
        lang === "nb"
          ? "Jevnlig: deltar på møter og konferanser"
          : "Regelbundet: deltar i möten och konferenser"
      }`
    );
    await page.waitForFunction(
      (expected) =>
        document.querySelector('[data-evidence="participation"] .evidence-scores')?.textContent ===
        expected,
      `${t.sourceScore(1)} · ${t.teamScore(3)}`
    );
    // (3 + 2 + 2) / 3 with a decimal comma; the status and recommendation in the reader's words.
    expect(await page.locator("#score-value").innerText()).toBe("2,33");
    expect(await page.locator("#score-status").innerText()).toBe(
      SHEET_WORDS[lang].statuses.Leaving
    );
    expect(await page.locator("#score-recommendation").innerText()).toBe(
      SHEET_WORDS[lang].recommendations.Review
    );
    seen.score = englishIn(await paneText(page), words);
    await page.screenshot({ path: join(ARTIFACTS, `pane-${lang}-score.png`) });

    await page.click("#tab-weights");
    await page.waitForSelector("#weights-table");
    expect(
      await page
        .locator("#weights-table tbody", { hasText: "Union of the Baltic Cities" })
        .locator("td.num")
        .innerText()
    ).toBe("2,33");
    seen.weights = englishIn(await paneText(page), words);

    await page.click("#tab-data");
    await fillField(page, t.search, "EUROCITIES");
    await page.locator("#search-results .result").first().click();
    await page.waitForSelector("#data-details .card");
    seen.dataOrganisation = englishIn(await paneText(page), words);
    await fillField(page, t.search, "Stockholm");
    await page.locator("#search-results .result", { hasText: "Stockholm" }).first().click();
    await page.waitForSelector('#data-details [data-place="stockholm"]');
    seen.dataCity = englishIn(await paneText(page), words);
    await page.screenshot({ path: join(ARTIFACTS, `pane-${lang}-data.png`) });

    expect(seen).toEqual({
      evaluate: [],
      score: [],
      weights: [],
      dataOrganisation: [],
      dataCity: [],
    });
  }, 120_000);

  test("no label is used for two things", () => {
    const tabs = Object.values(t.tabs);
    const others = [
      ...Object.values(SHEET_WORDS[lang].recommendations),
      ...Object.values(SHEET_WORDS[lang].statuses),
      t.weights,
      t.thresholds,
      t.value,
      t.recommendation,
    ];
    expect(tabs.filter((x) => others.includes(x))).toEqual(tabs.filter((x) => x === t.weights));
    expect(new Set(tabs).size).toBe(tabs.length);
  });

  test("the fact card: facts first, each once with its sources folded, then history", async () => {
    await fillField(page, t.search, "Eurocitiez");
    // The same suggestion as =CITYNET.NETWORK_STATUS("Bergen";"Eurocitiez").
    const dym = page.locator("#search-results .did-you-mean");
    expect(await dym.innerText()).toBe(`${t.didYouMean} EUROCITIES`);
    await dym.locator("fluent-button", { hasText: "EUROCITIES" }).click();
    await page.locator("#search-results .result").first().click();
    const card = page.locator('#data-details [data-organisation="eurocities"]');
    await card.waitFor();
    // Bergen (the matrix's city) first, then the facts a reviewer needs, in this order.
    const terms = await card.locator("dl.facts > dt").allInnerTexts();
    expect(terms).toEqual([
      "Bergen",
      t.fields.founded,
      t.fields.members,
      t.fields.secretariat,
      t.fields.president,
      t.fields.scope,
      t.fields.themes,
      t.fields.url,
      t.fields.description,
      t.nordicMembers,
    ]);
    expect(await card.locator('dd[data-fact="scope"] .fact-value').innerText()).toBe("Europa");
    expect(await card.locator('dd[data-fact="founded"] .fact-value').innerText()).toBe("1986");
    // The kind once, not "network · EUROCITIES · network".
    expect(await card.locator(".kind").first().innerText()).toBe(
      lang === "nb" ? "nettverk" : "nätverk"
    );
    // Sources folded behind each fact: "2 kilder" / "2 källor" for the founding year.
    expect(
      await card
        .locator('dd[data-fact="founded"] fluent-accordion-item [slot="heading"]')
        .innerText()
    ).toBe(t.sources(2));
    expect(await card.locator('dd[data-fact="nordic"]').innerText()).toContain("Stavanger");
    // "Did you mean" for a city too.
    await fillField(page, t.search, "Bergn");
    expect(await page.locator("#search-results .did-you-mean").innerText()).toBe(
      `${t.didYouMean} Bergen`
    );
  }, 60_000);
});
