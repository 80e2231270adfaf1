/** A batch run: plan, play the games on a worker pool, write results in order, then summarise. */
import { collector } from "./digest.ts";
import { finish } from "./finish.ts";
import { watchInterrupts } from "./interrupt.ts";
import { reorder } from "./ordered.ts";
import { openResultFiles } from "./output.ts";
import { chunkSize, chunks } from "./plan.ts";
import { runChunks, startPool } from "./pool.ts";
import { type BatchPlan, preparePlan } from "./prepare.ts";
import { progressMode, startProgress } from "./progress.ts";
import type { BatchOptions, GameRecord } from "./types.ts";

/** Where a run writes its text. */
export interface BatchIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
}

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT). */
export const INTERRUPTED = 130;

/** Run the batch the options describe; resolves to the exit code. Throws UsageError for bad options. */
export async function runBatch(o: BatchOptions, io: BatchIo): Promise<number> {
  const plan = preparePlan(o);
  for (const w of plan.warnings) io.stderr.write(`${w}\n`);
  const started = performance.now();
  const played = await playAll(o, plan, io);
  const seconds = (performance.now() - started) / 1000;
  if (!o.quiet) {
    const shard = o.shard.count > 1 ? ` (shard ${o.shard.index}/${o.shard.count} of ${plan.total})` : "";
    io.stderr.write(
      `${played.games} of ${plan.jobs.length} games${shard} in ${seconds.toFixed(1)} s (${(played.games / seconds).toFixed(1)} games/s)\n`,
    );
  }
  finish(played.collected.result(), o.report, io.stdout);
  return played.interrupted ? INTERRUPTED : 0;
}

async function playAll(o: BatchOptions, plan: BatchPlan, io: BatchIo) {
  const files = openResultFiles(o, plan.shape, o.header);
  const collected = collector();
  let games = 0;
  const ordered = reorder<GameRecord>((records) => {
    files.write(records);
    collected.add(records);
    games += records.length;
  });
  const size = chunkSize(plan.jobs.length, o.workers, plan.cheap);
  const work = chunks(plan.jobs, size);
  const workers = Math.max(1, Math.min(o.workers, work.length));
  const pool = startPool(workers, { rules: plan.rules, setups: plan.setups });
  const control = watchInterrupts(io.stderr, () => void pool.destroy());
  const progress = startProgress(
    plan.jobs.length,
    progressMode(o.quiet, io.stderr.isTTY === true),
    io.stderr,
  );
  try {
    await runChunks(
      pool,
      work,
      workers * 2,
      (i, records) => {
        progress.tick(records.length);
        ordered.push(i, records);
      },
      control,
    );
  } finally {
    control.dispose();
    progress.stop();
    ordered.drain();
    files.close();
    await pool.destroy();
  }
  return { games, collected, interrupted: control.stopping() || control.forced() };
}
