/** Random play: every order it gives is valid, each pick is uniform over the legal orders, and it is deterministic. */
import { describe, expect, it } from "vitest";
import { playRandomGame, randomTurn } from "../../src/cli/random-play.ts";
import {
  createGame,
  type GameState,
  legalOrders,
  type Order,
  orderCost,
  playerView,
  randomOrders,
  resolveTurn,
  resumeRng,
  seedRng,
  validateOrders,
} from "../../src/engine/index.ts";
import { viewedState } from "../../src/engine/view.ts";
import { shippedRules } from "../support/rules.ts";

const rules = shippedRules();

/** Each order copied: new objects, not frozen, so validating them parses and checks them in full. */
const copies = (orders: readonly unknown[]): unknown[] => orders.map((o) => ({ ...(o as Order) }));

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
            // Copies of the orders, so that they are checked in full, not taken as drawn (below).
            const v = validateOrders(s, rules, a.id, copies(mine));
            expect(v.rejections).toEqual([]);
            expect(v.accepted.length).toBe(mine.length);
            // The drawn list itself is taken as it was drawn: the same result without checking it.
            expect(validateOrders(s, rules, a.id, mine)).toEqual(v);
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

  it("has its orders checked again once they change, or when given for another state or agent", () => {
    let seen = 0;
    let refused = 0;
    for (const s of states("changed", "base-2026", 12)) {
      const turn = randomTurn(s, rules);
      for (const a of rules.agents) {
        const mine = turn[a.id] ?? [];
        const first = mine[0];
        if (first === undefined) continue;
        seen++;
        // The same order twice: the copy is refused as a duplicate (or over budget), and so is
        // the drawn list once the order is pushed onto it.
        const twice = validateOrders(s, rules, a.id, [...mine, first]).rejections;
        expect(twice).toHaveLength(1);
        mine.push(first);
        expect(validateOrders(s, rules, a.id, mine).rejections).toEqual(twice);
        mine.pop();
        // A list of the same length with the first order in the second's place: checked in full
        // (often refused: the same order twice).
        if (mine.length > 1) {
          const again = [...mine];
          again[1] = first;
          const full = validateOrders(s, rules, a.id, copies(again));
          expect(validateOrders(s, rules, a.id, again)).toEqual(full);
          if (full.rejections.length > 0) refused++;
        }
        // Another agent's orders, under this agent: checked, as if never drawn.
        const other = rules.agents.find((b) => b.id !== a.id)?.id ?? "";
        expect(validateOrders(s, rules, other, mine)).toEqual(validateOrders(s, rules, other, copies(mine)));
        // The same list in a state where the agent is broke: checked against that state.
        const me = s.agents[a.id];
        if (!me) throw new Error(`no agent ${a.id}`);
        const broke = { ...s, agents: { ...s.agents, [a.id]: { ...me, treasury: -1000 } } } as GameState;
        const there = validateOrders(broke, rules, a.id, mine);
        expect(there).toEqual(validateOrders(broke, rules, a.id, copies(mine)));
        if (mine.some((o) => orderCost(rules, o as Order).capital > 0))
          expect(there.rejections.length).toBeGreaterThan(0);
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(10);
  });

  it("has orders drawn against a player's view taken as drawn in that view's state only", () => {
    let seen = 0;
    for (const s of states("view", "ceasefire", 12)) {
      for (const a of rules.agents) {
        // As the AI's random policy draws: against the agent's view, handed on in a list of its own.
        const view = playerView(s, a.id);
        expect(viewedState(view)).toBe(s);
        expect(viewedState({ ...view })).toBeNull();
        const handed = [...randomOrders(view, rules, a.id, resumeRng(seedRng(`view-${s.turn}-${a.id}`)))];
        expect(validateOrders(s, rules, a.id, handed)).toEqual(
          validateOrders(s, rules, a.id, copies(handed)),
        );
        // In another state, and in a view of it, the same orders are checked against that state.
        const me = s.agents[a.id];
        if (!me) throw new Error(`no agent ${a.id}`);
        const broke = { ...s, agents: { ...s.agents, [a.id]: { ...me, treasury: -1000 } } } as GameState;
        const full = validateOrders(broke, rules, a.id, copies(handed));
        expect(validateOrders(broke, rules, a.id, handed)).toEqual(full);
        expect(validateOrders(playerView(broke, a.id), rules, a.id, handed)).toEqual(full);
        if (handed.some((o) => orderCost(rules, o).capital > 0)) {
          expect(full.rejections.length).toBeGreaterThan(0);
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it("gives nothing when the game is over or the agent is unknown", () => {
    const over = states("over", "base-2026", 2);
    const last = over[over.length - 1] as GameState;
    const done = resolveTurn(last, rules, randomTurn(last, rules)).state;
    expect(Object.values(randomTurn(done, rules)).every((o) => o.length === 0)).toBe(true);
    expect(randomOrders(last, rules, "nobody", { next: () => 0.5 })).toEqual([]);
  });
});
