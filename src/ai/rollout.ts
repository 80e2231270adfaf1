/**
 * Monte Carlo rollouts for the planner: play a candidate set now, then a few more turns with
 * sampled rivals (each repeating itself or re-choosing greedy-lite, and answering offered deals)
 * and sampled events (each rollout its own generator state), and judge every turn on the way.
 */
import {
  type AgentId,
  type GameState,
  type Order,
  type OrdersByAgent,
  type Rng,
  type RngState,
  type Rules,
  resolveTurn,
} from "../engine/index.ts";
import type { Personality } from "../rules/ai-schema.ts";
import { pack, singles } from "./candidates.ts";
import { type Judgement, judge } from "./goal-value.ts";
import { FAST } from "./lookahead.ts";

/** How rollouts are played. */
export interface RolloutSpec {
  horizon: number;
  /** Chance that a rival repeats its last orders; otherwise it plays greedy-lite. */
  repeat: number;
}

/**
 * One rollout's result. `value` is what the bench measures, summed over the rest of the game: the
 * agent's goal score (the engine's, crisis included) on every turn played out, the last one
 * standing for every turn after the horizon. `last` is the agent's judgement at the horizon.
 */
export interface RolloutResult {
  value: number;
  last: Judgement;
}

/** What a rollout needs besides the candidate. */
export interface RolloutContext {
  start: GameState;
  rules: Rules;
  agent: AgentId;
  personality: Personality;
  /** What the agent expects of the others: the personalities their scenario names. */
  personalities: Record<AgentId, Personality>;
  spec: RolloutSpec;
  /** What the others are expected to order on the first turn (default: their last orders). */
  expected?: OrdersByAgent;
  /** What the agent plays on later turns, whatever it played first (default: greedy-lite). */
  later?: Order[];
  /** What rivals answer on the second turn (see `reactions.ts`); the others repeat or re-choose. */
  reactions?: OrdersByAgent;
}

/** Deals offered to `who` last turn that it would sign back: from agents it gets on with, not already in force. */
export function offersToAnswer(s: GameState, who: AgentId): Order[] {
  const out: Order[] = [];
  for (const [from, orders] of Object.entries(s.lastOrders)) {
    if (from === who || (s.relations[who]?.[from] ?? 0) <= 0) continue;
    for (const o of orders) {
      if (o.type !== "sign-agreement" || o.partner !== who) continue;
      const held = s.agreements.some(
        (g) => g.kind === o.kind && g.until > s.turn + 1 && g.agents.includes(who) && g.agents.includes(from),
      );
      if (!held) out.push({ type: "sign-agreement", partner: from, kind: o.kind });
    }
  }
  return out;
}

/**
 * Orders without peace talks. Talks are the only orders that draw from the game's generator; left
 * in, they would shift every later draw, and candidates would no longer meet the same events. Only
 * the candidate's own first-turn talks are played (on draws set aside for them).
 */
const noTalks = (orders: Order[]): Order[] => orders.filter((o) => o.type !== "broker-peace");

/** Greedy-lite: no lookahead, just the orders whose appeal to the personality outweighs their cost, best first. */
export function liteOrders(s: GameState, rules: Rules, who: AgentId, p: Personality): Order[] {
  const ranked = singles({ s, rules, agent: who }, p)
    .filter((c) => c.bonus - c.cost > 0)
    .sort((a, b) => b.bonus - b.cost - (a.bonus - a.cost));
  return pack(
    s,
    rules,
    who,
    ranked.map((c) => c.order),
  );
}

/** Play one rollout of `first`: `events` seeds its luck, `rivals` decides who repeats and who re-chooses. */
export function rollout(ctx: RolloutContext, first: Order[], events: RngState, rivals: Rng): RolloutResult {
  const { rules, agent, spec } = ctx;
  let state: GameState = { ...ctx.start, rng: events };
  let sum = 0;
  const kept = first.filter((o) => o.type === "sign-agreement");
  for (let h = 0; h < spec.horizon && state.turn <= state.turns; h++) {
    const orders = rivalOrders(ctx, state, h, rivals);
    // Later turns: the agent keeps its offers open and plays `later` (else greedy-lite).
    const then = ctx.later ?? liteOrders(state, rules, agent, ctx.personality);
    orders[agent] = h === 0 ? first : noTalks(pack(state, rules, agent, [...kept, ...then]));
    state = resolveTurn(state, rules, orders, FAST).state;
    sum += state.scores[agent]?.total ?? 0;
  }
  // The last turn looked at stands for the rest of the game: what is built now keeps paying.
  const rest = Math.max(0, state.turns - state.turn + 1);
  return {
    value: sum + rest * (state.scores[agent]?.total ?? 0),
    last: judge(state, rules, agent, ctx.personality),
  };
}

/** The rivals' orders on rollout turn `h`: as expected (or repeated) first, then repeated or re-chosen. */
function rivalOrders(ctx: RolloutContext, state: GameState, h: number, rivals: Rng): OrdersByAgent {
  const orders: OrdersByAgent = {};
  for (const a of ctx.rules.agents) {
    if (a.id === ctx.agent) continue;
    const p = ctx.personalities[a.id];
    // First turn: rivals do what they are expected to do; later they may re-choose.
    const repeat = h === 0 || !p || rivals.next() < ctx.spec.repeat;
    const before =
      h === 0 && ctx.expected ? ((ctx.expected[a.id] ?? []) as Order[]) : (state.lastOrders[a.id] ?? []);
    const reaction = h === 1 ? (ctx.reactions?.[a.id] as Order[] | undefined) : undefined;
    if (reaction) {
      orders[a.id] = noTalks(reaction);
      continue;
    }
    const own = repeat || !p ? before : liteOrders(state, ctx.rules, a.id, p);
    const answers = h === 0 && ctx.expected ? [] : offersToAnswer(state, a.id);
    orders[a.id] = noTalks([...answers, ...own]);
  }
  return orders;
}

/** The mean of several judgements, objective by objective. */
export function meanJudgement(list: Judgement[]): Judgement {
  const first = list[0];
  if (!first) return { rows: [], value: 0 };
  const n = list.length;
  const rows = first.rows.map((row, i) => {
    let value = 0;
    let score = 0;
    for (const j of list) {
      value += j.rows[i]?.value ?? 0;
      score += j.rows[i]?.score ?? 0;
    }
    return { ...row, value: value / n, score: score / n };
  });
  return { rows, value: list.reduce((a, j) => a + j.value, 0) / n };
}
