/** Random legal play for the sim, the bench and tests: each agent packs random legal orders into its budget. */
import {
  createGame,
  type GameLog,
  type GameState,
  legalOrders,
  logTurn,
  newLog,
  type Order,
  type OrdersByAgent,
  orderCost,
  type Rules,
  resolveTurn,
  resumeRng,
  seedRng,
  type TurnReport,
} from "../engine/index.ts";

/** A random set of orders that fits the agent's action points and capital, drawn from its own stream. */
export function randomOrders(state: GameState, rules: Rules, agent: string, next: () => number): Order[] {
  const pool = legalOrders(state, rules, agent);
  const a = rules.agents.find((x) => x.id === agent);
  let ap = a?.actionPoints ?? 0;
  let capital = state.agents[agent]?.treasury ?? 0;
  const out: Order[] = [];
  const used = new Set<string>();
  for (let tries = 0; tries < 8 && pool.length > 0 && ap > 0; tries++) {
    const order = pool[Math.floor(next() * pool.length)];
    if (!order) continue;
    const cost = orderCost(rules, order);
    const key = JSON.stringify(order);
    if (cost.ap > ap || cost.capital > capital || used.has(key)) continue;
    used.add(key);
    out.push(order);
    ap -= cost.ap;
    capital -= cost.capital;
  }
  return out;
}

/** Every agent's random orders for this turn, each from a stream derived from (seed, agent, turn). */
export function randomTurn(state: GameState, rules: Rules): OrdersByAgent {
  const orders: OrdersByAgent = {};
  for (const a of rules.agents) {
    const rng = resumeRng(seedRng(`random:${state.seed}:${a.id}:${state.turn}`));
    orders[a.id] = randomOrders(state, rules, a.id, () => rng.next());
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
