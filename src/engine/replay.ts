/** Replaying a logged game: the same rules, seed and orders must give the same hash every turn. */
import type { Rules } from "../rules/schema.ts";
import { createGame } from "./create-game.ts";
import { injectsIn } from "./injects.ts";
import { resolveTurn } from "./resolve-turn.ts";
import type { GameLog, GameState, Inject, OrdersByAgent, TurnReport } from "./types.ts";

/**
 * Replay a log, with its injects, from the game's setup or from the log's `start`. `states[0]` is
 * where it starts and `states[i]` the state after its i-th turn; `mismatch` is the first turn (as
 * the game numbers it) whose hash differs from the log's, or null.
 */
export function replay(
  rules: Rules,
  log: GameLog,
): { states: GameState[]; reports: TurnReport[]; mismatch: number | null } {
  let state = log.start ?? createGame(rules, { seed: log.seed, scenario: log.scenario, turns: log.turns });
  const states = [state];
  const reports: TurnReport[] = [];
  let mismatch: number | null = null;
  log.orders.forEach((orders, i) => {
    const r = resolveTurn(state, rules, orders, { injects: injectsIn(log, state.turn) });
    state = r.state;
    states.push(state);
    reports.push(r.report);
    const expected = log.hashes[i];
    if (mismatch === null && expected !== undefined && expected !== r.report.hash) mismatch = r.report.turn;
  });
  return { states, reports, mismatch };
}

/** The turn a log's first orders were played in: 1, or its `start`'s turn. */
export function firstLoggedTurn(log: GameLog): number {
  return log.start?.turn ?? 1;
}

/** Start a log for a new game. */
export function newLog(scenario: string, seed: string, turns: number): GameLog {
  return { scenario, seed, turns, orders: [], hashes: [] };
}

/** Add a facilitator's inject to a log (returns a new log; check it first with `checkInject`). */
export function logInject(log: GameLog, inject: Inject): GameLog {
  return { ...log, injects: [...(log.injects ?? []), { turn: inject.turn, event: inject.event }] };
}

/** Take back a facilitator's inject, by its place in `log.injects` (returns a new log). */
export function unlogInject(log: GameLog, index: number): GameLog {
  const injects = (log.injects ?? []).filter((_, i) => i !== index);
  if (injects.length > 0) return { ...log, injects };
  const { injects: _gone, ...rest } = log;
  return rest;
}

/** Append a resolved turn to a log (returns a new log). */
export function logTurn(log: GameLog, orders: OrdersByAgent, hash: string): GameLog {
  return { ...log, orders: [...log.orders, orders], hashes: [...log.hashes, hash] };
}
