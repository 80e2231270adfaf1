/** Invariants over many random legal order sequences (fast-check drives seeds, scenarios and lengths). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomTurn } from "../../src/cli/random-play.ts";
import {
  createGame,
  type GameState,
  legalOrders,
  resolveTurn,
  validateOrders,
} from "../../src/engine/index.ts";
import { shippedRules } from "../support/rules.ts";

const rules = shippedRules();
const scenarios = rules.scenarios.map((s) => s.id);

function walk(x: unknown, path: string, out: string[]): void {
  if (typeof x === "number" && !Number.isFinite(x)) out.push(path);
  else if (Array.isArray(x)) for (const [i, v] of x.entries()) walk(v, `${path}[${i}]`, out);
  else if (typeof x === "object" && x !== null)
    for (const [k, v] of Object.entries(x)) walk(v, `${path}.${k}`, out);
}

function checkInvariants(s: GameState): void {
  const bad: string[] = [];
  walk(s, "state", bad);
  expect(bad).toEqual([]);
  for (const v of Object.values(s.tracks)) expect(v >= 0 && v <= 100).toBe(true);
  for (const row of Object.values(s.relations))
    for (const v of Object.values(row)) expect(v >= -100 && v <= 100).toBe(true);
  for (const row of Object.values(s.influence)) {
    for (const v of Object.values(row)) expect(v).toBeGreaterThanOrEqual(0);
    expect(Object.values(row).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100 + 1e-6);
  }
  for (const row of Object.values(s.measures.dep))
    for (const v of Object.values(row)) expect(v >= 0 && v <= 1).toBe(true);
  const load: Record<string, number> = {};
  const shipped: Record<string, number> = {};
  for (const f of s.flows) {
    load[f.corridor] = (load[f.corridor] ?? 0) + f.total;
    shipped[f.producer] = (shipped[f.producer] ?? 0) + f.total;
    for (const v of Object.values(f.volume)) expect(v).toBeGreaterThanOrEqual(0);
  }
  for (const [c, v] of Object.entries(load))
    expect(v).toBeLessThanOrEqual((s.corridors[c]?.capacity ?? 0) + 1e-3);
  for (const [p, v] of Object.entries(shipped)) {
    // Output as this turn's flows saw it: with the event modifiers that held on the turn just resolved.
    const factor = s.modifiers
      .filter((m) => m.kind === "output" && m.target === p && m.from <= s.turn - 1 && m.until >= s.turn - 1)
      .reduce((a, m) => a * m.factor, 1);
    const out = Object.values(s.producers[p]?.output ?? {}).reduce((a, b) => a + b, 0) * factor;
    expect(v).toBeLessThanOrEqual(out + 1e-3);
  }
  expect(s.measures.chinaProcessingShare).toBeGreaterThanOrEqual(0);
  expect(s.measures.chinaProcessingShare).toBeLessThanOrEqual(1);
  for (const sc of Object.values(s.scores)) expect(sc.total >= 0 && sc.total <= 100).toBe(true);
  expect(JSON.parse(JSON.stringify(s))).toEqual(s);
}

describe("properties of random legal play", () => {
  it("no NaN or Infinity, every value in bounds, flows within capacity and output, JSON round trip is the identity", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.constantFrom(...scenarios),
        fc.integer({ min: 1, max: 16 }),
        (seed, scenario, turns) => {
          let s = createGame(rules, { seed, scenario, turns });
          checkInvariants(s);
          while (s.turn <= s.turns) {
            s = resolveTurn(s, rules, randomTurn(s, rules)).state;
            checkInvariants(s);
          }
        },
      ),
      { numRuns: 40, seed: 20261123 },
    );
  });
  it("everything legalOrders yields validates on its own", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.constantFrom(...scenarios),
        fc.integer({ min: 0, max: 10 }),
        (seed, scenario, turns) => {
          let s = createGame(rules, { seed, scenario });
          for (let i = 0; i < turns; i++) s = resolveTurn(s, rules, randomTurn(s, rules)).state;
          for (const a of rules.agents) {
            for (const order of legalOrders(s, rules, a.id)) {
              const v = validateOrders(s, rules, a.id, [order]);
              expect(v.rejections).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  });
});
