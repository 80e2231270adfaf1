/**
 * The machine's own scaling right now, the ceiling for the batch runner's: a fixed pure-CPU loop
 * on one thread, then on two at once; and the batch's own games played by bare threads, with no
 * pool, messages or records between them.
 */
import { Worker } from "node:worker_threads";
import type { Job } from "./types.ts";
import type { WorkerInit } from "./worker-task.ts";

const LOOP = `const { parentPort } = require("node:worker_threads");
let x = 0;
for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0;
parentPort.postMessage(x);`;

function loops(threads: number): Promise<number> {
  const started = performance.now();
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(LOOP, { eval: true });
      w.once("message", () => void w.terminate().then(() => resolve()));
      w.once("error", reject);
    });
  return Promise.all(Array.from({ length: threads }, one)).then(() => performance.now() - started);
}

/** How much faster two threads do twice the work of one (2.0 on two idle cores), best of `rounds`. */
export async function cpuScaling(rounds = 2): Promise<number> {
  let one = Number.POSITIVE_INFINITY;
  let two = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    one = Math.min(one, await loops(1));
    two = Math.min(two, await loops(2));
  }
  return (2 * one) / two;
}

const LOOP_THREAD = new URL("./loop.mjs", import.meta.url);

/** Milliseconds for `threads` bare threads to each play `jobs` (after `warm`), all at once. */
function games(threads: number, init: WorkerInit, warm: Job[], jobs: Job[]): Promise<number> {
  const one = () =>
    new Promise<number>((resolve, reject) => {
      const w = new Worker(LOOP_THREAD, { workerData: { init, warm, jobs } });
      w.once("message", (ms: number) => void w.terminate().then(() => resolve(ms)));
      w.once("error", reject);
    });
  return Promise.all(Array.from({ length: threads }, one)).then((ms) => Math.max(...ms));
}

/**
 * How much faster two bare threads play twice the games of one, best of `rounds`: what two cores
 * give this work when nothing but the games runs (memory and caches are shared, so it is below
 * the pure loop's figure).
 */
export async function gameScaling(init: WorkerInit, warm: Job[], jobs: Job[], rounds = 2): Promise<number> {
  let one = Number.POSITIVE_INFINITY;
  let two = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    one = Math.min(one, await games(1, init, warm, jobs));
    two = Math.min(two, await games(2, init, warm, jobs));
  }
  return (2 * one) / two;
}
