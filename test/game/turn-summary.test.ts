/** A turn at a glance for the class: standings, moves, influence shifts and orders, from the states and the report. */
import { describe, expect, it } from "vitest";
import { playRandomGame } from "../../src/cli/random-play.ts";
import { logInject, ranking, replay } from "../../src/engine/index.ts";
import { turnSummary } from "../../src/game/turn-summary.ts";
import { shippedRules } from "../support/rules.ts";

const rules = shippedRules();
const { log } = playRandomGame(rules, { seed: "summary", scenario: "base-2026", turns: 8 });
// The same orders with a facilitator's inject in turn 3.
const game = replay(rules, logInject(log, { event: "ceasefire-collapse", turn: 3 }));
const at = (t: number) =>
  turnSummary(rules, game.states[t - 1] ?? game.states[0]!, game.states[t]!, game.reports[t - 1]!);

describe("turnSummary", () => {
  it("ranks the countries as the engine does, with the places each gained or lost", () => {
    for (let t = 1; t <= 8; t++) {
      const s = at(t);
      expect(s.standings.map((x) => x.agent)).toEqual(ranking(game.states[t]!, rules));
      expect(s.standings.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      const before = ranking(game.states[t - 1]!, rules);
      for (const x of s.standings) expect(x.climb).toBe(t === 1 ? 0 : before.indexOf(x.agent) + 1 - x.rank);
    }
    expect([2, 3, 4, 5, 6, 7, 8].some((t) => at(t).standings.some((x) => x.climb !== 0))).toBe(true);
  });

  it("gives every track's move and the facilitator's inject as such", () => {
    const s = at(3);
    expect(s.tracks.map((m) => m.label)).toEqual(rules.tracks.map((t) => t.name));
    const war = s.tracks.find((m) => m.label === "Ukraine war");
    expect(war?.from).toBe(game.states[2]?.tracks["ukraine-war"]);
    expect(war?.to).toBe(game.states[3]?.tracks["ukraine-war"]);
    expect(s.events).toContainEqual({
      name: "Ceasefire collapses",
      tag: "(injected by the facilitator)",
      text: expect.any(String),
    });
    expect(s.measures.map((m) => m.label)).toContain("US supply security");
  });

  it("names the largest shifts of influence first, none under half a point, at most five", () => {
    let seen = 0;
    for (let t = 1; t <= 8; t++) {
      const shifts = at(t).influence;
      seen += shifts.length;
      expect(shifts.length).toBeLessThanOrEqual(5);
      const sizes = shifts.map((x) => Math.abs(x.delta));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      for (const x of shifts) {
        expect(Math.abs(x.delta)).toBeGreaterThanOrEqual(0.5);
        expect(x.text).toMatch(/^[A-Z].* [+−]\d+\.\d in .+$/);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("lists every order of the turn under its country, with its outcome", () => {
    const s = at(2);
    const report = game.reports[1]!;
    expect(s.orders.map((x) => x.agent)).toEqual(rules.agents.map((a) => a.id));
    for (const a of s.orders) {
      const mine = report.orders.filter((o) => o.agent === a.agent);
      expect(a.orders.map((o) => o.outcome)).toEqual(mine.map((o) => o.outcome));
      for (const o of a.orders) expect(o.text).toMatch(/^[A-Z]/);
    }
  });
});
