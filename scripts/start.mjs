// npm start: the Office convention (office-addin-debugging start manifest.xml) where Excel can be
// sideloaded: Excel desktop on Windows and macOS, or Excel on the web with `-- web --document <url>`.
// Elsewhere (Linux, no Excel) it serves the add-in and prints the URL of the preview page, where the
// real task pane runs beside an in-page workbook.
import { spawn, spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const toWeb = args[0] === "web";
const desktop = process.platform === "win32" || process.platform === "darwin";
const port = process.env.npm_package_config_dev_server_port || 3000;

if (toWeb && !args.includes("--document")) {
  console.error(
    "To sideload into Excel on the web, give the workbook's URL: npm start -- web --document <url of a workbook in OneDrive or SharePoint>"
  );
  process.exit(2);
}

if (desktop || toWeb) {
  const bin = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(bin, ["office-addin-debugging", "start", "manifest.xml", ...args], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 1);
}

console.log(`Excel desktop runs only on Windows and macOS, so CityNet is served here for its preview:

  Preview (the task pane beside an in-page workbook):  https://localhost:${port}/preview.html
  The add-in itself, for Excel on the web:             https://localhost:${port}/manifest.xml
    (Home > Add-ins > More Settings > Upload My Add-in; or: npm start -- web --document <workbook url>)

The browser must trust the development certificate (~/.office-addin-dev-certs/ca.crt), or accept it once.
Stop with Ctrl+C.
`);
const server = spawn(
  process.execPath,
  ["node_modules/webpack/bin/webpack.js", "serve", "--mode", "development"],
  { stdio: "inherit" }
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
