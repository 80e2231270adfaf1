/** Order validation: shape, ids, permissions, gates and budget, each refusal typed. Never throws. */
import type { Rules } from "../rules/schema.ts";
import { kindOf, ORDER_KINDS } from "./orders/registry.ts";
import type { Readable } from "./orders/order-kind.ts";
import { indexRules } from "./rules-index.ts";
import { ORDER_TYPES, type AgentId, type Order, type OrderType, type Rejection } from "./types.ts";

/** The result of validating one agent's orders. */
export interface Validated {
  accepted: { order: Order; index: number }[];
  rejections: Rejection[];
}

/** Turn an untrusted value into an order, or say what is wrong with it. */
export function parseOrder(raw: unknown): Order | string {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "an order must be an object";
  const r = raw as Record<string, unknown>;
  if (typeof r.type !== "string" || !ORDER_TYPES.includes(r.type as OrderType)) {
    return `unknown order type ${JSON.stringify(r.type)}; expected one of ${ORDER_TYPES.join(", ")}`;
  }
  return kindOf(r.type as OrderType).parse(r);
}

/** Check an agent's orders against the state and its budget (action points, then capital), in the order given. */
export function validateOrders(s: Readable, rules: Rules, agent: unknown, orders: unknown): Validated {
  const ix = indexRules(rules);
  const out: Validated = { accepted: [], rejections: [] };
  const who = typeof agent === "string" ? agent : String(agent);
  const reject = (index: number, order: unknown, reason: Rejection["reason"], message: string) =>
    out.rejections.push({ agent: who, index, order, reason, message });
  if (!Array.isArray(orders)) {
    reject(-1, orders, "malformed", "Orders must be a list.");
    return out;
  }
  const a = typeof agent === "string" ? ix.agent.get(agent) : undefined;
  if (!a || !s.agents[a.id]) {
    orders.forEach((o, i) => reject(i, o, "unknown-agent", `There is no agent ${JSON.stringify(agent)}.`));
    return out;
  }
  if (s.turn > s.turns) {
    orders.forEach((o, i) => reject(i, o, "game-over", "The game is over."));
    return out;
  }
  let ap = a.actionPoints;
  let capital = s.agents[a.id]?.treasury ?? 0;
  const keys = new Set<string>();
  orders.forEach((raw, index) => {
    const order = parseOrder(raw);
    if (typeof order === "string") return reject(index, raw, "malformed", `Order ${index + 1}: ${order}.`);
    const owner = (raw as { agent?: unknown }).agent;
    if (owner !== undefined && owner !== a.id) {
      return reject(index, raw, "not-your-agent", `Order ${index + 1} is for ${String(owner)}, not ${a.name}.`);
    }
    const kind = kindOf(order.type);
    const refusal = kind.check(s, rules, ix, a.id, order);
    if (refusal) return reject(index, order, refusal.reason, refusal.message);
    const key = kind.key(order);
    if (key !== null && keys.has(key)) return reject(index, order, "duplicate", "Another of your orders this turn already does this.");
    const cost = kind.cost(rules, order);
    if (cost.ap > ap) return reject(index, order, "over-budget", `Needs ${cost.ap} action points; ${ap} left.`);
    if (cost.capital > capital + 1e-9) {
      return reject(index, order, "over-budget", `Needs ${cost.capital} $M; ${Math.round(capital)} $M left.`);
    }
    ap -= cost.ap;
    capital -= cost.capital;
    if (key !== null) keys.add(key);
    out.accepted.push({ order, index });
  });
  return out;
}

/** Every single order the agent could give now, each affordable with its whole budget. */
export function legalOrders(s: Readable, rules: Rules, agent: AgentId): Order[] {
  const ix = indexRules(rules);
  const a = ix.agent.get(agent);
  const me = s.agents[agent];
  if (!a || !me || s.turn > s.turns) return [];
  const out: Order[] = [];
  for (const type of ORDER_TYPES) {
    const kind = kindOf(type);
    for (const order of kind.candidates(s, rules, ix, agent)) {
      const cost = kind.cost(rules, order);
      if (cost.ap > a.actionPoints || cost.capital > me.treasury) continue;
      if (kind.check(s, rules, ix, agent, order) === null) out.push(order);
    }
  }
  return out;
}

/** What an order costs. */
export function orderCost(rules: Rules, order: Order): { ap: number; capital: number } {
  return kindOf(order.type).cost(rules, order);
}

export { ORDER_KINDS };
