/**
 * Random legal orders: each agent packs random legal orders into its budget, every pick uniform
 * over its legal orders. The sim, the bench, the tests and the AI's random policy play with it.
 */
import type { Rules } from "../rules/schema.ts";
import { fits, type OrderKind, type Readable } from "./orders/order-kind.ts";
import { resumeRng, seedRngs } from "./rng.ts";
import { indexRules, type RulesIndex } from "./rules-index.ts";
import {
  type AgentId,
  type GameState,
  ORDER_TYPES,
  type Order,
  type OrdersByAgent,
  type RngState,
} from "./types.ts";
import { isLegal, noteDrawn, ORDER_KINDS } from "./validate-orders.ts";

/** Draws from an agent's candidates before falling back to listing its legal orders. */
const MAX_DRAWS = 48;

/** The order kinds, in the order `legalOrders` lists them. */
const KINDS: readonly OrderKind[] = ORDER_TYPES.map((t) => ORDER_KINDS[t] as unknown as OrderKind);

/** A source of uniform draws in [0, 1): a stream from `resumeRng`, or any object with `next`. */
export interface Draws {
  next(): number;
}

type Allowed = (s: Readable, rules: Rules, ix: RulesIndex, agent: AgentId, order: Order) => boolean;

/** One kind's candidates in the space, with what a pick needs of each (known ahead for kept lists). */
interface Segment {
  kind: OrderKind;
  orders: Order[];
  /** `check(...) === null`, without the message when the kind can say so. */
  allowed: Allowed;
  /** Whether every order is known to fit the whole budget (then only `allowed` is left to ask). */
  fitsAll: boolean;
  /** Each order's cost and key, for a kept list; null for a list built this turn. */
  ap: number[] | null;
  capital: number[] | null;
  keys: (string | null)[] | null;
  /** Each order's kind and check, for a list that merges kinds (then `kind` and `allowed` are unused). */
  kindAt: OrderKind[] | null;
  allowedAt: Allowed[] | null;
}

const allowedOf = (kind: OrderKind): Allowed =>
  kind.allowed
    ? (kind.allowed as Allowed)
    : (s, rules, ix, agent, order) => kind.check(s, rules, ix, agent, order) === null;

/** A segment over a list that is kept from turn to turn (its costs and keys worked out once). */
function keptSegment(rules: Rules, kind: OrderKind, orders: Order[], fitsAll: boolean): Segment {
  const costs = orders.map((o) => kind.cost(rules, o));
  return {
    kind,
    orders,
    allowed: allowedOf(kind),
    fitsAll,
    ap: costs.map((c) => c.ap),
    capital: costs.map((c) => c.capital),
    keys: orders.map((o) => kind.key(o)),
    kindAt: null,
    allowedAt: null,
  };
}

/** One segment over the orders of several kept segments, each order with its own kind and check. */
function mergeSegments(parts: Segment[]): Segment {
  const kindAt: OrderKind[] = [];
  const allowedAt: Allowed[] = [];
  for (const p of parts) {
    for (const _ of p.orders) {
      kindAt.push(p.kind);
      allowedAt.push(p.allowed);
    }
  }
  return {
    kind: KINDS[0] as OrderKind,
    orders: parts.flatMap((p) => p.orders),
    allowed: allowedOf(KINDS[0] as OrderKind),
    fitsAll: true,
    ap: parts.flatMap((p) => p.ap ?? []),
    capital: parts.flatMap((p) => p.capital ?? []),
    keys: parts.flatMap((p) => p.keys ?? []),
    kindAt,
    allowedAt,
  };
}

/** What random play keeps of a kind for one agent. */
interface KindPlan {
  kind: OrderKind;
  allowed: Allowed;
  /** The kept segment of a kind with static candidates and no `within`. */
  segment: Segment | null;
  /** A flat cost, known ahead. */
  cost: { ap: number; capital: number } | null;
  /** The kept segments of a kind with `within`, by the list it returned. */
  within: Map<Order[], Segment>;
  /** Whether the kind never offers this agent anything. */
  none: boolean;
}

/** What random play keeps for one agent. */
interface AgentPlan {
  kinds: KindPlan[];
  /** The kinds with kept segments (static candidates, flat costs, all fitting), merged into one. */
  kept: KindPlan[];
  /** The merged segment of the kept kinds that fit, by a bit per kept kind. */
  merged: Map<number, Segment>;
  /** The other kinds that may offer something. */
  rest: KindPlan[];
}

