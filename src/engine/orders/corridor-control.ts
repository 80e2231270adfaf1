/** `block-corridor`, `reopen-corridor` and `set-transit-fee`: what a corridor's controllers can do with it. */

import { nameOf, orderCause, outcome } from "../context.ts";
import { note, pay, shiftRelation } from "../ops.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, FeeLevel } from "../types.ts";
import { writable } from "../working-copy.ts";
import { type OrderKind, parseField, type Readable, type Refusal, refuse, str } from "./order-kind.ts";

type Block = { type: "block-corridor"; corridor: string };
type Reopen = { type: "reopen-corridor"; corridor: string };
type SetFee = { type: "set-transit-fee"; corridor: string; level: FeeLevel };
const LEVELS: readonly FeeLevel[] = ["low", "normal", "high"];

function controlled(ix: RulesIndex, agent: AgentId, corridor: string): Refusal | null {
  const c = ix.corridor.get(corridor);
  if (!c) return refuse("unknown-id", `There is no corridor "${corridor}".`);
  if (!c.controllers.includes(agent)) return refuse("not-controller", `You do not control ${c.name}.`);
  return null;
}

const controlledCorridors = (s: Readable, ix: RulesIndex, agent: AgentId) =>
  [...ix.corridor.values()].filter((c) => c.controllers.includes(agent) && s.corridors[c.id]);

/** The agents whose trade ran on a corridor last turn (sellers and the buyer). */
function users(s: Readable, ix: RulesIndex, corridor: string): AgentId[] {
  const set = new Set<AgentId>([ix.buyer.get(corridor) ?? ""]);
  for (const f of s.flows) if (f.corridor === corridor) set.add(f.seller);
  set.delete("");
  return [...set].sort();
}

/** Block a corridor you control: nothing moves on it until you reopen it. */
export const blockCorridor: OrderKind<Block> = {
  type: "block-corridor",
  phase: "restrictions",
  parse: (raw) => parseField(raw, "corridor", (corridor) => ({ type: "block-corridor", corridor })),
  check(s, _rules, ix, agent, order) {
    const r = controlled(ix, agent, order.corridor);
    if (r) return r;
    const cs = s.corridors[order.corridor];
    if (cs?.status === "closed")
      return refuse("no-effect", `${nameOf(ix, order.corridor)} is closed already.`);
    if (cs?.blockedBy.includes(agent))
      return refuse("no-effect", `You already block ${nameOf(ix, order.corridor)}.`);
    return null;
  },
  cost: (rules) => ({
    ap: rules.actions["block-corridor"].ap,
    capital: rules.actions["block-corridor"].capital,
  }),
  candidates: (s, _rules, ix, agent) =>
    controlledCorridors(s, ix, agent).map((c) => ({ type: "block-corridor", corridor: c.id })),
  key: (o) => `corridor:${o.corridor}`,
  apply(ctx, agent, order, index) {
    const a = ctx.rules.actions["block-corridor"];
    const cause = orderCause(agent, order, index);
    const cs = writable.corridor(ctx, order.corridor);
    if (!cs) return;
    const name = nameOf(ctx.ix, order.corridor);
    pay(ctx, agent, a.capital, cause, `blocking ${name}`);
    cs.blockedBy = [...cs.blockedBy, agent].sort();
    if (ctx.explain)
      note(
        ctx,
        `corridors.${order.corridor}.blockedBy`,
        "",
        cs.blockedBy.join(","),
        cause,
        `${nameOf(ctx.ix, agent)} blocked ${name}: nothing moves on it until it reopens.`,
        [agent, ...users(ctx.state, ctx.ix, order.corridor)],
      );
    for (const u of users(ctx.state, ctx.ix, order.corridor)) {
      shiftRelation(ctx, agent, u, -a.relation, cause, `${nameOf(ctx.ix, agent)} blocked ${name}`);
    }
    outcome(ctx, agent, index, order, "applied", `Blocked ${name}.`);
  },
};

