/**
 * Lining up random draws so that candidates are compared on the same luck. The engine gives each
 * phase of a turn its own stream, so peace talks (the only orders that draw) never shift the
 * routing risks and events: every candidate resolves from the same generator state. The agent's
 * own talks get diplomacy draws known to succeed; their measured gain is then weighed by the odds.
 */
import {
  type AgentId,
  indexRules,
  type Order,
  peaceOdds,
  type Rng,
  type RngState,
  type Rules,
  resumeRng,
  seedRng,
  turnStreams,
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

/**
 * A generator state derived from `label` (`label:0`, `label:1`, … up to `tries`) whose next turn
 * draws, in `phase`'s stream, what `miss` scores 0; failing that, the one it scored least (the
 * first of equals). Lookahead uses it to line a turn's luck up with what it wants to see.
 */
export function seedWhere(
  label: string,
  tries: number,
  phase: string,
  miss: (draws: Rng) => number,
): RngState {
  let best = seedRng(`${label}:0`);
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tries; i++) {
    const state = i === 0 ? best : seedRng(`${label}:${i}`);
    const draws = turnStreams(resumeRng(state)).get(phase);
    if (!draws) return state;
    const m = miss(draws);
    if (m < least) {
      best = state;
      least = m;
    }
    if (m <= 0) break;
  }
  return best;
}

/** A generator state whose turn has diplomacy draws all below `below` for `slots` talks (so they succeed). */
export function luckyState(label: string, slots: number, below: number): RngState {
  if (slots <= 0) return seedRng(`${label}:0`);
  return seedWhere(label, 400, "diplomacy", (draws) => {
    let max = 0;
    for (let d = 0; d < slots; d++) max = Math.max(max, draws.next());
    return max < below ? 0 : max;
  });
}
