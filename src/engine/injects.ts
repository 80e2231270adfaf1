/**
 * The facilitator's injects: events added during a game to fire in a coming turn's events phase,
 * whatever their odds. They are inputs, like orders: a game's log keeps them (`GameLog.injects`)
 * and `resolveTurn` takes a turn's through its `injects` option, so a replay fires them again.
 */

import { didYouMean } from "../rules/did-you-mean.ts";
import type { Rules } from "../rules/schema.ts";
import { indexRules } from "./rules-index.ts";
import type { GameLog, GameState, Inject } from "./types.ts";

/**
 * Why an inject cannot be added to the game at `state` (one sentence naming what is wrong), or
 * null if it can: the event must exist and the turn be a whole number from this turn to the last.
 * `scheduled` is what is already scheduled for the facilitator: an event fires at most once a turn.
 */
export function checkInject(
  state: GameState,
  rules: Rules,
  inject: unknown,
  scheduled: readonly Inject[] = [],
): string | null {
  if (typeof inject !== "object" || inject === null) return "An inject needs an event and a turn.";
  const { event, turn } = inject as Record<string, unknown>;
  if (typeof event !== "string" || event === "") return "An inject needs an event's id.";
  const ix = indexRules(rules);
  const e = ix.event.get(event);
  if (!e) {
    const hint = didYouMean(event, ix.event.keys());
    return `There is no event "${event}"${hint ? `: ${hint}` : "."}`;
  }
  if (state.turn > state.turns) return "The game is over: there is no turn left to inject an event into.";
  if (typeof turn !== "number" || !Number.isInteger(turn) || turn < state.turn || turn > state.turns)
    return `An inject's turn must be a whole number from ${state.turn} to ${state.turns}, not ${JSON.stringify(turn)}.`;
  if (scheduled.some((x) => x.event === event && x.turn === turn))
    return `${e.name} is already injected in turn ${turn}.`;
  if (state.injects.some((x) => x.event === event && x.turn === turn))
    return `${e.name} is already scheduled by the scenario in turn ${turn}.`;
  return null;
}

/** The ids of the events a log injects in a turn, in the order they were added. */
export function injectsIn(log: Pick<GameLog, "injects">, turn: number): string[] {
  const out: string[] = [];
  for (const x of log.injects ?? []) if (x.turn === turn) out.push(x.event);
  return out;
}
