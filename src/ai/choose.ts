/** Choosing one agent's orders from the full state: the view and the agent's own stream are built here. */
import { type AgentId, type GameState, playerView, type Rules } from "../engine/index.ts";
import type { PolicyName } from "../rules/ai-schema.ts";
import { greedyPolicy } from "./greedy-policy.ts";
import { plannerPolicy } from "./planner-policy.ts";
import type { AiOrder, Policy } from "./policy.ts";
import { randomPolicy } from "./random-policy.ts";
import { agentStream } from "./stream.ts";

/** Options for one agent's choice. */
export interface ChooseOptions {
  /** Personality id (default: the scenario's for the agent, else its default in personalities.json). */
  personality?: string;
  /** Lookahead resolutions (default: the policy's budget in difficulty.json). */
  budget?: number;
  /** Goal points of noise on each candidate's value (default 0). */
  noise?: number;
  /** Whether to write rationales (default true; false: the same orders, each rationale empty). */
  rationales?: boolean;
}

/** The policies by id. */
export const POLICIES: Record<PolicyName, Policy> = {
  random: randomPolicy,
  greedy: greedyPolicy,
  planner: plannerPolicy,
};

/** One agent's orders for the state's turn, with rationales. Sees only the agent's view; deterministic. */
export function chooseOrders(
  policy: PolicyName,
  state: GameState,
  rules: Rules,
  agent: AgentId,
  opts: ChooseOptions = {},
): AiOrder[] {
  if (state.turn > state.turns || !state.agents[agent]) return [];
  const input = {
    view: playerView(state, agent),
    rules,
    agent,
    rng: agentStream(state.seed, agent, state.turn),
    ...(opts.personality === undefined ? {} : { personality: opts.personality }),
    ...(opts.budget === undefined ? {} : { budget: opts.budget }),
    ...(opts.noise === undefined ? {} : { noise: opts.noise }),
    ...(opts.rationales === undefined ? {} : { rationales: opts.rationales }),
  };
  return POLICIES[policy].choose(input);
}
