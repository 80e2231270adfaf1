/** `invest`: money into a mine, a corridor's capacity, a named upgrade or a joint project; it matures after a lag. */

import type { Rules } from "../../rules/schema.ts";
import {
  decimal,
  nameOf,
  orderCause,
  outcome,
  possessive,
  record,
  round,
  type TurnContext,
  titleOf,
} from "../context.ts";
import { gateTrack } from "../gates.ts";
import { addStock, pay } from "../ops.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, Cause, InvestTarget, Order } from "../types.ts";
import { writable } from "../working-copy.ts";
import { NO, type OrderKind, type Readable, type Refusal, refuse, str } from "./order-kind.ts";
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

/**
 * Why the target cannot take the agent's money (a refusal, `NO` when not asked to explain), or,
 * when it can, its host (what `investHost` says).
 */
function checkTarget(
  s: Readable,
  ix: RulesIndex,
  agent: AgentId,
  t: InvestTarget,
  explain: boolean,
): Refusal | AgentId | null {
  if (t.kind === "mine" || t.kind === "joint-project") {
    const p = ix.place.get(t.place);
    if (p?.kind !== "producer")
      return explain ? refuse("unknown-id", `There is no producer "${t.place}".`) : NO;
    if (t.kind === "joint-project" && p.country === agent)
      return explain ? refuse("not-allowed", "A joint project needs a foreign partner.") : NO;
    return p.country ?? null;
  }
  const c = ix.corridor.get(t.corridor);
  if (!c) return explain ? refuse("unknown-id", `There is no corridor "${t.corridor}".`) : NO;
  if (t.kind === "upgrade") {
    if (!c.upgrades.some((u) => u.id === t.upgrade))
      return explain ? refuse("unknown-id", `${titleOf(ix, c.id)} has no upgrade "${t.upgrade}".`) : NO;
    if (s.corridors[c.id]?.upgrades[t.upgrade]?.built)
      return explain ? refuse("no-effect", "That upgrade is paid for already.") : NO;
  }
  return c.controllers[0] ?? null;
}

/** Why the agent cannot make this investment (null when it can); `NO` when not asked to explain. */
function why(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  agent: AgentId,
  order: Invest,
  explain: boolean,
): Refusal | null {
  if (!rules.actions.invest.amounts.includes(order.amount)) {
    return explain ? refuse("malformed", `Invest one of ${rules.actions.invest.amounts.join(", ")} $M.`) : NO;
  }
  const host = checkTarget(s, ix, agent, order.target, explain);
  if (host !== null && typeof host === "object") return host;
  if (host && host !== agent && sanctioned(s, agent, host)) {
    return explain ? refuse("not-allowed", `Sanctions stand between you and ${nameOf(ix, host)}.`) : NO;
  }
  if (host && ((agent === "us" && host === "ru") || (agent === "ru" && host === "us"))) {
    const gate = gateTrack(rules, s.tracks, "no-us-ru-joint-projects");
    if (gate) return explain ? refuse("gated", gate.text) : NO;
  }
  return null;
}

/** The candidates of one target (one per amount), with what their check needs to know of it. */
interface TargetGroup {
  orders: Invest[];
  /** Whether the target passes the checks that read only the rules. */
  valid: boolean;
  /** The host's index in `Candidates.hosts`, or -1 for none. */
  host: number;
  /** The corridor and upgrade, for an upgrade target (which is refused once built). */
  corridor: string | null;
  upgrade: string | null;
}

/** An agent's investment candidates: all of them in order, and grouped by target. */
interface Candidates {
  all: Invest[];
  groups: TargetGroup[];
  /** The distinct hosts of the targets. */
  hosts: AgentId[];
  /** The candidates whose amounts a treasury covers, by the bit mask of the amounts it covers. */
  byAmounts: Map<number, Invest[]>;
  /** The upgrade targets' groups. */
  upgrades: TargetGroup[];
  /**
   * The legal candidates by what decides them: a bit per host (barred), per upgrade (built) and
   * per amount (covered), in that order.
   */
  legal: Map<number, Invest[]>;
}

