import { describe, expect, it } from "vitest";
import { randomTurn } from "../../src/cli/random-play.ts";
import { createGame, type GameState, hashState, resolveTurn } from "../../src/engine/index.ts";
import { shippedRules } from "../support/rules.ts";

function played(turns: number): GameState {
  const rules = shippedRules();
  let s = createGame(rules, { seed: "hash", scenario: "base-2026", turns: 16 });
  for (let i = 0; i < turns; i++) s = resolveTurn(s, rules, randomTurn(s, rules)).state;
  return s;
}

describe("hashState", () => {
  it("is the same for a state and its JSON round trip, and for a copy with keys in the same order", () => {
    const s = played(6);
    const h = hashState(s);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(hashState(JSON.parse(JSON.stringify(s)))).toBe(h);
    expect(hashState(structuredClone(s))).toBe(h);
  });

  it("changes when any single value changes, deep or shallow, in the state or its history", () => {
    const s = played(6);
    const h = hashState(s);
    const edits: ((x: GameState) => void)[] = [
      (x) => {
        x.turn += 1;
      },
      (x) => {
        x.tracks["ukraine-war"] = (x.tracks["ukraine-war"] ?? 0) + 0.1;
      },
      (x) => {
        (x.agents.us as { treasury: number }).treasury += 1e-9;
      },
      (x) => {
        x.seed = `${x.seed}x`;
      },
      (x) => {
        (x.corridors.tripp as { status: string }).status = "closed";
      },
      (x) => {
        x.history[0] = { ...(x.history[0] as GameState["history"][number]), turn: 99 };
      },
      (x) => {
        x.lastOrders = {};
      },
    ];
    const seen = new Set([h]);
    for (const edit of edits) {
      const copy = JSON.parse(JSON.stringify(s)) as GameState;
      edit(copy);
      const e = hashState(copy);
      expect(seen.has(e)).toBe(false);
      seen.add(e);
    }
  });

  it("gives the hash it has always given: a save's log records each turn's hash, and replays against it", () => {
    // Every kind of JSON value, the ones JSON writes alike (−0 and 0, NaN, ±Infinity and null, an
    // undefined field and none), strings of odd and even length beyond ASCII, and a history with a
    // frozen record (hashed once, then kept) and one that is not. The value was given by the walk
    // that kept its lanes in a typed array, before it came to keep them in locals.
    const record = Object.freeze({ turn: 1, tracks: { a: 0.5 }, events: ["x"] });
    const value = () => ({
      schema: 1,
      seed: "pin",
      numbers: [0, -0, 1, -2.5, 0.1 + 0.2, 1e21, Number.NaN, Number.POSITIVE_INFINITY],
      text: ["", "a", "ab", "Türkiye–Russia", "odd"],
      flags: [true, false, null],
      nested: { empty: {}, list: [[], [{}], [1, [2]]], skipped: undefined },
      history: [record, { turn: 2, tracks: {}, events: [] }],
    });
    const pinned = "9160b13a3b66dac9";
    expect(hashState(value() as unknown as GameState)).toBe(pinned);
    // Again, with the frozen record's digest now kept.
    expect(hashState(value() as unknown as GameState)).toBe(pinned);
  });
});
