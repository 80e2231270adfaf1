/** `reroute-exports`: a producer's owner sets the order in which its output tries the corridors. */

import { nameOf, orderCause, outcome, titleOf } from "../context.ts";
import { note, pay } from "../ops.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId } from "../types.ts";
import { writable } from "../working-copy.ts";
import { fits, type OrderKind, perAgent, refuse, str } from "./order-kind.ts";

type Reroute = { type: "reroute-exports"; producer: string; routes: string[] };
/** A producer an agent owns, with its candidates for the route order last seen. */
interface Owned {
  id: string;
  feeds: string[];
  seen: unknown[] | null;
  orders: Reroute[];
}

/** The producers an agent owns (sorted) and, for the routes last seen, all their candidates. */
interface AgentProducers {
  list: Owned[];
  all: Reroute[] | null;
}

const ownedCache = new WeakMap<RulesIndex, Map<AgentId, AgentProducers>>();

const owned = (ix: RulesIndex, agent: AgentId): AgentProducers =>
  perAgent(ownedCache, ix, agent, () => ({
    list: ix.producers
      .filter((id) => ix.place.get(id)?.country === agent)
      .map((id) => ({ id, feeds: ix.feeds.get(id) ?? [], seen: null, orders: [] })),
    all: null,
  }));

/** `a.join(",") === b.join(",")`, without joining when no id holds a comma (nor a list is empty). */
function sameJoined(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (same(a, b)) return true;
  if (a.length === 0 || b.length === 0) return a.join(",") === b.join(",");
  for (const x of a) if (typeof x !== "string" || x.includes(",")) return a.join(",") === b.join(",");
  for (const x of b) if (typeof x !== "string" || x.includes(",")) return a.join(",") === b.join(",");
  return false;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Reorder a producer's routes; the first open one with room takes the output first. */
export const rerouteExports: OrderKind<Reroute> = {
  type: "reroute-exports",
  phase: "routing",
  parse(raw) {
    const producer = str(raw, "producer");
    const routes = raw.routes;
    if (producer === null) return `needs a "producer" place id`;
    if (!Array.isArray(routes) || routes.length === 0 || !routes.every((r) => typeof r === "string")) {
      return `needs "routes": a non-empty list of corridor ids`;
    }
    return { type: "reroute-exports", producer, routes: routes as string[] };
  },
  check(s, _rules, ix, agent, order) {
    const p = ix.place.get(order.producer);
    if (p?.kind !== "producer") return refuse("unknown-id", `There is no producer "${order.producer}".`);
    if (p.country !== agent) return refuse("not-allowed", `${titleOf(ix, p.id)} is not yours to route.`);
    const feeds = ix.feeds.get(p.id) ?? [];
    const bad = order.routes.find((r) => !feeds.includes(r));
    if (bad !== undefined)
      return refuse(
        "unknown-id",
        `${titleOf(ix, p.id)} cannot load onto "${bad}"; its corridors are ${feeds.join(", ")}.`,
      );
    if (new Set(order.routes).size !== order.routes.length)
      return refuse("malformed", "A corridor is listed twice.");
    if (order.routes.join(",") === s.producers[p.id]?.routes.join(","))
      return refuse("no-effect", "That is the route order already.");
    return null;
  },
  allowed(s, _rules, ix, agent, order) {
    const p = ix.place.get(order.producer);
    if (p?.kind !== "producer" || p.country !== agent) return false;
    const feeds = ix.feeds.get(p.id) ?? [];
    const routes = order.routes;
    for (let i = 0; i < routes.length; i++) {
      const r = routes[i] as string;
      if (!feeds.includes(r)) return false;
      for (let j = 0; j < i; j++) if (routes[j] === r) return false;
    }
    const current = s.producers[p.id]?.routes;
    return current === undefined || !sameJoined(routes, current);
  },
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = rerouteExports.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(rerouteExports.cost(rules, first), ap, capital)) return;
    for (const order of list) if (rerouteExports.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({
    ap: rules.actions["reroute-exports"].ap,
    capital: rules.actions["reroute-exports"].capital,
  }),
  flatCost: true,
  offersNone: (_rules, ix, agent) => owned(ix, agent).list.every((p) => p.feeds.length === 0),
  candidates(s, _rules, ix, agent) {
    // Offer each of the producer's corridors moved to the front of its current order (the orders
    // are kept while the current order stays the same).
    const mine = owned(ix, agent);
    let changed = mine.all === null;
    for (const p of mine.list) {
      const current = s.producers[p.id]?.routes ?? [];
      if (p.seen !== null && same(p.seen, current)) continue;
      p.seen = [...current];
      p.orders = p.feeds.map((first) =>
        Object.freeze({
          type: "reroute-exports" as const,
          producer: p.id,
          routes: Object.freeze([first, ...current.filter((r) => r !== first)]) as string[],
        }),
      );
      changed = true;
    }
    if (changed || mine.all === null)
      mine.all = Object.freeze(mine.list.flatMap((p) => p.orders)) as Reroute[];
    return mine.all;
  },
  key: (o) => `route:${o.producer}`,
  apply(ctx, agent, order, index) {
    const cause = orderCause(agent, order, index);
    const p = writable.producer(ctx, order.producer);
    if (!p) return;
    pay(ctx, agent, ctx.rules.actions["reroute-exports"].capital, cause, "rerouting");
    const before = ctx.explain ? p.routes.join(",") : "";
    p.routes = [...order.routes];
    const names = order.routes.map((r) => nameOf(ctx.ix, r)).join(" → ");
    if (ctx.explain)
      note(
        ctx,
        `producers.${order.producer}.routes`,
        before,
        p.routes.join(","),
        cause,
        `${titleOf(ctx.ix, agent)} rerouted the exports of ${nameOf(ctx.ix, order.producer)}: ${names}.`,
        [agent],
      );
    const done = `Rerouted the exports of ${nameOf(ctx.ix, order.producer)}: ${names}.`;
    outcome(ctx, agent, index, order, "applied", done);
  },
};
