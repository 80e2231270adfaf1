/**
 * A turn never writes to the state it resolves: it works on a copy of the parts it changes. Every
 * state here is deep-frozen before it is resolved, so a phase that wrote through to it would throw.
 */
import { describe, expect, it } from "vitest";
import { randomTurn } from "../../src/cli/random-play.ts";
import { createGame, type GameState, resolveTurn } from "../../src/engine/index.ts";
import { shippedRules } from "../support/rules.ts";

function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

describe("turn resolution leaves its input alone", () => {
  it("resolves deep-frozen states through whole random games in every scenario, input unchanged", () => {
    const rules = shippedRules();
    for (const scenario of rules.scenarios.map((s) => s.id)) {
      for (let g = 0; g < 6; g++) {
        let s: GameState = createGame(rules, { seed: `frozen-${g}`, scenario, turns: 16 });
        while (s.turn <= s.turns) {
          const orders = randomTurn(s, rules);
          const before = JSON.stringify(s);
          deepFreeze(s);
          for (const explain of [true, false]) resolveTurn(s, rules, orders, { explain });
          expect(JSON.stringify(s)).toBe(before);
          s = resolveTurn(s, rules, orders).state;
        }
      }
    }
  });

  it("shares the parts a turn does not change with the state before it", () => {
    const rules = shippedRules();
    const s = createGame(rules, { seed: "share", scenario: "base-2026", turns: 4 });
    const next = resolveTurn(s, rules, {}).state;
    expect(next.injects).toBe(s.injects);
    expect(next.history.slice(0, s.history.length)).toEqual(s.history);
    expect(next).not.toBe(s);
  });
});
