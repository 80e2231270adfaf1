import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledAiRules, type PolicyName, playAiGame } from "../../src/ai/index.ts";
import { policies, rules } from "./support.ts";

const SCENARIOS = ["base-2026", "ceasefire", "tripp-crisis"] as const;
const PERSONALITIES = Object.keys(bundledAiRules().personalities);

/** Every order the AI gave in a game was accepted by the engine (no rejection of any kind). */
function rejections(
  policy: PolicyName,
  seed: string,
  scenario: string,
  turns: number,
  personality?: string[],
) {
  const options = personality
    ? Object.fromEntries(rules().agents.map((a, i) => [a.id, { personality: personality[i] ?? "balanced" }]))
    : {};
  const game = playAiGame(rules(), { seed, scenario, turns, policies: policies(policy), options });
  expect(game.reports).toHaveLength(turns);
  return game.reports.flatMap((r) => r.rejections);
}

describe("no AI ever gives an order the engine refuses", () => {
  it("random, over many seeded games", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.constantFrom(...SCENARIOS), (seed, scenario) => {
        expect(rejections("random", seed, scenario, 8)).toEqual([]);
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it("greedy, with any mix of personalities", () => {
    const seven = fc.array(fc.constantFrom(...PERSONALITIES), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(...SCENARIOS),
        seven,
        (seed, scenario, mix) => {
          expect(rejections("greedy", seed, scenario, 6, mix)).toEqual([]);
        },
      ),
      { numRuns: 4, seed: 11 },
    );
  });

  it("the planner, to the end of a short game", () => {
    expect(rejections("planner", "valid-planner", "tripp-crisis", 4)).toEqual([]);
  });
});
