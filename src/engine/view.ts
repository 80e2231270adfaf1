/** What one agent may see, and the game's scores. */
import { round } from "./context.ts";
import type { AgentId, GameState, PlayerView, Score } from "./types.ts";

/** An agent's view: everything public, without the random generator or scheduled injects. */
export function playerView(state: GameState, agent: AgentId): PlayerView {
  const { rng: _rng, injects: _injects, ...rest } = state;
  return { ...rest, viewer: agent };
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

/** The agents by game score, best first (ties in id order): the ranking every view shows. */
export function ranking(state: Pick<GameState, "scores" | "scoreSum" | "turn">): AgentId[] {
  return Object.entries(scores(state))
    .sort((a, b) => b[1].mean - a[1].mean || (a[0] < b[0] ? -1 : 1))
    .map(([a]) => a);
}

/** The agent with the highest game score (ties go to the first in id order). */
export function winner(state: Pick<GameState, "scores" | "scoreSum" | "turn">): AgentId {
  return ranking(state)[0] ?? "";
}

/** Whether every turn has been played. */
export const isGameOver = (state: Pick<GameState, "turn" | "turns">): boolean => state.turn > state.turns;
