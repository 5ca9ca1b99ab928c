import { join } from "path";
import type { Page } from "playwright-core";
import { buildEvaluation } from "../../src/core/scoring/evaluation";
import { BUILT_IN_FRAMEWORKS } from "../../src/core/scoring/frameworks";
import { evaluationSheet } from "../../src/core/sheet/evaluation-sheet";
import { writeXlsx } from "../../src/xlsx/write";
import { ARTIFACTS, chromiumForSuite } from "../helpers/browser";
import { openPreview, sheetGrid, type PreviewSession } from "../helpers/preview-page";
import { bundled } from "../helpers/dataset";
import { axeViolations, choose, fillField, tick, unfold } from "../helpers/pane";

const BERGEN = BUILT_IN_FRAMEWORKS.find((f) => f.id === "bergen")!;

// A team review in the task pane, in headless Chromium on the preview page: create a matrix with two
// raters, say who is scoring, score into one's own columns, see the team's median, the disputed row
// and each rater's progress.

const { chromium, describeIf } = chromiumForSuite("the browser tests of the task pane");

describeIf("a team review in the preview", () => {
  let session: PreviewSession;
  let page: Page;
  const shot = (name: string) =>
    page.screenshot({ path: join(ARTIFACTS, `team-${name}.png`), fullPage: false });

  const accessible = async (view: string) => {
    expect({ view, violations: await axeViolations(page) }).toEqual({ view, violations: [] });
  };

  const { cellText, column } = sheetGrid(() => page);
  const score = async (criterion: string, level: string) => {
    await choose(page.locator(`fieldset[data-criterion="${criterion}"]`), level);
  };
  /** A framework by its name (its description follows in the label). */
  const framework = (name: string) =>
    page.getByRole("radio", { name: new RegExp(`^${name}`) }).check();

  beforeAll(async () => {
    session = await openPreview(chromium!);
    page = session.page;
  }, 120_000);

  afterAll(() => session?.close());

  test("two raters score UBC in their own columns; the team's median and the dispute follow", async () => {
    await fillField(page, "City or municipality", "Bergen");
    await page.click("#load-city");
    await framework("Bergen review");
    await fillField(page, "Raters (optional)", "Anne, Per");
    await page.click("#create-matrix");
    await page.waitForSelector("#rater-choice");
    await accessible("who is scoring");
    await shot("who-is-scoring");
    await choose(page.locator("#rater-choice"), "Per");
    await page.click("#choose-rater");
    await page.waitForSelector("#scoring-as");
    expect(await page.locator("#scoring-as").innerText()).toContain("Scoring as Per");

    const ubc = page.locator('#sheet-grid td[data-cell^="A"]', {
      hasText: "Union of the Baltic Cities",
    });
    const row = Number((await ubc.getAttribute("data-cell"))!.slice(1));
    await ubc.click();
    await page.waitForFunction(
      () => document.querySelector("#score-title")?.textContent === "Union of the Baltic Cities"
    );
    const perParticipation = await column("Per: Participation");
    const team = await column("Participation");
    await score("participation", "4 · Active: contributes in groups or projects");
    await page.waitForFunction(
      ({ ref }) =>
        document.querySelector(`#sheet-grid td[data-cell="${ref}"]`)?.textContent === "4",
      { ref: `${perParticipation}${row}` }
    );
    await score("learning", "4 · Clear: knowledge used in the city's work");
    await score("influence", "4 · Clear: shapes positions towards EU/UN");
    await page.waitForFunction(() =>
      document.querySelector("#own-value")?.textContent?.startsWith("4")
    );
    expect(await cellText(`${team}${row}`)).toBe("4.0"); // the median of Per's 4 alone, as "0.0#" shows it
    // Per departs from the source's 1, and so does the team.
    expect(await page.locator('[data-evidence="participation"] .evidence-scores').innerText()).toBe(
      "Source: 1 · You: 4 · Team: 4"
    );
    await accessible("score as Per");
    await shot("scored-as-per");

    // A co-author (in Excel on the web, say) changes Per's participation in the very cell the pane just
    // wrote: a remote change, which the pane follows at once, though it would take a local edit of
    // that cell, this soon, for its own.
    await page.check("#co-author");
    await page.click(`#sheet-grid td[data-cell="${perParticipation}${row}"]`);
    await page.waitForFunction(() =>
      document.querySelector("#own-value")?.textContent?.startsWith("4")
    );
    await page.fill("#cell-box", "1");
    await page.press("#cell-box", "Enter"); // no click after it: only the change event can reload
    await page.waitForFunction(() =>
      document.querySelector("#own-value")?.textContent?.startsWith("3")
    );
    expect(
      await page
        .locator('fieldset[data-criterion="participation"]')
        .getByRole("radio", { name: "1 · Passive: no participation in recent years" })
        .isChecked()
    ).toBe(true);
    await page.uncheck("#co-author");
    // Back to 4, by Per in the pane.
    await score("participation", "4 · Active: contributes in groups or projects");
    await page.waitForFunction(() =>
      document.querySelector("#own-value")?.textContent?.startsWith("4")
    );

    // Anne scores the same row low: the team's median drops, the raters disagree.
    await page.click("#change-rater");
    await choose(page.locator("#rater-choice"), "Anne");
    await page.click("#choose-rater");
    await page.waitForSelector("#scoring-as");
    await score("participation", "2 · Occasional: attends now and then");
    await score("learning", "2 · Little: interesting but seldom relevant");
    await score("influence", "2 · Little: decisions are made elsewhere");
    await page.waitForSelector("#disputed");
    expect(await cellText(`${team}${row}`)).toBe("3.0"); // median of 4 and 2
    expect(await cellText(`${await column("Disputed")}${row}`)).toBe("Yes");
    await shot("disputed");

    // Kari is not in the list: she adds herself, gets columns of her own, and scores.
    await page.click("#change-rater");
    await fillField(page, "Not in the list? Your name", "Kari");
    await page.click("#add-me");
    await page.waitForFunction(() =>
      document.querySelector("#scoring-as")?.textContent?.includes("Scoring as Kari")
    );
    const kariParticipation = await column("Kari: Participation");
    await score("participation", "5 · Leading: holds offices, chairs or hosts");
    await page.waitForFunction(
      ({ ref }) =>
        document.querySelector(`#sheet-grid td[data-cell="${ref}"]`)?.textContent === "5",
      { ref: `${kariParticipation}${row}` }
    );
    expect(await cellText(`${team}${row}`)).toBe("4.0"); // the median of 4, 2 and 5
    await shot("kari-added");

    await page.click("#tab-evaluate");
    await page.waitForSelector("#rater-progress");
    const progress = await page.locator("#rater-progress").innerText();
    expect(progress).toContain("Anne: 1 of 34 scored");
    expect(progress).toContain("Per: 1 of 34 scored");
    expect(progress).toContain("Kari: 0 of 34 scored");
    await accessible("progress");

    // A colleague's copy comes back: Per's scores for EUROCITIES and one that differs for UBC, and a
    // rater this review does not have yet.
    const copy = buildEvaluation(bundled(), "Bergen", BERGEN, { raters: ["Per", "Lise"] });
    for (const r of copy.rows) {
      if (r.key === "ubc") {
        r.ratings!.per.scores = [3, 4, 4];
        r.ratings!.lise.scores = [1, 1, 1];
      }
      if (r.key === "eurocities") r.ratings!.per.scores = [5, 5, 5];
    }
    const file = writeXlsx([{ name: "Bergen", description: evaluationSheet(copy, "nb") }]);
    await unfold(page.locator("#import-form"), "Import scores from a colleague's workbook");
    await page.setInputFiles("#import-form input[type=file]", {
      name: "per.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(file),
    });
    await page.waitForSelector("#import-result fluent-message-bar", { timeout: 30_000 });
    const report = await page.locator("#import-result").innerText();
    expect(report).toContain("6 scores and notes imported from per.xlsx.");
    expect(report).toContain(
      "Per's Participation for Union of the Baltic Cities is 4 here and 3 in per.xlsx: not imported."
    );
    expect(await column("Lise: Participation")).toMatch(/^[A-Z]+$/);
    expect(await cellText(`${await column("Lise: Participation")}${row}`)).toBe("1");
    await accessible("imported");
    await shot("imported");
    // The same file again changes nothing.
    await page.setInputFiles("#import-form input[type=file]", {
      name: "per.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(file),
    });
    await page.waitForFunction(() =>
      document.querySelector("#import-result")?.textContent?.includes("0 scores and notes imported")
    );
  }, 180_000);

  test("a team that counts the sources' scores, combined by their mean", async () => {
    await page.click("#tab-evaluate");
    await fillField(page, "City or municipality", "Bergen");
    await page.click("#load-city");
    await framework("Bergen review");
    await fillField(page, "Raters (optional)", "Eva");
    await choose(page, "Mean: every score counts alike");
    await tick(page, "Count the sources' scores as a rater's");
    await accessible("team options");
    await page.click("#create-matrix");
    await page.waitForSelector("#rater-choice");
    await choose(page.locator("#rater-choice"), "Eva");
    await page.click("#choose-rater");
    await page.waitForSelector("#scoring-as");
    const ubc = page.locator('#sheet-grid td[data-cell^="A"]', {
      hasText: "Union of the Baltic Cities",
    });
    const row = Number((await ubc.getAttribute("data-cell"))!.slice(1));
    const team = await column("Participation");
    // Eva has not scored: the team's participation is the sources' 1, counted.
    expect(await cellText(`${team}${row}`)).toBe("1.0");
    await ubc.click();
    await page.waitForFunction(
      () => document.querySelector("#score-title")?.textContent === "Union of the Baltic Cities"
    );
    await score("participation", "4 · Active: contributes in groups or projects");
    await page.waitForFunction(
      ({ ref }) =>
        document.querySelector(`#sheet-grid td[data-cell="${ref}"]`)?.textContent === "2.5",
      { ref: `${team}${row}` }
    ); // the mean of Eva's 4 and the sources' 1
  }, 120_000);
});

