/** Random legal play for the sim, the bench and tests: every agent's random legal orders, turn after turn. */
import {
  createGame,
  type GameLog,
  type GameState,
  logTurn,
  newLog,
  type OrdersByAgent,
  type Rules,
  randomOrders,
  resolveTurn,
  resumeRng,
  seedRng,
  type TurnReport,
} from "../engine/index.ts";

/** Every agent's random orders for this turn, each from a stream derived from (seed, agent, turn). */
export function randomTurn(state: GameState, rules: Rules): OrdersByAgent {
  const orders: OrdersByAgent = {};
  for (const a of rules.agents) {
    orders[a.id] = randomOrders(
      state,
      rules,
      a.id,
      resumeRng(seedRng(`random:${state.seed}:${a.id}:${state.turn}`)),
    );
  }
  return orders;
}

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
