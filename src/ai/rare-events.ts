/**
 * Rare events in the planner's rollouts. A few futures drawn at the events' own odds rarely meet
 * an event with a 5% chance, yet such an event can decide a choice. In the tripp-crisis scenario
 * the US planner put its turn-1 money into an Uzbek project rather than TRIPP's capacity, which
 * wins in the futures it sampled; when a blockade or a flare-up then cut TRIPP, the capacity it
 * had not bought was what kept its rare earths moving, and it lost up to 12 points a game. So a
 * departure the planner would take is played again, with the default, in one future per rare
 * event in which that event fires this turn, and must still win when each of those futures is
 * weighed by its event's odds and the ordinary futures share the rest.
 */
import { eventOdds, type GameEvent, type GameState, type RngState, type Rules } from "../engine/index.ts";
import { seedWhere } from "./draws.ts";

/** An event that may fire on the turn being decided, with its odds then. */
export interface RareEvent {
  /** Its place in the rules' list of events: the engine draws once for each, in that order. */
  index: number;
  id: string;
  odds: number;
  /** Turns its passing effects (a corridor or a mine cut, export controls) last after it fires. */
  lasting: number;
}

/** Which events count as rare: odds at least `min` and at most `max` (data, difficulty.json). */
export interface RareSpec {
  min: number;
  max: number;
}

/**
 * The events that may fire on `s`'s turn with odds within `spec`, likeliest first (events on
 * cooldown cannot fire). Odds are read from the state the turn starts from; the turn's own orders
 * move them a little.
 */
export function rareEvents(s: GameState, rules: Rules, spec: RareSpec): RareEvent[] {
  const out: RareEvent[] = [];
  rules.events.forEach((e: GameEvent, index) => {
    const last = s.eventLast[e.id];
    if (last !== undefined && s.turn - last <= e.cooldown) return;
    const odds = eventOdds(s, rules, e);
    const lasting = Math.max(0, ...e.effects.map((x) => ("turns" in x ? x.turns : 0)));
    if (odds > 0 && odds >= spec.min && odds <= spec.max) out.push({ index, id: e.id, odds, lasting });
  });
  return out.sort((a, b) => b.odds - a.odds || a.index - b.index);
}

/**
 * A draw safely above an event's odds: the orders of the turn move the odds a little, and the
 * event must stay quiet whatever the candidate.
 */
const quietAbove = (odds: number): number => Math.min(0.99, 2 * odds + 0.01);

/**
 * A generator state, derived from `label`, whose first turn fires none of `rare` by chance: the
 * engine's event draws for them all land above their odds. Later turns draw as they fall.
 */
export function quietState(label: string, rare: RareEvent[]): RngState {
  const guard = new Map(rare.map((e) => [e.index, quietAbove(e.odds)]));
  const last = Math.max(-1, ...guard.keys());
  return seedWhere(label, 200, "events", (draws) => {
    for (let at = 0; at <= last; at++) if (draws.next() < (guard.get(at) ?? 0)) return 1;
    return 0;
  });
}

/**
 * How many turns a future in which `e` fires is played, so as to see the turn after its effects
 * pass: a rollout's last turn stands for the rest of the game, and a two-turn blockade counted as
 * if it lasted to the end would weigh several times what it costs. At least `horizon`, at most the
 * turns left; an effect that outlasts the game is left to stand.
 */
export function rareHorizon(e: RareEvent, horizon: number, left: number): number {
  return e.lasting + 2 <= left ? Math.max(horizon, e.lasting + 2) : Math.min(horizon, left);
}

/** The start of a future in which `event` fires on the first turn: an inject, its own draw quiet. */
export function forcedStart(start: GameState, rng: RngState, event: string): GameState {
  return { ...start, rng, injects: [...start.injects, { turn: start.turn, event }] };
}
