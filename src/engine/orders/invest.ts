/** `invest`: money into a mine, a corridor's capacity, a named upgrade or a joint project; it matures after a lag. */

import type { Rules } from "../../rules/schema.ts";
import { nameOf, orderCause, outcome, record, round } from "../context.ts";
import { gateTrack } from "../gates.ts";
import { addStock, pay } from "../ops.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, InvestTarget } from "../types.ts";
import { writable } from "../working-copy.ts";
import { type OrderKind, type Readable, type Refusal, refuse, str } from "./order-kind.ts";
import { sanctioned } from "./sign-agreement.ts";

type Invest = { type: "invest"; target: InvestTarget; amount: number };

/** The agent whose place or corridor an investment goes into, or null for an unknown target. */
export function investHost(ix: RulesIndex, target: InvestTarget): AgentId | null {
  if (target.kind === "mine" || target.kind === "joint-project")
    return ix.place.get(target.place)?.country ?? null;
  return ix.corridor.get(target.corridor)?.controllers[0] ?? null;
}

/** The place or corridor id an investment targets. */
export const targetId = (t: InvestTarget): string =>
  t.kind === "mine" || t.kind === "joint-project" ? t.place : t.corridor;

function parseTarget(raw: unknown): InvestTarget | string {
  if (typeof raw !== "object" || raw === null) return `needs a "target" object`;
  const t = raw as Record<string, unknown>;
  const place = str(t, "place");
  const corridor = str(t, "corridor");
  switch (t.kind) {
    case "mine":
    case "joint-project":
      return place === null ? `target needs a "place"` : { kind: t.kind, place };
    case "corridor":
      return corridor === null ? `target needs a "corridor"` : { kind: "corridor", corridor };
    case "upgrade": {
      const upgrade = str(t, "upgrade");
      return corridor === null || upgrade === null
        ? `target needs "corridor" and "upgrade"`
        : { kind: "upgrade", corridor, upgrade };
    }
    default:
      return `target "kind" must be one of mine, corridor, upgrade, joint-project`;
  }
}

function checkTarget(s: Readable, ix: RulesIndex, agent: AgentId, t: InvestTarget): Refusal | null {
  if (t.kind === "mine" || t.kind === "joint-project") {
    const p = ix.place.get(t.place);
    if (p?.kind !== "producer") return refuse("unknown-id", `There is no producer "${t.place}".`);
    if (t.kind === "joint-project" && p.country === agent)
      return refuse("not-allowed", "A joint project needs a foreign partner.");
    return null;
  }
  const c = ix.corridor.get(t.corridor);
  if (!c) return refuse("unknown-id", `There is no corridor "${t.corridor}".`);
  if (t.kind === "upgrade") {
    if (!c.upgrades.some((u) => u.id === t.upgrade))
      return refuse("unknown-id", `${c.name} has no upgrade "${t.upgrade}".`);
    if (s.corridors[c.id]?.upgrades[t.upgrade]?.built)
      return refuse("no-effect", "That upgrade is paid for already.");
  }
  return null;
}

const candidateCache = new WeakMap<RulesIndex, Map<AgentId, Invest[]>>();

/** Every investment an agent could order, built once per ruleset and agent. */
function investCandidates(rules: Rules, ix: RulesIndex, agent: AgentId): Invest[] {
  const byAgent = candidateCache.get(ix) ?? new Map<AgentId, Invest[]>();
  candidateCache.set(ix, byAgent);
  const hit = byAgent.get(agent);
  if (hit) return hit;
  const targets: InvestTarget[] = [];
  for (const p of ix.producers) {
    targets.push({ kind: "mine", place: p });
    if (ix.place.get(p)?.country !== agent) targets.push({ kind: "joint-project", place: p });
  }
  for (const c of rules.corridors) {
    targets.push({ kind: "corridor", corridor: c.id });
    for (const u of c.upgrades) targets.push({ kind: "upgrade", corridor: c.id, upgrade: u.id });
  }
  const out = targets.flatMap((target) =>
    rules.actions.invest.amounts.map((amount) => ({ type: "invest" as const, target, amount })),
  );
  byAgent.set(agent, out);
  return out;
}

