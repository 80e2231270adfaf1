/** Candidate orders: every legal single order with its appeal and cost, a pruned shortlist, and packing into sets. */
import {
  type AgentId,
  indexRules,
  legalOrders,
  type Order,
  type OrderType,
  orderCost,
  type Rules,
  validateOrders,
} from "../engine/index.ts";
import type { Personality } from "../rules/ai-schema.ts";
import { type Appeal, appealOf } from "./appeal.ts";
import { talkOdds } from "./draws.ts";
import { personalWeights } from "./goal-value.ts";
import { directGoal } from "./rationale.ts";
import type { Public, Situation } from "./situation.ts";

/** Orders that turn on someone. */
const HOSTILE = new Set<OrderType>(["sanction", "block-corridor", "escalate", "export-controls"]);
/** The least appeal (how much cause there is) for a hostile act to be considered. */
const CAUSE = 0.15;

/** A single order with what the agent expects of it before any lookahead. */
export interface Single {
  order: Order;
  appeal: Appeal;
  /** Goal points the personality adds for the order's appeal. */
  bonus: number;
  /** Goal points the capital it spends is worth to the agent. */
  cost: number;
  /** Rough worth before lookahead, for pruning. */
  prior: number;
  /** The chance it works (peace talks); 1 for every other order. */
  odds: number;
}

/** Goal points that spending `capital` costs the agent: its thrift per turn's worth of income. */
export function capitalCost(
  s: Public,
  rules: Rules,
  agent: AgentId,
  p: Personality,
  capital: number,
): number {
  const inc = s.agents[agent]?.income;
  const perTurn = Math.max(
    1,
    (inc ? inc.base + inc.exports + inc.transit - inc.penalties : 0) ||
      (indexRules(rules).agent.get(agent)?.income ?? 1),
  );
  return (p.thrift * capital) / perTurn;
}

/** The one invest amount the personality considers: the largest within its share of the treasury. */
export function investAmount(s: Public, rules: Rules, agent: AgentId, p: Personality): number | null {
  const treasury = s.agents[agent]?.treasury ?? 0;
  const amounts = [...rules.actions.invest.amounts].filter((a) => a <= treasury).sort((a, b) => a - b);
  const within = amounts.filter((a) => a <= p.investShare * treasury);
  return within.at(-1) ?? amounts[0] ?? null;
}

/** Every legal order (invests at one amount, no pass), with appeal, bonus, cost and prior. */
export function singles(x: Situation, p: Personality): Single[] {
  const amount = investAmount(x.s, x.rules, x.agent, p);
  const weights = personalWeights(x.rules, x.agent, p);
  const total = weights.reduce((a, w) => a + w.weight, 0) || 1;
  const out: Single[] = [];
  for (const order of legalOrders(x.s, x.rules, x.agent)) {
    if (order.type === "pass" || (order.type === "invest" && order.amount !== amount)) continue;
    const appeal = appealOf(x, order);
    // Hostile acts need a cause (a grievance, a rivalry): an AI picks no fight for a side effect.
    if (HOSTILE.has(order.type) && appeal.appeal < CAUSE) continue;
    const bonus = (p.orders[order.type] ?? 0) * appeal.appeal;
    const cost = capitalCost(x.s, x.rules, x.agent, p, orderCost(x.rules, order).capital);
    const goal = directGoal(x.rules, order, weights);
    const relevance = goal ? (3 * goal.weight) / total : 0;
    const odds = talkOdds(x.s, x.rules, x.agent, order);
    out.push({ order, appeal, bonus, cost, prior: bonus + relevance * odds - cost, odds });
  }
  return out;
}

/** The `n` most promising singles, spread over order kinds (each kind's best before any kind's second). */
export function shortlist(all: Single[], n: number): Single[] {
  const byKind = new Map<OrderType, Single[]>();
  for (const c of all) {
    if (c.prior <= 0) continue;
    byKind.set(c.order.type, [...(byKind.get(c.order.type) ?? []), c]);
  }
  const queues = [...byKind.values()].map((q) => q.sort((a, b) => b.prior - a.prior));
  queues.sort((a, b) => (b[0]?.prior ?? 0) - (a[0]?.prior ?? 0));
  const out: Single[] = [];
  for (let round = 0; out.length < n; round++) {
    const layer = queues.map((q) => q[round]).filter((c): c is Single => c !== undefined);
    if (layer.length === 0) break;
    out.push(...layer.slice(0, n - out.length));
  }
  return out;
}

/** Whether the agent may give all these orders together (budget, conflicts). */
export function fits(s: Public, rules: Rules, agent: AgentId, orders: Order[]): boolean {
  return validateOrders(s, rules, agent, orders).rejections.length === 0;
}

/** Add orders in the given order while the set still fits. */
export function pack(s: Public, rules: Rules, agent: AgentId, ranked: Order[]): Order[] {
  const set: Order[] = [];
  for (const o of ranked) if (fits(s, rules, agent, [...set, o])) set.push(o);
  return set;
}

/** A stable key for an order set (to skip duplicates). */
export const setKey = (orders: Order[]): string =>
  orders
    .map((o) => JSON.stringify(o))
    .sort()
    .join("|");
