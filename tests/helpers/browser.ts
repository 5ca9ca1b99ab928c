import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "fs";
import type { Server } from "http";
import { join } from "path";
import type { Browser } from "playwright-core";

// Headless Chromium for the browser tests: Debian's chromium driven by playwright-core, the built
// pages served from dist/ on a loopback port.

export const ROOT = join(__dirname, "../..");
export const ARTIFACTS = join(ROOT, "test-artifacts", "e2e");

const shared = require("../../scripts/browser.cjs") as {
  CHROMIUM_ARGS: string[];
  findChromium(): string | undefined;
  serveFolder(dir: string): Promise<{ server: Server; url: string }>;
};

export const findChromium = shared.findChromium;

/**
 * Chromium for a browser suite, and `describe` or `describe.skip` to match: without Chromium the
 * suite says loudly that it is skipped, and fails under CI, where it must run.
 */
export function chromiumForSuite(what: string): {
  chromium: string | undefined;
  describeIf: jest.Describe;
} {
  const chromium = findChromium();
  if (!chromium) {
    const message = `Chromium is not installed: ${what} cannot run. Install Debian's chromium package.`;
    if (process.env.CI) throw new Error(message);
    console.warn(`\n*** SKIPPED: ${message} ***\n`);
  }
  return { chromium, describeIf: chromium ? describe : describe.skip };
}

/** Builds dist/ when it is missing or older than the sources it is made from. */
export function ensureBuilt(): void {
  const page = join(ROOT, "dist", "preview.html");
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir, { withFileTypes: true }).map((d) =>
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

export function serveDist(): Promise<{ server: Server; url: string }> {
  return shared.serveFolder(join(ROOT, "dist"));
}

export async function launch(executablePath: string): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath, args: shared.CHROMIUM_ARGS });
}
