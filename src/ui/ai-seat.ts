/** The AI seats: each AI country's orders for a turn, with the AI's one-line rationale per order. */
import { chooseOrders, policyForDifficulty } from "../ai/index.ts";
import type { AgentId, GameState, Order, Rules } from "../engine/index.ts";
import type { Difficulty } from "../game/game-setup.ts";

/** An AI order and why it was chosen. */
export interface AiChoice {
  order: Order;
  rationale: string;
}

/** The orders an AI country gives this turn at a difficulty. Deterministic in the state (seed, turn). */
export function aiOrders(state: GameState, rules: Rules, agent: AgentId, difficulty: Difficulty): AiChoice[] {
  const level = policyForDifficulty(difficulty);
  const opts =
    level.budget === undefined ? { noise: level.noise } : { budget: level.budget, noise: level.noise };
  return chooseOrders(level.policy, state, rules, agent, opts).map((c) => ({
    order: c.order,
    rationale: c.rationale,
  }));
}
