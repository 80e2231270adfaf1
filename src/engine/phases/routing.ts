/** Phase 4, routing: reroutes, this turn's capacities, the flows, and the income they bring. */

import { NO_AGENTS, nameOf, record, round, setNumber, type TurnContext, titleOf, zeros } from "../context.ts";
import { gateHolds } from "../gates.ts";
import { routeFlows } from "../measures/flows.ts";
import type { AgentId, Flow, GameState } from "../types.ts";
import { writable } from "../working-copy.ts";
import { applyOrders } from "./apply-orders.ts";

const RISK = { type: "rule", rule: "corridor-risk" } as const;
const INCOME = { type: "rule", rule: "income" } as const;

/** Producers' new route orders. */
export function reroute(ctx: TurnContext): void {
  applyOrders(ctx, "routing");
}

/** Flows over this turn's capacities, and the income they bring. */
export function routing(ctx: TurnContext): void {
  const s = ctx.state;
  const capacity = capacities(ctx, s);
  const { flows, lost } = routeFlows(s, ctx.rules, ctx.ix, capacity);
  ctx.state.flows = flows;
  writable.measures(ctx).lost = lost;
  income(ctx, s, flows);
}

/** Each corridor's capacity this turn: base, scaled by event modifiers, gates and a draw against its risk. */
function capacities(ctx: TurnContext, s: GameState): Record<string, number> {
  const out: Record<string, number> = {};
  const trippHalved = gateHolds(ctx.rules, s.tracks, "tripp-capacity-halved");
  const trippRisky = gateHolds(ctx.rules, s.tracks, "tripp-risk-doubled");
  for (const c of ctx.rules.corridors) {
    const cs = s.corridors[c.id];
    if (!cs) continue;
    let cap = cs.capacity;
    for (const m of s.modifiers)
      if (m.kind === "corridor-capacity" && m.target === c.id && m.from <= s.turn && m.until >= s.turn)
        cap *= m.factor;
    if (c.id === "tripp" && trippHalved) cap *= 0.5;
    const risk = c.id === "tripp" && trippRisky ? Math.min(1, c.risk * 2) : c.risk;
    // Draw for every corridor, open or not, so that the stream does not depend on statuses.
    if (ctx.rng.next() < risk && cs.status === "open" && cs.blockedBy.length === 0) {
      cap *= 0.5;
      record(
        ctx,
        `corridors.${c.id}.capacity`,
        round(cs.capacity, 2),
        round(cap, 2),
        RISK,
        () =>
          `A disruption on ${nameOf(ctx.ix, c.id)} halved its capacity this turn (risk ${Math.round(risk * 100)}% a turn).`,
        [...c.controllers],
      );
    }
    out[c.id] = cap;
  }
  return out;
}

/** The line that explains an agent's income. */
function incomeText(
  ctx: TurnContext,
  agent: AgentId,
  net: number,
  e: { base: number; exports: number; transit: number; penalties: number },
): string {
  const penalties = e.penalties > 0 ? `, −${e.penalties} for sanctions` : "";
  return `${titleOf(ctx.ix, agent)} earned ${Math.round(net)} $M (${e.base} base, ${Math.round(e.exports)} from exports, ${Math.round(e.transit)} from transit fees${penalties}).`;
}

/** Treasuries: base income, export earnings net of fees and shipping, transit fees, sanction penalties. */
function income(ctx: TurnContext, s: GameState, flows: Flow[]): void {
  const earned: Record<AgentId, { base: number; exports: number; transit: number; penalties: number }> = {};
  for (const a of ctx.rules.agents) earned[a.id] = { base: a.income, exports: 0, transit: 0, penalties: 0 };
  for (const f of flows) {
    const seller = earned[f.seller];
    const shipping = (ctx.ix.corridor.get(f.corridor)?.shippingCost ?? 0) * f.total;
    let fees = 0;
    for (const g in f.fees) {
      const fee = f.fees[g] as number;
      fees += fee;
      const e = earned[g];
      if (e) e.transit += fee;
    }
    if (seller) seller.exports += f.value - fees - shipping;
  }
  const penalty = ctx.rules.actions.sanction.penalty;
  // How many agents sanction each agent, by the agent's index.
  const sanctioners = zeros(ctx.ix.agentIds.length);
  for (const x in s.agents) {
    const list = (s.agents[x] as GameState["agents"][string]).sanctions;
    for (let i = 0; i < list.length; i++) {
      const t = ctx.ix.agentIndex.get(list[i] as string);
      if (t !== undefined && list.indexOf(list[i] as string) === i)
        sanctioners[t] = (sanctioners[t] as number) + 1;
    }
  }
  for (const a of ctx.rules.agents) {
    const e = earned[a.id];
    const me = writable.agent(ctx, a.id);
    if (!e || !me) continue;
    e.penalties = penalty * (sanctioners[ctx.ix.agentIndex.get(a.id) ?? -1] ?? 0);
    // Only taxes and royalties reach the treasury: a share of what exporters and transit earn.
    const take = ctx.rules.model.revenueShare;
    e.exports *= take;
    e.transit *= take;
    me.income = {
      base: e.base,
      exports: round(e.exports, 2),
      transit: round(e.transit, 2),
      penalties: e.penalties,
    };
    const net = e.base + e.exports + e.transit - e.penalties;
    setNumber(
      ctx,
      me as unknown as Record<string, number>,
      "treasury",
      me.treasury + net,
      ctx.explain ? `agents.${a.id}.treasury` : "",
      INCOME,
      ctx.explain ? () => incomeText(ctx, a.id, net, e) : "",
      ctx.explain ? [a.id] : NO_AGENTS,
    );
  }
}
