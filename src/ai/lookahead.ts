/**
 * One-turn lookahead with the real engine: the view turned back into a state (a generator derived
 * from the agent's own stream, no scheduled injects), others repeating their last orders.
 */
import {
  type AgentId,
  type GameState,
  type Order,
  type OrdersByAgent,
  type PlayerView,
  type RngState,
  type Rules,
  resolveTurn,
} from "../engine/index.ts";
import type { Personality } from "../rules/ai-schema.ts";
import { luckyState, talkSlots } from "./draws.ts";
import { type Judgement, judge } from "./goal-value.ts";

/** Lookahead reads neither the explanations nor the hash. */
export const FAST = { explain: false, hash: false } as const;

/** A state rebuilt from a view: what the agent believes the game is. History is dropped (nothing reads it). */
export function stateFromView(view: PlayerView, rng: RngState): GameState {
  const { viewer: _viewer, ...rest } = view;
  return { ...rest, rng: { ...rng }, injects: [], history: [] };
}

/**
 * What every other agent is assumed to order: its orders of last turn (none on turn 1). Their
 * peace talks are left out when `talks` is false: a coin flip the agent cannot foresee, whose
 * draw would otherwise shift with the agent's own talks.
 */
export function othersRepeat(
  s: Pick<GameState, "lastOrders">,
  rules: Rules,
  agent: AgentId,
  talks = true,
): OrdersByAgent {
  const out: OrdersByAgent = {};
  for (const a of rules.agents) {
    if (a.id === agent) continue;
    out[a.id] = (s.lastOrders[a.id] ?? []).filter((o) => talks || o.type !== "broker-peace");
  }
  return out;
}

/** Expected orders of the others, without their peace talks (see `othersRepeat`). */
export function withoutTalks(expected: OrdersByAgent, agent: AgentId): OrdersByAgent {
  const out: OrdersByAgent = {};
  for (const [a, list] of Object.entries(expected)) {
    if (a !== agent) out[a] = list.filter((o) => (o as Order | null)?.type !== "broker-peace");
  }
  return out;
}

/** A lookahead for one agent's turn, counting the resolutions it spends. */
export interface Lookahead {
  rules: Rules;
  agent: AgentId;
  personality: Personality;
  /** The believed state now (its generator is the lookahead's master state). */
  start: GameState;
  /** What the other agents are assumed to order. */
  others: OrdersByAgent;
  /** The state after a turn in which the agent passes, and the agent's judgement of it. */
  baseState: GameState;
  base: Judgement;
  /** Resolutions spent so far. */
  used: number;
  /** Resolve one turn with these orders of the agent's (its talks succeed); others repeat theirs. */
  resolve(mine: Order[]): { state: GameState; judgement: Judgement };
  /** Resolve one turn with these orders of the agent's and these of the others (one resolution). */
  resolveWith(mine: Order[], others: OrdersByAgent): GameState;
}

/**
 * Start a lookahead (spends one resolution on the pass baseline). `talkOdds` is the lowest odds of
 * talks it will try; `expected` what the others are expected to order (default: their last orders).
 */
export function makeLookahead(
  view: PlayerView,
  rules: Rules,
  agent: AgentId,
  personality: Personality,
  label: string,
  talkOdds: number,
  expected?: OrdersByAgent,
): Lookahead {
  const slots = talkSlots(rules, agent);
  const start = stateFromView(view, luckyState(label, slots, talkOdds));
  const others = expected ? withoutTalks(expected, agent) : othersRepeat(start, rules, agent, false);
  const look: Lookahead = {
    rules,
    agent,
    personality,
    start,
    others,
    baseState: start,
    base: { rows: [], value: 0 },
    used: 0,
    resolve(mine) {
      const state = look.resolveWith(mine, others);
      return { state, judgement: judge(state, rules, agent, personality) };
    },
    resolveWith(mine, theirs) {
      look.used += 1;
      return resolveTurn(start, rules, { ...theirs, [agent]: mine }, FAST).state;
    },
  };
  const base = look.resolve([]);
  look.baseState = base.state;
  look.base = base.judgement;
  return look;
}
