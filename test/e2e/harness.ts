/** The browser-test harness: one production build, a vite preview server, and headless Chromium via playwright-core. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";

const ROOT = new URL("../..", import.meta.url).pathname;
/** Where screenshots go (kept as test artifacts). */
export const SHOTS = join(ROOT, "test-results", "screenshots");

/** The Chromium flags for a headless, network-quiet run. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A built and served game with a browser. */
export interface Harness {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Build the game once into a private directory, serve it, and launch Chromium. */
export async function startHarness(): Promise<Harness> {
  const outDir = mkdtempSync(join(tmpdir(), "corridors-e2e-dist-"));
  await build({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "error",
    build: { outDir },
    preview: { port: 0, strictPort: false, host: "127.0.0.1" },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`,
    );
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  mkdirSync(SHOTS, { recursive: true });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** A fresh page (its own storage) that records console errors and uncaught exceptions. */
export async function openPage(h: Harness): Promise<{ page: Page; errors: string[] }> {
  const context = await h.browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
  await page.goto(h.url);
  await page.waitForFunction(() => window.__corridors?.firstFrameAt != null, null, { timeout: 20_000 });
  return { page, errors };
}

/** Save a screenshot under test-results/screenshots. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The game's state hash, as the page's engine computes it. */
export function pageHash(page: Page): Promise<string | null> {
  return page.evaluate(() => window.__corridors?.hashState() ?? null);
}
