/**
 * The game in real Chromium against the production build: a solo game entered with keyboard and
 * mouse, turn reports with causes, autosave and reload (and the game kept beside a new one), save
 * import errors, the guide, hot-seat hand-off, the facilitator's injects, spectating and replay, and the same hash in the browser as in
 * Node.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GameLog, type GameState, hashState, replay } from "../../src/engine/index.ts";
import { loadRulesDir } from "../../src/rules/load-node.ts";
import { type Harness, openPage, pageHash, shot, startHarness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(async () => {
  await h?.close();
});

async function newGame(
  page: Page,
  seed: string,
  seats: Record<string, string>,
  turns?: number,
): Promise<void> {
  await page.getByRole("button", { name: "New game" }).click();
  await page.getByLabel("Seed").fill(seed);
  if (turns !== undefined) await page.getByLabel("Turns").fill(String(turns));
  for (const [agent, seat] of Object.entries(seats)) await page.locator(`#seat-${agent}`).selectOption(seat);
  await page.getByRole("button", { name: "Start the game" }).click();
}

/** Choose a kind of order with the arrow keys on the focused kind select. */
/** Türkiye played by a human, every other country by the easy AI. */
const SOLO = {
  tr: "human",
  us: "ai-easy",
  ru: "ai-easy",
  cn: "ai-easy",
  kz: "ai-easy",
  uz: "ai-easy",
  mn: "ai-easy",
};

async function kindByKeyboard(page: Page, kind: string): Promise<void> {
  await page.locator("#order-kind").focus();
  for (let i = 0; i < 20; i++) {
    if ((await page.locator("#order-kind").inputValue()) === kind) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`could not reach order kind ${kind}`);
}

/** Load a save file's text through the _Load file_ button. */
async function loadFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Load file" }).click();
  await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

async function waitReport(page: Page, turn: number): Promise<void> {
  await expect
    .poll(() => page.locator("#report-h").textContent(), { timeout: 20_000 })
    .toBe(`Turn ${turn} report`);
}

