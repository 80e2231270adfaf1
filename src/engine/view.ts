/** What one agent may see, the game's scores, and the standings against par. */
import type { Rules } from "../rules/schema.ts";
import { round } from "./context.ts";
import type { AgentId, GameState, PlayerView, Score } from "./types.ts";

/**
 * The latest views `playerView` made, each with the state it was made from (a ring: the AI makes a
 * view for each agent each turn). A view holds its state's own fields, so it reads as its state
 * does: what was drawn against the view holds in the state (see `validateOrders`).
 */
const VIEWS = 16;
const views: (PlayerView | null)[] = new Array(VIEWS).fill(null);
const viewed: (GameState | null)[] = new Array(VIEWS).fill(null);
let viewNext = 0;

/** An agent's view: everything public, without the random generator or scheduled injects. */
export function playerView(state: GameState, agent: AgentId): PlayerView {
  const { rng: _rng, injects: _injects, ...rest } = state;
  const view: PlayerView = { ...rest, viewer: agent };
  const k = viewNext;
  viewNext = (k + 1) % VIEWS;
  views[k] = view;
  viewed[k] = state;
  return view;
}

/** The state one of the latest views was made from, or null for anything else. */
export function viewedState(view: object): GameState | null {
  for (let d = 1; d <= VIEWS; d++) {
    const k = (viewNext - d + VIEWS) % VIEWS;
    if (views[k] === view) return viewed[k] ?? null;
  }
  return null;
}

/** Each agent's latest turn score, and its mean over the turns played so far (the game score). */
export function scores(
  state: Pick<GameState, "scores" | "scoreSum" | "turn">,
): Record<AgentId, Score & { mean: number }> {
  const played = Math.max(1, state.turn - 1);
  const out: Record<AgentId, Score & { mean: number }> = {};
  for (const [a, sc] of Object.entries(state.scores)) {
    out[a] = { ...sc, mean: state.turn > 1 ? round((state.scoreSum[a] ?? 0) / played, 1) : sc.total };
  }
  return out;
}

/**
 * Each agent's game score after each turn played so far (the mean of its turn scores to then,
 * rounded as `scores` rounds it): the last value is its game score now.
 */
export function scoreCurves(state: Pick<GameState, "history">): Record<AgentId, number[]> {
  const sum: Record<AgentId, number> = {};
  const out: Record<AgentId, number[]> = {};
  state.history.forEach((h, i) => {
    for (const [a, total] of Object.entries(h.scores)) {
      const to = round((sum[a] ?? 0) + total, 1);
      sum[a] = to;
      const curve = out[a] ?? [];
      out[a] = curve;
      curve.push(round(to / (i + 1), 1));
    }
  });
  return out;
}

/** What a ranking reads of a state. */
type Scored = Pick<GameState, "scores" | "scoreSum" | "turn" | "scenario">;

/**
 * Each agent's par after `played` turns of `scenario`: the game score the Normal AI reaches with it
 * by then (`rules.par`, from `par.json`), or null when the rules give none for the scenario. A turn
 * past the end of a par curve is held to its last value.
 */
export function parAfter(
  rules: Pick<Rules, "par">,
  scenario: string,
  played: number,
): Record<AgentId, number> | null {
  const curves = rules.par[scenario];
  if (curves === undefined) return null;
  const out: Record<AgentId, number> = {};
  for (const [a, curve] of Object.entries(curves)) {
    const i = Math.min(Math.max(1, played), curve.length) - 1;
    out[a] = curve[i] ?? 0;
  }
  return out;
}

/** An agent's place in the standings: its scores, its par (null without one) and its score over par. */
export interface Standing {
  agent: AgentId;
  score: Score & { mean: number };
  par: number | null;
  /** The game score less par (the game score itself without a par): what the ranking sorts by. */
  margin: number;
}

/**
 * The agents best first. With a par for the scenario (see `parAfter`) they rank by how far their
 * game score is above it, so that every country can win whatever its goals; without one, by the
 * game score. Ties go in id order.
 */
export function standings(state: Scored, rules: Pick<Rules, "par">): Standing[] {
  const par = parAfter(rules, state.scenario, state.turn - 1);
  return Object.entries(scores(state))
    .map(([agent, score]): Standing => {
      const p = par?.[agent];
      return p === undefined
        ? { agent, score, par: null, margin: score.mean }
        : { agent, score, par: p, margin: round(score.mean - p, 1) };
    })
    .sort((a, b) => b.margin - a.margin || (a.agent < b.agent ? -1 : 1));
}

/** The agents in the standings' order, best first (see `standings`). */
export function ranking(state: Scored, rules: Pick<Rules, "par">): AgentId[] {
  return standings(state, rules).map((s) => s.agent);
}

/** The agent first in the standings (see `standings`). */
export function winner(state: Scored, rules: Pick<Rules, "par">): AgentId {
  return ranking(state, rules)[0] ?? "";
}

/** Whether every turn has been played. */
export const isGameOver = (state: Pick<GameState, "turn" | "turns">): boolean => state.turn > state.turns;