const plans = new WeakMap<Rules, Map<AgentId, AgentPlan>>();

function planFor(state: Readable, rules: Rules, ix: RulesIndex, agent: AgentId): AgentPlan {
  let byAgent = plans.get(rules);
  if (!byAgent) {
    byAgent = new Map();
    plans.set(rules, byAgent);
  }
  let plan = byAgent.get(agent);
  if (!plan) {
    const kinds = KINDS.map((kind): KindPlan => {
      const kept = kind.staticCandidates === true && !kind.within;
      const list = kept ? kind.candidates(state, rules, ix, agent) : [];
      const first = list[0];
      const cost = kind.flatCost && first !== undefined ? kind.cost(rules, first) : null;
      return {
        kind,
        allowed: allowedOf(kind),
        segment: kept ? keptSegment(rules, kind, list, kind.flatCost === true) : null,
        cost,
        within: new Map(),
        none: kind.offersNone?.(rules, ix, agent) === true,
      };
    });
    const mergeable = (p: KindPlan) =>
      p.segment?.fitsAll === true && p.cost !== null && p.segment.orders.length > 0;
    const kept = kinds.filter(mergeable).slice(0, 30);
    plan = { kinds, kept, merged: new Map(), rest: kinds.filter((p) => !p.none && !kept.includes(p)) };
    byAgent.set(agent, plan);
  }
  return plan;
}

/**
 * One agent's candidate orders this turn (every kind's `candidates`, in `legalOrders` order, less
 * those whose cost is out of reach), drawn from by position. Reused from call to call.
 */
class CandidateSpace {
  segments: Segment[] = [];
  /** The position just past each segment. */
  ends: number[] = [];
  size = 0;
  total = 0;
  /** Every legal position, once listed (only when drawing keeps failing). */
  legal: number[] | null = null;

  fill(state: Readable, rules: Rules, ix: RulesIndex, agent: AgentId, ap: number, capital: number): void {
    this.size = 0;
    this.total = 0;
    this.legal = null;
    // Leaving out candidates known to be illegal (too dear) keeps the draws uniform over the legal ones.
    const plan = planFor(state, rules, ix, agent);
    let bits = 0;
    for (let k = 0; k < plan.kept.length; k++) {
      if (fits((plan.kept[k] as KindPlan).cost as { ap: number; capital: number }, ap, capital))
        bits |= 1 << k;
    }
    if (bits !== 0) {
      let merged = plan.merged.get(bits);
      if (merged === undefined) {
        merged = mergeSegments(plan.kept.filter((_, k) => bits & (1 << k)).map((p) => p.segment as Segment));
        plan.merged.set(bits, merged);
      }
      this.add(merged);
    }
    for (const p of plan.rest) {
      const kind = p.kind;
      let seg: Segment;
      if (p.segment !== null) {
        seg = p.segment;
        if (seg.orders.length === 0 || (p.cost !== null && !fits(p.cost, ap, capital))) continue;
      } else if (kind.within) {
        const list = kind.within(state, rules, ix, agent, ap, capital);
        if (list.length === 0) continue;
        let hit = kind.staticCandidates ? p.within.get(list) : undefined;
        if (hit === undefined) {
          hit = keptSegment(rules, kind, list, true);
          if (kind.staticCandidates) p.within.set(list, hit);
        }
        seg = hit;
      } else {
        const list = kind.candidates(state, rules, ix, agent);
        const first = list[0];
        if (first === undefined) continue;
        const flat = kind.flatCost === true;
        if (flat) {
          p.cost ??= kind.cost(rules, first);
          if (!fits(p.cost, ap, capital)) continue;
        }
        seg = {
          kind,
          orders: list,
          allowed: p.allowed,
          fitsAll: flat,
          ap: null,
          capital: null,
          keys: null,
          kindAt: null,
          allowedAt: null,
        };
      }
      this.add(seg);
    }
  }

  add(seg: Segment): void {
    const k = this.size++;
    this.segments[k] = seg;
    this.total += seg.orders.length;
    this.ends[k] = this.total;
  }

  /** The segment a position falls in. */
  segmentOf(at: number): number {
    let k = 0;
    while (at >= (this.ends[k] as number)) k++;
    return k;
  }

