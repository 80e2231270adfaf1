/** A tinypool of worker threads playing chunks of games, with a bounded number of chunks in flight. */
import Tinypool from "tinypool";
import type { GameRecord, Job } from "./types.ts";
import type { WorkerInit } from "./worker-task.ts";

/** The .mjs shim that registers tsx in each worker thread before loading the TypeScript task. */
export const WORKER_SHIM = new URL("./worker.mjs", import.meta.url).href;

/** A pool of workers that each play chunks of games. */
export interface GamePool {
  run(chunk: Job[]): Promise<GameRecord[]>;
  destroy(): Promise<void>;
}

/** Start `workers` threads, each given the rules and sweep setups once. */
export function startPool(workers: number, init: WorkerInit): GamePool {
  const pool = new Tinypool({
    filename: WORKER_SHIM,
    minThreads: workers,
    maxThreads: workers,
    workerData: init,
  });
  return {
    run: (chunk) => pool.run(chunk) as Promise<GameRecord[]>,
    destroy: () => pool.destroy(),
  };
}

/** How the caller steers a run: whether to stop launching chunks, and whether a stop was forced. */
export interface RunControl {
  stopping(): boolean;
  forced(): boolean;
}

/**
 * Play chunks in order on the pool, at most `inFlight` at a time, calling `onDone(i, records)`
 * as each finishes (in any order). Once `stopping()` turns true no new chunk starts, so the
 * chunks done are always a prefix once those in flight finish. Rethrows a worker's error.
 */
export async function runChunks(
  pool: GamePool,
  chunks: Job[][],
  inFlight: number,
  onDone: (index: number, records: GameRecord[]) => void,
  control: RunControl,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: unknown = null;
  let next = 0;
  const launch = (index: number, chunk: Job[]) => {
    const p: Promise<void> = pool.run(chunk).then(
      (records) => {
        running.delete(p);
        onDone(index, records);
      },
      (error: unknown) => {
        running.delete(p);
        if (!control.forced()) failure ??= error;
      },
    );
    running.add(p);
  };
  while (failure === null && !control.stopping() && !control.forced()) {
    while (next < chunks.length && running.size < inFlight) launch(next, chunks[next++] ?? []);
    if (running.size === 0) break;
    await Promise.race(running);
  }
  await Promise.allSettled(running);
  if (failure !== null) throw failure;
}
