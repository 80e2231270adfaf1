// A bare thread for the batch bench's ceiling: it plays the games it is given, with no pool or
// records in between, and posts how long that took. Registers tsx first, like worker.mjs.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { runChunk } = await import("./worker-task.ts");
const { init, warm, jobs } = workerData;
runChunk(warm, init);
const started = performance.now();
runChunk(jobs, init);
parentPort.postMessage(performance.now() - started);