describeIf("the team's own data in the preview", () => {
  let session: PreviewSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPreview(chromium!);
    page = session.page;
  }, 120_000);

  afterAll(() => session?.close());

  const formula = async (f: string) => {
    await page.fill("#formula-box", f);
    await page.press("#formula-box", "Enter");
    return page.locator("#formula-result").innerText();
  };

  test("a decision recorded in the Data view changes what the functions answer, with its source", async () => {
    expect(await formula('=CITYNET.NETWORK_STATUS("Bergen";"EUROCITIES")')).toBe("Member");
    await page.click("#tab-data");
    await fillField(page, "Search networks and cities", "EUROCITIES");
    await page.locator("#search-results .result", { hasText: "EUROCITIES" }).first().click();
    await unfold(page.locator("#record-event"), "Record a membership event");
    const form = page.locator("#record-event");
    await fillField(form, "City", "Bergen");
    await form.locator("fluent-dropdown [slot=control]").click();
    await form.locator("fluent-option", { hasText: "Decided to leave" }).click();
    await fillField(form, "Year", "2026");
    await fillField(form, "Source document", "Bystyresak 12/2026");
    await fillField(form, "Quote or note", "Bystyret vedtok utmelding av EUROCITIES");
    await fillField(form, "Your name", "Anne");
    await page.click("#record-event-add");
    await page.waitForFunction(() =>
      document.querySelector("#status")?.textContent?.includes("CityNet data")
    );
    expect(await formula('=CITYNET.NETWORK_STATUS("Bergen";"EUROCITIES")')).toBe("Leaving");
    expect(await formula('=CITYNET.NETWORK_SOURCE("Bergen";"EUROCITIES")')).toMatch(
      /^this workbook, CityNet data row 6, entered by Anne on \d{4}-\d{2}-\d{2} \(Bystyresak 12\/2026\): «Bystyret vedtok utmelding av EUROCITIES»$/
    );
    // A bad row typed into the data sheet is named in the Data view; the good row still counts.
    await page.click('#sheet-grid td[data-cell="A7"]');
    await page.fill("#cell-box", "Rumour");
    await page.press("#cell-box", "Enter");
    await page.click('#sheet-grid td[data-cell="H7"]');
    await page.fill("#cell-box", "Heard at a conference");
    await page.press("#cell-box", "Enter");
    await page.click("#tab-data");
    await page.waitForSelector("#data-problems");
    expect(await page.locator("#data-problems").innerText()).toContain(
      "'CityNet data'!A7: 'Rumour' is not a kind of statement"
    );
    expect(await formula('=CITYNET.NETWORK_STATUS("Bergen";"EUROCITIES")')).toBe("Leaving");
    await page.screenshot({ path: join(ARTIFACTS, "team-data.png") });
  }, 120_000);
});
