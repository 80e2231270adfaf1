#!/usr/bin/env node
// Measures the browser game's production build in headless Chromium: time from navigation to
// the first drawn map frame, animation frame rate (title map, game screen, turn animation), and
// the JavaScript shipped (gzip -9). Writes test-results/ui-perf.json and prints a summary.
// Run: node scripts/ui-perf.mjs        (CHROMIUM_PATH overrides /usr/bin/chromium)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { build, preview } from "vite";

const ROOT = new URL("..", import.meta.url).pathname;
const DIST = join(ROOT, "dist");
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const BUDGET = { firstFrameMs: 2000, fps: 60, jsGzipKb: 450 };

await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), logLevel: "error" });
const sizes = jsSizes();
const server = await preview({
  root: ROOT,
  configFile: join(ROOT, "vite.config.ts"),
  logLevel: "error",
  preview: { port: 0, strictPort: false, host: "127.0.0.1" },
});
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ARGS,
});
const version = browser.version();
try {
  const loads = [];
  for (let i = 0; i < 5; i++) loads.push(await firstFrame(""));
  const canvas = await frameRates("");
  const webgl = await frameRates("?renderer=webgl");
  const result = {
    chromium: version,
    viewport: "1440×900",
    firstFrameMs: { runs: loads.map((l) => l.ms), median: median(loads.map((l) => l.ms)) },
    renderer: canvas.renderer,
    fps: canvas,
    fpsForcedWebgl: webgl,
    js: sizes,
  };
  mkdirSync(join(ROOT, "test-results"), { recursive: true });
  writeFileSync(join(ROOT, "test-results", "ui-perf.json"), `${JSON.stringify(result, null, 2)}\n`);
  report(result);
} finally {
  await browser.close();
  await server.close();
}

/** Load the page in a fresh context and read when the map scene drew its first frame. */
async function firstFrame(query) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url + query);
  await page.waitForFunction(() => window.__corridors?.firstFrameAt != null, null, { timeout: 30_000 });
  const ms = await page.evaluate(() => window.__corridors.firstFrameAt);
  await context.close();
  return { ms: Math.round(ms) };
}

/** Frames per second counted with requestAnimationFrame (and Phaser's own estimate) on three screens. */
async function frameRates(query) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url + query);
  await page.waitForFunction(() => window.__corridors?.firstFrameAt != null, null, { timeout: 30_000 });
  await page.waitForTimeout(1000);
  const renderer = await page.evaluate(() => window.__corridors.renderer());
  const title = await count(page, 4000);
  await page.getByRole("button", { name: "Watch the AIs play" }).click();
  await page.getByLabel("Turns").fill("4");
  await page.getByRole("button", { name: "Start the game" }).click();
  await page.waitForTimeout(1000);
  const game = await count(page, 4000);
  await page.getByRole("button", { name: "Step one turn" }).click();
  await page.waitForFunction(
    () => document.querySelector("#turn-banner")?.textContent?.includes("resolve"),
    null,
    { timeout: 20_000 },
  );
  const turn = await count(page, 1500);
  await context.close();
  return { renderer, title, game, turnAnimation: turn };
}

function count(page, ms) {
  return page.evaluate(
    (span) =>
      new Promise((resolve) => {
        let frames = 0;
        let worst = 0;
        let last = performance.now();
        const t0 = last;
        const tick = (now) => {
          frames++;
          worst = Math.max(worst, now - last);
          last = now;
          if (now - t0 < span) requestAnimationFrame(tick);
          else
            resolve({
              fps: Math.round((frames * 10000) / (now - t0)) / 10,
              worstFrameMs: Math.round(worst),
              phaserFps: Math.round(window.__corridors.fps()),
            });
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/** Gzip -9 size of every JavaScript file the build emits, and of those the page loads at start. */
function jsSizes() {
  const assets = join(DIST, "assets");
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const files = readdirSync(assets).filter((f) => f.endsWith(".js"));
  const gz = (f) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
  const each = Object.fromEntries(
    files.map((f) => [f, { raw: readFileSync(join(assets, f)).length, gzip: gz(f) }]),
  );
  const initial = files.filter((f) => html.includes(f));
  const kb = (n) => Math.round(n / 102.4) / 10;
  return {
    files: each,
    totalGzipKb: kb(files.reduce((a, f) => a + (each[f]?.gzip ?? 0), 0)),
    initialGzipKb: kb(initial.reduce((a, f) => a + (each[f]?.gzip ?? 0), 0)),
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function report(r) {
  const ok = (pass) => (pass ? "ok  " : "OVER");
  console.log(`Corridors UI performance — ${r.chromium}, headless, ${r.viewport}, renderer ${r.renderer}`);
  console.log(
    `${ok(r.firstFrameMs.median <= BUDGET.firstFrameMs)} load to first map frame: median ${r.firstFrameMs.median} ms (runs ${r.firstFrameMs.runs.join(", ")}; budget ${BUDGET.firstFrameMs} ms)`,
  );
  for (const [name, m] of Object.entries({
    title: r.fps.title,
    game: r.fps.game,
    "turn animation": r.fps.turnAnimation,
  })) {
    console.log(
      `${ok(m.fps >= BUDGET.fps - 3)} ${name}: ${m.fps} fps (worst frame ${m.worstFrameMs} ms; Phaser ${m.phaserFps} fps)`,
    );
  }
  const w = r.fpsForcedWebgl;
  console.log(
    `     forced WebGL (${w.renderer}, SwiftShader here): title ${w.title.fps} fps, game ${w.game.fps} fps, turn ${w.turnAnimation.fps} fps`,
  );
  console.log(
    `${ok(r.js.totalGzipKb <= BUDGET.jsGzipKb)} JavaScript gzip: ${r.js.totalGzipKb} KB in all (${r.js.initialGzipKb} KB loaded at start; budget ${BUDGET.jsGzipKb} KB)`,
  );
  for (const [f, s] of Object.entries(r.js.files))
    console.log(`       ${f}: ${Math.round(s.raw / 1024)} KB raw, ${Math.round(s.gzip / 1024)} KB gzip`);
}
