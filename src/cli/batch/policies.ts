/**
 * Which policy plays each agent: `--policy-XX`, then `--policy`, then `--difficulty`, then normal
 * difficulty. A difficulty also brings the AI's budget and noise for that level.
 */
import { chooseOrders, POLICIES, type PolicyName, policyForDifficulty } from "../../ai/index.ts";
import type { GameState, Order, Rules } from "./engine.ts";
import type { BatchOptions } from "./types.ts";
import { UsageError } from "./usage-error.ts";

/** How one agent plays: its policy and, from a difficulty level, the AI's lookahead budget and noise. */
export interface AgentPlay {
  policy: PolicyName;
  budget?: number;
  noise?: number;
}

/** Every policy id the AI offers. */
export const POLICY_IDS = Object.keys(POLICIES) as PolicyName[];

/** The difficulty used when no flag names a policy. */
export const DEFAULT_DIFFICULTY = "normal" as const;

function checkPolicy(flag: string, value: string): AgentPlay {
  const id = value.toLowerCase() as PolicyName;
  if (!POLICY_IDS.includes(id))
    throw new UsageError(`${flag}: unknown policy "${value}"; choose ${POLICY_IDS.join(", ")}`);
  return { policy: id };
}

/** The play a difficulty level stands for (the AI's own mapping). */
export function difficultyPlay(level: "easy" | "normal" | "hard"): AgentPlay {
  const { policy, budget, noise } = policyForDifficulty(level);
  return { policy, ...(budget === undefined ? {} : { budget }), ...(noise > 0 ? { noise } : {}) };
}

/** Each agent's play from the flags. Throws UsageError for an unknown agent code or policy. */
export function resolvePlays(rules: Rules, o: BatchOptions): Record<string, AgentPlay> {
  const agents = rules.agents.map((a) => a.id);
  for (const code of Object.keys(o.agentPolicies)) {
    if (!agents.includes(code))
      throw new UsageError(`--policy-${code}: no agent "${code}"; the agents are ${agents.join(", ")}`);
  }
  const fallback =
    o.policy !== undefined
      ? checkPolicy("--policy", o.policy)
      : difficultyPlay(o.difficulty ?? DEFAULT_DIFFICULTY);
  return Object.fromEntries(
    agents.map((a) => {
      const own = o.agentPolicies[a];
      return [a, own === undefined ? fallback : checkPolicy(`--policy-${a}`, own)];
    }),
  );
}

/**
 * Choose an agent's orders this turn as its play says (deterministic: the AI seeds itself from the
 * game). A batch keeps no rationales, so the AI writes none.
 */
export function playOrders(play: AgentPlay, state: GameState, rules: Rules, agent: string): Order[] {
  const opts = {
    rationales: false,
    ...(play.budget === undefined ? {} : { budget: play.budget }),
    ...(play.noise === undefined ? {} : { noise: play.noise }),
  };
  return chooseOrders(play.policy, state, rules, agent, opts).map((c) => c.order);
}

/** How an agent plays, in words for a report: "the greedy policy (budget 8, noise 0.2)". */
export function playLabel(play: AgentPlay): string {
  const extras = [
    play.budget === undefined ? "" : `budget ${play.budget}`,
    play.noise === undefined ? "" : `noise ${play.noise}`,
  ].filter((x) => x !== "");
  return `the ${play.policy} policy${extras.length ? ` (${extras.join(", ")})` : ""}`;
}
