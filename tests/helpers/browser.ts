import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "fs";
import { createServer, type Server } from "http";
import { extname, join, normalize } from "path";
import type { Browser } from "playwright-core";

// Headless Chromium for the browser tests: Debian's chromium driven by playwright-core, the built
// pages served from dist/ on a loopback port.

export const ROOT = join(__dirname, "../..");
export const ARTIFACTS = join(ROOT, "test-artifacts", "e2e");

export function findChromium(): string | undefined {
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) =>
    existsSync(p)
  );
}

/** Builds dist/ when it is missing or older than the sources it is made from. */
export function ensureBuilt(): void {
  const page = join(ROOT, "dist", "preview.html");
  const newest = (dir: string): number =>
    Math.max(
      ...require("fs")
        .readdirSync(dir, { withFileTypes: true })
        .map((d: { name: string; isDirectory(): boolean }) =>
          d.isDirectory() ? newest(join(dir, d.name)) : statSync(join(dir, d.name)).mtimeMs
        )
    );
  if (existsSync(page) && statSync(page).mtimeMs >= newest(join(ROOT, "src"))) return;
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
    { cwd: ROOT, stdio: "pipe" }
  );
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".json": "application/json",
  ".xml": "application/xml",
};

export function serveDist(): Promise<{ server: Server; url: string }> {
  const dist = join(ROOT, "dist");
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(
      /^(\.\.[/\\])+/,
      ""
    );
    const file = join(dist, path === "/" ? "preview.html" : path);
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })
    )
  );
}

export async function launch(executablePath: string): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
