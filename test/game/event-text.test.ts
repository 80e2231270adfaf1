/** Events in words for the facilitator's console: every kind of effect, and the chance an event has now. */
import { describe, expect, it } from "vitest";
import { createGame, eventOdds, type GameEvent } from "../../src/engine/index.ts";
import { eventChance, eventEffectLines } from "../../src/game/event-text.ts";
import { shippedRules } from "../support/rules.ts";

const rules = shippedRules();
const event = (id: string): GameEvent => {
  const e = rules.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

describe("eventEffectLines", () => {
  it("words every kind of effect with the rules' names and signed numbers", () => {
    expect(eventEffectLines(rules, event("turkey-russia-incident"))).toEqual([
      "Turkey–Russia tension +10",
      "South Caucasus stability −5",
      "Relations Türkiye–Russia −10",
    ]);
    expect(eventEffectLines(rules, event("siberian-winter"))[0]).toBe(
      "The Trans-Siberian's capacity ×0.6 for 1 turn",
    );
    expect(eventEffectLines(rules, event("kazakh-unrest"))).toEqual([
      "The Kazakh mines' output ×0.7 for 2 turns",
      "Russia's influence in Kazakhstan +3",
      "Kazakhstan's treasury −50 $M",
    ]);
    expect(eventEffectLines(rules, event("chinese-export-controls"))[0]).toBe(
      "China imposes export controls for 2 turns",
    );
    expect(eventEffectLines(rules, event("afghan-opening"))[0]).toMatch(/^The trans-Afghan route opens$/i);
  });
  it("gives one non-empty line per effect for every shipped event", () => {
    for (const e of rules.events) {
      const lines = eventEffectLines(rules, e);
      expect(lines).toHaveLength(e.effects.length);
      for (const l of lines) expect(l).toMatch(/^[A-Z].*\S$/);
    }
  });
});

describe("eventChance", () => {
  const s = createGame(rules, { seed: "chance", scenario: "base-2026" });
  it("gives the event's odds now in whole percent", () => {
    const e = event("caspian-storm");
    expect(eventChance(s, rules, e)).toBe(`${Math.round(eventOdds(s, rules, e) * 100)}% this turn`);
  });
  it("says when an event rests after firing, and from which turn it can fire again", () => {
    const e = event("caspian-storm");
    const rested = { ...s, turn: 5, eventLast: { ...s.eventLast, "caspian-storm": 4 } };
    expect(e.cooldown).toBeGreaterThan(0);
    expect(eventChance(rested, rules, e)).toBe(`can fire again from turn ${4 + e.cooldown + 1}`);
  });
});
