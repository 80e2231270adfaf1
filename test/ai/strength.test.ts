import { describe, expect, it } from "vitest";
import { type PolicyName, playAiGame } from "../../src/ai/index.ts";
import { scores } from "../../src/engine/index.ts";
import { mean, policies, rules } from "./support.ts";

/**
 * Strength, measured where the hard AI's foresight pays: Mongolia in the ceasefire scenario. The
 * planner anticipates its rivals' moves (the US lifting its sanctions on Russia opens the
 * Trans-Siberian to Mongolian cargo) and reroutes a turn before greedy does. Others play greedy.
 * Full table for every agent: `npm run bench` (docs/ai.md).
 */
const AGENT = "mn";
const SEEDS = ["s0", "s1", "s2", "s3", "s4", "s5"];

function scoresWith(policy: PolicyName): number[] {
  return SEEDS.map((seed) => {
    const game = playAiGame(rules(), {
      seed,
      scenario: "ceasefire",
      turns: 8,
      policies: policies("greedy", { [AGENT]: policy }),
    });
    return scores(game.state)[AGENT]?.mean ?? 0;
  });
}

describe("stronger policies score better on the agent's own goals", () => {
  const random = scoresWith("random");
  const greedy = scoresWith("greedy");
  const planner = scoresWith("planner");

  it("greedy beats random by a wide margin", () => {
    expect(mean(greedy) - mean(random)).toBeGreaterThan(10);
  });

  it("the planner beats greedy on average and in nearly every paired game", () => {
    expect(mean(planner) - mean(greedy)).toBeGreaterThan(2);
    const wins = planner.filter((p, i) => p > (greedy[i] ?? 0)).length;
    expect(wins).toBeGreaterThanOrEqual(SEEDS.length - 1);
  });
});
