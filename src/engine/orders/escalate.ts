/** `escalate`: raise the tension on a track (or erode a stability track). */

import type { Rules } from "../../rules/schema.ts";
import { nameOf, orderCause, outcome, titleOf } from "../context.ts";
import { pay, shiftRelation, shiftTrack } from "../ops.ts";
import { fits, type OrderKind, parseField, perRules, refuse } from "./order-kind.ts";

type Escalate = { type: "escalate"; track: string };
const candidateCache = new WeakMap<Rules, Escalate[]>();

/** Escalate a track. */
export const escalate: OrderKind<Escalate> = {
  type: "escalate",
  phase: "diplomacy",
  parse: (raw) => parseField(raw, "track", (track) => ({ type: "escalate", track })),
  check(s, _rules, ix, _agent, order) {
    const t = ix.track.get(order.track);
    if (!t) return refuse("unknown-id", `There is no track "${order.track}".`);
    const v = s.tracks[t.id] ?? 0;
    if (t.tension ? v >= 100 : v <= 0)
      return refuse("no-effect", `${titleOf(ix, t.id)} cannot get any worse.`);
    return null;
  },
  allowed(s, _rules, ix, _agent, order) {
    const t = ix.track.get(order.track);
    if (!t) return false;
    const v = s.tracks[t.id] ?? 0;
    return !(t.tension ? v >= 100 : v <= 0);
  },
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = escalate.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(escalate.cost(rules, first), ap, capital)) return;
    for (const order of list) if (escalate.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({ ap: rules.actions.escalate.ap, capital: rules.actions.escalate.capital }),
  flatCost: true,
  staticCandidates: true,
  candidates: (_s, rules) =>
    perRules(candidateCache, rules, () =>
      Object.freeze(rules.tracks.map((t) => Object.freeze({ type: "escalate" as const, track: t.id }))),
    ) as Escalate[],
  key: (o) => `track:${o.track}`,
  apply(ctx, agent, order, index) {
    const a = ctx.rules.actions.escalate;
    const cause = orderCause(agent, order, index);
    const t = ctx.ix.track.get(order.track);
    if (!t) return;
    // A tension track is escalated; a stability track (higher is calmer) is undermined.
    const verb = t.tension ? "escalated" : "undermined";
    const name = ctx.explain ? nameOf(ctx.ix, t.id) : "";
    pay(
      ctx,
      agent,
      a.capital,
      cause,
      ctx.explain ? `${t.tension ? "escalating" : "undermining"} ${name}` : "",
    );
    shiftTrack(
      ctx,
      t.id,
      t.tension ? a.effect : -a.effect,
      cause,
      ctx.explain ? `${nameOf(ctx.ix, agent)} ${verb} it` : "",
    );
    for (const p of t.parties) {
      if (p !== agent)
        shiftRelation(
          ctx,
          agent,
          p,
          -a.relation,
          cause,
          ctx.explain ? `${nameOf(ctx.ix, agent)} ${verb} ${name}` : "",
        );
    }
    const done = `${t.tension ? "Escalated" : "Undermined"} ${nameOf(ctx.ix, t.id)}.`;
    outcome(ctx, agent, index, order, "applied", done);
  },
};
