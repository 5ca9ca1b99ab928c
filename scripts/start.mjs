// npm start: the Office convention (office-addin-debugging start manifest.xml) where Excel can be
// sideloaded: Excel desktop on Windows and macOS, or Excel on the web with `-- web --document <url>`.
// On Linux there is no Excel desktop to sideload into: say so and exit non-zero instead of pretending.
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const toWeb = args[0] === "web";
const supported = process.platform === "win32" || process.platform === "darwin" || toWeb;

if (toWeb && !args.includes("--document")) {
  console.error(
    "To sideload into Excel on the web, give the workbook's URL: npm start -- web --document <url of a workbook in OneDrive or SharePoint>"
  );
  process.exit(2);
}

if (!supported) {
  console.error(`npm start cannot sideload CityNet on ${process.platform}: Excel desktop runs only on Windows and macOS.
What works here:
  - Excel on the web: npm start -- web --document <url of a workbook in OneDrive or SharePoint>
  - or serve the add-in (npm run dev-server, https://localhost:3000) and upload manifest.xml in Excel on the web
    (Home > Add-ins > More Settings > Upload My Add-in).
  - the task pane page itself: https://localhost:3000/taskpane.html while the dev server runs.`);
  process.exit(1);
}

const bin = process.platform === "win32" ? "npx.cmd" : "npx";
const result = spawnSync(bin, ["office-addin-debugging", "start", "manifest.xml", ...args], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
process.exit(result.status ?? 1);
