/**
 * Routing: each producer's output goes over its open corridors in its chosen order, within
 * capacity; what finds no route is lost. Rank by rank, so that no producer is favoured by id:
 * all producers first ask their first usable corridor, a corridor asked for more than it has
 * shares its room in proportion, and what is left moves on to each producer's next corridor.
 */
import type { Rules } from "../../rules/schema.ts";
import { nameOf, round, zeros } from "../context.ts";
import { gateTrack } from "../gates.ts";
import type { Readable } from "../orders/order-kind.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, Flow } from "../types.ts";

const NONE: readonly AgentId[] = [];
const sanctionsOf = (s: Readable, a: AgentId): readonly AgentId[] => s.agents[a]?.sanctions ?? NONE;

/** Why a corridor cannot carry a seller's cargo now, or null if it can. */
export function blockedFor(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  corridor: string,
  seller: AgentId,
): string | null {
  return whyBlocked(s, rules, ix, corridor, seller, true);
}

/** Whether a corridor can carry a seller's cargo now (as `blockedFor` would return null). */
export function canCarry(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  corridor: string,
  seller: AgentId,
): boolean {
  return whyBlocked(s, rules, ix, corridor, seller, false) === null;
}

/** Why a corridor cannot carry a seller's cargo ("" when the reason is not wanted), or null. */
function whyBlocked(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  corridor: string,
  seller: AgentId,
  say: boolean,
): string | null {
  const c = ix.corridor.get(corridor);
  const cs = s.corridors[corridor];
  if (!c || !cs) return "unknown corridor";
  if (cs.status === "closed") return say ? `${nameOf(ix, c.id)} is closed` : "";
  if (cs.blockedBy.length > 0)
    return say
      ? `${nameOf(ix, c.id)} is blocked by ${cs.blockedBy.map((a) => nameOf(ix, a)).join(", ")}`
      : "";
  const buyer = ix.buyer.get(corridor) ?? "";
  if (corridor === "trans-siberian" && buyer === "us") {
    const gate = gateTrack(rules, s.tracks, "no-us-cargo-trans-siberian");
    if (gate) return gate.text;
  }
  if (sanctionsOf(s, buyer).includes(seller) || sanctionsOf(s, seller).includes(buyer))
    return "sanctions between seller and buyer";
  for (const g in c.fees) {
    if (g === seller || g === buyer) continue;
    if (sanctionsOf(s, buyer).includes(g) || sanctionsOf(s, g).includes(buyer))
      return say ? `sanctions on transit through ${nameOf(ix, g)}` : "";
  }
  return null;
}

/**
 * A producer's output this turn after event modifiers, kt per commodity: the state's own table
 * when no modifier applies (to be read, never written).
 */
export function currentOutput(s: Readable, producer: string): Record<string, number> {
  const base = s.producers[producer]?.output ?? {};
  let factor = 1;
  for (const m of s.modifiers)
    if (m.kind === "output" && m.target === producer && m.from <= s.turn && m.until >= s.turn)
      factor *= m.factor;
  if (factor === 1) return base; // each amount times 1 is itself
  const out: Record<string, number> = {};
  for (const k in base) out[k] = (base[k] as number) * factor;
  return out;
}

/** Whether two agents have an agreement of a kind in force. */
export function hasAgreement(s: Readable, a: AgentId, b: AgentId, kind: string): boolean {
  return s.agreements.some(
    (g) => g.kind === kind && g.until >= s.turn && g.agents.includes(a) && g.agents.includes(b),
  );
}