/** A state with no corridors: checking a target against it reads only the rules. */
const BARE = { corridors: {} } as unknown as Readable;

const candidateCache = new WeakMap<RulesIndex, Map<AgentId, Candidates>>();

/** Every investment an agent could order, built once per ruleset and agent. */
function investCandidates(rules: Rules, ix: RulesIndex, agent: AgentId): Candidates {
  const byAgent = candidateCache.get(ix) ?? new Map<AgentId, Candidates>();
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
  const hosts: AgentId[] = [];
  const groups = targets.map((target): TargetGroup => {
    const orders = Object.freeze(
      rules.actions.invest.amounts.map((amount) =>
        Object.freeze({ type: "invest" as const, target: Object.freeze(target), amount }),
      ),
    ) as Invest[];
    const checked = checkTarget(BARE, ix, agent, target, false);
    const host = investHost(ix, target);
    if (host && !hosts.includes(host)) hosts.push(host);
    const upgrade = target.kind === "upgrade" ? target : null;
    return {
      orders,
      valid: checked === null || typeof checked === "string",
      host: host ? hosts.indexOf(host) : -1,
      corridor: upgrade ? (ix.corridor.get(upgrade.corridor)?.id ?? null) : null,
      upgrade: upgrade ? upgrade.upgrade : null,
    };
  });
  const out: Candidates = {
    all: Object.freeze(groups.flatMap((g) => g.orders)) as Invest[],
    groups,
    hosts,
    byAmounts: new Map(),
    upgrades: groups.filter((g) => g.upgrade !== null && g.corridor !== null),
    legal: new Map(),
  };
  byAgent.set(agent, out);
  return out;
}

/** For each host, whether sanctions or a gate bar the agent from investing there (as `why` decides). */
function hostBarred(s: Readable, rules: Rules, agent: AgentId, host: AgentId): boolean {
  return (
    (host !== agent && sanctioned(s, agent, host)) ||
    (((agent === "us" && host === "ru") || (agent === "ru" && host === "us")) &&
      gateTrack(rules, s.tracks, "no-us-ru-joint-projects") !== null)
  );
}

/** Push the legal candidates (affordable with `capital`, passing `check`), in candidates order. */
function legalInvestments(
  s: Readable,
  rules: Rules,
  agent: AgentId,
  c: Candidates,
  capital: number,
  out: Order[],
): void {
  const barred = c.hosts.map((host) => hostBarred(s, rules, agent, host));
  for (const g of c.groups) {
    if (!g.valid || (g.host >= 0 && barred[g.host])) continue;
    if (g.upgrade !== null && g.corridor !== null && s.corridors[g.corridor]?.upgrades[g.upgrade]?.built)
      continue;
    for (const order of g.orders) if (!(order.amount > 0 && order.amount > capital)) out.push(order);
  }
}

/** What an investment goes into, as it reads in a sentence: "a new mine at the Kazakh mines", "the Zangezur rail link on TRIPP". */
function projectPhrase(ix: RulesIndex, t: InvestTarget, what: string): string {
  switch (t.kind) {
    case "mine":
      return `a new mine at ${what}`;
    case "joint-project":
      return `a joint project at ${what}`;
    case "corridor":
      return `more capacity for ${what}`;
    case "upgrade": {
      const up = ix.corridor.get(t.corridor)?.upgrades.find((u) => u.id === t.upgrade);
      return `${up?.inText ?? up?.name ?? t.upgrade} on ${what}`;
    }
  }
}

