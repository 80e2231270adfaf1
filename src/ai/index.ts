/**
 * The AI's public entry: choose an agent's orders with a policy (random, greedy, planner), map a
 * difficulty level to a policy, and play whole AI games for batch runs and tests.
 */
import type { DifficultyId, PolicyName } from "../rules/ai-schema.ts";
import { bundledAiRules } from "./ai-data.ts";

export type { DifficultyId, PolicyName } from "../rules/ai-schema.ts";
export { aiRulesFor, bundledAiRules, personalityFor, personalityId } from "./ai-data.ts";
export { type ChooseOptions, chooseOrders, POLICIES } from "./choose.ts";
export { type AiGame, type PlayedGame, playAiGame } from "./play-game.ts";
export type { AiOrder, Policy, PolicyInput } from "./policy.ts";
export { agentStream } from "./stream.ts";

/** The policy, budget and noise a difficulty level plays with (from difficulty.json). */
export function policyForDifficulty(difficulty: DifficultyId): {
  policy: PolicyName;
  budget?: number;
  noise: number;
} {
  const level = bundledAiRules().difficulty.levels[difficulty];
  return level.budget === undefined
    ? { policy: level.policy, noise: level.noise }
    : { policy: level.policy, budget: level.budget, noise: level.noise };
}
