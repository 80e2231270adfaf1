import { describe, expect, it } from "vitest";
import { type PolicyName, playAiGame } from "../../src/ai/index.ts";
import { scores } from "../../src/engine/index.ts";
import { mean, policies, rules } from "./support.ts";

/**
 * Strength, on the first 12 seeds of the bench (`strength-0…`, 8 turns): one agent plays random,
 * greedy or the planner while the other six play greedy, and its game scores are compared seed by
 * seed. Greedy must beat random for every agent (China's by least: its hawkish tastes cost it). The
 * planner must beat greedy by a point on average, and never trail it, for the agents where the
 * bench measures a clear gain: Kazakhstan, Uzbekistan and Mongolia in 2026 (they sign the deal a
 * partner is about to offer, reroute as a sanction is lifted) and China and Mongolia in the
 * ceasefire. For the US, Russia and Türkiye the bench measures no gain (docs/ai.md, "Measured
 * figures"), and China's in 2026 (+1 over 60 games) is below one chaotic game's swing.
 */
const SEEDS = Array.from({ length: 12 }, (_, i) => `strength-${i}`);
const AGENTS = ["us", "ru", "tr", "cn", "kz", "uz", "mn"];

/** Every agent's game score per seed, with `agent` on `policy` and the rest greedy. */
function play(scenario: string, agent: string | null, policy: PolicyName): Record<string, number>[] {
  return SEEDS.map((seed) => {
    const game = playAiGame(rules(), {
      seed,
      scenario,
      turns: 8,
      policies: policies("greedy", agent ? { [agent]: policy } : {}),
    });
    return Object.fromEntries(Object.entries(scores(game.state)).map(([a, s]) => [a, s.mean]));
  });
}

const of = (rows: Record<string, number>[], agent: string): number[] => rows.map((r) => r[agent] ?? 0);
const diffs = (a: number[], b: number[]): number[] => b.map((x, i) => x - (a[i] ?? 0));

describe("stronger policies score better on the agent's own goals", () => {
  const greedy = play("base-2026", null, "greedy");

  for (const agent of AGENTS) {
    it(`${agent}: greedy beats random (base-2026)`, () => {
      const d = diffs(of(play("base-2026", agent, "random"), agent), of(greedy, agent));
      expect(mean(d)).toBeGreaterThan(1);
    });
  }

  for (const [scenario, agents] of [
    ["base-2026", ["kz", "uz", "mn"]],
    ["ceasefire", ["cn", "mn"]],
  ] as const) {
    const base = scenario === "base-2026" ? greedy : play(scenario, null, "greedy");
    for (const agent of agents) {
      it(`${agent}: random < greedy < planner (${scenario}), the planner never behind`, () => {
        const g = of(base, agent);
        const random = of(play(scenario, agent, "random"), agent);
        const planner = of(play(scenario, agent, "planner"), agent);
        expect(mean(diffs(random, g))).toBeGreaterThan(1);
        expect(mean(diffs(g, planner))).toBeGreaterThan(1);
        expect(Math.min(...diffs(g, planner))).toBeGreaterThan(-0.5);
      });
    }
  }
});
