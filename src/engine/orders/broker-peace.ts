/** `broker-peace`: try to calm a tension track; the odds rise with the broker's relations with its parties. */

import type { Rules, Track } from "../../rules/schema.ts";
import { clamp, nameOf, orderCause, outcome, titleOf } from "../context.ts";
import { pay, shiftRelation, shiftTrack } from "../ops.ts";
import type { RulesIndex } from "../rules-index.ts";
import { fits, type OrderKind, parseField, perRules, refuse } from "./order-kind.ts";

type BrokerPeace = { type: "broker-peace"; track: string };
const candidateCache = new WeakMap<Rules, BrokerPeace[]>();

/** The chance that a broker's attempt on a track succeeds. */
export function peaceOdds(
  rules: Parameters<OrderKind["cost"]>[0],
  relations: Record<string, Record<string, number>>,
  agent: string,
  parties: readonly string[],
): number {
  const a = rules.actions["broker-peace"];
  const others = parties.filter((p) => p !== agent);
  const rel =
    others.length === 0 ? 100 : others.reduce((s, p) => s + (relations[agent]?.[p] ?? 0), 0) / others.length;
  return clamp(a.odds + a.relationOdds * rel, 0.02, 0.95);
}

/** Broker peace on a track. */
export const brokerPeace: OrderKind<BrokerPeace> = {
  type: "broker-peace",
  phase: "diplomacy",
  parse: (raw) => parseField(raw, "track", (track) => ({ type: "broker-peace", track })),
  check(s, _rules, ix, _agent, order) {
    const t = ix.track.get(order.track);
    if (!t) return refuse("unknown-id", `There is no track "${order.track}".`);
    const v = s.tracks[t.id] ?? 0;
    if (t.tension ? v <= 0 : v >= 100)
      return refuse("no-effect", `${titleOf(ix, t.id)} is already as calm as it gets.`);
    return null;
  },
  allowed(s, _rules, ix, _agent, order) {
    const t = ix.track.get(order.track);
    if (!t) return false;
    const v = s.tracks[t.id] ?? 0;
    return !(t.tension ? v <= 0 : v >= 100);
  },
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = brokerPeace.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(brokerPeace.cost(rules, first), ap, capital)) return;
    for (const order of list) if (brokerPeace.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({ ap: rules.actions["broker-peace"].ap, capital: rules.actions["broker-peace"].capital }),
  flatCost: true,
  staticCandidates: true,
  candidates: (_s, rules) =>
    perRules(candidateCache, rules, () =>
      Object.freeze(rules.tracks.map((t) => Object.freeze({ type: "broker-peace" as const, track: t.id }))),
    ) as BrokerPeace[],
  key: (o) => `track:${o.track}`,
  apply(ctx, agent, order, index) {
    const rules = ctx.rules.actions["broker-peace"];
    const cause = orderCause(agent, order, index);
    const t = ctx.ix.track.get(order.track);
    if (!t) return;
    pay(
      ctx,
      agent,
      rules.capital,
      cause,
      ctx.explain
        ? t.tension
          ? `peace talks on ${nameOf(ctx.ix, t.id)}`
          : `talks to shore up ${nameOf(ctx.ix, t.id)}`
        : "",
    );
    const odds = peaceOdds(ctx.rules, ctx.state.relations, agent, t.parties);
    const success = ctx.rng.next() < odds;
    for (const p of t.parties)
      shiftRelation(
        ctx,
        agent,
        p,
        rules.relation,
        cause,
        ctx.explain ? `${nameOf(ctx.ix, agent)} brokered talks` : "",
      );
    const pct = Math.round(odds * 100);
    if (success) {
      shiftTrack(
        ctx,
        t.id,
        t.tension ? -rules.effect : rules.effect,
        cause,
        ctx.explain ? `${nameOf(ctx.ix, agent)} brokered a deal` : "",
      );
      outcome(ctx, agent, index, order, "applied", `${talks(ctx.ix, t)} succeeded (${pct}% odds).`);
    } else {
      outcome(ctx, agent, index, order, "failed", `${talks(ctx.ix, t)} failed (${pct}% odds).`);
    }
  },
};

/** "Talks on the Ukraine war", "Talks to shore up South Caucasus stability" (a track where higher is calmer). */
function talks(ix: RulesIndex, t: Track): string {
  return t.tension ? `Talks on ${nameOf(ix, t.id)}` : `Talks to shore up ${nameOf(ix, t.id)}`;
}
