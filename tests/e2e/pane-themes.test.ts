import { mkdirSync, writeFileSync } from "fs";
import type { Server } from "http";
import { join } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, ensureBuilt, chromiumForSuite, launch, serveDist } from "../helpers/browser";
import type { Lang } from "../../src/core/model";
import { UI } from "../../src/taskpane/i18n";
import { axeViolations, fillField } from "../helpers/pane";

// Every view of the pane in the light, dark and high-contrast themes (forced colours, as Windows'
// contrast themes give them): axe-core finds no serious or critical violation; and at Excel's pane
// width, 350 px (and 320), nothing sticks out sideways. Screenshots at 350 px are kept as artifacts.

const { chromium, describeIf } = chromiumForSuite("the browser tests of the task pane");

type Theme = "light" | "dark" | "high-contrast";
const THEMES: Theme[] = ["light", "dark", "high-contrast"];
const VIEWS = ["evaluate", "score", "weights", "data", "evaluate with a matrix"] as const;

/** The pane alone at a width, as Excel shows it: the preview's workbook set aside. */
const PANE_ONLY = (width: number) => `
  #workbook { display: none !important; }
  .preview { display: block !important; height: auto !important; width: ${width}px !important; }
  #app { width: ${width}px !important; max-width: ${width}px !important; overflow: visible !important; }
`;

describeIf("the pane in light, dark and high contrast", () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  const results: Record<string, Record<string, string[]>> = {};
  const overflow: Record<string, string[]> = {};

  beforeAll(async () => {
    ensureBuilt();
    ({ server, url } = await serveDist());
    browser = await launch(chromium!);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    writeFileSync(
      join(ARTIFACTS, "pane-axe.json"),
      JSON.stringify({ violations: results, overflow }, null, 2)
    );
    await browser?.close();
    server?.close();
  });

  /** Elements of the pane that stick out past its right edge, and whether it scrolls sideways. */
  const sideways = (page: Page) =>
    page.evaluate(() => {
      const app = document.getElementById("app")!;
      const edge = app.getBoundingClientRect().right + 1;
      const out: string[] = [];
      for (const e of app.querySelectorAll<HTMLElement>("*")) {
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.right <= edge) continue;
        // Only the outermost element that sticks out, named by what it is.
        if (e.parentElement && e.parentElement.getBoundingClientRect().right > edge) continue;
        out.push(
          `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""} (${Math.round(r.right - edge + 1)} px)`
        );
      }
      if (document.documentElement.scrollWidth > window.innerWidth)
        out.push("the page scrolls sideways");
      return out;
    });

  /** Draws each view as a reviewer would see it, and calls back on each. */
  async function walk(
    page: Page,
    lang: Lang,
    each: (view: (typeof VIEWS)[number]) => Promise<void>
  ) {
    const t = UI[lang];
    const unfoldAll = () =>
      page.evaluate(() =>
        document
          .querySelectorAll("#app fluent-accordion-item")
          .forEach((i) => ((i as HTMLElement & { expanded: boolean }).expanded = true))
      );
    await fillField(page, t.city, "Bergen");
    await page.click("#load-city");
    await fillField(page, t.candidate, "C40");
    await page.click("#add-candidate");
    await each("evaluate");
    await page.click("#create-matrix");
    await page.waitForSelector("#score-title");
    await page
      .locator('#sheet-grid td[data-cell^="A"]', { hasText: "Union of the Baltic Cities" })
      .click();
    await page.waitForFunction(
      () => document.querySelector("#score-title")?.textContent === "Union of the Baltic Cities"
    );
    await page.locator('fieldset[data-criterion="participation"] fluent-radio[value="3"]').click();
    await page.waitForSelector('[data-evidence="participation"].differs');
    await unfoldAll();
    await each("score");
    await page.click("#tab-weights");
    await page.waitForSelector("#weights-table");
    // A refused weight: the error state is part of the view.
    await page.locator("#weight-influence input").fill("-1");
    await page.locator("#weight-influence input").press("Enter");
    await page.waitForSelector("#weight-influence-error:not([hidden])");
    await each("weights");
    await page.click("#tab-data");
    await fillField(page, t.search, "EUROCITIES");
    await page.locator("#search-results .result").first().click();
    await page.waitForSelector("#data-details .card");
    await unfoldAll();
    await each("data");
    // Evaluate again, now with a matrix: adding a rater, importing scores.
    await page.click("#tab-evaluate");
    await page.waitForSelector("#rater-progress");
    await unfoldAll();
    await each("evaluate with a matrix");
  }

  async function open(
    theme: Theme,
    lang: Lang = "en"
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      bypassCSP: true,
      locale: { en: "en-US", nb: "nb-NO", sv: "sv-SE" }[lang],
      colorScheme: theme === "dark" ? "dark" : "light",
      forcedColors: theme === "high-contrast" ? "active" : "none",
    });
    const page = await context.newPage();
    await page.goto(`${url}/preview.html?lang=${lang}`);
    await page.waitForSelector("html[data-ready]", { timeout: 15000 });
    return { context, page };
  }

  test.each(THEMES)(
    "%s: no serious or critical axe violation in any view",
    async (theme) => {
      const { context, page } = await open(theme);
      try {
        expect(
          await page.evaluate(() => ({
            dark: document.documentElement.dataset.theme === "dark",
            forced: matchMedia("(forced-colors: active)").matches,
          }))
        ).toEqual({ dark: theme === "dark", forced: theme === "high-contrast" });
        results[theme] = {};
        await walk(page, "en", async (view) => {
          results[theme][view] = await axeViolations(page);
        });
        expect(results[theme]).toEqual(Object.fromEntries(VIEWS.map((v) => [v, []])));
      } finally {
        await context.close();
      }
    },
    180_000
  );

  // Each theme with one language, so that the longest words (Norwegian, Swedish) are measured too.
  test.each([
    ["light", "en"],
    ["dark", "nb"],
    ["high-contrast", "sv"],
  ] as [Theme, Lang][])(
    "%s, %s, at 350 px: every view fits, screenshots kept",
    async (theme, lang) => {
      const { context, page } = await open(theme, lang);
      const name = `${theme}-${lang}`;
      try {
        await walk(page, lang, async (view) => {
          await page.addStyleTag({ content: PANE_ONLY(350) });
          await page.setViewportSize({ width: 350, height: 900 });
          await page.waitForTimeout(150);
          overflow[`${name} ${view} 350`] = await sideways(page);
          await page.screenshot({
            path: join(ARTIFACTS, `pane-350-${name}-${view.replace(/ /g, "-")}.png`),
            fullPage: true,
          });
          await page.addStyleTag({ content: PANE_ONLY(320) });
          await page.setViewportSize({ width: 320, height: 900 });
          await page.waitForTimeout(150);
          overflow[`${name} ${view} 320`] = await sideways(page);
          await page.setViewportSize({ width: 1400, height: 900 });
          await page.evaluate(() =>
            document.querySelectorAll("style").forEach((s) => {
              if (s.textContent?.includes("#workbook { display: none")) s.remove();
            })
          );
        });
        const mine = Object.entries(overflow).filter(([k]) => k.startsWith(name));
        expect(mine.length).toBe(VIEWS.length * 2);
        expect(mine.filter(([, v]) => v.length > 0)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    180_000
  );
});
