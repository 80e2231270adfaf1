/** The task a pool worker runs: play a chunk of games. Loaded through worker.mjs, which registers tsx first. */
import Tinypool from "tinypool";
import type { Rules } from "./engine.ts";
import type { PointSetup } from "./record.ts";
import { playGame } from "./run-game.ts";
import { applyValues } from "./sweep.ts";
import type { GameRecord, Job } from "./types.ts";

/** What every worker is given once: the base rules and each sweep point's setup. */
export interface WorkerInit {
  rules: Rules;
  setups: PointSetup[];
}

const pointRules = new Map<number, Rules>();

function rulesFor(init: WorkerInit, point: number): Rules {
  let rules = pointRules.get(point);
  if (!rules) {
    rules = applyValues(init.rules, init.setups[point]?.sweep ?? {});
    pointRules.set(point, rules);
  }
  return rules;
}

/** Play every job of a chunk, in order, with the given init (the pool's workerData by default). */
export function runChunk(jobs: Job[], init: WorkerInit = Tinypool.workerData as WorkerInit): GameRecord[] {
  return jobs.map((job) => {
    const setup = init.setups[job.point];
    if (!setup) throw new Error(`no setup for sweep point ${job.point}`);
    try {
      return playGame(rulesFor(init, job.point), setup, job);
    } catch (e) {
      // Name the game, so that it can be replayed on its own.
      const why = e instanceof Error ? (e.stack ?? e.message) : String(e);
      throw new Error(`game ${job.game} of sweep point ${job.point} (seed ${job.seed}) failed: ${why}`);
    }
  });
}

/** Tinypool's entry point. */
export default function task(jobs: Job[]): GameRecord[] {
  return runChunk(jobs);
}