/** Invest in a mine, a corridor, an upgrade or a joint project. */
export const invest: OrderKind<Invest> = {
  type: "invest",
  phase: "economy",
  parse(raw) {
    const target = parseTarget(raw.target);
    if (typeof target === "string") return target;
    const amount = raw.amount;
    if (typeof amount !== "number" || !Number.isFinite(amount)) return `needs an "amount" number`;
    return { type: "invest", target, amount };
  },
  check(s, rules, ix, agent, order) {
    if (!rules.actions.invest.amounts.includes(order.amount)) {
      return refuse("malformed", `Invest one of ${rules.actions.invest.amounts.join(", ")} $M.`);
    }
    const bad = checkTarget(s, ix, agent, order.target);
    if (bad) return bad;
    const host = investHost(ix, order.target);
    if (host && host !== agent && sanctioned(s, agent, host)) {
      return refuse("not-allowed", `Sanctions stand between you and ${nameOf(ix, host)}.`);
    }
    if (host && ((agent === "us" && host === "ru") || (agent === "ru" && host === "us"))) {
      const gate = gateTrack(rules, s.tracks, "no-us-ru-joint-projects");
      if (gate) return refuse("gated", gate.text);
    }
    return null;
  },
  cost: (rules, order) => ({ ap: rules.actions.invest.ap, capital: order.amount }),
  candidates(_s, rules, ix, agent) {
    return investCandidates(rules, ix, agent);
  },
  key: () => null,
  apply(ctx, agent, order, index) {
    const a = ctx.rules.actions.invest;
    const s = ctx.state;
    const cause = orderCause(agent, order, index);
    const t = order.target;
    const id = targetId(t);
    const host = investHost(ctx.ix, t) ?? agent;
    const what = nameOf(ctx.ix, id);
    pay(ctx, agent, order.amount, cause, `investment in ${what}`);
    const adds = { output: 0, capacity: 0, trade: 0 };
    let kind: "mine" | "corridor" | "upgrade" | "joint-project" = t.kind;
    if (t.kind === "mine") adds.output = round(order.amount * a.mineYield, 4);
    if (t.kind === "joint-project") {
      adds.output = round(order.amount * a.mineYield * a.jointYield, 4);
      adds.trade = round(order.amount * a.jointTrade, 2);
    }
    if (t.kind === "corridor") adds.capacity = round(order.amount * a.capacityYield, 2);
    if (t.kind === "upgrade") {
      const up = ctx.ix.corridor.get(t.corridor)?.upgrades.find((u) => u.id === t.upgrade);
      const row = up ? writable.upgrade(ctx, t.corridor, t.upgrade) : undefined;
      if (!row || !up) return;
      row.paid = round(row.paid + order.amount, 2);
      if (row.paid >= up.cost) {
        row.built = true;
        adds.capacity = up.capacity;
      } else {
        kind = "upgrade";
        if (ctx.explain)
          record(
            ctx,
            `corridors.${t.corridor}.upgrades.${t.upgrade}.paid`,
            round(row.paid - order.amount, 2),
            row.paid,
            cause,
            `${nameOf(ctx.ix, agent)} paid towards ${up.name}: ${row.paid} of ${up.cost} $M.`,
            [agent],
          );
      }
    }
    if (adds.output > 0 || adds.capacity > 0 || adds.trade > 0) {
      const matures = s.turn + a.lag;
      ctx.newProjects.push({
        id: s.nextProjectId,
        owner: agent,
        kind,
        target: id,
        host,
        amount: order.amount,
        matures,
        adds,
      });
      s.nextProjectId += 1;
      if (ctx.explain)
        record(
          ctx,
          "projects",
          null,
          `${kind}:${id}`,
          cause,
          `${nameOf(ctx.ix, agent)} started a ${kind} project in ${what} (${order.amount} $M), ready on turn ${matures}.`,
          [agent, host],
        );
    }
    // Foreign money buys influence in the region it lands in and counts as investment received.
    const regions =
      t.kind === "mine" || t.kind === "joint-project"
        ? [ctx.ix.place.get(t.place)?.region].filter((r): r is string => !!r)
        : (ctx.ix.corridorRegions.get(t.corridor) ?? []);
    if (host !== agent) {
      const received = writable.investmentReceived(ctx);
      const before = received[host] ?? 0;
      received[host] = round(before + order.amount, 2);
      if (ctx.explain)
        record(
          ctx,
          `investmentReceived.${host}`,
          before,
          received[host] ?? 0,
          cause,
          `${nameOf(ctx.ix, host)} received ${order.amount} $M of investment from ${nameOf(ctx.ix, agent)}.`,
          [host, agent],
        );
      for (const r of regions) {
        addStock(
          ctx,
          "investment",
          r,
          agent,
          order.amount / regions.length,
          cause,
          `${nameOf(ctx.ix, agent)}'s investment in ${nameOf(ctx.ix, r)} pulls its influence there up.`,
        );
      }
    }
    outcome(ctx, agent, index, order, "applied", `Invested ${order.amount} $M in ${what} (${kind}).`);
  },
};
