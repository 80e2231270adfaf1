/** Phase 6, events: seeded random events with track-dependent odds, scheduled injects, and the tracks' drift. */

import type { EventEffect, GameEvent, Rules } from "../../rules/schema.ts";
import { clamp, nameOf, possessive, record, round, setNumber, type TurnContext } from "../context.ts";
import { gateHolds } from "../gates.ts";
import { interdependence } from "../measures/compute.ts";
import { shiftRelation, shiftTrack } from "../ops.ts";
import type { Readable } from "../orders/order-kind.ts";
import type { Cause } from "../types.ts";
import { writable } from "../working-copy.ts";

const DRIFT: Cause = { type: "rule", rule: "track-drift" };

const controlsEvents = new WeakMap<GameEvent, boolean>();

/** Whether an event imposes export controls (such events grow likelier while a gate holds). */
function imposesControls(e: GameEvent): boolean {
  let hit = controlsEvents.get(e);
  if (hit === undefined) {
    hit = e.effects.some((x) => x.kind === "export-controls");
    controlsEvents.set(e, hit);
  }
  return hit;
}

/**
 * The chance an event fires this turn: base plus track terms, damped by the interdependence of a
 * pair. `controlsLikely` is whether the export-controls gate holds (computed here when not given).
 */
export function eventOdds(s: Readable, rules: Rules, e: GameEvent, controlsLikely?: boolean): number {
  let odds = e.odds;
  const terms = e.trackOdds;
  for (const t in terms) odds += (terms[t] as number) * (s.tracks[t] ?? 0);
  if (imposesControls(e) && (controlsLikely ?? gateHolds(rules, s.tracks, "export-controls-likely")))
    odds *= 2;
  if (e.damping) {
    const [a, b] = e.damping.agents;
    odds *= 1 - e.damping.weight * interdependence(s.measures.dep, a ?? "", b ?? "");
  }
  return clamp(odds, 0, 0.95);
}

// Scratch for `events` (a turn never yields, so these lists serve every turn).
const lastFired: (number | undefined)[] = [];
const due: string[] = [];

/**
 * Resolve random events, injects and drift. Every event's odds come from the state as the
 * measures left it, so that one event firing does not change the odds of the next this turn.
 */
export function events(ctx: TurnContext): void {
  const s = ctx.state;
  const list = ctx.rules.events;
  const likely = gateHolds(ctx.rules, s.tracks, "export-controls-likely");
  // The turn each event last fired, by position: one pass over the short table rather than a
  // lookup by id per event (most of which miss).
  lastFired.length = 0;
  for (let i = 0; i < list.length; i++) lastFired.push(undefined);
  for (const id in s.eventLast) {
    const i = ctx.ix.eventIndex.get(id);
    if (i !== undefined) lastFired[i] = s.eventLast[id];
  }
  const odds: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as GameEvent;
    const last = lastFired[i];
    odds.push(last !== undefined && s.turn - last <= e.cooldown ? -1 : eventOdds(s, ctx.rules, e, likely));
  }
  // An event scheduled this turn (by the scenario or the facilitator) fires once, as scheduled, and
  // not by its odds as well.
  due.length = 0;
  for (const inj of s.injects) if (inj.turn === s.turn) due.push(inj.event);
  for (const id of ctx.injected) due.push(id);
  for (let i = 0; i < list.length; i++) {
    const draw = ctx.rng.next(); // always drawn, so that the stream does not depend on cooldowns
    const e = list[i] as GameEvent;
    if (draw < (odds[i] as number) && !due.includes(e.id)) fire(ctx, e, false);
  }
  for (const inj of s.injects) {
    const e = ctx.ix.event.get(inj.event);
    if (inj.turn === s.turn && e) fire(ctx, e, true);
  }
  for (const id of ctx.injected) {
    const e = ctx.ix.event.get(id);
    if (e) fire(ctx, e, true, true);
  }
  for (const t of ctx.rules.tracks) {
    if (t.drift !== 0) shiftTrack(ctx, t.id, t.drift, DRIFT, "its own momentum");
  }
}

