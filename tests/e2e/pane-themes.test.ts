import { mkdirSync, writeFileSync } from "fs";
import type { Server } from "http";
import { join } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, ensureBuilt, findChromium, launch, serveDist } from "../helpers/browser";
import { axeViolations, choose, fillField } from "../helpers/pane";

// Every view of the pane in the light, dark and high-contrast themes (forced colours, as Windows'
// contrast themes give them): axe-core finds no serious or critical violation; and at Excel's pane
// width, 350 px (and 320), nothing sticks out sideways. Screenshots at 350 px are kept as artifacts.

const chromium = findChromium();
if (!chromium) {
  const message =
    "Chromium is not installed: the browser tests of the task pane cannot run. Install Debian's chromium package.";
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
}
const describeIf = chromium ? describe : describe.skip;

type Theme = "light" | "dark" | "high-contrast";
const THEMES: Theme[] = ["light", "dark", "high-contrast"];
const VIEWS = ["evaluate", "score", "weights", "data"] as const;

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
  async function walk(page: Page, each: (view: (typeof VIEWS)[number]) => Promise<void>) {
    await fillField(page, "City or municipality", "Bergen");
    await page.click("#load-city");
    await fillField(page, "Add a candidate organisation", "C40");
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
    await choose(
      page.locator('fieldset[data-criterion="participation"]'),
      "3 · Regular: attends meetings and conferences"
    );
    await page.waitForSelector('[data-evidence="participation"].differs');
    await page.evaluate(() =>
      document
        .querySelectorAll("#app fluent-accordion-item")
        .forEach((i) => ((i as HTMLElement & { expanded: boolean }).expanded = true))
    );
    await each("score");
    await page.click("#tab-weights");
    await page.waitForSelector("#weights-table");
    // A refused weight: the error state is part of the view.
    await page.locator("#weight-influence input").fill("-1");
    await page.locator("#weight-influence input").press("Enter");
    await page.waitForSelector("#weight-influence-error:not([hidden])");
    await each("weights");
    await page.click("#tab-data");
    await fillField(page, "Search networks and cities", "EUROCITIES");
    await page.locator("#search-results .result").first().click();
    await page.waitForSelector("#data-details .card");
    await page.evaluate(() =>
      document
        .querySelectorAll("#app fluent-accordion-item")
        .forEach((i) => ((i as HTMLElement & { expanded: boolean }).expanded = true))
    );
    await each("data");
  }

  async function open(
    theme: Theme,
    width = 1400
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      bypassCSP: true,
      locale: "en-US",
      colorScheme: theme === "dark" ? "dark" : "light",
      forcedColors: theme === "high-contrast" ? "active" : "none",
    });
    const page = await context.newPage();
    await page.goto(`${url}/preview.html?lang=en`);
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
        await walk(page, async (view) => {
          results[theme][view] = await axeViolations(page);
        });
        expect(results[theme]).toEqual({ evaluate: [], score: [], weights: [], data: [] });
      } finally {
        await context.close();
      }
    },
    180_000
  );

  test.each(THEMES)(
    "%s at 350 px: every view fits, screenshots kept",
    async (theme) => {
      const { context, page } = await open(theme);
      try {
        await walk(page, async (view) => {
          const style = await page.addStyleTag({ content: PANE_ONLY(350) });
          await page.setViewportSize({ width: 350, height: 900 });
          await page.waitForTimeout(150);
          overflow[`${theme} ${view} 350`] = await sideways(page);
          await page.screenshot({
            path: join(ARTIFACTS, `pane-350-${theme}-${view}.png`),
            fullPage: true,
          });
          if (theme === "light") {
            await page.setViewportSize({ width: 320, height: 900 });
            await page.addStyleTag({ content: PANE_ONLY(320) });
            await page.waitForTimeout(150);
            overflow[`${theme} ${view} 320`] = await sideways(page);
          }
          await page.setViewportSize({ width: 1400, height: 900 });
          await page.evaluate(() =>
            document.querySelectorAll("style").forEach((s) => {
              if (s.textContent?.includes("#workbook { display: none")) s.remove();
            })
          );
          await style.evaluate(() => undefined);
        });
        const mine = Object.fromEntries(
          Object.entries(overflow).filter(([k]) => k.startsWith(theme))
        );
        expect(Object.values(mine).flat()).toEqual([]);
      } finally {
        await context.close();
      }
    },
    180_000
  );
});
