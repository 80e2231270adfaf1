/** Whole AI-versus-AI games, for batch runs and tests: every agent's orders chosen by its policy each turn. */
import {
  type AgentId,
  createGame,
  type GameLog,
  type GameState,
  logTurn,
  newLog,
  type OrdersByAgent,
  type Rules,
  resolveTurn,
  type TurnReport,
} from "../engine/index.ts";
import type { PolicyName } from "../rules/ai-schema.ts";
import { type ChooseOptions, chooseOrders } from "./choose.ts";
import type { AiOrder } from "./policy.ts";

/** A game to play. Agents missing from `policies` pass every turn. */
export interface AiGame {
  seed: string;
  scenario: string;
  /** Turns to play (the scenario's own by default). */
  turns?: number;
  policies: Record<AgentId, PolicyName>;
  /** Per-agent options: personality, budget, noise. */
  options?: Record<AgentId, ChooseOptions>;
}

/** A played game: the final state, every turn's report, the replayable log and the AI's choices. */
export interface PlayedGame {
  state: GameState;
  reports: TurnReport[];
  log: GameLog;
  /** Each turn's chosen orders with their rationales, by agent. */
  choices: Record<AgentId, AiOrder[]>[];
}

/** Play a game to the end with AI agents. */
export function playAiGame(rules: Rules, game: AiGame): PlayedGame {
  let state = createGame(
    rules,
    game.turns === undefined
      ? { seed: game.seed, scenario: game.scenario }
      : { seed: game.seed, scenario: game.scenario, turns: game.turns },
  );
  let log = newLog(state.scenario, state.seed, state.turns);
  const reports: TurnReport[] = [];
  const choices: Record<AgentId, AiOrder[]>[] = [];
  while (state.turn <= state.turns) {
    const chosen: Record<AgentId, AiOrder[]> = {};
    const orders: OrdersByAgent = {};
    for (const a of rules.agents) {
      const policy = game.policies[a.id];
      if (policy === undefined) continue;
      chosen[a.id] = chooseOrders(policy, state, rules, a.id, game.options?.[a.id]);
      orders[a.id] = (chosen[a.id] ?? []).map((c) => c.order);
    }
    const r = resolveTurn(state, rules, orders);
    state = r.state;
    reports.push(r.report);
    choices.push(chosen);
    log = logTurn(log, orders, r.report.hash);
  }
  return { state, reports, log, choices };
}
