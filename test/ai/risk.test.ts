import { describe, expect, it } from "vitest";
import { prune } from "../../src/ai/greedy-policy.ts";
import { agentStream, bundledAiRules, chooseOrders, playAiGame } from "../../src/ai/index.ts";
import { type Played, pickOutcome } from "../../src/ai/planner-pick.ts";
import { certaintyEquivalent, chancyWorth } from "../../src/ai/risk.ts";
import { createGame, playerView, type Rules, resolveTurn } from "../../src/engine/index.ts";
import { policies, rules } from "./support.ts";

/**
 * A personality's `risk` (−1 to 1): an uncertain prospect is worth its mean blended with the mean of
 * its better half of outcomes (a gambler) or its worse half (a worrier). The planner weighs its
 * candidates' futures that way, greedy its chancy peace talks.
 */
describe("risk: a gambler takes the wide spread, a worrier the safe set", () => {
  it("values outcomes at their mean at 0, their better half at 1, their worse half at −1", () => {
    const xs = [0, 10, 20, 30];
    expect(certaintyEquivalent(xs, 0)).toBe(15);
    expect(certaintyEquivalent(xs, 1)).toBe(25);
    expect(certaintyEquivalent(xs, -1)).toBe(5);
    expect(certaintyEquivalent(xs, 0.5)).toBe(20);
    // Never below the worst outcome nor above the best, and more in every outcome is always worth more.
    for (const r of [-1, -0.6, 0, 0.5, 1]) {
      expect(certaintyEquivalent([1, 11, 21, 31], r)).toBeGreaterThan(certaintyEquivalent(xs, r));
    }
  });

  it("counts chancy talks at their odds-weighted gain, more for a gambler and less for a worrier", () => {
    expect(chancyWorth(10, 0.38, 0)).toBeCloseTo(3.8);
    expect(chancyWorth(10, 0.38, 0.5)).toBeCloseTo(5.7);
    expect(chancyWorth(10, 0.38, -0.6)).toBeCloseTo(1.52);
    // The same as the blend over the two outcomes, weighted by their odds (talks at 75%: 3 of 4 succeed).
    expect(chancyWorth(10, 0.75, -0.6)).toBeCloseTo(certaintyEquivalent([0, 10, 10, 10], -0.6));
    expect(chancyWorth(10, 0.75, 0.5)).toBeCloseTo(certaintyEquivalent([0, 10, 10, 10], 0.5));
  });

  // Sixteen futures: the safe set scores 10 in each, the gamble 0 or 20, the same mean.
  const safe: Played = { values: Array(16).fill(10), taste: 0 };
  const gamble: Played = { values: Array.from({ length: 16 }, (_, i) => (i % 2 ? 20 : 0)), taste: 0 };
  const rule = { z: 1.5, margin: 0.4 };

  it("the planner: a hawk (0.5) leaves the safe default for the gamble, neutral and worrier stay", () => {
    expect(pickOutcome([safe, gamble], { ...rule, risk: 0.5 })).toBe(1);
    expect(pickOutcome([safe, gamble], { ...rule, risk: 0 })).toBe(0);
    expect(pickOutcome([safe, gamble], { ...rule, risk: -0.6 })).toBe(0);
  });

  it("the planner: a dove (−0.6) leaves the gamble for the safe set, neutral and gambler stay", () => {
    expect(pickOutcome([gamble, safe], { ...rule, risk: -0.6 })).toBe(1);
    expect(pickOutcome([gamble, safe], { ...rule, risk: 0 })).toBe(0);
    expect(pickOutcome([gamble, safe], { ...rule, risk: 0.5 })).toBe(0);
  });

  it("the planner: a gamble that loses on average tempts no one; a mild attitude does not beat the noise", () => {
    const worse: Played = { values: gamble.values.map((v) => v - 1), taste: 0 };
    expect(pickOutcome([safe, worse], { ...rule, risk: 1 })).toBe(0);
    expect(pickOutcome([safe, gamble], { ...rule, risk: 0.2 })).toBe(0);
  });

  it("the planner: a set better in every future wins whatever the attitude, the best one at risk 0", () => {
    const better: Played = { values: safe.values.map((v) => v + 1), taste: 0 };
    const best: Played = { values: safe.values.map((v) => v + 2), taste: 0 };
    for (const risk of [-1, -0.6, 0, 0.5, 1]) expect(pickOutcome([safe, better], { ...rule, risk })).toBe(1);
    expect(pickOutcome([safe, better, best], { ...rule, risk: 0 })).toBe(2);
  });

  it("greedy: peace talks are worth their odds-weighted gain plus risk × min(odds, 1 − odds) × gain", () => {
    const base = rules();
    const state = createGame(base, { seed: "risk-1", scenario: "base-2026" });
    const talksValue = (risk: number) => {
      const all = bundledAiRules().personalities;
      const r: Rules = { ...base, personalities: { ...all, mercantile: { ...all.mercantile, risk } } };
      const input = {
        view: playerView(state, "us"),
        rules: r,
        agent: "us",
        rng: agentStream(state.seed, "us", 1),
      };
      const talks = prune(input, 12, 3).singles.find((e) => {
        const o = e.orders[0];
        return o?.type === "broker-peace" && o.track === "ukraine-war";
      });
      if (!talks) throw new Error("the US considers no talks on the Ukraine war on turn 1");
      return { value: talks.value, gain: talks.gain, odds: talks.parts[0]?.odds ?? 1 };
    };
    const neutral = talksValue(0);
    expect(neutral.odds).toBeGreaterThan(0);
    expect(neutral.odds).toBeLessThan(1);
    expect(neutral.gain).toBeGreaterThan(0);
    const bonus = Math.min(neutral.odds, 1 - neutral.odds) * neutral.gain;
    expect(talksValue(1).value).toBeCloseTo(neutral.value + bonus, 6);
    expect(talksValue(-1).value).toBeCloseTo(neutral.value - bonus, 6);
  });

  it("the planner: in real games a gambler parts from a neutral player of the same tastes after its rollouts", () => {
    const base = rules();
    const all = bundledAiRules().personalities;
    const r: Rules = {
      ...base,
      personalities: {
        ...all,
        neutral: { ...all.mercantile, agents: [], risk: 0 },
        gambler: { ...all.mercantile, agents: [], risk: 1 },
      },
    };
    // With just the budget for greedy's search, the rivals and the search against them, the planner
    // stops before its rollouts: where both play alike up to there, only the rollouts' futures,
    // valued by the risk attitude, can set them apart.
    const { greedy, planner } = bundledAiRules().difficulty;
    const noRollouts = greedy.budget + planner.rivals * (base.agents.length - 1) + planner.search + 1;
    let parted = 0;
    for (const seed of ["risk-1", "risk-2", "risk-3"]) {
      const game = playAiGame(base, { seed, scenario: "base-2026", turns: 8, policies: policies("greedy") });
      let state = createGame(base, { seed, scenario: "base-2026", turns: 8 });
      for (const orders of game.log.orders.slice(0, 6)) {
        for (const agent of ["us", "ru", "tr"]) {
          const play = (personality: string, budget?: number) =>
            JSON.stringify(
              chooseOrders(
                "planner",
                state,
                r,
                agent,
                budget ? { personality, budget } : { personality },
              ).map((c) => c.order),
            );
          const same = play("neutral", noRollouts) === play("gambler", noRollouts);
          if (same && play("neutral") !== play("gambler")) parted++;
        }
        state = resolveTurn(state, base, orders).state;
      }
    }
    expect(parted).toBeGreaterThan(0);
  });
});
