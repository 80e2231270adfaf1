/** Order validation: shape, ids, permissions, gates and budget, each refusal typed. Never throws. */
import type { Rules } from "../rules/schema.ts";
import { fits, type OrderKind, type Readable, type Refusal } from "./orders/order-kind.ts";
import { kindOf, ORDER_KINDS } from "./orders/registry.ts";
import { indexRules, type RulesIndex } from "./rules-index.ts";
import { type AgentId, ORDER_TYPES, type Order, type OrderType, type Rejection } from "./types.ts";
import { viewedState } from "./view.ts";

/** The result of validating one agent's orders. */
export interface Validated {
  accepted: { order: Order; index: number }[];
  rejections: Rejection[];
}

/**
 * Orders that parse to themselves: deeply frozen (so they cannot change after the check) and equal,
 * key by key in the same order, to what parsing makes of them. The engine's own candidates are such
 * orders, and `parseOrder` hands them back without copying them again.
 */
const PARSED = new WeakSet<object>();

/** Turn an untrusted value into an order, or say what is wrong with it. */
export function parseOrder(raw: unknown): Order | string {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "an order must be an object";
  if (PARSED.has(raw)) return raw as Order;
  const r = raw as Record<string, unknown>;
  if (typeof r.type !== "string" || !ORDER_TYPES.includes(r.type as OrderType)) {
    return `unknown order type ${JSON.stringify(r.type)}; expected one of ${ORDER_TYPES.join(", ")}`;
  }
  const order = kindOf(r.type as OrderType).parse(r);
  if (typeof order === "object" && frozenCopy(raw, order)) {
    PARSED.add(raw);
    return raw as Order;
  }
  return order;
}

/**
 * Whether `raw` is deeply frozen plain data (no getters, no prototype but the usual one) with the
 * same keys, in the same order, and the same values as `copy`.
 */
function frozenCopy(raw: object, copy: object): boolean {
  const array = Array.isArray(raw);
  if (!Object.isFrozen(raw) || array !== Array.isArray(copy)) return false;
  if (Object.getPrototypeOf(raw) !== (array ? Array.prototype : Object.prototype)) return false;
  const keys = Object.keys(raw);
  const copyKeys = Object.keys(copy);
  if (keys.length !== copyKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const field = Object.getOwnPropertyDescriptor(raw, k);
    if (k !== copyKeys[i] || field === undefined || !("value" in field)) return false;
    const a: unknown = field.value;
    const b = (copy as Record<string, unknown>)[k];
    if (typeof a === "object" && a !== null) {
      if (typeof b !== "object" || b === null || !frozenCopy(a, b)) return false;
    } else if (a !== b) return false;
  }
  return true;
}

/**
 * The latest order lists `randomOrders` drew, each with the state (or player's view), rules and
 * agent it drew for and the orders it held: every order legal there, each within the budget the
 * ones before it left, no two with the same conflict key, so validating the same orders there
 * accepts all of them. A ring, not a WeakMap: a turn draws seven lists, and a weak entry for each
 * costs the collector more than validating them again. Orders that have since changed, or whose
 * list has dropped out of the ring, are validated.
 */
const DRAWN = 16;
const drawnOrders: (readonly Order[] | null)[] = new Array(DRAWN).fill(null);
const drawnStates: (Readable | null)[] = new Array(DRAWN).fill(null);
const drawnRules: (Rules | null)[] = new Array(DRAWN).fill(null);
const drawnAgents: AgentId[] = new Array(DRAWN).fill("");
let drawnNext = 0;

/**
 * Note that `orders` were drawn for the agent in this state as `randomOrders` draws them (see
 * `drawnOrders`). Only lists of orders that parse to themselves are noted, so that none can change.
 */
export function noteDrawn(s: Readable, rules: Rules, agent: AgentId, orders: readonly Order[]): void {
  for (let i = 0; i < orders.length; i++) if (parseOrder(orders[i]) !== orders[i]) return;
  const k = drawnNext;
  drawnNext = (k + 1) % DRAWN;
  drawnOrders[k] = orders.slice();
  drawnStates[k] = s;
  drawnRules[k] = rules;
  drawnAgents[k] = agent;
}

/**
 * Whether `orders` are the very orders (the same frozen objects, in the same order) of a noted draw
 * for the agent in this state or a view of it. The list itself may be another.
 */
function wasDrawn(s: Readable, rules: Rules, agent: unknown, orders: readonly unknown[]): boolean {
  for (let d = 1; d <= DRAWN; d++) {
    const k = (drawnNext - d + DRAWN) % DRAWN;
    const held = drawnOrders[k];
    if (!held || held.length !== orders.length || drawnAgents[k] !== agent || drawnRules[k] !== rules)
      continue;
    let same = true;
    for (let i = 0; i < held.length && same; i++) same = held[i] === orders[i];
    // Drawn against this state, or against a player's view of it (which holds the state's own fields).
    if (same && (drawnStates[k] === s || viewedState(drawnStates[k] as object) === s)) return true;
  }
  return false;
}

