/** Determinism: same rules, seed and orders → same hash every turn; replay reproduces; submission order is irrelevant. */
import { describe, expect, it } from "vitest";
import { playRandomGame, randomTurn } from "../../src/cli/random-play.ts";
import {
  createGame,
  firstLoggedTurn,
  type GameState,
  hashState,
  type OrdersByAgent,
  replay,
  resolveTurn,
} from "../../src/engine/index.ts";
import { PIPELINE } from "../../src/engine/phases/pipeline.ts";
import { game, quietRules, shippedRules } from "../support/rules.ts";

const rules = shippedRules();

function hashes(seed: string, scenario = "base-2026"): string[] {
  return playRandomGame(rules, { seed, scenario, turns: 16 }).reports.map((r) => r.hash);
}

describe("determinism", () => {
  it("the same seed and orders give the same hash every turn for 16 turns", () => {
    const a = hashes("det-1");
    const b = hashes("det-1");
    expect(a).toHaveLength(16);
    expect(a).toEqual(b);
  });
  it("different seeds give different games", () => {
    expect(hashes("det-1")).not.toEqual(hashes("det-2"));
    expect(createGame(rules, { seed: "x", scenario: "base-2026" }).rng).not.toEqual(
      createGame(rules, { seed: "y", scenario: "base-2026" }).rng,
    );
  });
  it("replay reproduces every turn's hash, and names the first turn that differs", () => {
    const { log } = playRandomGame(rules, { seed: "det-3", scenario: "ceasefire", turns: 16 });
    const r = replay(rules, log);
    expect(r.mismatch).toBeNull();
    expect(r.reports.map((x) => x.hash)).toEqual(log.hashes);
    const tampered = {
      ...log,
      orders: log.orders.map((o, i) => (i === 5 ? { ...o, us: [{ type: "pass" }] } : o)),
    };
    const diff = replay(rules, {
      ...tampered,
      orders: tampered.orders.map((o, i) =>
        i === 5 ? { ...o, ru: [{ type: "escalate", track: "ukraine-war" }] } : o,
      ),
    });
    expect(diff.mismatch).toBe(6);
  });
  it("a log that starts from a state replays from it, and names the differing turn as the game numbers it", () => {
    const { log } = playRandomGame(rules, { seed: "det-5", scenario: "tripp-crisis", turns: 12 });
    const full = replay(rules, log);
    const start = full.states[5] as GameState;
    const rest = { ...log, orders: log.orders.slice(5), hashes: log.hashes.slice(5), start };
    expect(firstLoggedTurn(rest)).toBe(6);
    expect(firstLoggedTurn(log)).toBe(1);
    const r = replay(rules, rest);
    expect(r.mismatch).toBeNull();
    expect(r.states[0]).toBe(start);
    expect(r.states.map((s) => s.turn)).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.reports.map((x) => x.hash)).toEqual(log.hashes.slice(5));
    const changed = { ...rest, hashes: rest.hashes.map((h, i) => (i === 2 ? "0000000000000000" : h)) };
    expect(replay(rules, changed).mismatch).toBe(8);
  });
  it("shuffling the order in which agents submit changes nothing", () => {
    let a: GameState = createGame(rules, { seed: "det-4", scenario: "base-2026" });
    let b = a;
    for (let t = 0; t < 16; t++) {
      const orders = randomTurn(a, rules);
      const reversed: OrdersByAgent = Object.fromEntries(Object.entries(orders).reverse());
      const ra = resolveTurn(a, rules, orders);
      const rb = resolveTurn(b, rules, reversed);
      expect(rb.report.hash).toBe(ra.report.hash);
      a = ra.state;
      b = rb.state;
    }
  });
  it("resolving never mutates the state it is given", () => {
    const s = createGame(rules, { seed: "det-5", scenario: "tripp-crisis" });
    const before = hashState(s);
    resolveTurn(s, rules, randomTurn(s, rules));
    expect(hashState(s)).toBe(before);
  });
  it("hashes ignore nothing: a one-unit change in a treasury or in a past turn's record changes the hash", () => {
    const s = createGame(rules, { seed: "det-6", scenario: "base-2026" });
    const t = structuredClone(s);
    (t.agents.us as { treasury: number }).treasury += 1;
    expect(hashState(t)).not.toBe(hashState(s));
    const played = playRandomGame(rules, { seed: "det-6", scenario: "base-2026", turns: 3 }).state;
    const copy = structuredClone(played);
    expect(hashState(copy)).toBe(hashState(played));
    (copy.history[1] as { usSupplySecurity: number }).usSupplySecurity += 1;
    expect(hashState(copy)).not.toBe(hashState(played));
  });
  it("the skip-explanations option changes only the report, not the state", () => {
    const s = createGame(rules, { seed: "det-7", scenario: "base-2026" });
    const o = randomTurn(s, rules);
    const full = resolveTurn(s, rules, o);
    const fast = resolveTurn(s, rules, o, { explain: false, hash: false });
    expect(hashState(fast.state)).toBe(full.report.hash);
    expect(fast.report.effects).toHaveLength(0);
    expect(full.report.effects.length).toBeGreaterThan(0);
  });
  it("the timing option adds each stage's time from the caller's clock and changes nothing else", () => {
    const s = createGame(rules, { seed: "det-8", scenario: "base-2026" });
    const o = randomTurn(s, rules);
    let now = 0;
    const spent: Record<string, number> = {};
    const timed = resolveTurn(s, rules, o, { timing: { clock: () => ++now, spent } });
    expect(timed).toEqual(resolveTurn(s, rules, o));
    const stages = ["validate", "copy", ...PIPELINE.map((p) => p.id), "report"];
    expect(Object.keys(spent)).toEqual(stages);
    // The clock ticks once per read: one read to start, then one per stage.
    expect(Object.values(spent)).toEqual(stages.map(() => 1));
    expect(now).toBe(stages.length + 1);
  });
});

describe("random streams", () => {
  it("each phase draws from its own stream: a peace attempt does not change which events fire", () => {
    const r = quietRules((x) => {
      for (const e of x.events.slice(0, 6)) e.odds = 0.5;
    });
    let calm = game(r, { seed: "streams" });
    let talks = calm;
    for (let t = 0; t < 8; t++) {
      const a = resolveTurn(calm, r, {});
      const b = resolveTurn(talks, r, { kz: [{ type: "broker-peace", track: "turkey-russia" }] });
      expect(b.report.events.map((e) => e.event)).toEqual(a.report.events.map((e) => e.event));
      calm = a.state;
      talks = b.state;
    }
    expect(calm.history.some((h) => h.events.length > 0)).toBe(true);
  });
});
