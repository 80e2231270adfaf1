/** Random legal play for the sim, the bench and tests: every agent's random legal orders, turn after turn. */
import {
  createGame,
  type GameLog,
  type GameState,
  logTurn,
  newLog,
  type Rules,
  randomTurn,
  resolveTurn,
  type TurnReport,
} from "../engine/index.ts";

export { randomTurn };

/** Play a whole game of random legal orders. */
export function playRandomGame(
  rules: Rules,
  opts: { seed: string; scenario: string; turns?: number },
): { state: GameState; reports: TurnReport[]; log: GameLog } {
  let state = createGame(rules, opts);
  let log = newLog(state.scenario, state.seed, state.turns);
  const reports: TurnReport[] = [];
  while (state.turn <= state.turns) {
    const orders = randomTurn(state, rules);
    const r = resolveTurn(state, rules, orders);
    state = r.state;
    reports.push(r.report);
    log = logTurn(log, orders, r.report.hash);
  }
  return { state, reports, log };
}
