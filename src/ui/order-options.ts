/**
 * What the order panel offers an agent: for each kind of order, the choices it can add now (with
 * their cost) and the ones it cannot (with the engine's reason), given the orders already pending.
 */
import {
  type AgentId,
  type GameState,
  ORDER_TYPES,
  type Order,
  type OrderType,
  orderCost,
  type Rules,
  validateOrders,
} from "../engine/index.ts";
import { indexRules } from "../engine/rules-index.ts";
import { ORDER_KINDS } from "../engine/validate-orders.ts";
import { describeOrder } from "../game/order-text.ts";

/** One choice in the order panel. */
export interface OrderChoice {
  order: Order;
  label: string;
  cost: { ap: number; capital: number };
  /** Null when the order can be added; otherwise the engine's reason. */
  reason: string | null;
}

/** The choices of one kind of order. */
export interface KindOptions {
  type: OrderType;
  choices: OrderChoice[];
  /** Why no order of this kind can be given at all, when there is no choice to list. */
  none: string | null;
}

/** The budget left after the pending orders. */
export interface Budget {
  ap: number;
  apTotal: number;
  capital: number;
}

/** Action points and capital left once the pending orders are paid. */
export function budgetLeft(state: GameState, rules: Rules, agent: AgentId, pending: Order[]): Budget {
  const apTotal = rules.agents.find((a) => a.id === agent)?.actionPoints ?? 0;
  let ap = apTotal;
  let capital = state.agents[agent]?.treasury ?? 0;
  for (const { order } of validateOrders(state, rules, agent, pending).accepted) {
    const cost = orderCost(rules, order);
    ap -= cost.ap;
    capital -= cost.capital;
  }
  return { ap, apTotal, capital };
}

/** Every kind's choices for `agent`, each checked by the engine after the pending orders. */
export function orderOptions(
  state: GameState,
  rules: Rules,
  agent: AgentId,
  pending: Order[],
): KindOptions[] {
  const ix = indexRules(rules);
  return ORDER_TYPES.map((type) => {
    const kind = ORDER_KINDS[type] as unknown as { candidates: typeof ORDER_KINDS.pass.candidates };
    const candidates = kind.candidates(state, rules, ix, agent) as Order[];
    const choices = candidates.map((order) => ({
      order,
      label: describeOrder(rules, order),
      cost: orderCost(rules, order),
      reason: refusal(state, rules, agent, pending, order),
    }));
    const none = choices.length > 0 ? null : whyNone(state, rules, agent, type);
    return { type, choices, none };
  });
}

/** The engine's refusal of one more order after the pending ones, or null if it would be accepted. */
export function refusal(
  state: GameState,
  rules: Rules,
  agent: AgentId,
  pending: Order[],
  order: Order,
): string | null {
  const v = validateOrders(state, rules, agent, [...pending, order]);
  const mine = v.rejections.find((r) => r.index === pending.length);
  return mine ? mine.message : null;
}

/** Ask the engine about a typical order of a kind that has no candidate, to say why. */
function whyNone(state: GameState, rules: Rules, agent: AgentId, type: OrderType): string {
  const probe = probeOrder(rules, agent, type);
  if (probe) {
    const msg = refusal(state, rules, agent, [], probe);
    if (msg) return msg;
  }
  return "Nothing to order of this kind now.";
}

/** A representative order of a kind, built from the rules, preferring things the agent controls. */
function probeOrder(rules: Rules, agent: AgentId, type: OrderType): Order | null {
  const other = rules.agents.find((a) => a.id !== agent)?.id;
  const corridor = (rules.corridors.find((c) => c.controllers.includes(agent)) ?? rules.corridors[0])?.id;
  const producer =
    rules.places.find((p) => p.kind === "producer" && p.country === agent) ??
    rules.places.find((p) => p.kind === "producer");
  const feeds = rules.corridors.filter((c) => producer && c.feeders.includes(producer.id)).map((c) => c.id);
  switch (type) {
    case "block-corridor":
    case "reopen-corridor":
      return corridor ? { type, corridor } : null;
    case "set-transit-fee":
      return corridor ? { type, corridor, level: "high" } : null;
    case "reroute-exports":
      return producer && feeds.length > 0
        ? { type, producer: producer.id, routes: [...feeds].reverse() }
        : null;
    case "sanction":
    case "lift-sanctions":
      return other ? { type, target: other } : null;
    case "export-controls":
    case "pass":
      return { type };
    default:
      return null;
  }
}
