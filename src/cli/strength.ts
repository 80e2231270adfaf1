/**
 * The games behind the AI's strength table: one agent upgraded to a policy while the others play
 * greedy, seeded game by game, played in this thread or on worker threads (a game's result does
 * not depend on which thread plays it, so the table is the same for any number of workers).
 */
import Tinypool from "tinypool";
import { type PolicyName, playAiGame } from "../ai/index.ts";
import { type GameState, type Rules, scoreCurves, scores } from "../engine/index.ts";

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
  /** Give each agent's game score after every turn (`scoreCurves`), not only at the end. */
  curves?: boolean;
}

/** The job's games, played: the final state of each. */
function playJob(rules: Rules, job: ScoreJob): GameState[] {
  const { agent, policy, turns, scenario, budget } = job;
  const policies = Object.fromEntries(
    rules.agents.map((a) => [a.id, a.id === agent ? policy : "greedy"]),
  ) as Record<string, PolicyName>;
  const options = agent !== null && budget !== undefined ? { [agent]: { budget } } : {};
  const out: GameState[] = [];
  for (let g = job.from; g < job.to; g++)
    out.push(playAiGame(rules, { seed: `${job.seeds}${g}`, scenario, turns, policies, options }).state);
  return out;
}

/** Every agent's game score, game by game, for the job's games. */
export function upgradedScores(rules: Rules, job: ScoreJob): Record<string, number>[] {
  return playJob(rules, job).map((state) =>
    Object.fromEntries(Object.entries(scores(state)).map(([a, sc]) => [a, sc.mean])),
  );
}

/** Every agent's game score after each turn, game by game, for the job's games. */
export function curvesOf(rules: Rules, job: ScoreJob): Record<string, number[]>[] {
  return playJob(rules, job).map(scoreCurves);
}

/** Games per job given to a thread: small enough that two threads finish together. */
export const SLICE = 10;

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
export function runScoreJobs(
  rules: Rules,
  jobs: ScoreJob[],
  workers: number,
  progress: (job: ScoreJob) => void = () => {},
): Promise<Record<string, number>[][]> {
  const plain = jobs.map(({ curves: _curves, ...job }) => job);
  return runJobs(rules, plain, workers, upgradedScores, progress);
}

/** Each job's score curves (see `curvesOf`), in the jobs' order, as `runScoreJobs` runs them. */
export function runCurveJobs(
  rules: Rules,
  jobs: ScoreJob[],
  workers: number,
  progress: (job: ScoreJob) => void = () => {},
): Promise<Record<string, number[]>[][]> {
  const curved = jobs.map((job) => ({ ...job, curves: true }));
  return runJobs(rules, curved, workers, curvesOf, progress);
}

async function runJobs<T>(
  rules: Rules,
  jobs: ScoreJob[],
  workers: number,
  here: (rules: Rules, job: ScoreJob) => T,
  progress: (job: ScoreJob) => void,
): Promise<T[]> {
  if (workers <= 1)
    return jobs.map((job) => {
      const out = here(rules, job);
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
        (pool.run(job) as Promise<T>).then((out) => {
          progress(job);
          return out;
        }),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
