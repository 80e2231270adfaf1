/**
 * The games behind the AI's strength table: one agent upgraded to a policy while the others play
 * greedy, seeded game by game, played in this thread or on worker threads (a game's result does
 * not depend on which thread plays it, so the table is the same for any number of workers).
 */
import Tinypool from "tinypool";
import { type PolicyName, playAiGame } from "../ai/index.ts";
import { type Rules, scores } from "../engine/index.ts";

/** A slice of one cell of the table: games `from` to `to` − 1, seeded `seeds` and the game's number. */
export interface ScoreJob {
  /** The upgraded agent; null (or a greedy policy) has every agent play greedy, which serves every row. */
  agent: string | null;
  policy: PolicyName;
  from: number;
  to: number;
  turns: number;
  scenario: string;
  seeds: string;
  /** The planner's lookahead resolutions (default: difficulty.json's). */
  budget?: number;
}

/** Every agent's game score, game by game, for the job's games. */
export function upgradedScores(rules: Rules, job: ScoreJob): Record<string, number>[] {
  const { agent, policy, turns, scenario, budget } = job;
  const policies = Object.fromEntries(
    rules.agents.map((a) => [a.id, a.id === agent ? policy : "greedy"]),
  ) as Record<string, PolicyName>;
  const options = agent !== null && budget !== undefined ? { [agent]: { budget } } : {};
  const out: Record<string, number>[] = [];
  for (let g = job.from; g < job.to; g++) {
    const game = playAiGame(rules, { seed: `${job.seeds}${g}`, scenario, turns, policies, options });
    out.push(Object.fromEntries(Object.entries(scores(game.state)).map(([a, sc]) => [a, sc.mean])));
  }
  return out;
}

/** A cell's games cut into slices of at most `size`, so that threads share the work evenly. */
export function slices(cell: Omit<ScoreJob, "from" | "to">, games: number, size: number): ScoreJob[] {
  const out: ScoreJob[] = [];
  for (let from = 0; from < games; from += size)
    out.push({ ...cell, from, to: Math.min(games, from + size) });
  return out;
}

/** The .mjs shim that registers tsx in each worker thread before loading the TypeScript task. */
const WORKER = new URL("./bench-ai-worker.mjs", import.meta.url).href;

/**
 * Each job's scores, in the jobs' order, on `workers` threads (1: in this thread). `progress` is
 * given each job as it finishes.
 */
export async function runScoreJobs(
  rules: Rules,
  jobs: ScoreJob[],
  workers: number,
  progress: (job: ScoreJob) => void = () => {},
): Promise<Record<string, number>[][]> {
  if (workers <= 1)
    return jobs.map((job) => {
      const out = upgradedScores(rules, job);
      progress(job);
      return out;
    });
  const pool = new Tinypool({
    filename: WORKER,
    minThreads: workers,
    maxThreads: workers,
    workerData: rules,
  });
  try {
    return await Promise.all(
      jobs.map((job) =>
        (pool.run(job) as Promise<Record<string, number>[]>).then((out) => {
          progress(job);
          return out;
        }),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