/** Fire an event now: log it and apply its effects. */
export function fire(ctx: TurnContext, e: GameEvent, scheduled: boolean, facilitator = false): void {
  writable.eventLast(ctx)[e.id] = ctx.state.turn;
  ctx.events.push(
    facilitator
      ? { event: e.id, name: e.name, text: e.text, scheduled, facilitator }
      : { event: e.id, name: e.name, text: e.text, scheduled },
  );
  const cause: Cause = { type: "event", event: e.id };
  for (const x of e.effects) applyEffect(ctx, x, cause, e.name);
}

function applyEffect(ctx: TurnContext, x: EventEffect, cause: Cause, why: string): void {
  const s = ctx.state;
  switch (x.kind) {
    case "track":
      shiftTrack(ctx, x.track, x.delta, cause, why);
      return;
    case "relation":
      shiftRelation(ctx, x.agents[0] ?? "", x.agents[1] ?? "", x.delta, cause, why);
      return;
    case "capital": {
      const me = writable.agent(ctx, x.agent);
      if (!me) return;
      setNumber(
        ctx,
        me as unknown as Record<string, number>,
        "treasury",
        me.treasury + x.delta,
        `agents.${x.agent}.treasury`,
        cause,
        `${why}: ${nameOf(ctx.ix, x.agent)} ${x.delta >= 0 ? "gained" : "lost"} ${Math.abs(x.delta)} $M.`,
        [x.agent],
      );
      return;
    }
    case "corridor-capacity":
    case "output": {
      const kind = x.kind;
      const target =
        kind === "output" ? (x as { place: string }).place : (x as { corridor: string }).corridor;
      const until = s.turn + x.turns;
      writable.modifiers(ctx).push({
        event: (cause as { event: string }).event,
        kind,
        target,
        factor: x.factor,
        from: s.turn + 1,
        until,
      });
      const what = kind === "output" ? "output" : "capacity";
      if (ctx.explain)
        record(
          ctx,
          `modifiers.${target}`,
          null,
          `×${x.factor}`,
          cause,
          `${why}: ${possessive(nameOf(ctx.ix, target))} ${what} is ×${x.factor} until turn ${until}.`,
          [],
        );
      return;
    }
    case "corridor-open": {
      if (!s.corridors[x.corridor] || s.corridors[x.corridor]?.status === "open") return;
      const cs = writable.corridor(ctx, x.corridor) as NonNullable<(typeof s.corridors)[string]>;
      cs.status = "open";
      if (ctx.explain)
        record(
          ctx,
          `corridors.${x.corridor}.status`,
          "closed",
          "open",
          cause,
          `${why}: ${nameOf(ctx.ix, x.corridor)} opened.`,
          [],
        );
      return;
    }
    case "export-controls": {
      const until = s.turn + x.turns;
      const controls = writable.exportControls(ctx);
      const from = controls[x.agent] ?? 0;
      controls[x.agent] = Math.max(from, until);
      if (ctx.explain)
        record(
          ctx,
          `exportControls.${x.agent}`,
          from,
          s.exportControls[x.agent] ?? 0,
          cause,
          `${why}: ${nameOf(ctx.ix, x.agent)} withholds processed rare earths until turn ${until}.`,
          [x.agent, "us"],
        );
      return;
    }
    case "influence": {
      const row = writable.influence(ctx, x.region);
      const others = Object.entries(row).reduce((a, [k, v]) => (k === x.agent ? a : a + v), 0);
      const to = clamp((row[x.agent] ?? 0) + x.delta, 0, ctx.rules.model.influenceCap - others);
      setNumber(
        ctx,
        row,
        x.agent,
        round(Math.max(0, to), 2),
        `influence.${x.region}.${x.agent}`,
        cause,
        `${why}: ${possessive(nameOf(ctx.ix, x.agent))} influence in ${nameOf(ctx.ix, x.region)} ${x.delta >= 0 ? "rose" : "fell"}.`,
        [x.agent],
      );
      return;
    }
  }
}
