import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser } from "playwright-core";
import { findChromium, launch, ROOT } from "../helpers/browser";

// The task pane's Content-Security-Policy against Microsoft's Office.js: the library and the host files
// Office loads for Excel on the web, on Windows and on Mac run under the pane's policy in Chromium,
// with a request through the client, and not one thing is refused. Microsoft publishes no list of what
// Office.js needs (office-js#1005, office-js-docs-pr#721), so this is how the policy is held to it.

const chromium = findChromium();
if (!chromium) {
  const message = "Skipping the CSP tests: Chromium is not installed (apt-get install chromium).";
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}
const describeIf = chromium ? describe : describe.skip;

const html = readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8");
const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1];
const directives = new Map(
  policy.split(";").map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  })
);
const DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");

describe("the pane's policy", () => {
  test("scripts only from the add-in and Office.js's own places, no inline code, nothing else", () => {
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual([
      "'self'",
      // office.js and the host files it loads from its own folder, on either CDN name
      "https://appsforoffice.microsoft.com/lib/1/hosted/",
      "https://officeapis.public.onecdn.static.microsoft/1/",
      // older office.js builds load this one file for MicrosoftAjax (office-js#6430)
      "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js",
    ]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    // The trust prompt Office.js frames from its own folder when the host is not a known Office domain.
    expect(directives.get("frame-src")).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/",
      "https://officeapis.public.onecdn.static.microsoft/1/",
    ]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    // The page loads office.js from the first of those places.
    expect(html).toContain(
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>'
    );
  });

  test("the shipped host files set styles only through the CSSOM, which a policy does not govern", () => {
    for (const file of ["excel-web-16.00.js", "excel-win32-16.01.js", "excel-mac-16.00.js"]) {
      const code = readFileSync(join(DIST, file), "utf8");
      expect({ file, styleElements: /createElement\(["']style["']\)/.test(code) }).toEqual({
        file,
        styleElements: false,
      });
      expect({ file, styleAttributes: /setAttribute\(["']style["']/.test(code) }).toEqual({
        file,
        styleAttributes: false,
      });
      expect({ file, eval: /\beval\(/.test(code) }).toEqual({ file, eval: false });
    }
  });
});

describeIf("Office.js under the pane's policy, in Chromium", () => {
  let browser: Browser;
  let server: import("http").Server;
  let url: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "citynet-csp-"));
    // Served from 'self' here (no network): the CDN entries stand for these same files in Office.
    for (const file of [
      "office.js",
      "excel-web-16.00.js",
      "excel-win32-16.01.js",
      "excel-mac-16.00.js",
    ])
      copyFileSync(join(DIST, file), join(dir, file));
    writeFileSync(
      join(dir, "watch.js"),
      `window.refused = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.refused.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + e.sourceFile + ":" + e.lineNumber));
window.addEventListener("error", (e) => window.refused.push("error " + e.message));`
    );
    writeFileSync(
      join(dir, "probe.js"),
      `(async () => {
  try {
    if (typeof Excel === "undefined") { window.result = "no Excel"; return; }
    OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => ({
      statusCode: 200, headers: {},
      body: JSON.stringify({ Results: request.body.Actions.filter((a) => a.ActionType === 2)
        .map((a) => ({ ActionId: a.Id, Value: { Values: [[42]], Address: "Sheet1!A1" } })) }),
    }));
    const context = new Excel.RequestContext("https://excel.invalid/");
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
    range.format.fill.color = "#FFF8DC";
    await context.sync();
    window.result = String(range.values[0][0]);
  } catch (e) { window.result = "failed: " + e.message; }
})();`
    );
    for (const file of [
      "office.js",
      "excel-web-16.00.js",
      "excel-win32-16.01.js",
      "excel-mac-16.00.js",
    ])
      writeFileSync(
        join(dir, `${file}.html`),
        `<!doctype html><html><head><meta charset="UTF-8" />
<meta http-equiv="Content-Security-Policy" content="${policy}" />
<script src="watch.js"></script><script src="${file}"></script><script src="probe.js"></script>
</head><body><p>CityNet</p></body></html>`
      );
    const shared = require("../../scripts/browser.cjs") as {
      serveFolder(d: string): Promise<{ server: import("http").Server; url: string }>;
    };
    ({ server, url } = await shared.serveFolder(dir));
    browser = await launch(chromium!);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test.each([
    ["office.js", "no Excel"], // outside Office it waits for a host and loads nothing more
    ["excel-web-16.00.js", "42"],
    ["excel-win32-16.01.js", "42"],
    ["excel-mac-16.00.js", "42"],
  ])(
    "%s loads and works: nothing refused",
    async (file, result) => {
      const page = await browser.newPage();
      await page.goto(`${url}/${file}.html`);
      await page.waitForFunction(
        () => (window as unknown as { result?: string }).result !== undefined,
        undefined,
        {
          timeout: 10_000,
        }
      );
      const { refused, answer } = await page.evaluate(() => ({
        refused: (window as unknown as { refused: string[] }).refused,
        answer: (window as unknown as { result: string }).result,
      }));
      await page.close();
      expect({ file, refused, answer }).toEqual({ file, refused: [], answer: result });
    },
    20_000
  );
});
