/** Heuristic appeal of the economic orders: investments (which pay off after a lag) and reroutes. */
import { blockedFor, type InvestTarget, indexRules, type Order } from "../engine/index.ts";
import { shortName } from "./describe.ts";
import { caresAbout, relation, type Situation, tradesOn, unit, utilisation } from "./situation.ts";

type Appeal = { appeal: number; why: string };
type Invest = Extract<Order, { type: "invest" }>;
type Reroute = Extract<Order, { type: "reroute-exports" }>;

/** Invest: in what ships to us, where we want influence or ties, or in a route we use that runs full. */
export function appealInvest(x: Situation, order: Invest): Appeal {
  const t = order.target;
  return t.kind === "mine" || t.kind === "joint-project" ? producer(x, t) : corridor(x, t);
}

function producer(x: Situation, t: Extract<InvestTarget, { place: string }>): Appeal {
  const ix = indexRules(x.rules);
  const place = ix.place.get(t.place);
  const host = place?.country ?? "";
  const name = shortName(x.rules, t.place);
  if (host === x.agent) {
    const lost = x.s.measures.lost[t.place] ?? 0;
    return lost > 0
      ? { appeal: 0.1, why: `${name} already lose ${lost} kt for want of routes` }
      : { appeal: 0.5, why: `more ore from ${name} to sell` };
  }
  const friendly = unit((relation(x.s, x.agent, host) + 20) / 60);
  const ships = x.s.flows.some((f) => f.producer === t.place && f.buyer === x.agent && f.total > 0);
  const region = place?.region ?? null;
  const ties = (x.rules.goals.agents[x.agent] ?? []).some(
    (o) => o.of === host && o.measure === "interdependence",
  );
  const joint = t.kind === "joint-project" ? 0.2 : 0;
  if (ships)
    return {
      appeal: unit(friendly * (0.8 + joint)),
      why: `${name} ship to us, so more output means more supply`,
    };
  if (ties)
    return {
      appeal: unit(friendly * (0.6 + joint * 2)),
      why: `a stake in ${name} ties us to ${shortName(x.rules, host)}`,
    };
  if (region !== null && caresAbout(x, region)) {
    return {
      appeal: unit(friendly * (0.7 + joint)),
      why: `money in ${name} buys influence in ${shortName(x.rules, region)}`,
    };
  }
  return { appeal: unit(friendly * (0.2 + joint)), why: `a foothold in ${name}` };
}

function corridor(x: Situation, t: Extract<InvestTarget, { corridor: string }>): Appeal {
  const ix = indexRules(x.rules);
  const c = ix.corridor.get(t.corridor);
  const cs = x.s.corridors[t.corridor];
  if (!c || !cs || cs.status === "closed") return { appeal: 0, why: "" };
  const mine = tradesOn(x, t.corridor) || c.controllers.includes(x.agent);
  const u = utilisation(x, t.corridor);
  const name = shortName(x.rules, t.corridor);
  let appeal = mine ? (u >= 0.95 ? 1 : 0.3 * u) : 0;
  let why = `${name} runs at ${Math.round(u * 100)}% of its capacity and carries our trade`;
  if (t.kind === "upgrade") {
    const up = c.upgrades.find((x2) => x2.id === t.upgrade);
    const paid = cs.upgrades[t.upgrade]?.paid ?? 0;
    if (up && up.cost > 0) {
      appeal *= 0.6 + 0.4 * (paid / up.cost);
      why += `; ${paid} of ${up.cost} $M paid towards the ${up.name.replace(/\s*\(.*\)\s*$/, "")}`;
    }
  }
  return { appeal: unit(appeal), why };
}

/** Reroute: put first a usable corridor to a buyer other than the one that takes most of our exports. */
export function appealReroute(x: Situation, order: Reroute): Appeal {
  const ix = indexRules(x.rules);
  const first = order.routes[0] ?? "";
  const name = shortName(x.rules, first);
  const blocked = blockedFor(x.s, x.rules, ix, first, x.agent);
  if (blocked !== null) return { appeal: 0, why: `${name} cannot take our cargo: ${blocked}` };
  const sales = Object.entries(x.s.measures.exportsTo[x.agent] ?? {}).sort((a, b) => b[1] - a[1]);
  const total = sales.reduce((a, [, v]) => a + v, 0);
  const [main, top] = sales[0] ?? ["", 0];
  const to = ix.buyer.get(first) ?? "";
  const share = total > 0 ? top / total : 0;
  if (to === main || share < 0.6) return { appeal: 0, why: `${name} changes little` };
  return {
    appeal: unit((share - 0.5) * 2),
    why: `${shortName(x.rules, main)} takes ${Math.round(share * 100)}% of our exports; ${name} leads elsewhere`,
  };
}
