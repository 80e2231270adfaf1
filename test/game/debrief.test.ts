/** The after-action report: complete, self-contained, and the same from a loaded save. */
import { describe, expect, it } from "vitest";
import { legalOrders, standings, winner } from "../../src/engine/index.ts";
import { defaultSetup } from "../../src/game/game-setup.ts";
import { GameController } from "../../src/ui/controller.ts";
import { memoryStore } from "../../src/ui/storage.ts";
import { shippedRules } from "../support/rules.ts";

const rules = shippedRules();

/** A finished 4-turn game: Türkiye human (one soft-power order a turn), the rest AI, one event injected. */
function finishedGame(): GameController {
  const c = new GameController(rules, memoryStore());
  c.newGame({ ...defaultSetup(rules, "debrief-seed", "tr"), turns: 4 });
  c.addInject("third-neighbour-summit", 2);
  while (c.phase.kind !== "over") {
    if (c.phase.kind === "orders") {
      const order = legalOrders(c.state, rules, "tr").find((o) => o.type === "soft-power");
      if (order) c.addOrder(order);
      c.submit();
    } else c.step();
  }
  return c;
}

const escaped = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

describe("the debrief report", () => {
  const c = finishedGame();
  const html = c.debrief();

  it("is a whole HTML page that needs nothing from outside", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html).not.toMatch(/<script|\ssrc=|href="http|@import|url\(/);
    expect(html).not.toMatch(/undefined|NaN|\[object /);
  });

  it("marks the event the facilitator injected in its turn", () => {
    const turn2 = html.slice(html.indexOf("Turn 2"), html.indexOf("Turn 3"));
    expect(turn2).toContain("<b>Third-neighbour summit</b> (injected by the facilitator)");
  });

  it("names the game and its outcome as the engine scores it", () => {
    const s = c.state;
    expect(html).toContain("Corridors — after-action report");
    expect(html).toContain(escaped(rules.scenarios.find((x) => x.id === s.scenario)?.name ?? "?"));
    expect(html).toContain("seed <b>debrief-seed</b> · 4 of 4 turns played");
    const top = standings(s, rules)[0]!;
    const name = rules.agents.find((a) => a.id === top.agent)?.name ?? "?";
    expect(top.agent).toBe(winner(s, rules));
    // The scenario has a par: the winner is the country furthest above it.
    const side = top.margin >= 0 ? "above" : "below";
    expect(html).toContain(
      `: ${top.score.mean.toFixed(1)} points, ${Math.abs(top.margin).toFixed(1)} ${side} its par of ${top.par?.toFixed(1)}.`,
    );
    expect(html).toContain('<th class="n">Par</th><th class="n">Over par</th>');
    expect(html).toMatch(new RegExp(`<tr><td class="n">1</td><td><i class="sw"[^>]*></i>${name}</td>`));
    expect(html).toContain("a human player");
    expect(html).toContain("the AI (normal)");
  });

  it("draws the tracks, scores, measures and each contested country's influence", () => {
    expect(html.match(/<svg /g)?.length).toBe(4 + rules.regions.length);
    for (const r of rules.regions) expect(html).toContain(`Influence in ${escaped(r.name)} (points of 100)`);
  });

  it("gives each country's goals at the end", () => {
    for (const a of rules.agents)
      for (const o of rules.goals.agents[a.id] ?? []) expect(html).toContain(escaped(o.text));
  });

  it("gives every turn's events, every order's outcome, the AI's reasons and every change", () => {
    expect(c.reports).toHaveLength(4);
    for (const r of c.reports) {
      expect(html).toContain(`<h3>Turn ${r.turn}</h3>`);
      for (const e of r.events) expect(html).toContain(escaped(e.name));
      for (const o of r.orders) expect(html).toContain(escaped(o.message));
      expect(html).toContain(`All ${r.effects.length} changes of turn ${r.turn}, with their causes`);
      for (const e of r.effects) expect(html).toContain(escaped(e.text));
      // The AI's reasons, with the order they repeat left out.
      for (const [agent, notes] of Object.entries(c.notesFor(r.turn)))
        for (const n of notes) {
          const goal = n.match(/\(goal: .*\)$/)?.[0];
          if (goal) expect(html, `${agent}: ${n}`).toContain(escaped(goal));
        }
    }
    expect(html).toContain("Built soft power in");
  });

  it("says who leads, not who wins, for a game still going on", () => {
    const mid = new GameController(rules, memoryStore());
    mid.newGame({ ...defaultSetup(rules, "debrief-mid", null), turns: 4 });
    mid.step();
    mid.step();
    const page = mid.debrief();
    expect(page).toContain("2 of 4 turns played (the game goes on)");
    expect(page).toMatch(/ leads after turn 2: [\d.]+ points, [\d.]+ (above|below) its par of [\d.]+\./);
    expect(page).not.toContain(" wins");
    expect(page).toContain("<h3>Turn 2</h3>");
    expect(page).not.toContain("<h3>Turn 3</h3>");
  });

  it("for a game taken over from an earlier version's save, starts the turns there and says why", () => {
    const mid = new GameController(rules, memoryStore());
    mid.newGame({ ...defaultSetup(rules, "debrief-old", null), turns: 4 });
    mid.step();
    mid.step();
    // An earlier version's save whose first turn this version plays differently.
    const { engine: _none, ...older } = JSON.parse(mid.exportSave());
    older.log.hashes[0] = "0000000000000000";
    const later = new GameController(rules, memoryStore());
    expect(later.importSave(JSON.stringify(older))).toBeNull();
    expect(later.takenOver).not.toBeNull();
    later.step();
    later.step();
    const page = later.debrief();
    expect(page).not.toMatch(/undefined|NaN|\[object /);
    expect(page).toContain("4 of 4 turns played");
    expect(page).toContain(
      "Turns 1–2 were played by an earlier version of the game, which played them differently from this one",
    );
    expect(page).not.toContain("<h3>Turn 1</h3>");
    expect(page).toContain("<h3>Turn 3</h3>");
    expect(page).toContain("<h3>Turn 4</h3>");
    expect(page).toContain(
      "Replaying this game's orders from the saved state after turn 2 gives the state hash",
    );
    // The tension tracks run from the history's turn 1, with no setup to draw as turn 0.
    const points = (html: string) => html.match(/<polyline points="([^"]*)"/)?.[1]?.split(" ").length;
    expect(points(page)).toBe(4);
    expect(points(mid.debrief())).toBe(3);
  });

  it("is the same from a save loaded in another session", () => {
    const other = new GameController(rules, memoryStore());
    expect(other.importSave(c.exportSave())).toBeNull();
    expect(other.debrief()).toBe(html);
  });
});
