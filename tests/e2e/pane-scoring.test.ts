import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, chromiumForSuite } from "../helpers/browser";
import { openPreview, sheetGrid, type PreviewSession } from "../helpers/preview-page";
import { choose, fillField, textbox } from "../helpers/pane";

// The scoring loop in the task pane, in headless Chromium on the preview page: keyboard only from an
// empty pane to a scored row and a changed weight, focus kept through every redraw, messages next to
// the control that caused them (and in the status line), what a value matrix is for, the
// organisation picker, sensitivity in words and the team's score against the source's.

const { chromium, describeIf } = chromiumForSuite("the browser tests of the task pane");

describeIf("the scoring loop in the pane", () => {
  let session: PreviewSession;
  let page: Page;
  const timings: Record<string, number[]> = {};
  const time = (name: string, ms: number) => (timings[name] ??= []).push(Math.round(ms));

  /** The element that has focus: its data-key, id, tag and criterion. */
  const focused = () =>
    page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        key: a?.dataset.key ?? "",
        id: a?.id ?? "",
        tag: a?.tagName.toLowerCase() ?? "",
        criterion: a?.closest("fieldset")?.getAttribute("data-criterion") ?? "",
      };
    });
  /** Presses Tab (or Shift+Tab) until the focused element matches the selector. */
  const tabTo = async (selector: string, back = false, max = 120) => {
    for (let i = 0; i < max; i++) {
      if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return i;
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    }
    throw new Error(`${selector} not reached by ${back ? "Shift+Tab" : "Tab"}`);
  };
  const status = () => page.locator("#status").innerText();
  const { cellText, waitCell, showSheet } = sheetGrid(() => page);

  beforeAll(async () => {
    session = await openPreview(chromium!);
    page = session.page;
  }, 120_000);

  afterAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, "pane-timings.json"), JSON.stringify(timings, null, 2));
    await session?.close();
  });

  test("keyboard only: a city, Create, a score with the arrow keys, Next unscored, two weights with Tab", async () => {
    await tabTo("#city");
    await page.keyboard.type("Bergen");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#organisation-picker");
    await tabTo("#create-matrix");
    let started = Date.now();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelector("#score-title")?.textContent === "Covenant of Mayors"
    );
    time("create to score view (ms)", Date.now() - started);
    // Focus on the row's first unassessed criterion (participation), its name at the top of the pane.
    await page.waitForFunction(() => document.activeElement?.tagName === "FLUENT-RADIO");
    expect(await focused()).toMatchObject({
      criterion: "participation",
      key: "score-participation-none",
    });
    const top = await page.evaluate(() => {
      const pane = document.getElementById("app")!.getBoundingClientRect();
      const title = document.getElementById("score-title")!.getBoundingClientRect();
      return { pane: pane.top, title: title.top, bottom: pane.bottom };
    });
    expect(top.title).toBeGreaterThanOrEqual(top.pane);
    expect(top.title).toBeLessThan(top.pane + 200);

    // The arrow keys choose a level; the score goes to the sheet and focus stays on it.
    started = Date.now();
    await page.keyboard.press("ArrowDown");
    await waitCell("G9", "1");
    time("score to sheet (ms)", Date.now() - started);
    await page.waitForFunction(
      () => document.querySelector("#score-value")?.textContent === "2.75" // (1 + 4 + 2 + 4) / 4
    );
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement)?.dataset.key === "score-participation-1"
    );
    await page.keyboard.press("ArrowDown");
    await waitCell("G9", "2");
    await page.waitForFunction(
      () => document.querySelector("#score-value")?.textContent === "3.00"
    );
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement)?.dataset.key === "score-participation-2"
    );
    expect(await page.locator("#score-recommendation").innerText()).toBe("Continue");

    // Next unscored: the next row with a criterion not assessed, focus on that criterion.
    await tabTo("#next-unscored");
    started = Date.now();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelector("#score-title")?.textContent === "EurEau"
    );
    time("next unscored (ms)", Date.now() - started);
    await page.waitForFunction(
      () => document.activeElement?.closest("fieldset")?.getAttribute("data-criterion") === "fit"
    );

    // To the Weights tab by keyboard: back to the tabs, the arrow key, Enter.
    await tabTo("#tab-score", true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#weights-table");
    await tabTo("#weight-participation");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2");
    await page.keyboard.press("Tab");
    await waitCell("G4", "2");
    // The redraw after the write keeps focus on the field Tab went to.
    await page.waitForFunction(() => document.activeElement?.id === "weight-learning");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("0.5");
    await page.keyboard.press("Tab");
    await waitCell("H4", "0.5");
    await page.waitForFunction(() => document.activeElement?.id === "weight-influence");
    // What was typed and not yet committed survives a redraw too.
    await page.keyboard.press("End");
    await page.keyboard.type("3");
    await page.evaluate(() =>
      (
        window as unknown as { citynetPreview: { pane: { refresh(): Promise<void> } } }
      ).citynetPreview.pane.refresh()
    );
    await page.waitForTimeout(300);
    expect((await focused()).id).toBe("weight-influence");
    expect(await textbox(page, "Influence").inputValue()).toBe("13");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("1");
    await page.keyboard.press("Tab");
    await page.screenshot({ path: join(ARTIFACTS, "pane-keyboard-weights.png") });
  }, 120_000);

  test("status messages clear when they no longer apply", async () => {
    await page.click("#tab-evaluate");
    await fillField(page, "Cities, separated by commas", "Oslo, Stokholm");
    await page.click("#create-value-matrix");
    expect(await status()).toBe("Unknown city 'Stokholm'. Did you mean Stockholm?");
    await page.click("#tab-weights");
    expect(await status()).toBe("");
  }, 60_000);

  test("a value matrix: the pane says what it is for, not to score it", async () => {
    await page.click("#tab-evaluate");
    await fillField(page, "Cities, separated by commas", "Bergen, Stockholm");
    await page.click("#create-value-matrix");
    await page.waitForFunction(() => document.querySelector("#status")?.textContent !== "");
    const said = await status();
    // What it compares, and where scoring happens instead.
    expect(said).toMatch(/^Sheet '.+' created: it compares the cities' networks by value/);
    expect(said).toMatch(/to score a city's memberships, create its evaluation matrix above\.$/);
    expect(said).not.toContain("Select a row");
    expect(await page.locator("#value-cities-error").isHidden()).toBe(true);
  }, 60_000);

  test("errors next to the control that caused them, and in the status line", async () => {
    // Create with nothing ticked.
    await fillField(page, "City or municipality", "Bergen");
    await page.click("#load-city");
    await page.click("#select-none");
    expect(await page.locator("#organisation-picker legend").innerText()).toBe(
      "Organisations to evaluate: 0 of 34"
    );
    await page.click("#create-matrix");
    const nothing = "Nothing to evaluate: tick at least one organisation or add a candidate.";
    expect(await page.locator("#create-error").innerText()).toBe(nothing);
    expect(await page.locator("#create-matrix").getAttribute("aria-describedby")).toContain(
      "create-error"
    );
    expect(await status()).toBe(nothing);
    // The error sits right under the button.
    const [button, error] = await Promise.all([
      page.locator("#create-matrix").boundingBox(),
      page.locator("#create-error").boundingBox(),
    ]);
    expect(error!.y - (button!.y + button!.height)).toBeLessThan(24);

    // An unknown city for the value matrix: under its field, named by aria-describedby.
    await fillField(page, "Cities, separated by commas", "Bergen, Stokholm");
    await page.click("#create-value-matrix");
    expect(await page.locator("#value-cities-error").innerText()).toBe(
      "Unknown city 'Stokholm'. Did you mean Stockholm?"
    );
    expect(await page.locator("#value-cities").getAttribute("aria-describedby")).toContain(
      "value-cities-error"
    );
    // The field's own <input> (in its shadow root) is described by the same error.
    expect(
      await page.evaluate(() =>
        (
          (document.getElementById("value-cities") as unknown as { control: HTMLInputElement })
            .control as unknown as { ariaDescribedByElements: Element[] }
        ).ariaDescribedByElements.map((e) => e.id)
      )
    ).toContain("value-cities-error");

    // Weights and thresholds: refused at the field, the sheet unchanged.
    await showSheet("Bergen");
    await page.locator('#sheet-grid td[data-cell="A9"]').click();
    await page.click("#tab-weights");
    const recommendation = await cellText("O9");
    const weightError = async (id: string, value: string) => {
      const input = page.locator(`#${id} input`);
      await input.fill(value);
      await input.press("Enter");
      await page.waitForSelector(`#${id}-error:not([hidden])`);
      expect(await page.locator(`#${id}`).getAttribute("aria-describedby")).toContain(
        `${id}-error`
      );
      return page.locator(`#${id}-error`).innerText();
    };
    expect(await weightError("weight-influence", "-1")).toBe(
      "The weight of Influence cannot be negative: type 0 or more. Not saved."
    );
    expect(await status()).toBe(
      "The weight of Influence cannot be negative: type 0 or more. Not saved."
    );
    expect(await cellText("I4")).toBe("1");
    expect(await weightError("weight-fit", "")).toBe(
      "Type a weight for Strategic fit: a number, 0 or more (0 leaves it out). Not saved."
    );
    expect(await weightError("weight-learning", "1,5")).toBe(
      "The weight of Learning outcome must be a number, 0 or more, such as 1 or 0.5. Not saved."
    );
    expect(await weightError("threshold-strengthen", "2.5")).toBe(
      "The threshold for Strengthen must be above Continue (3), so that every recommendation can be given. Not saved."
    );
    expect(await weightError("threshold-continue", "6")).toBe(
      "The threshold for Continue must lie from 1 to 5, the scale of the value. Not saved."
    );
    expect(await weightError("threshold-review", "3")).toBe(
      "The threshold for Review must be below Continue (3), so that every recommendation can be given. Not saved."
    );
    // Nothing was written: the weights, thresholds and recommendation are as they were.
    expect(await cellText("I4")).toBe("1");
    expect(await cellText("O9")).toBe(recommendation);

    // A decimal score typed into the sheet is named at its criterion in the Score view.
    await page.click('#sheet-grid td[data-cell="H9"]');
    await page.fill("#cell-box", "3.5");
    await page.press("#cell-box", "Enter");
    await page.click("#tab-score");
    await page.waitForSelector("#problem-learning");
    expect(await page.locator("#problem-learning").innerText()).toContain(
      "is not a whole number: a score for Learning outcome is a whole number from 1 to 5"
    );
    expect(await page.locator("#criterion-learning").getAttribute("aria-describedby")).toContain(
      "problem-learning"
    );
    expect(
      await page.locator('#criterion-learning fluent-radio[aria-checked="true"]').count()
    ).toBe(0);
    // Chosen in the pane, the whole number replaces it and the problem goes.
    await choose(
      page.locator('fieldset[data-criterion="learning"]'),
      "4 · Clear: knowledge used in the city's work"
    );
    await waitCell("H9", "4");
    await page.waitForSelector("#problem-learning", { state: "detached" });
  }, 120_000);

  test("notes keep focus and what was typed when the row is redrawn (a co-author's edit)", async () => {
    await page.locator('#sheet-grid td[data-cell="A11"]').click();
    await page.waitForFunction(
      () => document.querySelector("#score-title")?.textContent === "EUROCITIES"
    );
    const notes = page.getByRole("textbox", { name: "Notes", exact: true });
    await notes.click();
    await page.keyboard.type("Ask the forum leads");
    // A co-author changes this row's score: the pane re-reads and redraws.
    await page.evaluate(() =>
      (
        window as unknown as {
          citynetPreview: { workbook: { writeAsCoAuthor(s: string, b: unknown[]): Promise<void> } };
        }
      ).citynetPreview.workbook.writeAsCoAuthor("Bergen", [{ row: 10, col: 7, values: [[2]] }])
    );
    await page.waitForFunction(
      () =>
        document
          .querySelector('#criterion-learning fluent-radio[aria-checked="true"]')
          ?.getAttribute("value") === "2"
    );
    expect((await focused()).id).toBe("notes");
    expect(await notes.inputValue()).toBe("Ask the forum leads");
  }, 60_000);

  test("sensitivity in words; once for the rows no single weight can change", async () => {
    await page.click("#tab-weights");
    await page.waitForSelector("#weights-table");
    // The framework's own weights again (the keyboard test changed two).
    for (const [id, ref] of [
      ["weight-participation", "G4"],
      ["weight-learning", "H4"],
    ]) {
      await page.locator(`#${id} input`).fill("1");
      await page.locator(`#${id} input`).press("Enter");
      await waitCell(ref, "1");
    }
    const row = (name: string) =>
      page.locator("#weights-table tbody", { has: page.locator(`th:text-is("${name}")`) });
    // UNESCO Creative Cities Network, combined: participation 4, learning 5, resources 3 (a cost:
    // 6 − 3 = 3, weight 0.5), value 4.2; (4 + 1.5 + 5g) / (1.5 + g) reaches 4.5 at g = 2.5.
    expect(await row("UNESCO Creative Cities Network").locator("tr.tips").innerText()).toBe(
      "Continue becomes Strengthen if Learning outcome weighs more than 2.5 (now 1)"
    );
    // UBC: participation 1, learning 2, influence 2; no single weight changes Leave.
    expect(await row("Union of the Baltic Cities").locator("tr.tips").count()).toBe(0);
    expect(await page.locator("#steady").count()).toBe(1);
    expect(await page.locator("#steady").innerText()).toMatch(
      /^For the other \d+ organisations, no single weight can change the recommendation\.$/
    );
    expect(await page.locator("main#panel").innerText()).not.toMatch(/[+−-]\d+ %/);
  }, 60_000);

  test("your score against the source: Source 1 · Team 3", async () => {
    await page.click("#tab-score");
    const ubc = page.locator('#sheet-grid td[data-cell^="A"]', {
      hasText: "Union of the Baltic Cities",
    });
    const row = Number((await ubc.getAttribute("data-cell"))!.slice(1));
    const started = Date.now();
    await ubc.click();
    await page.waitForFunction(
      () => document.querySelector("#score-title")?.textContent === "Union of the Baltic Cities"
    );
    time("row change to score view (ms)", Date.now() - started);
    // A row chosen in the sheet: focus waits on its first unassessed criterion (UBC: strategic fit).
    await page.waitForFunction(
      () => document.activeElement?.closest("fieldset")?.getAttribute("data-criterion") === "fit"
    );
    const evidence = page.locator('[data-evidence="participation"]');
    expect(await evidence.locator(".evidence-scores").innerText()).toBe("Source: 1");
    await choose(
      page.locator('fieldset[data-criterion="participation"]'),
      "3 · Regular: attends meetings and conferences"
    );
    await waitCell(`G${row}`, "3");
    await page.waitForFunction(
      () =>
        document.querySelector('[data-evidence="participation"] .evidence-scores')?.textContent ===
        "Source: 1 · Team: 3"
    );
    expect(await evidence.locator("blockquote").innerText()).toBe(
      'Bergen kommune, "Gjennomgang av kommunens internasjonale samarbeidsarenaer" (c. 2020–2021): «Bergen kommune har ikke deltatt aktivt i organisasjonen de siste årene»'
    );
    // Learning agrees with the source (2): no departure to show.
    expect(await page.locator('[data-evidence="learning"] .evidence-scores').innerText()).toBe(
      "Source: 2"
    );
  }, 60_000);

  test("the organisation picker: filter, select all and none, coloured statuses, candidates", async () => {
    await page.click("#tab-evaluate");
    await fillField(page, "City or municipality", "Bergen");
    await page.click("#load-city");
    const legend = page.locator("#organisation-picker legend");
    expect(await legend.innerText()).toBe("Organisations to evaluate: 34 of 34");
    await fillField(page, "Filter the list", "cities");
    const visible = page.locator("#organisation-picker .checklist fluent-field:visible");
    const names = await visible.allInnerTexts();
    expect(names.length).toBeGreaterThan(3);
    expect(names.every((n) => /cities/i.test(n))).toBe(true);
    await page.click("#select-none");
    expect(await legend.innerText()).toBe(`Organisations to evaluate: ${34 - names.length} of 34`);
    await fillField(page, "Filter the list", "");
    await page.click("#select-all");
    expect(await legend.innerText()).toBe("Organisations to evaluate: 34 of 34");
    // Each status its own colour, always with its words.
    const badge = (status: string) =>
      page.locator(`#organisation-picker fluent-badge[data-status="${status}"]`).first();
    const colours: Record<string, string> = {};
    for (const s of ["Member", "Leaving", "Joining", "Under consideration"]) {
      colours[s] = await badge(s).evaluate((b) => getComputedStyle(b).backgroundColor);
    }
    expect(new Set(Object.values(colours)).size).toBe(4);
    expect(await badge("Leaving").innerText()).toBe("Leaving");
    expect(await badge("Joining").innerText()).toBe("Joining");
    // A candidate shown by the name it resolves to, and removable.
    await fillField(page, "Add a candidate organisation", "C40");
    await page.click("#add-candidate");
    const candidates = page.locator("#candidates");
    expect(await candidates.innerText()).toContain("C40 Cities Climate Leadership Group");
    expect(await candidates.innerText()).not.toMatch(/\bC40\b(?! Cities)/);
    await fillField(page, "Add a candidate organisation", "Eurocities");
    await page.click("#add-candidate");
    expect(await page.locator("#candidate-error").innerText()).toBe(
      "EUROCITIES is already in the list: tick it there instead of adding it as a candidate."
    );
    await page
      .getByRole("button", { name: "Remove the candidate C40 Cities Climate Leadership Group" })
      .click();
    expect(await page.locator("#candidates").count()).toBe(0);
    expect(await status()).toBe("C40 Cities Climate Leadership Group is no longer a candidate.");
  }, 60_000);
});
