/** Playing one game of a batch: a new game, every agent's orders each turn from its policy, resolved to the end. */
import { createGame, isGameOver, type OrdersByAgent, type Rules, resolveTurn } from "./engine.ts";
import { playOrders } from "./policies.ts";
import { buildRecord, type PointSetup } from "./record.ts";
import type { GameRecord, Job, OrderRow } from "./types.ts";

/**
 * Play a job's game to the end and return its record. The same loop as the AI's `playAiGame`
 * (which the tests check hash for hash), without the effect explanations nobody reads here.
 */
export function playGame(rules: Rules, setup: PointSetup, job: Job): GameRecord {
  const opts = setup.turns === undefined ? {} : { turns: setup.turns };
  let state = createGame(rules, { seed: job.seed, scenario: setup.scenario, ...opts });
  const hashes: string[] = [];
  const kept: OrderRow[] | undefined = setup.orders ? [] : undefined;
  while (!isGameOver(state)) {
    const orders: OrdersByAgent = {};
    for (const agent of rules.agents) {
      const play = setup.plays[agent.id];
      if (play) orders[agent.id] = playOrders(play, state, rules, agent.id);
    }
    const next = resolveTurn(state, rules, orders, { explain: false });
    if (kept)
      for (const r of next.report.orders)
        kept.push({ turn: state.turn, agent: r.agent, index: r.index, order: r.order, outcome: r.outcome });
    state = next.state;
    hashes.push(next.report.hash);
  }
  return buildRecord(setup, job, state, rules, hashes, kept);
}