describe("a solo game in the browser", () => {
  it("takes orders by keyboard and mouse, resolves three turns with causes, and continues after a reload", async () => {
    const { page, errors } = await openPage(h);
    await shot(page, "01-title");
    await newGame(page, "e2e-solo", SOLO);
    await expect.poll(() => page.locator("#orders-h").textContent()).toBe("Orders — Türkiye");
    await shot(page, "02-orders");

    // Keyboard only: kind with arrows, Tab into the choices, Enter adds.
    await kindByKeyboard(page, "soft-power");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#pending-orders li").count()).toBe(1);
    expect(await page.locator("#pending-orders").textContent()).toContain("Build soft power in");

    // Mouse: pick an investment, an amount, add it; remove one, then undo the removal.
    await page.locator("#order-kind").selectOption("invest");
    await page.getByText("Kazakh mines — new mine").click();
    await page.locator("#order-amount").selectOption("100");
    expect(await page.locator("#order-preview").textContent()).toContain("Treasury");
    await page.getByRole("button", { name: "Add order" }).click();
    await expect.poll(() => page.locator("#pending-orders li").count()).toBe(2);
    expect(await page.locator("#budget").textContent()).toContain("1 of 3");
    await page.getByRole("button", { name: /^Remove: Invest/ }).click();
    await expect.poll(() => page.locator("#pending-orders li").count()).toBe(1);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => page.locator("#pending-orders li").count()).toBe(2);
    await page.getByRole("button", { name: "Submit orders for turn 1" }).click();
    await page.waitForTimeout(500);
    await shot(page, "03-resolving");
    await waitReport(page, 1);
    const changes = await page.locator("#changes-table").textContent();
    expect(changes).toContain("Türkiye's order: Soft power");
    expect(changes).toContain("Rule: income");
    expect(await page.locator("#panel-report").textContent()).toContain("Orders revealed");
    // The toast "Turn 1 resolved." sits at the top right of the map: clear of the legend and the
    // gauges below, of the zoom buttons, and of where the details card opens (12 px in, 380 px wide).
    await expect.poll(() => page.locator("#toast").isVisible()).toBe(true);
    const toast = await page.locator("#toast").boundingBox();
    const pane = await page.locator("#map-pane").boundingBox();
    const legend = await page.locator("#map-legend").boundingBox();
    const zoom = await page.locator(".map-toolbar").boundingBox();
    if (!toast || !pane || !legend || !zoom)
      throw new Error("toast, map pane, legend or zoom buttons not laid out");
    expect(toast.x).toBeGreaterThanOrEqual(pane.x + 12 + 380);
    expect(toast.x + toast.width).toBeLessThanOrEqual(zoom.x);
    expect(toast.y + toast.height).toBeLessThan(pane.y + pane.height / 3);
    expect(toast.y + toast.height).toBeLessThan(legend.y);
    await shot(page, "04-report");

    // Turn 2 by keyboard alone, turn 3 passes.
    await page.getByRole("button", { name: "Next turn (2 of 16)" }).click();
    await kindByKeyboard(page, "escalate");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#pending-orders li").count()).toBe(1);
    await page.locator("#submit-orders").focus();
    await page.keyboard.press("Enter");
    await waitReport(page, 2);
    await page.getByRole("button", { name: "Next turn (3 of 16)" }).click();
    await page.getByRole("button", { name: "Submit orders for turn 3" }).click();
    await waitReport(page, 3);

    // The map: keys, wheel, drag, and a table's "Show" centring the map on a corridor.
    await page.locator("#map").focus();
    await page.keyboard.press("+");
    await page.keyboard.down("ArrowRight");
    await page.waitForTimeout(150);
    await page.keyboard.up("ArrowRight");
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, -300);
    await page.mouse.down();
    await page.mouse.move(300, 350, { steps: 5 });
    await page.mouse.up();
    await page.getByRole("tab", { name: "Tables" }).click();
    expect(await page.locator("#corridor-ledger").textContent()).toContain("TRIPP");
    expect(await page.locator("#influence-matrix").textContent()).toContain("Kazakhstan");
    // Every table fits the sidebar: none scrolls sideways (a scrolled ledger clipped its caption).
    const overflowing = await page
      .locator("#panel-tables .table-wrap")
      .evaluateAll((wraps) =>
        wraps.filter((w) => w.scrollWidth > w.clientWidth).map((w) => w.firstElementChild?.id),
      );
    expect(overflowing).toEqual([]);
    await page.getByRole("button", { name: "Show TRIPP on the map" }).click();
    await expect.poll(() => page.locator("#map-details").textContent()).toContain("TRIPP");
    await shot(page, "05-tables-and-map");
    await page.getByRole("tab", { name: "Charts" }).click();
    await expect.poll(() => page.locator("#chart-scores canvas").count()).toBeGreaterThan(0);
    await shot(page, "06-charts");

    // The same seed and orders give the same hash in Node.
    const hash = await pageHash(page);
    const log = (await page.evaluate(() => window.__corridors?.log())) as GameLog;
    const { rules } = loadRulesDir(new URL("../../rules", import.meta.url).pathname);
    if (!rules) throw new Error("rules failed to load");
    const replayed = replay(rules, log);
    expect(replayed.mismatch).toBeNull();
    expect(hashState(replayed.states[3]!)).toBe(hash);

    // Reload and continue from the autosave.
    await page.reload();
    await page.waitForFunction(() => window.__corridors?.firstFrameAt != null);
    await page.getByRole("button", { name: /^Continue the saved game/ }).click();
    await expect.poll(() => page.locator("#turn-counter").textContent()).toBe("Turn 4 of 16");
    expect(await pageHash(page)).toBe(hash);
    await expect.poll(() => page.locator("#orders-h").textContent()).toBe("Orders — Türkiye");

    // A corrupt save file: a clear error, and the game is untouched.
    await loadFile(page, "broken.json", "{ this is not a save");
    await expect.poll(() => page.locator("#error-dialog").isVisible()).toBe(true);
    expect(await page.locator("#error-text").textContent()).toMatch(/not valid JSON.*has not been changed/);
    await shot(page, "07-corrupt-save");
    await page.getByRole("button", { name: "OK" }).click();
    expect(await pageHash(page)).toBe(hash);

    // Export a save, tamper with it, and import: the replay check refuses it.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save file" }).click();
    const path = await (await download).path();
    const save = JSON.parse(readFileSync(path, "utf8"));
    expect(save.format).toBe("corridors-save");
    save.state.agents.tr.treasury += 1000;
    await loadFile(page, "tampered.json", JSON.stringify(save));
    await expect.poll(() => page.locator("#error-text").textContent()).toContain("does not match");
    await page.getByRole("button", { name: "OK" }).click();
    expect(await pageHash(page)).toBe(hash);

    // A new game keeps this one's autosave: after a reload it is under "Earlier games".
    await page.getByRole("button", { name: "Menu" }).click();
    await newGame(page, "e2e-second", SOLO);
    await expect.poll(() => page.locator("#orders-h").textContent()).toBe("Orders — Türkiye");
    await page.reload();
    await page.waitForFunction(() => window.__corridors?.firstFrameAt != null);
    expect(await page.getByRole("button", { name: /^Continue the saved game/ }).textContent()).toContain(
      "seed e2e-second",
    );
    await page.getByText("Earlier games (1)").click();
    await page.getByRole("button", { name: /^Continue: Turn 4 of 16 · .* · seed e2e-solo$/ }).click();
    await expect.poll(() => page.locator("#turn-counter").textContent()).toBe("Turn 4 of 16");
    expect(await pageHash(page)).toBe(hash);

    // A save from an earlier version that played its turns differently: the game continues from its
    // state, the player is told, and the replay starts there.
    const { engine: _none, ...older } = save;
    await loadFile(page, "older.json", JSON.stringify(older));
    await expect.poll(() => page.locator("#error-dialog.notice").isVisible()).toBe(true);
    expect(await page.locator("#error-title").textContent()).toBe("Save file loaded from an earlier version");
    expect(await page.locator("#error-text").textContent()).toContain(
      "The game continues from where it was saved, after turn 3;",
    );
    await shot(page, "07b-earlier-version");
    await page.getByRole("button", { name: "OK" }).click();
    await expect.poll(() => page.locator("#turn-counter").textContent()).toBe("Turn 4 of 16");
    const continued = (await page.evaluate(() => window.__corridors?.state())) as GameState;
    expect(continued.agents.tr?.treasury).toBe(save.state.agents.tr.treasury);
    // It plays on, and the replay starts from the state it was taken over at.
    await page.getByRole("button", { name: "Submit orders for turn 4" }).click();
    await waitReport(page, 4);
    await page.getByRole("button", { name: "Replay", exact: true }).click();
    await expect.poll(() => page.locator("#replay-h").textContent()).toBe("Replay: after turn 4");
    expect(await page.locator("#replay-panel p.ok").textContent()).toBe(
      "Replayed by the engine from the saved state after turn 3, where this version took the game over: the turn's hash matches.",
    );
    await page.locator("#replay-prev").click();
    await expect.poll(() => page.locator("#replay-h").textContent()).toBe("Replay: after turn 3");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the guide", () => {
  it("shows a first-time player round the screen, step by step, and stops pointing itself out", async () => {
    const { page, errors } = await openPage(h);
    await newGame(page, "e2e-guide", SOLO, 3);
    await expect.poll(() => page.locator("#toast").textContent()).toContain("The Guide button");
    expect(await page.locator("#guide-button").getAttribute("class")).toContain("primary");
    await page.locator("#guide-button").click();
    const card = page.locator(".guide-card");
    const ring = page.locator(".guide-ring");
    /** Whether the ring is drawn round the element (6 px out), once it has moved there. */
    const around = async (selector: string): Promise<boolean> => {
      const [r, t] = [await ring.boundingBox(), await page.locator(selector).first().boundingBox()];
      if (!r || !t) return false;
      return r.x <= t.x && r.y <= t.y && r.x + r.width >= t.x + t.width && r.y + r.height >= t.y + t.height;
    };
    const ringed = (selector: string) => expect.poll(() => around(selector)).toBe(true);
    const titles: string[] = [];
    for (let step = 1; step <= 8; step++) {
      await expect.poll(() => card.locator(".kicker").textContent()).toBe(`Guide · ${step} of 8`);
      titles.push((await card.locator("h2").textContent()) ?? "");
      if (step === 1) await ringed("#map-pane");
      if (step === 3) {
        expect(await page.locator("#tab-goals").getAttribute("aria-selected")).toBe("true");
        await ringed("#panel-goals");
      }
      if (step === 5) {
        expect(await page.locator("#tab-orders").getAttribute("aria-selected")).toBe("true");
        await ringed("#order-kind");
      }
      if (step === 6) await ringed("#submit-orders");
      if (step === 8) await ringed(".menu-bar");
      // The card never leaves the window.
      const box = await card.boundingBox();
      expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1440 && box.y + box.height <= 900).toBe(
        true,
      );
      if (step === 4) {
        await ringed("#budget");
        await shot(page, "13-guide");
      }
      await page.keyboard.press("Enter");
    }
    expect(titles).toEqual([
      "The map",
      "Tension tracks",
      "Your goals",
      "Your budget",
      "Giving an order",
      "Submitting",
      "After each turn",
      "Saving",
    ]);
    expect(await page.locator("#guide").isVisible()).toBe(false);
    expect(await page.locator("#guide-button").getAttribute("class")).not.toContain("primary");
    // Escape closes it; the game goes on untouched.
    await page.locator("#guide-button").click();
    await expect.poll(() => page.locator("#guide").isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#guide").isVisible()).toBe(false);
    await page.getByRole("button", { name: "Submit orders for turn 1" }).click();
    await waitReport(page, 1);
    // Opened during a replay, the tour takes the game's own screen back first.
    await page.getByRole("button", { name: "Replay", exact: true }).click();
    await expect.poll(() => page.locator("#replay-panel").isVisible()).toBe(true);
    await page.locator("#guide-button").click();
    await expect.poll(() => page.locator("#replay-panel").isVisible()).toBe(false);
    expect(await card.locator("h2").textContent()).toBe("The map");
    await page.keyboard.press("Escape");
    // A second game does not offer it again.
    await page.getByRole("button", { name: "Menu" }).click();
    await newGame(page, "e2e-guide-2", SOLO, 3);
    await expect.poll(() => page.locator("#orders-h").textContent()).toBe("Orders — Türkiye");
    expect(await page.locator("#toast").textContent()).not.toContain("The Guide button");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("hot-seat", () => {
  it("hands the device over and never shows one player's orders to the next", async () => {
    const { page, errors } = await openPage(h);
    await newGame(page, "e2e-hotseat", {
      us: "human",
      tr: "human",
      ru: "ai-easy",
      cn: "ai-easy",
      kz: "ai-easy",
      uz: "ai-easy",
      mn: "ai-easy",
    });
    await expect
      .poll(() => page.locator("#handoff-h").textContent())
      .toBe("Pass the device to the United States");
    expect(await page.locator("#pending-orders").isVisible()).toBe(false);
    await shot(page, "08-handoff");
    await page.getByRole("button", { name: "I am the United States — show my orders" }).click();
    // The instructor's clock: a minute, started; the next team sees it on the hand-off screen.
    expect(await page.locator("#clock-button").textContent()).toBe("Clock");
    await page.locator("#clock-button").click();
    await page.locator("#clock-minutes").selectOption("1");
    await page.locator("#clock-start").click();
    await expect
      .poll(() => page.locator("#clock-button").textContent(), { timeout: 5_000 })
      .toMatch(/^0:5\d$/);
    await shot(page, "08a-clock");
    await page.keyboard.press("Escape");
    expect(await page.locator("#clock-panel").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("clock-button");
    await page.locator("#order-kind").selectOption("soft-power");
    await page.getByRole("button", { name: "Add order" }).click();
    await expect.poll(() => page.locator("#pending-orders").textContent()).toContain("Build soft power in");
    await page.getByRole("button", { name: "Submit orders for turn 1" }).click();
    await expect.poll(() => page.locator("#handoff-h").textContent()).toBe("Pass the device to Türkiye");
    expect(await page.locator("#cover").isVisible()).toBe(true);
    // The toast that confirmed the last team's order ("Added: …") is gone with the hand-off.
    expect(await page.locator("#toast").isVisible()).toBe(false);
    expect(await page.locator("#toast").textContent()).not.toContain("soft power");
    await expect.poll(() => page.locator(".clock-readout").textContent()).toMatch(/^0:[0-5]\d left$/);
    await shot(page, "08b-handoff-clock");
    await page.getByRole("button", { name: "I am Türkiye — show my orders" }).click();
    // Paused, it holds its time; reset, it is put away.
    await page.locator("#clock-button").click();
    await expect.poll(() => page.locator("#clock-start").textContent()).toBe("Pause");
    await page.locator("#clock-start").click();
    await expect.poll(() => page.locator("#clock-start").textContent()).toBe("Resume");
    const paused = await page.locator("#clock-button").textContent();
    await page.waitForTimeout(1300);
    expect(await page.locator("#clock-button").textContent()).toBe(paused);
    await page.locator("#clock-reset").click();
    await expect.poll(() => page.locator("#clock-button").textContent()).toBe("Clock");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#orders-h").textContent()).toBe("Orders — Türkiye");
    expect(await page.locator("#pending-orders").count()).toBe(0);
    expect(await page.locator("#panel-orders").textContent()).toContain("Pending orders (0)");
    expect(await page.locator("#order-kind").inputValue()).toBe("invest");
    await page.getByRole("button", { name: "Submit orders for turn 1" }).click();
    await waitReport(page, 1);
    const revealed = await page.locator("#panel-report").textContent();
    expect(revealed).toMatch(/United States.*Build soft power in/s);
    await shot(page, "09-hotseat-report");
    await page.getByRole("button", { name: "Next turn (2 of 16)" }).click();
    await expect
      .poll(() => page.locator("#handoff-h").textContent())
      .toBe("Pass the device to the United States");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("the facilitator's console", () => {
  it("injects events from the hand-off cover, folds the schedule, closes as the device passes, and the report and the class view mark the event", async () => {
    const { page, errors } = await openPage(h);
    await newGame(page, "e2e-facilitator", { ...SOLO, us: "human", tr: "human" });
    await expect
      .poll(() => page.locator("#handoff-h").textContent())
      .toBe("Pass the device to the United States");
    await page.locator("#facilitator-cover-button").click();
    expect(await page.locator("#facilitator-panel").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("inject-event");
    // What the event does, in words, and how likely it is anyway.
    await page.locator("#inject-event").selectOption("ceasefire-collapse");
    const about = await page.locator(".inject-about").textContent();
    expect(about).toContain("Ukraine war +20");
    expect(about).toContain("Relations United States–Russia −10");
    expect(about).toMatch(/By its odds: \d+% this turn · a crisis\./);
    await page.locator("#inject-add").click();
    await expect
      .poll(() => page.locator(".inject-message").textContent())
      .toBe("Ceasefire collapses will fire in this turn.");
    await page.locator("#inject-add").click();
    await expect
      .poll(() => page.locator(".inject-message").textContent())
      .toBe("Ceasefire collapses is already injected in turn 1.");
    await page.locator("#inject-event").selectOption("caspian-storm");
    await page.locator("#inject-turn").selectOption("3");
    await page.locator("#inject-add").click();
    await expect
      .poll(() => page.locator(".inject-message").textContent())
      .toBe("Caspian storm will fire in turn 3.");
    // The schedule stays folded until asked for; an inject can be taken back before it fires.
    expect(await page.locator("#inject-list").count()).toBe(0);
    await page.locator("#inject-schedule-toggle").click();
    expect(await page.locator("#inject-list li").allTextContents()).toEqual([
      "Turn 1 · Ceasefire collapsesCancel",
      "Turn 3 · Caspian stormCancel",
    ]);
    expect(await page.locator("#scenario-injects li").count()).toBeGreaterThan(0);
    await shot(page, "08c-facilitator");
    await page.getByRole("button", { name: "Cancel Turn 3 · Caspian storm" }).click();
    await expect.poll(() => page.locator("#inject-list li").count()).toBe(1);
    await page.keyboard.press("Escape");
    expect(await page.locator("#facilitator-panel").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("facilitator-cover-button");
    await page.getByRole("button", { name: "I am the United States — show my orders" }).click();
    // Opened again, from the top bar, the schedule is folded; it closes as the device passes.
    await page.locator("#facilitator-button").click();
    expect(await page.locator("#inject-schedule-toggle").textContent()).toMatch(
      /^Show the schedule \(\d+\)$/,
    );
    // The panel lies over the sidebar: the team's submit is clicked through it.
    await page.getByRole("button", { name: "Submit orders for turn 1" }).dispatchEvent("click");
    await expect.poll(() => page.locator("#handoff-h").textContent()).toBe("Pass the device to Türkiye");
    expect(await page.locator("#facilitator-panel").isVisible()).toBe(false);
    await page.getByRole("button", { name: "I am Türkiye — show my orders" }).click();
    await page.getByRole("button", { name: "Submit orders for turn 1" }).click();
    await waitReport(page, 1);
    expect(await page.locator("#panel-report").textContent()).toContain(
      "Ceasefire collapses (injected by the facilitator)",
    );
    // The turn for the class, on the whole screen.
    await page.locator("#present-button").click();
    await expect.poll(() => page.locator("#present-h").textContent()).toBe("Turn 1 of 16: what happened");
    const shown = (await page.locator("#present").textContent()) ?? "";
    expect(shown).toContain("Ceasefire collapses (injected by the facilitator)");
    expect(shown).toMatch(/Ukraine war\s*\d+\.\d\s*▲\s*\d+\.\d/);
    expect(await page.locator(".present-standings tbody tr").count()).toBe(7);
    expect(await page.locator("#present-prev").isDisabled()).toBe(true);
    await shot(page, "09a-present");
    await page.keyboard.press("Escape");
    expect(await page.locator("#present").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("present-button");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("spectating and replay", () => {
  it("plays AI against AI with play, pause and speed, then replays the game", async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole("button", { name: "Watch the AIs play" }).click();
    await page.getByLabel("Seed").fill("e2e-spectate");
    await page.getByLabel("Turns").fill("3");
    // Each country's par by the last turn chosen, from rules/par.json.
    const par = JSON.parse(readFileSync("rules/par.json", "utf8")).scenarios["base-2026"];
    const parCell = (agent: string) => page.locator(`tr:has(#seat-${agent}) td.par`).textContent();
    expect(await parCell("kz")).toBe(`par ${par.kz[2].toFixed(1)}`);
    expect(await parCell("cn")).toBe(`par ${par.cn[2].toFixed(1)}`);
    await page.getByRole("button", { name: "Start the game" }).click();
    await expect.poll(() => page.getByRole("tab", { name: "Spectate" }).isVisible()).toBe(true);
    await page.locator("#spectate-speed").selectOption("4");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.waitForTimeout(700);
    await shot(page, "10-spectate");
    await expect
      .poll(() => page.locator("#turn-counter").textContent(), { timeout: 30_000 })
      .toBe("3 turns played");
    await page.getByRole("tab", { name: "Goals" }).click();
    await expect.poll(() => page.locator("#ranking tbody tr").count()).toBe(7);
    // Scores, par and the margin over par line up in their columns: one decimal each, 58.0 rather than 58.
    const cells = await page.locator("#ranking tbody td.num").allTextContents();
    expect(cells).toHaveLength(28);
    for (const cell of cells) expect(cell).toMatch(/^[+−]?[\d,]+\.\d$/);
    // The winner is the country furthest above its par.
    expect(await page.locator("p.winner").textContent()).toMatch(
      / wins: [\d.]+ points, ([\d.]+ (above|below)|at) its par of [\d.]+\.$/,
    );
    await shot(page, "11-game-over");
    // No turn is left to inject an event into.
    expect(await page.locator("#facilitator-button").isDisabled()).toBe(true);
    // The debrief report downloads as one self-contained page covering every turn.
    const debrief = page.waitForEvent("download");
    await page.getByRole("button", { name: "Debrief report" }).click();
    const file = await debrief;
    expect(file.suggestedFilename()).toBe("corridors-base-2026-e2e-spectate-debrief.html");
    const report = readFileSync(await file.path(), "utf8");
    expect(report).toContain("Corridors — after-action report");
    expect(report).toContain("3 of 3 turns played");
    for (const turn of [1, 2, 3]) expect(report).toContain(`<h3>Turn ${turn}</h3>`);
    await page.getByRole("button", { name: "Replay the game" }).click();
    await expect.poll(() => page.locator("#replay-h").textContent()).toBe("Replay: after turn 3");
    expect(await page.locator("#replay-panel").textContent()).toContain("all 3 turn hashes match");
    await page.getByRole("button", { name: "Previous turn" }).click();
    await expect.poll(() => page.locator("#replay-h").textContent()).toBe("Replay: after turn 2");
    await shot(page, "12-replay");
    await page.getByRole("button", { name: "Back to the game" }).click();
    expect(await page.locator("#replay-panel").isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
