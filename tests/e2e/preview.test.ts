import { join } from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, chromiumForSuite } from "../helpers/browser";
import { openPreview, type PreviewSession } from "../helpers/preview-page";
import { axeViolations, choose, chooseLanguage, fillField, textbox } from "../helpers/pane";

// The task pane end to end, in headless Chromium, on the preview page (the real pane beside an
// in-page workbook): create Bergen's matrix, score UBC, change a weight, switch to Norwegian, bad
// input; axe-core on every view; a screenshot of each step in test-artifacts/e2e.

const { chromium, describeIf } = chromiumForSuite("the browser tests of the task pane");

describeIf("the task pane in the preview", () => {
  let session: PreviewSession;
  let page: Page;
  let step = 0;

  const shot = async (name: string) =>
    page.screenshot({
      path: join(ARTIFACTS, `${String(++step).padStart(2, "0")}-${name}.png`),
      fullPage: false,
    });

  /** axe-core on the pane: no serious or critical violation. */
  const accessible = async (view: string) => {
    expect({ view, violations: await axeViolations(page) }).toEqual({ view, violations: [] });
  };

  const cellText = (ref: string) => page.locator(`#sheet-grid td[data-cell="${ref}"]`).innerText();

  beforeAll(async () => {
    session = await openPreview(chromium!);
    page = session.page;
  }, 120_000);

  afterAll(() => session?.close());

  let ubcRow = 0;

  test("create Bergen's evaluation matrix", async () => {
    await fillField(page, "City or municipality", "Bergen");
    await page.click("#load-city");
    expect(await page.locator("#organisation-picker legend").innerText()).toBe(
      "Organisations to evaluate: 34 of 34"
    );
    await accessible("evaluate");
    await shot("evaluate-bergen");
    await page.click("#create-matrix");
    await page.waitForSelector("#sheet-grid");
    expect(await page.locator("#status").innerText()).toContain("Sheet 'Bergen' created");
    // The pane selects the first row and moves on to scoring it.
    await page.waitForSelector("#score-title");
    expect(await page.locator("#score-title").innerText()).toBe("Covenant of Mayors");
    const ubc = page.locator('#sheet-grid td[data-cell^="A"]', {
      hasText: "Union of the Baltic Cities",
    });
    ubcRow = Number((await ubc.getAttribute("data-cell"))!.slice(1));
    // Combined framework: the sources' scores for UBC are participation 1, learning 2, influence 2.
    expect(await cellText(`M${ubcRow}`)).toBe("1.67");
    expect(await cellText(`O${ubcRow}`)).toBe("Leave");
    await shot("matrix-created");
  }, 60_000);

  test("score UBC through the pane: the sheet's value and recommendation change", async () => {
    await page.click(`#sheet-grid td[data-cell="A${ubcRow}"]`);
    await page.waitForSelector("#score-title");
    expect(await page.locator("#score-title").innerText()).toBe("Union of the Baltic Cities");
    expect(await page.locator("#score-recommendation").innerText()).toBe("Leave");
    await accessible("score");
    await choose(
      page.locator('fieldset[data-criterion="participation"]'),
      "5 · Leading: holds offices, chairs or hosts"
    );
    await page.waitForFunction(
      () => document.querySelector("#score-recommendation")?.textContent === "Continue"
    );
    expect(await page.locator("#score-value").innerText()).toBe("3.00"); // (5 + 2 + 2) / 3
    expect(await cellText(`G${ubcRow}`)).toBe("5");
    expect(await cellText(`M${ubcRow}`)).toBe("3.00"); // in the Value column's "0.00"
    expect(await cellText(`O${ubcRow}`)).toBe("Continue");
    await shot("ubc-scored");
  }, 60_000);

  test("change a weight: every value follows", async () => {
    await page.click("#tab-weights");
    await page.waitForSelector("#weights-table");
    await accessible("weights");
    await textbox(page, "Participation").fill("2");
    await textbox(page, "Participation").press("Enter");
    await textbox(page, "Participation").blur();
    await page.waitForFunction(
      (row) =>
        document.querySelector(`#sheet-grid td[data-cell="M${row}"]`)?.textContent === "3.50",
      ubcRow
    );
    expect(await cellText("G4")).toBe("2"); // the weight cell in the sheet
    expect(
      await page.locator("#weights-table tr", { hasText: "Union of the Baltic Cities" }).innerText()
    ).toContain("3.50");
    await shot("weight-changed");
  }, 60_000);

  test("switch to Norwegian: the pane and the rubric are in Norwegian", async () => {
    await chooseLanguage(page, "Norsk (bokmål)");
    await page.waitForFunction(
      () => document.querySelector("#tab-evaluate")?.textContent === "Evaluer"
    );
    await page.click("#tab-score");
    await page.waitForSelector("#score-title");
    const participation = page.locator('fieldset[data-criterion="participation"]');
    expect(await participation.locator("legend").innerText()).toBe("Deltakelse (nytte)");
    expect(await participation.innerText()).toContain("1 · Passiv: ikke deltatt de siste årene");
    expect(await page.locator("#next-unscored").innerText()).toBe("Neste uten poeng");
    await accessible("score (nb)");
    await shot("norwegian");
  }, 60_000);

  test("bad input gives clear messages: text in a score cell, an unknown city", async () => {
    await page.click(`#sheet-grid td[data-cell="H${ubcRow}"]`);
    await page.fill("#cell-box", "fire");
    await page.press("#cell-box", "Enter");
    await page.waitForSelector("#matrix-issues");
    // In the pane's language (Norwegian now), with the cell and what would be right.
    expect(await page.locator("#matrix-issues").innerText()).toContain(
      `Bergen!H${ubcRow}: «fire» er tekst, ikke et poeng for Læringsutbytte. Skriv et helt tall fra 1 til 5, eller tøm cellen.`
    );
    await shot("text-in-score-cell");
    await chooseLanguage(page, "English");
    await page.click("#tab-evaluate");
    await fillField(page, "City or municipality", "Bergn");
    await page.click("#load-city");
    expect(await page.locator("main#panel").innerText()).toContain("Bergn is not in the dataset");
    expect(await page.locator("main#panel .link", { hasText: "Bergen" }).count()).toBe(1);
    await shot("unknown-city");
    await fillField(page, "Cities, separated by commas", "Bergen, Stokholm");
    await page.click("#create-value-matrix");
    expect(await page.locator("#status").innerText()).toBe(
      "Unknown city 'Stokholm'. Did you mean Stockholm?"
    );
    await chooseLanguage(page, "Svenska");
    await fillField(page, "Städer, åtskilda med kommatecken", "Stokholm");
    await page.click("#create-value-matrix");
    expect(await page.locator("#status").innerText()).toBe(
      "Okänd stad ”Stokholm”. Menade du Stockholm?"
    );
    await chooseLanguage(page, "English");
  }, 60_000);

  test("the Data view, by keyboard", async () => {
    await page.focus("#tab-data");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#data-search");
    await page.keyboard.press("Tab");
    await page.keyboard.type("UBC");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForSelector("main#panel h2");
    expect(await page.locator("main#panel h2").innerText()).toBe("Union of the Baltic Cities");
    // Every fact with its citation: publisher, title, year and quote (the file only in details).
    expect(await page.locator("main#panel").innerText()).toContain(
      'Bergen kommune, "Gjennomgang av kommunens internasjonale samarbeidsarenaer" (c. 2020–2021): «'
    );
    await accessible("data");
    await shot("data-view");
  }, 60_000);

  test("the formula box evaluates =CITYNET.… with the real functions", async () => {
    await page.fill("#formula-box", '=CITYNET.NETWORK_STATUS("Bergen";"Eurocitiez")');
    await page.press("#formula-box", "Enter");
    expect(await page.locator("#formula-result").innerText()).toBe(
      "#N/A Unknown network 'Eurocitiez'. Did you mean EUROCITIES?"
    );
    await page.fill("#formula-box", '=CITYNET.NETWORK_SINCE("Stockholm";"EUROCITIES")');
    await page.press("#formula-box", "Enter");
    expect(await page.locator("#formula-result").innerText()).toBe("1995");
  }, 60_000);

  test("dark theme: Fluent's dark tokens, and still no serious accessibility violation", async () => {
    const dark = await session.browser.newContext({
      viewport: { width: 1400, height: 900 },
      bypassCSP: true,
      colorScheme: "dark",
    });
    const darkPage = await dark.newPage();
    await darkPage.goto(page.url().replace(/\?.*$/, "?lang=sv"));
    await darkPage.waitForSelector("html[data-ready]");
    expect(await darkPage.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    const background = await darkPage.evaluate(
      () => getComputedStyle(document.body).backgroundColor
    );
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150); // a dark background
    await fillField(darkPage, "Stad eller kommun", "Stockholm");
    await darkPage.click("#load-city");
    expect(await darkPage.locator("main#panel").innerText()).toContain(
      "C40 Cities Climate Leadership Group Associerad medlem"
    );
    const previous = page;
    page = darkPage;
    try {
      await accessible("evaluate (dark, sv)");
      await shot("dark-swedish");
    } finally {
      page = previous;
      await dark.close();
    }
  }, 60_000);
});
