import type { Server } from "http";
import { join } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import type { SheetDescription } from "../../src/core/sheet/description";
import { columnLetter } from "../../src/core/sheet/address";
import { columnsFor, evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { ARTIFACTS, ensureBuilt, chromiumForSuite, launch, serveDist } from "../helpers/browser";
import { bundled } from "../helpers/dataset";

// The preview's workbook in headless Chromium: NETWORK_SCORE and NETWORK_VERDICT answer from a
// matrix in the page (in a cell and in the formula box) and follow a score typed into it; a typed
// formula is calculated or refused with a message; sheets and settings survive a reload, Reset
// clears them, damaged or full storage is said; the layout at 350 px; text spills into empty cells.
// The matrix is put into the page as the pane would write it (the same SheetDescription), so these
// tests do not depend on the pane's controls.

const { chromium, describeIf } = chromiumForSuite("the browser tests of the preview");

const bergenFw = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;
const evaluation = buildEvaluation(bundled(), "Bergen", bergenFw);
const bergenSheet: SheetDescription = evaluationSheet(evaluation, "en");
/** UBC's row (1-based, as the grid names cells) and its participation score cell. */
const ubcRow = 9 + evaluation.rows.findIndex((r) => r.key === "ubc");
const ubcParticipation = `G${ubcRow}`;
const ubcRecommendation = `${columnLetter(columnsFor(3).recommendation)}${ubcRow}`;
/**
 * Empty cells above the table to type into (beside the weights, left of their labels), where the
 * matrix's reader expects nothing; A7 is the empty row above the headings, for text to spill in.
 */
const free = (n: number) => ["A4", "A5", "A6", "C4", "C5", "A7"][n];

describeIf("the preview's workbook", () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ensureBuilt();
    ({ server, url } = await serveDist());
    browser = await launch(chromium!);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(context: BrowserContext, query = "?lang=en"): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${url}/preview.html${query}`);
    await page.waitForSelector("html[data-ready]", { timeout: 15000 });
    return page;
  }

  const newContext = (width = 1400, height = 900) =>
    browser.newContext({ viewport: { width, height }, locale: "en-US" });

  const cell = (page: Page, ref: string) => page.locator(`#sheet-grid td[data-cell="${ref}"]`);
  const cellText = (page: Page, ref: string) => cell(page, ref).innerText();
  const waitForCell = (page: Page, ref: string, text: string) =>
    page.waitForFunction(
      ([r, t]) => document.querySelector(`#sheet-grid td[data-cell="${r}"]`)?.textContent === t,
      [ref, text] as const,
      { timeout: 10000 }
    );

  /** Selects a cell and types into it, as a person does: click, the cell box, Enter. */
  async function type(page: Page, ref: string, text: string): Promise<void> {
    await cell(page, ref).click();
    await page.waitForFunction((r) => document.querySelector("#cell-name")?.textContent === r, ref);
    await page.fill("#cell-box", text);
    await page.press("#cell-box", "Enter");
  }

  async function addBergen(page: Page): Promise<void> {
    await page.evaluate(
      (d) =>
        (
          window as unknown as {
            citynetPreview: { workbook: { createSheet(d: unknown): Promise<string> } };
          }
        ).citynetPreview.workbook.createSheet(d),
      bergenSheet as unknown
    );
    await page.waitForSelector("#sheet-grid");
  }

  describe("one visitor's session", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await newContext();
      page = await open(context);
      await addBergen(page);
    }, 60_000);

    afterAll(() => context?.close());

    test("NETWORK_SCORE and NETWORK_VERDICT answer from the page's matrix and follow its scores", async () => {
      // The Bergen framework; the sources' scores for UBC are participation 1, learning 2, influence 2.
      expect(await cellText(page, ubcParticipation)).toBe("1");
      await page.fill("#formula-box", '=CITYNET.NETWORK_SCORE("Bergen";"UBC";"bergen")');
      await page.press("#formula-box", "Enter");
      await page.waitForFunction(
        () => document.querySelector("#formula-result")?.textContent === "1.67"
      );
      await type(page, free(0), '=CITYNET.NETWORK_VERDICT("Bergen";"UBC";"bergen")');
      await waitForCell(page, free(0), "Leave");
      // The Norwegian name works as in a Norwegian Excel.
      await type(page, free(1), '=NETTVERK_VERDI("Bergen";"UBC";"bergen")*3');
      await waitForCell(page, free(1), "5");

      // A score typed into the matrix: the cell, the formula box and the other cell follow.
      await type(page, ubcParticipation, "5");
      await waitForCell(page, free(0), "Continue"); // (5 + 2 + 2) / 3 = 3
      await waitForCell(page, free(1), "9");
      await page.waitForFunction(
        () => document.querySelector("#formula-result")?.textContent === "3"
      );
      expect(await cellText(page, ubcRecommendation)).toBe("Continue"); // the sheet's own formula agrees

      // Not answered from the sources: a city without a matrix here still answers from them.
      await page.fill("#formula-box", '=CITYNET.NETWORK_SCORE("Stockholm";"Metropolis")');
      await page.press("#formula-box", "Enter");
      await page.waitForFunction(() =>
        /^\d\.\d\d$/.test(document.querySelector("#formula-result")?.textContent ?? "")
      );
      await page.screenshot({ path: join(ARTIFACTS, "preview-network-score.png") });
    }, 60_000);

    test("a typed formula is calculated; one the preview cannot calculate is refused, with a message", async () => {
      await type(page, free(2), "=SUM(G9:I9)+ROUND(2.5;0)");
      const covenant = evaluation.rows[0].scores.reduce<number>((t, s) => t + (s ?? 0), 0);
      await waitForCell(page, free(2), String(covenant + 3));
      expect(await page.locator("#cell-message").innerText()).toBe("");

      await type(page, free(3), "=VLOOKUP(1;A1:B2;2)");
      await page.waitForFunction(
        () => (document.querySelector("#cell-message")?.textContent ?? "") !== ""
      );
      expect(await page.locator("#cell-message").innerText()).toMatch(
        /^=VLOOKUP\(1;A1:B2;2\) was not written: The preview does not calculate VLOOKUP: it calculates ABS, AND, /
      );
      expect(await cellText(page, free(3))).toBe("");
      expect(await page.inputValue("#cell-box")).toBe("=VLOOKUP(1;A1:B2;2)"); // kept, to correct
      expect(await page.getAttribute("#cell-box", "aria-invalid")).toBe("true");

      // Another sheet's cells are read; a sheet the workbook does not have is named.
      await type(page, free(3), "=Budget!G9");
      await page.waitForFunction(() =>
        document
          .querySelector("#cell-message")
          ?.textContent?.includes("This workbook has no sheet 'Budget'.")
      );
      await type(page, free(3), "=1+(2");
      await page.waitForFunction(() =>
        document
          .querySelector("#cell-message")
          ?.textContent?.includes("The preview cannot read this formula")
      );
      expect(await cellText(page, free(3))).toBe("");

      // Excel's text mark keeps a formula-looking text as text.
      await type(page, free(3), "'=1+1");
      await waitForCell(page, free(3), "=1+1");
      expect(await page.locator("#cell-message").innerText()).toBe("");
      await page.screenshot({ path: join(ARTIFACTS, "preview-typed-formula.png") });
    }, 60_000);

    test("text spills into empty cells to its right and stops at a filled one", async () => {
      // The subtitle in A2 runs on over the empty C2, D2 … (B is hidden), as in Excel.
      const a2 = await cell(page, "A2").evaluate((td) => {
        const span = td.querySelector(".text") as HTMLElement;
        return {
          className: td.className,
          cell: td.getBoundingClientRect().width,
          text: span.getBoundingClientRect().width,
          cut: span.scrollWidth > span.clientWidth,
        };
      });
      expect(a2.className).toContain("spill");
      expect(a2.text).toBeGreaterThan(a2.cell * 2);
      expect(a2.cut).toBe(false);
      expect(await cell(page, "C2").getAttribute("class")).toContain("covered");
      // An organisation's name stops at its row's type in C (B, the key, is hidden).
      const name = await cell(page, "A9").evaluate((td) => td.className);
      expect(name).not.toContain("spill");

      await type(
        page,
        free(5),
        "A long note that runs on over the empty cells to its right, as text does in Excel when nothing is in the way"
      );
      const spilled = () =>
        cell(page, free(5)).evaluate((td) => {
          const span = td.querySelector(".text") as HTMLElement;
          return {
            className: td.className,
            right: span.getBoundingClientRect().right,
            cellRight: td.getBoundingClientRect().right,
          };
        });
      await waitForCell(
        page,
        free(5),
        "A long note that runs on over the empty cells to its right, as text does in Excel when nothing is in the way"
      );
      const before = await spilled();
      expect(before.className).toContain("spill");
      expect(before.right).toBeGreaterThan(before.cellRight + 100);
      await page.screenshot({ path: join(ARTIFACTS, "preview-spill.png") });

      // Its neighbour filled: the text is cut at the cell's own edge.
      const neighbour = "C7"; // B is hidden
      await type(page, neighbour, "x");
      await waitForCell(page, neighbour, "x");
      const after = await spilled();
      expect(after.className).not.toContain("spill");
      expect(after.right).toBeLessThanOrEqual(after.cellRight);
    }, 60_000);

    test("a reload keeps the sheets, the cells, the formulas and the settings; Reset clears them", async () => {
      await page.evaluate(() =>
        (
          window as unknown as {
            citynetPreview: { workbook: { setSetting(k: string, v: string): Promise<void> } };
          }
        ).citynetPreview.workbook.setSetting("citynet.language", "nb")
      );
      await page.reload();
      await page.waitForSelector("html[data-ready]");
      await page.waitForSelector("#sheet-grid");
      expect(await page.locator(".tabs button").allInnerTexts()).toEqual(["Bergen"]);
      expect(await cellText(page, ubcParticipation)).toBe("5");
      expect(await cellText(page, ubcRecommendation)).toBe("Continue");
      await waitForCell(page, free(0), "Continue"); // the formula typed into the cell, calculated again
      expect(await cellText(page, free(3))).toBe("=1+1"); // text stays text
      await cell(page, free(3)).click();
      expect(await page.inputValue("#cell-box")).toBe("=1+1");
      // The pane's language, a workbook setting, came back.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("nb");
      expect(await page.locator("#storage-status").innerText()).toBe(
        "Sheets and settings are kept in this browser."
      );

      await page.click("#reset-workbook");
      await page.click("#reset-no"); // changed my mind: nothing happens
      expect(await page.locator(".tabs button").count()).toBe(1);
      await page.click("#reset-workbook");
      await Promise.all([page.waitForEvent("load"), page.click("#reset-yes")]);
      await page.waitForSelector("html[data-ready]");
      expect(await page.locator(".tabs button").count()).toBe(0);
      expect(await page.locator("#workbook .empty").innerText()).toBe(
        "No sheets yet: create an evaluation matrix in the CityNet pane."
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("citynet.")))
      ).toEqual([]);
    }, 60_000);
  });

  /** A page opened on what an earlier visit left in storage (set before the page's scripts run). */
  async function openWithKept(text: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext();
    await context.addInitScript((kept) => {
      if (sessionStorage.getItem("seeded")) return;
      localStorage.setItem("citynet.preview.workbook", kept);
      sessionStorage.setItem("seeded", "1");
    }, text);
    return { context, page: await open(context) };
  }

  test("damaged stored data is said, the page starts empty, and the data stays until a change", async () => {
    const cut = '{"format":1,"workbook":{"sheets":[{"na';
    const { context, page } = await openWithKept(cut);
    expect(await page.locator("#storage-status").innerText()).toBe(
      "The workbook this browser kept could not be read (it is not complete JSON), so the page starts empty. Your next change replaces it; Reset clears it now."
    );
    expect(await page.locator(".tabs button").count()).toBe(0);
    await page.reload();
    await page.waitForSelector("html[data-ready]");
    expect(await page.evaluate(() => localStorage.getItem("citynet.preview.workbook"))).toBe(cut);
    await addBergen(page);
    await page.waitForFunction(
      () =>
        document.querySelector("#storage-status")?.textContent ===
        "Sheets and settings are kept in this browser."
    );
    await context.close();

    // Well-formed JSON in the wrong shape is refused too, and named.
    const wrong = await openWithKept(
      JSON.stringify({
        format: 1,
        workbook: {
          sheets: [{ name: "X", cells: [["1,1", { value: { x: 1 } }]], names: [], tables: [] }],
          settings: [],
        },
      })
    );
    expect(await wrong.page.locator("#storage-status").innerText()).toContain(
      "(sheet 'X', cell 1,1 holds a value that is not text, a number or a logical value)"
    );
    expect(await wrong.page.locator(".tabs button").count()).toBe(0);
    await wrong.context.close();
  }, 60_000);

  test("a browser without room to keep the workbook says so", async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === "citynet.preview.workbook")
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    const page = await open(context);
    await addBergen(page);
    await page.waitForFunction(() =>
      document.querySelector("#storage-status")?.textContent?.startsWith("This browser has no room")
    );
    expect(await page.locator("#storage-status").innerText()).toMatch(
      /^This browser has no room to keep the workbook \(about \d+\.\d MB\): the page will open as it was last kept\. Reset clears what it keeps\.$/
    );
    await context.close();
  }, 60_000);

  test("at 350 px the workbook and the pane are stacked, never overlapping; side by side when wide", async () => {
    const context = await newContext(350, 800);
    const page = await open(context);
    await addBergen(page);
    const boxes = async () =>
      page.evaluate(() =>
        ["#workbook", "#app"].map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        })
      );
    const [workbook, pane] = await boxes();
    const overlap =
      Math.min(workbook.right, pane.right) > Math.max(workbook.left, pane.left) &&
      Math.min(workbook.bottom, pane.bottom) > Math.max(workbook.top, pane.top);
    expect(overlap).toBe(false);
    expect(pane.top).toBeGreaterThanOrEqual(workbook.bottom);
    for (const box of [workbook, pane]) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(350);
    }
    expect(workbook.bottom - workbook.top).toBeGreaterThan(300); // room to see the grid
    await page.screenshot({ path: join(ARTIFACTS, "preview-350px.png"), fullPage: true });

    await page.setViewportSize({ width: 1400, height: 900 });
    const [wide, widePane] = await boxes();
    expect(widePane.left).toBeGreaterThanOrEqual(wide.right);
    expect(widePane.top).toBe(wide.top);
    await context.close();
  }, 60_000);
});
