import { describe, expect, it } from "vitest";
import { agentStream, chooseOrders, playAiGame } from "../../src/ai/index.ts";
import {
  createGame,
  type GameState,
  hashState,
  replay,
  resolveTurn,
  seedRng,
} from "../../src/engine/index.ts";
import { policies, rules } from "./support.ts";

/** A game a few turns in, with every agent's last orders on record. */
function midGame(seed: string, scenario = "base-2026"): GameState {
  let s = createGame(rules(), { seed, scenario });
  for (let t = 0; t < 3; t++) {
    const orders = Object.fromEntries(
      rules().agents.map((a) => [a.id, chooseOrders("greedy", s, rules(), a.id).map((c) => c.order)]),
    );
    s = resolveTurn(s, rules(), orders).state;
  }
  return s;
}

describe("the AI is deterministic and sees only its own view", () => {
  const s = midGame("det-1");

  for (const policy of ["random", "greedy", "planner"] as const) {
    it(`${policy}: the same state gives the same orders and rationales`, () => {
      for (const agent of ["us", "tr", "mn"]) {
        expect(chooseOrders(policy, s, rules(), agent)).toEqual(
          chooseOrders(policy, structuredClone(s), rules(), agent),
        );
      }
    });

    it(`${policy}: the game's generator and scheduled injects make no difference`, () => {
      const hidden = {
        ...structuredClone(s),
        rng: seedRng("something else"),
        injects: [{ turn: s.turn, event: "peace-talks-breakthrough" }],
      };
      for (const agent of ["ru", "cn", "kz"]) {
        expect(chooseOrders(policy, hidden, rules(), agent)).toEqual(chooseOrders(policy, s, rules(), agent));
      }
    });
  }

  it("draws from a stream of its own per (seed, agent, turn)", () => {
    const first = (seed: string, agent: string, turn: number) => agentStream(seed, agent, turn).next();
    expect(first("g", "us", 3)).toBe(first("g", "us", 3));
    expect(first("g", "us", 3)).not.toBe(first("g", "ru", 3));
    expect(first("g", "us", 3)).not.toBe(first("g", "us", 4));
    expect(first("g", "us", 3)).not.toBe(first("h", "us", 3));
  });

  it("leaves the state it is given untouched", () => {
    const before = hashState(s);
    for (const a of rules().agents) chooseOrders("planner", s, rules(), a.id, { budget: 40 });
    expect(hashState(s)).toBe(before);
  });

  it("plays whole games that replay to the same hashes", () => {
    const game = {
      seed: "det-2",
      scenario: "tripp-crisis",
      turns: 5,
      policies: policies("greedy", { us: "random" }),
    };
    const a = playAiGame(rules(), game);
    const b = playAiGame(rules(), game);
    expect(a.log).toEqual(b.log);
    expect(replay(rules(), a.log).mismatch).toBeNull();
    expect(a.state.turn).toBe(6);
  });

  it("gives no orders once the game is over", () => {
    const over = { ...s, turn: s.turns + 1 };
    expect(chooseOrders("greedy", over, rules(), "us")).toEqual([]);
  });
});
