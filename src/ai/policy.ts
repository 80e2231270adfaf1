/** The one interface every AI policy implements: a view, the rules and a seeded stream in; orders with rationales out. */
import type { AgentId, Order, PlayerView, Rng, Rules } from "../engine/index.ts";

/** An order the AI chose, with one plain line naming the goal it serves and the effect it expects. */
export interface AiOrder {
  order: Order;
  rationale: string;
  /** The id of the objective (in `goals.json`) the order serves, when it serves one. */
  goal?: string;
}

/** What a policy may see and use. Never the game's RNG, never another agent's pending orders. */
export interface PolicyInput {
  view: PlayerView;
  rules: Rules;
  agent: AgentId;
  /** The agent's own stream, derived from (game seed, agent id, turn). */
  rng: Rng;
  /** Personality id from the rules (default: the scenario's, else the agent's default). */
  personality?: string;
  /** Lookahead resolutions the policy may spend (default: its budget in `difficulty.json`). */
  budget?: number;
  /** Goal points of random noise on each candidate's value (easy levels); default 0. */
  noise?: number;
  /**
   * Whether to write each order's rationale (default true). False leaves every rationale empty
   * and chooses the same orders: for runs that never show them, such as the batch runner.
   */
  rationales?: boolean;
  /**
   * Choose as the agent usually would, with no rare mood (default false). A planner anticipating a
   * rival asks for its likeliest orders: a mood drawn once is a guess, not a plan to answer.
   */
  likeliest?: boolean;
}

/** A policy: chooses one turn's orders for one agent. Deterministic given its input. */
export interface Policy {
  id: string;
  choose(input: PolicyInput): AiOrder[];
}
