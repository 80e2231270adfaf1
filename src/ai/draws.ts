/**
 * Lining up random draws so that candidates are compared on the same luck. Only peace talks draw
 * during orders, before routing and events draw: a candidate with k talks starts k draws later
 * than one with none would, so that every candidate meets the same routing risks and events.
 * The agent's own talks get draws known to succeed; their measured gain is then weighed by the odds.
 */
import {
  type AgentId,
  indexRules,
  type Order,
  peaceOdds,
  type RngState,
  type Rules,
  resumeRng,
  seedRng,
} from "../engine/index.ts";
import type { Public } from "./situation.ts";

/** How many peace talks the agent could hold in one turn (the draws to set aside). */
export function talkSlots(rules: Rules, agent: AgentId): number {
  const ap = indexRules(rules).agent.get(agent)?.actionPoints ?? 0;
  const cost = rules.actions["broker-peace"].ap;
  return cost > 0 ? Math.floor(ap / cost) : ap;
}

/** The odds that the agent's talks in an order succeed (1 for any other order). */
export function talkOdds(s: Public, rules: Rules, agent: AgentId, order: Order): number {
  if (order.type !== "broker-peace") return 1;
  const parties = indexRules(rules).track.get(order.track)?.parties ?? [];
  return peaceOdds(rules, s.relations, agent, parties);
}

/** A generator state whose first `slots` draws are all below `below` (so the agent's talks succeed). */
export function luckyState(label: string, slots: number, below: number): RngState {
  let best = seedRng(`${label}:0`);
  let bestMax = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 400 && slots > 0; i++) {
    const state = seedRng(`${label}:${i}`);
    const rng = resumeRng(state);
    let max = 0;
    for (let d = 0; d < slots; d++) max = Math.max(max, rng.next());
    if (max < bestMax) {
      best = state;
      bestMax = max;
    }
    if (max < below) break;
  }
  return best;
}

/** The state a candidate resolves with: `master` moved on by the talk slots it leaves unused. */
export function alignedState(master: RngState, slots: number, orders: Order[]): RngState {
  const talks = orders.filter((o) => o.type === "broker-peace").length;
  const rng = resumeRng(master);
  for (let i = talks; i < slots; i++) rng.next();
  return rng.state();
}