/** Lift your own block on a corridor. */
export const reopenCorridor: OrderKind<Reopen> = {
  type: "reopen-corridor",
  phase: "restrictions",
  parse: (raw) => parseField(raw, "corridor", (corridor) => ({ type: "reopen-corridor", corridor })),
  check(s, _rules, ix, agent, order) {
    const r = controlled(ix, agent, order.corridor);
    if (r) return r;
    if (!s.corridors[order.corridor]?.blockedBy.includes(agent)) {
      return refuse("no-effect", `You are not blocking ${nameOf(ix, order.corridor)}.`);
    }
    return null;
  },
  cost: (rules) => ({
    ap: rules.actions["reopen-corridor"].ap,
    capital: rules.actions["reopen-corridor"].capital,
  }),
  candidates: (s, _rules, ix, agent) =>
    controlledCorridors(s, ix, agent)
      .filter((c) => s.corridors[c.id]?.blockedBy.includes(agent))
      .map((c) => ({ type: "reopen-corridor", corridor: c.id })),
  key: (o) => `corridor:${o.corridor}`,
  apply(ctx, agent, order, index) {
    const cause = orderCause(agent, order, index);
    const cs = writable.corridor(ctx, order.corridor);
    if (!cs) return;
    const name = nameOf(ctx.ix, order.corridor);
    pay(ctx, agent, ctx.rules.actions["reopen-corridor"].capital, cause, `reopening ${name}`);
    const before = cs.blockedBy.join(",");
    cs.blockedBy = cs.blockedBy.filter((x) => x !== agent);
    if (ctx.explain)
      note(
        ctx,
        `corridors.${order.corridor}.blockedBy`,
        before,
        cs.blockedBy.join(","),
        cause,
        `${nameOf(ctx.ix, agent)} lifted its block on ${name}.`,
        [agent],
      );
    outcome(ctx, agent, index, order, "applied", `Reopened ${name}.`);
  },
};

/** Set the transit fee on a corridor you control: a tax on everyone who needs it. */
export const setTransitFee: OrderKind<SetFee> = {
  type: "set-transit-fee",
  phase: "restrictions",
  parse(raw) {
    const corridor = str(raw, "corridor");
    const level = str(raw, "level");
    if (corridor === null) return `needs a "corridor" id`;
    if (level === null || !LEVELS.includes(level as FeeLevel))
      return `needs a "level": one of ${LEVELS.join(", ")}`;
    return { type: "set-transit-fee", corridor, level: level as FeeLevel };
  },
  check(s, _rules, ix, agent, order) {
    const r = controlled(ix, agent, order.corridor);
    if (r) return r;
    if (s.corridors[order.corridor]?.feeLevel === order.level) {
      return refuse("no-effect", `The fee on ${nameOf(ix, order.corridor)} is ${order.level} already.`);
    }
    return null;
  },
  cost: (rules) => ({
    ap: rules.actions["set-transit-fee"].ap,
    capital: rules.actions["set-transit-fee"].capital,
  }),
  candidates: (s, _rules, ix, agent) =>
    controlledCorridors(s, ix, agent).flatMap((c) =>
      LEVELS.map((level) => ({ type: "set-transit-fee" as const, corridor: c.id, level })),
    ),
  key: (o) => `fee:${o.corridor}`,
  apply(ctx, agent, order, index) {
    const a = ctx.rules.actions["set-transit-fee"];
    const cause = orderCause(agent, order, index);
    const cs = writable.corridor(ctx, order.corridor);
    if (!cs) return;
    const name = nameOf(ctx.ix, order.corridor);
    pay(ctx, agent, a.capital, cause, `setting fees on ${name}`);
    const before = cs.feeLevel;
    cs.feeLevel = order.level;
    const mult = a.levels[order.level] ?? 1;
    if (ctx.explain)
      note(
        ctx,
        `corridors.${order.corridor}.feeLevel`,
        before,
        order.level,
        cause,
        `${nameOf(ctx.ix, agent)} set the transit fee on ${name} to ${order.level} (×${mult}).`,
        [agent],
      );
    const raised = LEVELS.indexOf(order.level) > LEVELS.indexOf(before);
    const buyer = ctx.ix.buyer.get(order.corridor);
    if (raised && buyer)
      shiftRelation(ctx, agent, buyer, -a.relation, cause, `${nameOf(ctx.ix, agent)} raised fees on ${name}`);
    outcome(ctx, agent, index, order, "applied", `Fee on ${name} set to ${order.level}.`);
  },
};
