/** Random legal play for the sim, the bench and tests: every agent's random legal orders, turn after turn. */
import {
  createGame,
  type GameLog,
  type GameState,
  logTurn,
  newLog,
  type OrdersByAgent,
  type RngState,
  type Rules,
  randomOrders,
  resolveTurn,
  resumeRng,
  seedRngs,
  type TurnReport,
} from "../engine/index.ts";

/** Every agent's random orders for this turn, each from a stream derived from (seed, agent, turn). */
export function randomTurn(state: GameState, rules: Rules): OrdersByAgent {
  const orders: OrdersByAgent = {};
  // Seeded together: the same streams as seeding each agent's alone, in less time.
  const streams = seedRngs(rules.agents.map((a) => `random:${state.seed}:${a.id}:${state.turn}`));
  for (let i = 0; i < rules.agents.length; i++) {
    const id = (rules.agents[i] as Rules["agents"][number]).id;
    orders[id] = randomOrders(state, rules, id, resumeRng(streams[i] as RngState));
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