/** Check an agent's orders against the state and its budget (action points, then capital), in the order given. */
export function validateOrders(s: Readable, rules: Rules, agent: unknown, orders: unknown): Validated {
  // The orders `randomOrders` drew for this agent here: all accepted, as checking them again would find.
  if (Array.isArray(orders) && wasDrawn(s, rules, agent, orders)) {
    const accepted: Validated["accepted"] = [];
    for (let index = 0; index < orders.length; index++)
      accepted.push({ order: orders[index] as Order, index });
    return { accepted, rejections: [] };
  }
  const ix = indexRules(rules);
  const out: Validated = { accepted: [], rejections: [] };
  const who = typeof agent === "string" ? agent : String(agent);
  if (!Array.isArray(orders)) {
    reject(out, who, -1, orders, "malformed", "Orders must be a list.");
    return out;
  }
  const a = typeof agent === "string" ? ix.agent.get(agent) : undefined;
  if (!a || !s.agents[a.id]) {
    for (const [i, o] of orders.entries())
      reject(out, who, i, o, "unknown-agent", `There is no agent ${JSON.stringify(agent)}.`);
    return out;
  }
  if (s.turn > s.turns) {
    for (const [i, o] of orders.entries()) reject(out, who, i, o, "game-over", "The game is over.");
    return out;
  }
  let ap = a.actionPoints;
  let capital = s.agents[a.id]?.treasury ?? 0;
  // The conflict keys of the orders accepted so far (a list: an agent gives a handful of orders).
  const keys: string[] = [];
  for (let index = 0; index < orders.length; index++) {
    const raw: unknown = orders[index];
    const order = parseOrder(raw);
    if (typeof order === "string") {
      reject(out, who, index, raw, "malformed", `Order ${index + 1}: ${order}.`);
      continue;
    }
    const kind = kindOf(order.type);
    const key = kind.key(order);
    const cost = kind.cost(rules, order);
    const refusal = refuseOne(s, rules, ix, a.id, a.name, raw, order, kind, key, cost, ap, capital, keys);
    if (refusal) {
      reject(
        out,
        who,
        index,
        refusal.reason === "not-your-agent" ? raw : order,
        refusal.reason,
        refusal.message,
      );
      continue;
    }
    ap -= cost.ap;
    capital -= cost.capital;
    if (key !== null) keys.push(key);
    out.accepted.push({ order, index });
  }
  return out;
}

/** Note a refused order. */
function reject(
  out: Validated,
  agent: AgentId,
  index: number,
  order: unknown,
  reason: Rejection["reason"],
  message: string,
): void {
  out.rejections.push({ agent, index, order, reason, message });
}

/** Why one parsed order (with its conflict key and cost) cannot be accepted after the ones before it, or null. */
function refuseOne(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  agent: AgentId,
  name: string,
  raw: unknown,
  order: Order,
  kind: OrderKind,
  key: string | null,
  cost: { ap: number; capital: number },
  ap: number,
  capital: number,
  keys: string[],
): Refusal | null {
  const owner = (raw as { agent?: unknown }).agent;
  if (owner !== undefined && owner !== agent) {
    return { reason: "not-your-agent", message: `This order is for ${String(owner)}, not ${name}.` };
  }
  // `allowed` answers as `check` does without building a refusal: ask `check` only to explain one.
  if (!kind.allowed?.(s, rules, ix, agent, order)) {
    const refusal = kind.check(s, rules, ix, agent, order);
    if (refusal) return refusal;
  }
  if (key !== null && keys.includes(key))
    return { reason: "duplicate", message: "Another of your orders this turn already does this." };
  if (cost.ap > ap) return { reason: "over-budget", message: `Needs ${cost.ap} action points; ${ap} left.` };
  // An order that costs no capital stays possible when the treasury is in debt.
  if (cost.capital > 0 && cost.capital > capital + 1e-9) {
    return { reason: "over-budget", message: `Needs ${cost.capital} $M; ${Math.round(capital)} $M left.` };
  }
  return null;
}

/** Every single order the agent could give now, each affordable with its whole budget. */
export function legalOrders(s: Readable, rules: Rules, agent: AgentId): Order[] {
  const ix = indexRules(rules);
  const a = ix.agent.get(agent);
  const me = s.agents[agent];
  if (!a || !me || s.turn > s.turns) return [];
  const out: Order[] = [];
  for (const kind of KINDS) legalOfKind(s, rules, ix, agent, kind, a.actionPoints, me.treasury, out);
  return out;
}

/** The order kinds in `ORDER_TYPES` order. */
const KINDS: readonly OrderKind[] = ORDER_TYPES.map(kindOf);

/** Push the kind's candidates that cost at most `ap` and (if any capital) `capital` and pass its check. */
function legalOfKind(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  agent: AgentId,
  kind: OrderKind,
  ap: number,
  capital: number,
  out: Order[],
): void {
  if (kind.legal) {
    kind.legal(s, rules, ix, agent, ap, capital, out);
    return;
  }
  const candidates = kind.candidates(s, rules, ix, agent);
  const first = candidates[0];
  if (first === undefined) return;
  // A flat cost is the same for every candidate: when it does not fit, none does.
  if (kind.flatCost && !fits(kind.cost(rules, first), ap, capital)) return;
  for (const order of candidates) {
    if (!kind.flatCost && !fits(kind.cost(rules, order), ap, capital)) continue;
    if (
      kind.allowed
        ? kind.allowed(s, rules, ix, agent, order)
        : kind.check(s, rules, ix, agent, order) === null
    )
      out.push(order);
  }
}

/**
 * Whether one candidate of a kind is legal for the agent now: what `legalOrders` asks of each
 * candidate (it costs at most the agent's whole budget and passes the check).
 */
export function isLegal(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  agent: AgentId,
  kind: OrderKind,
  order: Order,
  ap: number,
  capital: number,
): boolean {
  if (!fits(kind.cost(rules, order), ap, capital)) return false;
  return kind.allowed
    ? kind.allowed(s, rules, ix, agent, order)
    : kind.check(s, rules, ix, agent, order) === null;
}

/** What an order costs. */
export function orderCost(rules: Rules, order: Order): { ap: number; capital: number } {
  return kindOf(order.type).cost(rules, order);
}

export { ORDER_KINDS };
