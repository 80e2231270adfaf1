/** The machine's own scaling right now: a fixed pure-CPU loop on one thread, then on two at once. */
import { Worker } from "node:worker_threads";

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
