import type { Server } from "http";
import type { Browser, Page } from "playwright-core";
import type { Lang } from "../../src/core/model";
import { ensureBuilt, launch, serveDist } from "./browser";

// The preview page in headless Chromium, as the browser suites open it, and its workbook's grid as a
// person uses it: cells by their A1 name, sheets by their tabs, typing through the cell box.

const LOCALES: Record<Lang, string> = { en: "en-US", nb: "nb-NO", sv: "sv-SE" };

export interface PreviewSession {
  browser: Browser;
  server: Server;
  page: Page;
  close(): Promise<void>;
}

/** Builds dist/ if needed, serves it and opens the preview in the language, ready for input. */
export async function openPreview(
  chromium: string,
  options: { lang?: Lang; acceptDownloads?: boolean } = {}
): Promise<PreviewSession> {
  const lang = options.lang ?? "en";
  ensureBuilt();
  const { server, url } = await serveDist();
  const browser = await launch(chromium);
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    bypassCSP: true,
    locale: LOCALES[lang],
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const page = await context.newPage();
  if (process.env.DEBUG_PAGE) {
    page.on("console", (m) => console.log("console:", m.text(), m.location().url));
    page.on("pageerror", (e) => console.log("pageerror:", e.message));
  }
  await page.goto(`${url}/preview.html?lang=${lang}`);
  await page.waitForSelector("html[data-ready]", { timeout: 15000 });
  return {
    browser,
    server,
    page,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** The grid of the preview's workbook, for the page the suite holds (set in its beforeAll). */
export function sheetGrid(page: () => Page) {
  const cell = (ref: string) => page().locator(`#sheet-grid td[data-cell="${ref}"]`);
  return {
    cell,
    cellText: (ref: string) => cell(ref).innerText(),
    /** Waits for a cell to show a text; on timeout, says what it shows instead. */
    async waitCell(ref: string, text: string, timeout = 30_000): Promise<void> {
      try {
        await page().waitForFunction(
          ({ ref, text }) =>
            document.querySelector(`#sheet-grid td[data-cell="${ref}"]`)?.textContent === text,
          { ref, text },
          { timeout }
        );
      } catch {
        const shown = await cell(ref)
          .textContent()
          .catch(() => null);
        throw new Error(`${ref} shows ${JSON.stringify(shown)}, not ${JSON.stringify(text)}`);
      }
    },
    /** Shows a sheet of the workbook (its tab under the grid). */
    showSheet: (name: string) =>
      page()
        .locator('nav[aria-label="Sheets"] button', { hasText: new RegExp(`^${name}$`) })
        .click(),
    /** The letters of the column whose heading (in row `row`) is this text. */
    async column(heading: string, row = 8): Promise<string> {
      const c = page().locator(`#sheet-grid td[data-cell$="${row}"]`, {
        hasText: new RegExp(`^${heading.replace(/[()]/g, "\\$&")}$`),
      });
      return (await c.first().getAttribute("data-cell"))!.replace(/\d+$/, "");
    },
    /** The row (1-based) whose column A is this text. */
    async rowOf(name: string): Promise<number> {
      const a = page().locator('#sheet-grid td[data-cell^="A"]', {
        hasText: new RegExp(`^${name}$`),
      });
      return Number((await a.first().getAttribute("data-cell"))!.slice(1));
    },
    /** Selects a cell and types into it, as a person does: click, the cell box, Enter. */
    async type(ref: string, text: string): Promise<void> {
      await cell(ref).click();
      await page().waitForFunction(
        (r) => document.querySelector("#cell-name")?.textContent === r,
        ref
      );
      await page().fill("#cell-box", text);
      await page().press("#cell-box", "Enter");
    },
  };
}
