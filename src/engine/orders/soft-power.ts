/** `soft-power`: culture, aid and media that build influence in a contested region over time. */

import type { Rules } from "../../rules/schema.ts";
import { nameOf, orderCause, outcome, titleOf } from "../context.ts";
import { addStock, pay } from "../ops.ts";
import { fits, type OrderKind, parseField, perRules, refuse } from "./order-kind.ts";

type SoftPower = { type: "soft-power"; region: string };
const candidateCache = new WeakMap<Rules, SoftPower[]>();

/** Spend on soft power in a region. */
export const softPower: OrderKind<SoftPower> = {
  type: "soft-power",
  phase: "diplomacy",
  parse: (raw) => parseField(raw, "region", (region) => ({ type: "soft-power", region })),
  check(_s, _rules, ix, agent, order) {
    const r = ix.region.get(order.region);
    if (!r) return refuse("unknown-id", `There is no contested region "${order.region}".`);
    if (r.host === agent) return refuse("not-allowed", `${titleOf(ix, r.id)} is your own country.`);
    return null;
  },
  allowed(_s, _rules, ix, agent, order) {
    const r = ix.region.get(order.region);
    return r !== undefined && r.host !== agent;
  },
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = softPower.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(softPower.cost(rules, first), ap, capital)) return;
    for (const order of list) if (softPower.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({ ap: rules.actions["soft-power"].ap, capital: rules.actions["soft-power"].capital }),
  flatCost: true,
  staticCandidates: true,
  candidates: (_s, rules) =>
    perRules(candidateCache, rules, () =>
      Object.freeze(rules.regions.map((r) => Object.freeze({ type: "soft-power" as const, region: r.id }))),
    ) as SoftPower[],
  key: (o) => `soft:${o.region}`,
  apply(ctx, agent, order, index) {
    const a = ctx.rules.actions["soft-power"];
    const cause = orderCause(agent, order, index);
    const region = nameOf(ctx.ix, order.region);
    pay(ctx, agent, a.capital, cause, ctx.explain ? `soft power in ${region}` : "");
    addStock(
      ctx,
      "softPower",
      order.region,
      agent,
      a.effect,
      cause,
      ctx.explain
        ? `${titleOf(ctx.ix, agent)} built soft power in ${region}, which pulls its influence there up.`
        : "",
    );
    outcome(ctx, agent, index, order, "applied", `Built soft power in ${region}.`);
  },
};
