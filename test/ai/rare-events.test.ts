/**
 * Rare events in the planner's rollouts: which events count as rare, futures in which exactly one
 * of them fires, the weighed check a departure must pass, and a real choice it changes.
 */
import { describe, expect, it } from "vitest";
import { aiRulesFor } from "../../src/ai/ai-data.ts";
import { chooseOrders } from "../../src/ai/index.ts";
import { type Played, pickOutcome } from "../../src/ai/planner-pick.ts";
import { forcedStart, quietState, rareEvents, rareHorizon } from "../../src/ai/rare-events.ts";
import { certaintyEquivalent } from "../../src/ai/risk.ts";
import {
  createGame,
  eventOdds,
  type Order,
  type Rules,
  resolveTurn,
  resumeRng,
  turnStreams,
} from "../../src/engine/index.ts";
import { rules } from "./support.ts";

describe("rare events", () => {
  const r = rules();
  // As the planner believes the game: the scenario's scheduled injects are hidden from players.
  const start = { ...createGame(r, { seed: "rare-1", scenario: "tripp-crisis", turns: 8 }), injects: [] };
  const spec = { min: 0.01, max: 0.15 };

  it("are the events whose odds this turn lie in the band, likeliest first, none on cooldown", () => {
    const rare = rareEvents(start, r, spec);
    expect(rare.length).toBeGreaterThan(5);
    for (const e of rare) {
      const event = r.events[e.index];
      expect(event?.id).toBe(e.id);
      expect(e.odds).toBeCloseTo(eventOdds(start, r, event as (typeof r.events)[number]), 12);
      expect(e.odds).toBeGreaterThanOrEqual(spec.min);
      expect(e.odds).toBeLessThanOrEqual(spec.max);
    }
    expect(rare.map((e) => e.odds)).toEqual([...rare.map((e) => e.odds)].sort((a, b) => b - a));
    expect(rare.find((e) => e.id === "syunik-blockade")?.lasting).toBe(2);
    // An event that just fired waits out its cooldown.
    const cooling = { ...start, eventLast: { "syunik-blockade": start.turn } };
    expect(rareEvents(cooling, r, spec).some((e) => e.id === "syunik-blockade")).toBe(false);
    expect(rareEvents(start, r, { min: 0, max: 0 })).toEqual([]);
  });

  it("a shocked future fires its one event this turn and keeps the other rare events quiet", () => {
    const rare = rareEvents(start, r, spec);
    const rng = quietState("rare-test", rare);
    const draws = turnStreams(resumeRng(rng)).get("events");
    const values = r.events.map(() => draws?.next() ?? 0);
    for (const e of rare) expect(values[e.index]).toBeGreaterThanOrEqual(Math.min(0.99, 2 * e.odds + 0.01));
    for (const e of rare.slice(0, 4)) {
      const fired = resolveTurn(forcedStart(start, rng, e.id), r, {}).report.events.map((x) => x.event);
      expect(fired.filter((id) => id === e.id)).toHaveLength(1);
      for (const other of rare) if (other.id !== e.id) expect(fired).not.toContain(other.id);
    }
  });

  it("a future is played past the end of a passing effect, unless the effect outlasts the game", () => {
    const blockade = { index: 0, id: "b", odds: 0.05, lasting: 2 };
    expect(rareHorizon(blockade, 3, 8)).toBe(4);
    expect(rareHorizon({ ...blockade, lasting: 1 }, 3, 8)).toBe(3);
    expect(rareHorizon({ ...blockade, lasting: 12 }, 3, 8)).toBe(3);
    expect(rareHorizon(blockade, 3, 2)).toBe(2);
  });
});

describe("the weighed check", () => {
  // Three ordinary futures the departure wins by 2 each; one rare future (odds 5%) where it loses 60.
  const base: Played = { values: [100, 100, 100, 100], taste: 0 };
  const departure: Played = { values: [102, 102, 102, 40], taste: 0 };
  const rule = { z: 1.5, margin: 0.4, risk: 0 };
  const weighed = (odds: number) => ({
    weights: [(1 - odds) / 3, (1 - odds) / 3, (1 - odds) / 3, odds],
    ordinary: 3,
  });

  it("keeps the default when the rare loss outweighs the ordinary gain at the event's odds", () => {
    // 0.95 × 2 − 0.05 × 60 = −1.1
    expect(pickOutcome([base, departure], rule, weighed(0.05))).toBe(0);
  });

  it("lets the departure through when the rare event is rare enough", () => {
    // 0.99 × 2 − 0.01 × 60 = +1.38, above the margin
    expect(pickOutcome([base, departure], rule, weighed(0.01))).toBe(1);
  });

  it("asks the departure to win every ordinary future, not the rare ones", () => {
    const lossInOrdinary: Played = { values: [103, 103, 99.5, 100], taste: 0 };
    expect(pickOutcome([base, lossInOrdinary], rule, weighed(0.01))).toBe(0);
  });

  it("weighs outcomes by their chances, and equal chances give the unweighted worth", () => {
    const xs = [0, 10, 20, 30];
    for (const risk of [-1, -0.5, 0, 0.5, 1])
      expect(certaintyEquivalent(xs, risk, [0.25, 0.25, 0.25, 0.25])).toBeCloseTo(
        certaintyEquivalent(xs, risk),
        12,
      );
    expect(certaintyEquivalent([0, 100], 0, [0.9, 0.1])).toBeCloseTo(10, 12);
    // A worrier's worse half by chance is the 0 alone (90% of the chance).
    expect(certaintyEquivalent([0, 100], -1, [0.9, 0.1])).toBeCloseTo(0, 12);
  });
});

describe("the planner with rare events", () => {
  it("keeps TRIPP's capacity when Türkiye and a hawkish Russia make a blockade likely", () => {
    // The TRIPP crisis with Russia a hawk: on turn 1 the US planner's few sampled futures favour an
    // Uzbek project over TRIPP's capacity; the futures where a blockade or a flare-up cuts TRIPP,
    // weighed by their odds, show the capacity is worth more.
    const base = rules();
    const hawkish: Rules = {
      ...base,
      scenarios: base.scenarios.map((s) =>
        s.id === "tripp-crisis" ? { ...s, personalities: { ...s.personalities, ru: "hawkish" } } : s,
      ),
    };
    const state = createGame(hawkish, { seed: "strength-14", scenario: "tripp-crisis", turns: 8 });
    const planner = aiRulesFor(hawkish).difficulty.planner;
    const tripp = (orders: Order[]) =>
      orders.some(
        (o) => o.type === "invest" && o.target.kind === "corridor" && o.target.corridor === "tripp",
      );
    const choose = () => chooseOrders("planner", state, hawkish, "us").map((c) => c.order);
    expect(tripp(choose())).toBe(true);
    const band = planner.rare;
    try {
      planner.rare = { min: 0, max: 0 };
      const without = choose();
      expect(tripp(without)).toBe(false);
      expect(without).toContainEqual({
        type: "invest",
        target: { kind: "joint-project", place: "uzbekistan-mines" },
        amount: 500,
      });
    } finally {
      planner.rare = band;
    }
  });
});
