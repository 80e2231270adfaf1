/** Random play: every order it gives is valid, each pick is uniform over the legal orders, and it is deterministic. */
import { describe, expect, it } from "vitest";
import { playRandomGame, randomTurn } from "../../src/cli/random-play.ts";
import {
  createGame,
  type GameState,
  legalOrders,
  randomOrders,
  resolveTurn,
  resumeRng,
  seedRng,
  validateOrders,
} from "../../src/engine/index.ts";
import { shippedRules } from "../support/rules.ts";

const rules = shippedRules();

/** The states of a random game, turn by turn (the last one is over). */
function states(seed: string, scenario: string, turns = 16): GameState[] {
  const out: GameState[] = [];
  let s = createGame(rules, { seed, scenario, turns });
  while (s.turn <= s.turns) {
    out.push(s);
    s = resolveTurn(s, rules, randomTurn(s, rules)).state;
  }
  return out;
}

describe("random play", () => {
  it("gives only orders that validate clean, each one of the agent's legal orders", () => {
    let orders = 0;
    for (const scenario of ["base-2026", "ceasefire", "tripp-crisis"]) {
      for (let g = 0; g < 6; g++) {
        for (const s of states(`valid-${g}`, scenario)) {
          const turn = randomTurn(s, rules);
          for (const a of rules.agents) {
            const mine = turn[a.id] ?? [];
            const v = validateOrders(s, rules, a.id, mine);
            expect(v.rejections).toEqual([]);
            expect(v.accepted.length).toBe(mine.length);
            const legal = new Set(legalOrders(s, rules, a.id).map((o) => JSON.stringify(o)));
            for (const o of mine) expect(legal.has(JSON.stringify(o))).toBe(true);
            orders += mine.length;
          }
        }
      }
    }
    expect(orders).toBeGreaterThan(5000);
  });

  it("picks uniformly over the legal orders", () => {
    // The first pick always fits the whole budget, so it is one draw from the legal orders.
    const pool = states("uniform", "base-2026", 8);
    for (const [s, agent] of [
      [pool[0], "ru"],
      [pool[5], "cn"],
      [pool[7], "kz"],
    ] as const) {
      if (!s) throw new Error("no state");
      const legal = legalOrders(s, rules, agent).map((o) => JSON.stringify(o));
      const n = legal.length;
      expect(n).toBeGreaterThan(20);
      const counts = new Map(legal.map((k) => [k, 0]));
      const draws = n * 300;
      for (let i = 0; i < draws; i++) {
        const rng = resumeRng(seedRng(`uniform:${agent}:${i}`));
        const first = randomOrders(s, rules, agent, rng)[0];
        const key = JSON.stringify(first);
        const c = counts.get(key);
        expect(c, `picked ${key}, not a legal order`).toBeDefined();
        counts.set(key, (c ?? 0) + 1);
      }
      // Chi-square against the uniform: its mean is n - 1 and its sd about sqrt(2(n - 1)); a sampler
      // that favours a kind (uniform over kinds, say) or skips the rejections lands far above.
      const expected = draws / n;
      let chi2 = 0;
      for (const c of counts.values()) chi2 += (c - expected) ** 2 / expected;
      expect(chi2).toBeLessThan(n - 1 + 6 * Math.sqrt(2 * (n - 1)));
      for (const c of counts.values()) expect(Math.abs(c - expected)).toBeLessThan(0.35 * expected);
    }
  });

  it("falls back to listing the legal orders when draws keep failing", () => {
    // A stream stuck at 0 draws the first candidate every time. Broke (no investment is legal, nor
    // peace to broker) and sanctioning everyone, the US's first candidate is a sanction it already
    // imposes, so every draw fails and the pick must come from the list of legal orders.
    const s0 = createGame(rules, { seed: "stuck", scenario: "base-2026", turns: 16 });
    const others = rules.agents.map((a) => a.id).filter((id) => id !== "us");
    const broke = Object.fromEntries(
      Object.entries(s0.agents).map(([id, a]) => [
        id,
        { ...a, treasury: 0, sanctions: id === "us" ? others : a.sanctions },
      ]),
    );
    const stuck = { ...s0, agents: broke } as GameState;
    expect(
      validateOrders(stuck, rules, "us", [{ type: "sanction", target: others[0] }]).rejections[0]?.reason,
    ).toBe("no-effect");
    for (const s of [s0, stuck]) {
      for (const a of rules.agents) {
        const first = randomOrders(s, rules, a.id, { next: () => 0 })[0];
        const legal = legalOrders(s, rules, a.id).map((o) => JSON.stringify(o));
        expect(legal).toContain(JSON.stringify(first));
      }
    }
  });

  it("is deterministic", () => {
    const a = playRandomGame(rules, { seed: "det", scenario: "tripp-crisis", turns: 10 });
    const b = playRandomGame(rules, { seed: "det", scenario: "tripp-crisis", turns: 10 });
    expect(b.log).toEqual(a.log);
    expect(b.reports.map((r) => r.hash)).toEqual(a.reports.map((r) => r.hash));
    for (const s of states("det-2", "base-2026", 6)) {
      const once = randomTurn(s, rules);
      expect(randomTurn(structuredClone(s), rules)).toEqual(once);
      expect(randomTurn(s, rules)).toEqual(once);
    }
  });

  it("gives nothing when the game is over or the agent is unknown", () => {
    const over = states("over", "base-2026", 2);
    const last = over[over.length - 1] as GameState;
    const done = resolveTurn(last, rules, randomTurn(last, rules)).state;
    expect(Object.values(randomTurn(done, rules)).every((o) => o.length === 0)).toBe(true);
    expect(randomOrders(last, rules, "nobody", { next: () => 0.5 })).toEqual([]);
  });
});
