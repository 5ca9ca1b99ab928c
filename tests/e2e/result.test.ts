import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { reviewReport } from "../../src/core/sheet/review-report";
import { readXlsx } from "../../src/xlsx/read";
import { docxOutline } from "../helpers/docx-outline";
import { ARTIFACTS, chromiumForSuite } from "../helpers/browser";
import { openPreview, sheetGrid, type PreviewSession } from "../helpers/preview-page";
import { fillField } from "../helpers/pane";

// The review's result in the preview, in headless Chromium: the value matrix across cities follows a
// score typed into the city's matrix; a summary sheet is added; the council report and the whole
// review are downloaded, and what is downloaded is what the matrix says.

const { chromium, describeIf } = chromiumForSuite("the browser tests of the task pane");

describeIf("the review's result in the preview", () => {
  let session: PreviewSession;
  let page: Page;
  const { cell, waitCell, showSheet, column, rowOf, type } = sheetGrid(() => page);

  beforeAll(async () => {
    session = await openPreview(chromium!, { acceptDownloads: true });
    page = session.page;
  }, 120_000);

  afterAll(() => session?.close());

  test("the value matrix follows a score; a summary; the report and the review downloaded", async () => {
    await fillField(page, "City or municipality", "Bergen");
    await page.click("#load-city");
    await page.getByRole("radio", { name: /^Bergen review/ }).check();
    await page.click("#create-matrix");
    await page.waitForFunction(() => document.querySelector("#score-title") !== null);
    const ubc = await rowOf("Union of the Baltic Cities");
    const [participation, learning, influence] = [
      await column("Participation", 8),
      await column("Learning outcome", 8),
      await column("Influence", 8),
    ];

    // The value matrix across Bergen and Oslo, in the framework chosen: Bergen's column follows its
    // matrix, Oslo's comes from the sources.
    await page.click("#tab-evaluate");
    await fillField(page, "Cities, separated by commas", "Bergen, Oslo");
    await page.click("#create-value-matrix");
    await page.waitForFunction(() =>
      document.querySelector("#status")?.textContent?.includes("compares the cities' networks")
    );
    const ubcValues = await rowOf("Union of the Baltic Cities");
    await waitCell(`B${ubcValues}`, "1.67"); // the sources' scores, as typed into the matrix
    expect(await cell("B3").innerText()).toBe("Sheet 'Bergen' (Bergen review)");
    expect(await cell("C3").innerText()).toBe("The sources (Bergen review)");
    await page.screenshot({ path: join(ARTIFACTS, "result-value-matrix.png") });

    // The team scores UBC 5, 5, 5 in the matrix: the value matrix says 5.
    await showSheet("Bergen");
    for (const col of [participation, learning, influence]) await type(`${col}${ubc}`, "5");
    await showSheet("Value of networks per city");
    await waitCell(`B${ubcValues}`, "5.00");

    // A summary sheet for the matrix the selection is in.
    await showSheet("Bergen");
    await cell(`A${ubc}`).click();
    await page.click("#tab-evaluate");
    await page.waitForSelector("#review-result");
    await page.click("#create-summary");
    await page.waitForFunction(() =>
      document.querySelector("#status")?.textContent?.includes("Summary")
    );
    const line = await rowOf("Union of the Baltic Cities");
    await waitCell(`B${line}`, "5.00");
    await waitCell(`C${line}`, "Strengthen");
    await page.screenshot({ path: join(ARTIFACTS, "result-summary.png") });

    // The council report and the whole review, downloaded from the matrix.
    await showSheet("Bergen");
    await cell(`A${ubc}`).click();
    await page.click("#tab-evaluate");
    await page.waitForSelector("#download-report");
    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#download-report"),
    ]);
    expect(report.suggestedFilename()).toBe("Bergen_ evaluation of international memberships.docx");
    const outline = docxOutline(new Uint8Array(readFileSync((await report.path())!)));
    const section = outline.slice(outline.indexOf("## Union of the Baltic Cities (UBC)"));
    expect(section).toMatch(/^## Union of the Baltic Cities \(UBC\)\n/);
    expect(section.slice(section.indexOf("### Recommendation"))).toMatch(
      /^### Recommendation\nIt is recommended to continue and strengthen the cooperation\.\n/
    );

    const [workbook] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#download-workbook"),
    ]);
    expect(workbook.suggestedFilename()).toBe("Bergen.xlsx");
    const sheets = await readXlsx(new Uint8Array(readFileSync((await workbook.path())!)));
    expect(sheets.map((s) => s.name)).toEqual(["Summary", "Bergen", "Sources", "CityNet data"]);
    const checked = reviewReport(sheets);
    expect(checked.problems).toEqual([]);
    const row = checked.matrices[0].rows.find((r) => r.key === "ubc")!;
    expect(row).toMatchObject({
      scores: { participation: 5, learning: 5, influence: 5 },
      recommendation: "Strengthen",
    });
    expect(checked.matrices[0].rows).toHaveLength(34);
  }, 180_000);
});