/** Foreign money into a region: it adds to the agent's investment stock there. */
function investIn(ctx: TurnContext, agent: AgentId, region: string, amount: number, cause: Cause): void {
  addStock(
    ctx,
    "investment",
    region,
    agent,
    amount,
    cause,
    ctx.explain
      ? `${possessive(titleOf(ctx.ix, agent))} investment in ${nameOf(ctx.ix, region)} pulls its influence there up.`
      : "",
  );
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
  check: (s, rules, ix, agent, order) => why(s, rules, ix, agent, order, true),
  allowed: (s, rules, ix, agent, order) => why(s, rules, ix, agent, order, false) === null,
  cost: (rules, order) => ({ ap: rules.actions.invest.ap, capital: order.amount }),
  staticCandidates: true,
  candidates(_s, rules, ix, agent) {
    return investCandidates(rules, ix, agent).all;
  },
  within(_s, rules, ix, agent, ap, capital) {
    if (rules.actions.invest.ap > ap) return [];
    const c = investCandidates(rules, ix, agent);
    const amounts = rules.actions.invest.amounts;
    // Which amounts the treasury covers picks the (cached) list; more than 30 amounts are not cached.
    let mask = 0;
    for (let i = 0; i < amounts.length && i < 30; i++) {
      const amount = amounts[i] as number;
      if (!(amount > 0 && amount > capital)) mask |= 1 << i;
    }
    let hit = amounts.length > 30 ? undefined : c.byAmounts.get(mask);
    if (hit === undefined) {
      hit = Object.freeze(c.all.filter((o) => !(o.amount > 0 && o.amount > capital))) as Invest[];
      if (amounts.length <= 30) c.byAmounts.set(mask, hit);
    }
    return hit;
  },
  legal(s, rules, ix, agent, ap, capital, out) {
    if (rules.actions.invest.ap > ap) return;
    // `check`, taken apart: every candidate's amount is one of the rules' amounts; its target's
    // rules-only checks are known; what is left reads the state once per host and per upgrade, and
    // the legal list for each outcome of those reads is kept.
    const c = investCandidates(rules, ix, agent);
    const amounts = rules.actions.invest.amounts;
    if (c.hosts.length + c.upgrades.length + amounts.length > 30) {
      legalInvestments(s, rules, agent, c, capital, out);
      return;
    }
    let sig = 0;
    let bit = 1;
    for (const host of c.hosts) {
      if (hostBarred(s, rules, agent, host)) sig |= bit;
      bit <<= 1;
    }
    for (const g of c.upgrades) {
      if (s.corridors[g.corridor as string]?.upgrades[g.upgrade as string]?.built) sig |= bit;
      bit <<= 1;
    }
    for (const amount of amounts) {
      if (!(amount > 0 && amount > capital)) sig |= bit;
      bit <<= 1;
    }
    let list = c.legal.get(sig);
    if (list === undefined) {
      list = [];
      legalInvestments(s, rules, agent, c, capital, list);
      if (c.legal.size > 1024) c.legal.clear();
      c.legal.set(sig, list);
    }
    for (const order of list) out.push(order);
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
    pay(ctx, agent, order.amount, cause, ctx.explain ? `investment in ${what}` : "");
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
            `${titleOf(ctx.ix, agent)} paid towards ${up.inText ?? up.name}: ${decimal(row.paid)} of ${up.cost} $M.`,
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
          `${titleOf(ctx.ix, agent)} started work on ${projectPhrase(ctx.ix, t, what)} (${order.amount} $M), ready on turn ${matures}.`,
          [agent, host],
        );
    }
    // Foreign money buys influence in the region it lands in and counts as investment received.
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
          `${titleOf(ctx.ix, host)} received ${order.amount} $M of investment from ${nameOf(ctx.ix, agent)}.`,
          [host, agent],
        );
      if (t.kind === "mine" || t.kind === "joint-project") {
        const r = ctx.ix.place.get(t.place)?.region;
        if (r) investIn(ctx, agent, r, order.amount, cause);
      } else {
        const regions = ctx.ix.corridorRegions.get(t.corridor) ?? [];
        for (const r of regions) investIn(ctx, agent, r, order.amount / regions.length, cause);
      }
    }
    const done = `Invested ${order.amount} $M in ${projectPhrase(ctx.ix, t, what)}.`;
    outcome(ctx, agent, index, order, "applied", done);
  },
};
