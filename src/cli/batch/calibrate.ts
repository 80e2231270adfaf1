/**
 * The machine's own scaling right now, the ceiling for the batch runner's: a fixed pure-CPU loop
 * on one thread, then on two at once; and the batch's own games played by bare threads, with no
 * pool, messages or records between them.
 */
import { Worker } from "node:worker_threads";
import type { Job } from "./types.ts";
import type { WorkerInit } from "./worker-task.ts";

// Each thread posts the milliseconds its work took, timed inside it (thread start-up not counted);
// the message reads `x`, so that the loop cannot be optimised away.
const LOOP = `const { parentPort } = require("node:worker_threads");
const started = performance.now();
let x = 0;
for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0;
parentPort.postMessage(x === 0.5 ? 0 : performance.now() - started);`;

/** The slowest of `count` threads started at once: each posts the milliseconds its work took. */
function threads(count: number, start: () => Worker): Promise<number> {
  const one = () =>
    new Promise<number>((resolve, reject) => {
      const w = start();
      w.once("message", (ms: number) => void w.terminate().then(() => resolve(ms)));
      w.once("error", reject);
    });
  return Promise.all(Array.from({ length: count }, one)).then((ms) => Math.max(...ms));
}

/** How much faster two threads do twice the work of one, best of `rounds` of each. */
async function scaling(start: () => Worker, rounds: number): Promise<number> {
  let one = Number.POSITIVE_INFINITY;
  let two = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    one = Math.min(one, await threads(1, start));
    two = Math.min(two, await threads(2, start));
  }
  return (2 * one) / two;
}

/** How much faster two threads run a pure CPU loop twice than one runs it once (2.0 on two idle cores). */
export function cpuScaling(rounds = 2): Promise<number> {
  return scaling(() => new Worker(LOOP, { eval: true }), rounds);
}

const LOOP_THREAD = new URL("./loop.mjs", import.meta.url);

/**
 * How much faster two bare threads play twice the games of one (each plays `warm` untimed, then
 * `jobs`), best of `rounds`: what two cores give this work when nothing but the games runs
 * (memory and caches are shared, so it is below the pure loop's figure).
 */
export function gameScaling(init: WorkerInit, warm: Job[], jobs: Job[], rounds = 2): Promise<number> {
  return scaling(() => new Worker(LOOP_THREAD, { workerData: { init, warm, jobs } }), rounds);
}
