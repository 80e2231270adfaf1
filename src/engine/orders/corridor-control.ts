/** `block-corridor`, `reopen-corridor` and `set-transit-fee`: what a corridor's controllers can do with it. */

import { nameOf, orderCause, outcome, titleOf } from "../context.ts";
import { note, pay, shiftRelation } from "../ops.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, FeeLevel } from "../types.ts";
import { writable } from "../working-copy.ts";
import {
  fits,
  type OrderKind,
  parseField,
  perAgent,
  type Readable,
  type Refusal,
  refuse,
  str,
} from "./order-kind.ts";

type Block = { type: "block-corridor"; corridor: string };
type Reopen = { type: "reopen-corridor"; corridor: string };
type SetFee = { type: "set-transit-fee"; corridor: string; level: FeeLevel };
const LEVELS: readonly FeeLevel[] = ["low", "normal", "high"];

function controlled(ix: RulesIndex, agent: AgentId, corridor: string): Refusal | null {
  const c = ix.corridor.get(corridor);
  if (!c) return refuse("unknown-id", `There is no corridor "${corridor}".`);
  if (!c.controllers.includes(agent))
    return refuse("not-controller", `You do not control ${nameOf(ix, c.id)}.`);
  return null;
}

/** Whether the agent controls a corridor the rules know. */
function controls(ix: RulesIndex, agent: AgentId, corridor: string): boolean {
  const c = ix.corridor.get(corridor);
  return c?.controllers.includes(agent) === true;
}

/** A corridor an agent controls, with the orders it could give on it (built once per ruleset). */
interface Controlled {
  id: string;
  block: Block;
  reopen: Reopen;
  fees: SetFee[];
}

/** The corridors an agent controls, and the candidate lists when the state has all of them. */
interface AgentCorridors {
  list: Controlled[];
  blocks: Block[];
  fees: SetFee[];
}

const controlledCache = new WeakMap<RulesIndex, Map<AgentId, AgentCorridors>>();
const NONE: never[] = Object.freeze([]) as never[];

/** The corridors the agent controls, in rules order (whether or not the state has them). */
const controlledByRules = (ix: RulesIndex, agent: AgentId): AgentCorridors =>
  perAgent(controlledCache, ix, agent, () => {
    const list = [...ix.corridor.values()]
      .filter((c) => c.controllers.includes(agent))
      .map((c) => ({
        id: c.id,
        block: Object.freeze({ type: "block-corridor" as const, corridor: c.id }),
        reopen: Object.freeze({ type: "reopen-corridor" as const, corridor: c.id }),
        fees: LEVELS.map((level) =>
          Object.freeze({ type: "set-transit-fee" as const, corridor: c.id, level }),
        ),
      }));
    return {
      list,
      blocks: Object.freeze(list.map((c) => c.block)) as Block[],
      fees: Object.freeze(list.flatMap((c) => c.fees)) as SetFee[],
    };
  });

