/** `escalate`: raise the tension on a track (or erode a stability track). */
import { nameOf, orderCause, outcome } from "../context.ts";
import { pay, shiftRelation, shiftTrack } from "../ops.ts";
import { type OrderKind, parseField, refuse } from "./order-kind.ts";

type Escalate = { type: "escalate"; track: string };

/** Escalate a track. */
export const escalate: OrderKind<Escalate> = {
  type: "escalate",
  phase: "diplomacy",
  parse: (raw) => parseField(raw, "track", (track) => ({ type: "escalate", track })),
  check(s, _rules, ix, _agent, order) {
    const t = ix.track.get(order.track);
    if (!t) return refuse("unknown-id", `There is no track "${order.track}".`);
    const v = s.tracks[t.id] ?? 0;
    if (t.tension ? v >= 100 : v <= 0) return refuse("no-effect", `${t.name} cannot get any worse.`);
    return null;
  },
  cost: (rules) => ({ ap: rules.actions.escalate.ap, capital: rules.actions.escalate.capital }),
  candidates: (_s, rules) => rules.tracks.map((t) => ({ type: "escalate", track: t.id })),
  key: (o) => `track:${o.track}`,
  apply(ctx, agent, order, index) {
    const a = ctx.rules.actions.escalate;
    const cause = orderCause(agent, order, index);
    const t = ctx.ix.track.get(order.track);
    if (!t) return;
    pay(ctx, agent, a.capital, cause, `escalating ${t.name}`);
    shiftTrack(ctx, t.id, t.tension ? a.effect : -a.effect, cause, `${nameOf(ctx.ix, agent)} escalated`);
    for (const p of t.parties) {
      if (p !== agent)
        shiftRelation(ctx, agent, p, -a.relation, cause, `${nameOf(ctx.ix, agent)} escalated ${t.name}`);
    }
    outcome(ctx, agent, index, order, "applied", `Escalated ${t.name}.`);
  },
};