  /** Whether the candidate at a position is legal: what `legalOrders` asks of it. */
  isLegal(
    state: Readable,
    rules: Rules,
    ix: RulesIndex,
    agent: AgentId,
    at: number,
    ap: number,
    capital: number,
  ) {
    const k = this.segmentOf(at);
    const seg = this.segments[k] as Segment;
    const i = at - (this.ends[k] as number) + seg.orders.length;
    const order = seg.orders[i] as Order;
    if (seg.allowedAt !== null && seg.kindAt !== null)
      return (seg.allowedAt[i] as Allowed).call(seg.kindAt[i], state, rules, ix, agent, order);
    if (seg.fitsAll) return seg.allowed.call(seg.kind, state, rules, ix, agent, order);
    return isLegal(state, rules, ix, agent, seg.kind, order, ap, capital);
  }

  /** The position of a legal order drawn uniformly, or -1 when there is none. */
  pick(
    state: Readable,
    rules: Rules,
    ix: RulesIndex,
    agent: AgentId,
    ap: number,
    capital: number,
    rng: Draws,
  ): number {
    // Uniform draws over the candidates, kept only when legal: uniform over the legal ones.
    for (let d = 0; d < MAX_DRAWS && this.total > 0; d++) {
      const at = Math.floor(rng.next() * this.total);
      if (this.isLegal(state, rules, ix, agent, at, ap, capital)) return at;
    }
    if (this.legal === null) {
      const legal: number[] = [];
      for (let at = 0; at < this.total; at++)
        if (this.isLegal(state, rules, ix, agent, at, ap, capital)) legal.push(at);
      this.legal = legal;
    }
    return this.legal.length === 0 ? -1 : (this.legal[Math.floor(rng.next() * this.legal.length)] as number);
  }
}

const space = new CandidateSpace();

/**
 * A random set of orders that fits the agent's action points and capital, drawn from its own stream.
 * Each pick is uniform over the agent's legal orders (what `legalOrders` lists); a pick that no longer
 * fits the budget left, repeats an earlier pick or conflicts with one (same key) is skipped, up to 8
 * picks. A pick draws candidates uniformly until one is legal, so nothing lists every legal order
 * (unless many draws in a row fail, when it lists them and picks among them: uniform either way).
 */
export function randomOrders(state: Readable, rules: Rules, agent: AgentId, rng: Draws): Order[] {
  const ix = indexRules(rules);
  const a = ix.agent.get(agent);
  const me = state.agents[agent];
  if (!a || !me || state.turn > state.turns) return [];
  const apTotal = a.actionPoints;
  const treasury = me.treasury;
  space.fill(state, rules, ix, agent, apTotal, treasury);
  let ap = apTotal;
  let capital = treasury;
  const out: Order[] = [];
  const picked: number[] = [];
  const keys: string[] = [];
  for (let tries = 0; tries < 8 && ap > 0; tries++) {
    const at = space.pick(state, rules, ix, agent, apTotal, treasury, rng);
    if (at < 0) break;
    if (picked.includes(at)) continue;
    const k = space.segmentOf(at);
    const seg = space.segments[k] as Segment;
    const i = at - (space.ends[k] as number) + seg.orders.length;
    const order = seg.orders[i] as Order;
    let apCost: number;
    let capitalCost: number;
    let key: string | null;
    if (seg.ap !== null && seg.capital !== null && seg.keys !== null) {
      apCost = seg.ap[i] as number;
      capitalCost = seg.capital[i] as number;
      if (apCost > ap || capitalCost > capital) continue;
      key = seg.keys[i] as string | null;
    } else {
      const cost = seg.kind.cost(rules, order);
      apCost = cost.ap;
      capitalCost = cost.capital;
      if (apCost > ap || capitalCost > capital) continue;
      key = seg.kind.key(order);
    }
    if (key !== null && keys.includes(key)) continue;
    picked.push(at);
    if (key !== null) keys.push(key);
    out.push(order);
    ap -= apCost;
    capital -= capitalCost;
  }
  // Each pick was legal, fitted what the picks before it left and clashed with none of them.
  noteDrawn(state, rules, agent, out);
  return out;
}

/** Every agent's random orders for a turn, each from a stream derived from (seed, agent, turn). */
export function randomTurn(state: GameState, rules: Rules): OrdersByAgent {
  const orders: OrdersByAgent = {};
  // Seeded together: the same streams as seeding each agent's alone, in less time.
  const streams = seedRngs(rules.agents.map((a) => `random:${state.seed}:${a.id}:${state.turn}`));
  for (let i = 0; i < rules.agents.length; i++) {
    const id = (rules.agents[i] as Rules["agents"][number]).id;
    orders[id] = randomOrders(state, rules, id, resumeRng(streams[i] as RngState));
  }
  return orders;
}