/** Whether the state has every corridor of the list. */
function hasAll(s: Readable, list: Controlled[]): boolean {
  for (const c of list) if (!s.corridors[c.id]) return false;
  return true;
}

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
      return refuse("no-effect", `${titleOf(ix, order.corridor)} is closed already.`);
    if (cs?.blockedBy.includes(agent))
      return refuse("no-effect", `You already block ${nameOf(ix, order.corridor)}.`);
    return null;
  },
  allowed(s, _rules, ix, agent, order) {
    if (!controls(ix, agent, order.corridor)) return false;
    const cs = s.corridors[order.corridor];
    return !(cs?.status === "closed" || cs?.blockedBy.includes(agent));
  },
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = blockCorridor.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(blockCorridor.cost(rules, first), ap, capital)) return;
    for (const order of list) if (blockCorridor.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({
    ap: rules.actions["block-corridor"].ap,
    capital: rules.actions["block-corridor"].capital,
  }),
  flatCost: true,
  offersNone: (_rules, ix, agent) => controlledByRules(ix, agent).list.length === 0,
  candidates(s, _rules, ix, agent) {
    const mine = controlledByRules(ix, agent);
    if (hasAll(s, mine.list)) return mine.blocks;
    const out: Block[] = [];
    for (const c of mine.list) if (s.corridors[c.id]) out.push(c.block);
    return out;
  },
  key: (o) => `corridor:${o.corridor}`,
  apply(ctx, agent, order, index) {
    const a = ctx.rules.actions["block-corridor"];
    const cause = orderCause(agent, order, index);
    const cs = writable.corridor(ctx, order.corridor);
    if (!cs) return;
    const name = nameOf(ctx.ix, order.corridor);
    pay(ctx, agent, a.capital, cause, ctx.explain ? `blocking ${name}` : "");
    cs.blockedBy = [...cs.blockedBy, agent].sort();
    if (ctx.explain)
      note(
        ctx,
        `corridors.${order.corridor}.blockedBy`,
        "",
        cs.blockedBy.join(","),
        cause,
        `${titleOf(ctx.ix, agent)} blocked ${name}: nothing moves on it until it reopens.`,
        [agent, ...users(ctx.state, ctx.ix, order.corridor)],
      );
    for (const u of users(ctx.state, ctx.ix, order.corridor)) {
      shiftRelation(
        ctx,
        agent,
        u,
        -a.relation,
        cause,
        ctx.explain ? `${nameOf(ctx.ix, agent)} blocked ${name}` : "",
      );
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
  allowed: (s, _rules, ix, agent, order) =>
    controls(ix, agent, order.corridor) && (s.corridors[order.corridor]?.blockedBy.includes(agent) ?? false),
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = reopenCorridor.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(reopenCorridor.cost(rules, first), ap, capital)) return;
    for (const order of list) if (reopenCorridor.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({
    ap: rules.actions["reopen-corridor"].ap,
    capital: rules.actions["reopen-corridor"].capital,
  }),
  flatCost: true,
  offersNone: (_rules, ix, agent) => controlledByRules(ix, agent).list.length === 0,
  candidates(s, _rules, ix, agent) {
    let out: Reopen[] = NONE;
    for (const c of controlledByRules(ix, agent).list) {
      if (s.corridors[c.id]?.blockedBy.includes(agent)) {
        if (out === NONE) out = [];
        out.push(c.reopen);
      }
    }
    return out;
  },
  key: (o) => `corridor:${o.corridor}`,
  apply(ctx, agent, order, index) {
    const cause = orderCause(agent, order, index);
    const cs = writable.corridor(ctx, order.corridor);
    if (!cs) return;
    const name = nameOf(ctx.ix, order.corridor);
    pay(
      ctx,
      agent,
      ctx.rules.actions["reopen-corridor"].capital,
      cause,
      ctx.explain ? `reopening ${name}` : "",
    );
    const before = ctx.explain ? cs.blockedBy.join(",") : "";
    cs.blockedBy = cs.blockedBy.filter((x) => x !== agent);
    if (ctx.explain)
      note(
        ctx,
        `corridors.${order.corridor}.blockedBy`,
        before,
        cs.blockedBy.join(","),
        cause,
        `${titleOf(ctx.ix, agent)} lifted its block on ${name}.`,
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
  allowed: (s, _rules, ix, agent, order) =>
    controls(ix, agent, order.corridor) && s.corridors[order.corridor]?.feeLevel !== order.level,
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = setTransitFee.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(setTransitFee.cost(rules, first), ap, capital)) return;
    for (const order of list) if (setTransitFee.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({
    ap: rules.actions["set-transit-fee"].ap,
    capital: rules.actions["set-transit-fee"].capital,
  }),
  flatCost: true,
  offersNone: (_rules, ix, agent) => controlledByRules(ix, agent).list.length === 0,
  candidates(s, _rules, ix, agent) {
    const mine = controlledByRules(ix, agent);
    if (hasAll(s, mine.list)) return mine.fees;
    const out: SetFee[] = [];
    for (const c of mine.list) if (s.corridors[c.id]) out.push(...c.fees);
    return out;
  },
  key: (o) => `fee:${o.corridor}`,
  apply(ctx, agent, order, index) {
    const a = ctx.rules.actions["set-transit-fee"];
    const cause = orderCause(agent, order, index);
    const cs = writable.corridor(ctx, order.corridor);
    if (!cs) return;
    const name = nameOf(ctx.ix, order.corridor);
    pay(ctx, agent, a.capital, cause, ctx.explain ? `setting fees on ${name}` : "");
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
        `${titleOf(ctx.ix, agent)} set the transit fee on ${name} to ${order.level} (×${mult}).`,
        [agent],
      );
    const raised = LEVELS.indexOf(order.level) > LEVELS.indexOf(before);
    const buyer = ctx.ix.buyer.get(order.corridor);
    if (raised && buyer)
      shiftRelation(
        ctx,
        agent,
        buyer,
        -a.relation,
        cause,
        ctx.explain ? `${nameOf(ctx.ix, agent)} raised fees on ${name}` : "",
      );
    outcome(ctx, agent, index, order, "applied", `Fee on ${name} set to ${order.level}.`);
  },
};
