/** `sanction` and `lift-sanctions`: cut off trade with a target, or restore it. */

import type { Rules } from "../../rules/schema.ts";
import { nameOf, orderCause, outcome, type TurnContext, titleOf } from "../context.ts";
import { gateTrack } from "../gates.ts";
import { note, pay, shiftRelation } from "../ops.ts";
import type { AgentId, Cause } from "../types.ts";
import { writable } from "../working-copy.ts";
import { fits, type OrderKind, parseField, perAgent, perRules, refuse } from "./order-kind.ts";

type Sanction = { type: "sanction"; target: AgentId };
type Lift = { type: "lift-sanctions"; target: AgentId };
const sanctionCache = new WeakMap<Rules, Map<AgentId, Sanction[]>>();
const liftCache = new WeakMap<Rules, Map<AgentId, Lift>>();
const NONE: never[] = Object.freeze([]) as never[];

/** The lift-sanctions order for a target, shared when the target is one of the rules' agents. */
function liftOrder(rules: Rules, target: AgentId): Lift {
  const byTarget = perRules(liftCache, rules, () => {
    const m = new Map<AgentId, Lift>();
    for (const a of rules.agents)
      m.set(a.id, Object.freeze({ type: "lift-sanctions" as const, target: a.id }));
    return m;
  });
  return byTarget.get(target) ?? { type: "lift-sanctions", target };
}

/** Add or remove a target from an agent's sanctions (kept sorted), logging the change. */
function setSanction(
  ctx: TurnContext,
  agent: AgentId,
  target: AgentId,
  on: boolean,
  cause: Cause,
  text: string,
): void {
  const me = writable.agent(ctx, agent);
  if (!me) return;
  const before = ctx.explain ? me.sanctions.join(",") : "";
  me.sanctions = on ? [...me.sanctions, target].sort() : me.sanctions.filter((t) => t !== target);
  if (ctx.explain)
    note(ctx, `agents.${agent}.sanctions`, before, me.sanctions.join(","), cause, text, [agent, target]);
}

/** Impose sanctions: the target's cargo, and cargo through the target, cannot reach you. */
export const sanction: OrderKind<Sanction> = {
  type: "sanction",
  phase: "restrictions",
  parse: (raw) => parseField(raw, "target", (target) => ({ type: "sanction", target })),
  check(s, _rules, ix, agent, order) {
    if (!ix.agent.has(order.target)) return refuse("unknown-id", `There is no agent "${order.target}".`);
    if (order.target === agent) return refuse("not-allowed", "You cannot sanction yourself.");
    if (s.agents[agent]?.sanctions.includes(order.target)) {
      return refuse("no-effect", `You already sanction ${nameOf(ix, order.target)}.`);
    }
    return null;
  },
  allowed: (s, _rules, ix, agent, order) =>
    ix.agent.has(order.target) &&
    order.target !== agent &&
    !(s.agents[agent]?.sanctions.includes(order.target) ?? false),
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = sanction.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(sanction.cost(rules, first), ap, capital)) return;
    for (const order of list) if (sanction.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({ ap: rules.actions.sanction.ap, capital: rules.actions.sanction.capital }),
  flatCost: true,
  staticCandidates: true,
  candidates: (_s, rules, _ix, agent) =>
    perAgent(sanctionCache, rules, agent, () =>
      Object.freeze(
        rules.agents
          .filter((a) => a.id !== agent)
          .map((a) => Object.freeze({ type: "sanction" as const, target: a.id })),
      ),
    ) as Sanction[],
  key: (o) => `sanction:${o.target}`,
  apply(ctx, agent, order, index) {
    const cause = orderCause(agent, order, index);
    pay(ctx, agent, ctx.rules.actions.sanction.capital, cause, "sanctions");
    const target = nameOf(ctx.ix, order.target);
    const text = ctx.explain
      ? `${titleOf(ctx.ix, agent)} sanctioned ${target}: no cargo from or through ${target} reaches it.`
      : "";
    setSanction(ctx, agent, order.target, true, cause, text);
    shiftRelation(ctx, agent, order.target, -ctx.rules.actions.sanction.relation, cause, "sanctions");
    outcome(ctx, agent, index, order, "applied", `Sanctioned ${target}.`);
  },
};

/** Lift sanctions. While the Ukraine war is hot, US sanctions on Russia hold. */
export const liftSanctions: OrderKind<Lift> = {
  type: "lift-sanctions",
  phase: "restrictions",
  parse: (raw) => parseField(raw, "target", (target) => ({ type: "lift-sanctions", target })),
  check(s, rules, ix, agent, order) {
    if (!ix.agent.has(order.target)) return refuse("unknown-id", `There is no agent "${order.target}".`);
    if (!s.agents[agent]?.sanctions.includes(order.target)) {
      return refuse("no-effect", `You do not sanction ${nameOf(ix, order.target)}.`);
    }
    if (agent === "us" && order.target === "ru") {
      const gate = gateTrack(rules, s.tracks, "us-ru-sanctions-locked");
      if (gate) return refuse("gated", gate.text);
    }
    return null;
  },
  allowed(s, rules, ix, agent, order) {
    if (!ix.agent.has(order.target)) return false;
    if (!s.agents[agent]?.sanctions.includes(order.target)) return false;
    return !(agent === "us" && order.target === "ru" && gateTrack(rules, s.tracks, "us-ru-sanctions-locked"));
  },
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = liftSanctions.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(liftSanctions.cost(rules, first), ap, capital)) return;
    for (const order of list) if (liftSanctions.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({
    ap: rules.actions["lift-sanctions"].ap,
    capital: rules.actions["lift-sanctions"].capital,
  }),
  flatCost: true,
  candidates(s, rules, _ix, agent) {
    const targets = s.agents[agent]?.sanctions;
    if (targets === undefined || targets.length === 0) return NONE;
    const out: Lift[] = [];
    for (const target of targets) out.push(liftOrder(rules, target));
    return out;
  },
  key: (o) => `sanction:${o.target}`,
  apply(ctx, agent, order, index) {
    const cause = orderCause(agent, order, index);
    pay(ctx, agent, ctx.rules.actions["lift-sanctions"].capital, cause, "lifting sanctions");
    const target = nameOf(ctx.ix, order.target);
    setSanction(
      ctx,
      agent,
      order.target,
      false,
      cause,
      ctx.explain ? `${titleOf(ctx.ix, agent)} lifted its sanctions on ${target}.` : "",
    );
    shiftRelation(
      ctx,
      agent,
      order.target,
      ctx.rules.actions["lift-sanctions"].relation,
      cause,
      "sanctions lifted",
    );
    outcome(ctx, agent, index, order, "applied", `Lifted sanctions on ${target}.`);
  },
};
