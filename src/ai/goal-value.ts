/** How much a state is worth to an agent: its goals, re-weighted by its personality, less its fear of crises. */
import {
  type AgentId,
  eventOdds,
  type GameState,
  indexRules,
  measureValue,
  type Objective,
  objectiveScore,
  type PlayerView,
  type Rules,
} from "../engine/index.ts";
import type { Personality } from "../rules/ai-schema.ts";

/** One objective in a state: its measure's value, its 0–100 score and its personal weight. */
export interface GoalRow {
  o: Objective;
  value: number;
  score: number;
  weight: number;
}

/** A state as the agent judges it. */
export interface Judgement {
  rows: GoalRow[];
  /** Personality-weighted goal score, 0–100, less the shared crisis and the agent's fear of one. */
  value: number;
}

type Readable = GameState | Omit<PlayerView, "viewer">;

/** The agent's objectives with their personal weights (goal weight × the personality's multiplier). */
export function personalWeights(
  rules: Rules,
  agent: AgentId,
  p: Personality,
): { o: Objective; weight: number }[] {
  return (rules.goals.agents[agent] ?? []).map((o) => ({
    o,
    weight: o.weight * (p.measures[o.measure] ?? 1),
  }));
}

/** Chance-weighted count of crisis events next turn (what a risk-averse agent fears). */
export function crisisExposure(s: Readable, rules: Rules): number {
  let sum = 0;
  for (const e of rules.events) if (e.crisis) sum += eventOdds(s, rules, e);
  return sum;
}

/** Judge a state for an agent with its personality. */
export function judge(s: Readable, rules: Rules, agent: AgentId, p: Personality): Judgement {
  const ix = indexRules(rules);
  let sum = 0;
  let weights = 0;
  const rows: GoalRow[] = personalWeights(rules, agent, p).map(({ o, weight }) => {
    const value = measureValue(s, ix, agent, o);
    const score = objectiveScore(value, o);
    sum += weight * score;
    weights += weight;
    return { o, value, score, weight };
  });
  const crisis = s.scores[agent]?.crisis ?? 0;
  const fear = Math.max(0, -p.risk) * crisisExposure(s, rules) * rules.goals.crisis.penalty;
  return { rows, value: (weights > 0 ? sum / weights : 0) - crisis - fear };
}

/** The goal points each objective adds between two judgements (weighted as in `judge`). */
export function rowGains(
  before: Judgement,
  after: Judgement,
): { row: GoalRow; from: GoalRow; gain: number }[] {
  const total = after.rows.reduce((a, r) => a + r.weight, 0) || 1;
  return after.rows.flatMap((row, i) => {
    const from = before.rows[i];
    return from ? [{ row, from, gain: (row.weight * (row.score - from.score)) / total }] : [];
  });
}