/** Allocate every producer's output over its routes within the given capacities. */
export function routeFlows(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  capacity: Record<string, number>,
): { flows: Flow[]; lost: Record<string, number> } {
  const room: Record<string, number> = { ...capacity };
  const producers = ix.producers;
  const np = producers.length;
  const left = zeros(np);
  const mix: Record<string, number>[] = [];
  // Each producer's usable corridors in its order, and the kt each carries (same positions).
  const queue: string[][] = [];
  const carried: number[][] = [];
  for (let i = 0; i < np; i++) {
    const p = producers[i] as string;
    const out = currentOutput(s, p);
    let total = 0;
    for (const k in out) total += out[k] as number;
    left[i] = total;
    mix.push(out);
    const seller = ix.place.get(p)?.country ?? "";
    const usable: string[] = [];
    for (const c of s.producers[p]?.routes ?? []) if (canCarry(s, rules, ix, c, seller)) usable.push(c);
    queue.push(usable);
    carried.push(zeros(usable.length));
  }
  // Rank by rank: every producer asks its next corridor for all it has left; an over-asked
  // corridor shares its room in proportion to the asks.
  const asked: string[] = [];
  const askers: number[][] = [];
  for (let rank = 0; ; rank++) {
    asked.length = 0;
    askers.length = 0;
    for (let i = 0; i < np; i++) {
      const c = (queue[i] as string[])[rank];
      if (c === undefined || (left[i] as number) <= 1e-9) continue;
      let k = asked.indexOf(c);
      if (k < 0) {
        k = asked.length;
        asked.push(c);
        askers.push([]);
      }
      (askers[k] as number[]).push(i);
    }
    if (asked.length === 0) break;
    for (let k = 0; k < asked.length; k++) {
      const c = asked[k] as string;
      const list = askers[k] as number[];
      let want = 0;
      for (const i of list) want += left[i] as number;
      const has = room[c] ?? 0;
      const scale = want <= has ? 1 : has / want;
      for (const i of list) {
        const got = (left[i] as number) * scale;
        left[i] = (left[i] as number) - got;
        const row = carried[i] as number[];
        row[rank] = (row[rank] as number) + got;
      }
      room[c] = Math.max(0, has - want * scale);
    }
  }
  const flows: Flow[] = [];
  const lost: Record<string, number> = {};
  for (let i = 0; i < np; i++) {
    const p = producers[i] as string;
    lost[p] = round(Math.max(0, left[i] as number), 3);
    const seller = ix.place.get(p)?.country ?? "";
    // The most valuable cargo takes the first routes: a kt of rare earths goes before a kt of coal.
    const remaining = { ...(mix[i] as Record<string, number>) };
    const byValue = byPrice(ix, remaining);
    const routes = queue[i] as string[];
    const kts = carried[i] as number[];
    for (let r = 0; r < routes.length; r++) {
      let kt = kts[r] as number;
      if (kt <= 1e-9) continue;
      const c = routes[r] as string;
      const volume: Record<string, number> = {};
      for (const k of byValue) {
        const take = Math.min(kt, remaining[k] ?? 0);
        if (take <= 1e-12) continue;
        volume[k] = round(take, 4);
        remaining[k] = (remaining[k] ?? 0) - take;
        kt -= take;
      }
      flows.push(makeFlow(s, rules, ix, p, c, seller, volume));
    }
  }
  return { flows, lost };
}

/** A node of the cache of price orders: one step per commodity id, in the output's key order. */
interface PriceNode {
  next: Map<string, PriceNode>;
  /** The order by price of an output with exactly the ids on the way here, once worked out. */
  order: string[] | null;
}

const priceOrders = new WeakMap<RulesIndex, PriceNode>();

/**
 * The commodities of an output, dearest first (ties by id); cached by the output's commodity ids,
 * looked up id by id (no key string to build and hash for each producer every turn).
 */
function byPrice(ix: RulesIndex, output: Record<string, number>): string[] {
  let root = priceOrders.get(ix);
  if (!root) {
    root = { next: new Map(), order: null };
    priceOrders.set(ix, root);
  }
  let node: PriceNode = root;
  for (const k in output) {
    let step: PriceNode | undefined = node.next.get(k);
    if (step === undefined) {
      step = { next: new Map(), order: null };
      node.next.set(k, step);
    }
    node = step;
  }
  if (node.order === null)
    node.order = Object.keys(output).sort(
      (a, b) => (ix.commodity.get(b)?.price ?? 0) - (ix.commodity.get(a)?.price ?? 0) || (a < b ? -1 : 1),
    );
  return node.order;
}

function makeFlow(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  producer: string,
  corridor: string,
  seller: AgentId,
  volume: Record<string, number>,
): Flow {
  const c = ix.corridor.get(corridor);
  let value = 0;
  let kt = 0;
  for (const k in volume) {
    const v = volume[k] as number;
    kt += v;
    value += v * (ix.commodity.get(k)?.price ?? 0);
  }
  const fees: Record<AgentId, number> = {};
  const level = rules.actions["set-transit-fee"].levels[s.corridors[corridor]?.feeLevel ?? "normal"] ?? 1;
  const discount = rules.actions["sign-agreement"].feeDiscount;
  const all = c?.fees ?? {};
  for (const g in all) {
    const fee = all[g] as number;
    if (g === seller) continue;
    const cut = hasAgreement(s, seller, g, "transit") ? 1 - discount : 1;
    fees[g] = round(fee * kt * level * cut, 2);
  }
  return {
    producer,
    corridor,
    seller,
    buyer: ix.buyer.get(corridor) ?? "",
    volume,
    total: round(kt, 4),
    value: round(value, 2),
    fees,
  };
}
