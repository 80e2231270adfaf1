/** `benchBatch()`: games (and turns) per second of a batch run with one worker and with two, and the speed-up. */
import { cpus } from "node:os";
import { parseArgs } from "./args.ts";
import { cpuScaling, gameScaling } from "./calibrate.ts";
import { DEFAULT_RULES_DIR } from "./paths.ts";
import { chunkSize, chunks } from "./plan.ts";
import { type GamePool, runChunks, startPool } from "./pool.ts";
import { type BatchPlan, preparePlan } from "./prepare.ts";

/** What to measure: games per run, the policy (random by default: the least work per message), worker counts, rounds. */
export interface BenchOptions {
  games?: number;
  policy?: string;
  workers?: number[];
  rounds?: number;
  /** Seconds of throw-away play per pool before timing (default 3). */
  warmUp?: number;
  /** Also measure how two threads scale on this machine now (default true). */
  scaling?: boolean;
}

/** One timed run: games per second, and the share of the machine's CPU other processes used meanwhile. */
interface Sample {
  rate: number;
  others: number;
}

const NEVER = { stopping: () => false, forced: () => false };

/** Busy and total CPU time of the whole machine so far, ms. */
function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times: t } of cpus()) {
    busy += t.user + t.nice + t.sys + t.irq;
    total += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, total };
}

/** Play throw-away games on every worker for `seconds`, so the JIT has compiled the hot code before timing. */
async function warmUp(pool: GamePool, plan: BatchPlan, workers: number, seconds: number): Promise<void> {
  const until = performance.now() + seconds * 1000;
  const job = plan.jobs[0];
  if (!job) return;
  let n = 0;
  const next = () => [{ ...job, seed: `warm-up:${n++}` }];
  const stop = { stopping: () => performance.now() > until, forced: () => false };
  await runChunks(pool, Array.from({ length: 10_000 }, next), workers * 2, () => {}, stop);
}

/** Time a run on a pool of `workers` threads, after warming every worker up. */
async function sample(plan: BatchPlan, workers: number, warmSeconds: number): Promise<Sample> {
  const pool = startPool(workers, { rules: plan.rules, setups: plan.setups });
  try {
    await warmUp(pool, plan, workers, warmSeconds);
    const work = chunks(plan.jobs, chunkSize(plan.jobs.length, workers, plan.cheap));
    const [m0, c0, t0] = [machineTimes(), process.cpuUsage(), performance.now()];
    await runChunks(pool, work, workers * 2, () => {}, NEVER);
    const [m1, c1, t1] = [machineTimes(), process.cpuUsage(c0), performance.now()];
    const ours = (c1.user + c1.system) / 1000;
    const others = Math.max(0, m1.busy - m0.busy - ours) / Math.max(1, m1.total - m0.total);
    return { rate: plan.jobs.length / ((t1 - t0) / 1000), others };
  } finally {
    await pool.destroy();
  }
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Measure the batch runner's throughput and scaling; returns lines of text for `npm run bench`. */
export async function benchBatch(opts: BenchOptions = {}): Promise<string[]> {
  const policy = opts.policy ?? "random";
  const games = opts.games ?? (policy === "random" ? 600 : 16);
  const parsed = parseArgs(
    ["--games", String(games), "--policy", policy, "--seed", "bench"],
    DEFAULT_RULES_DIR,
  );
  if (parsed.help) return [];
  const plan = preparePlan(parsed.options);
  const counts = opts.workers ?? [1, 2];
  // Alternate the worker counts and keep each one's best round: noise from other processes only slows a run down.
  const best = counts.map(() => ({ rate: 0, others: 0 }));
  for (let round = 0; round < (opts.rounds ?? 2); round++) {
    for (const [i, w] of counts.entries()) {
      const s = await sample(plan, w, opts.warmUp ?? 3);
      if (s.rate > (best[i]?.rate ?? 0)) best[i] = s;
    }
  }
  const base = best[0]?.rate ?? 1;
  const turns = plan.rules.scenarios.find((s) => s.id === plan.scenario)?.turns ?? 0;
  const lines = [
    `batch: ${games} games of ${plan.scenario} (${turns} turns), ${policy} policy for every agent, best of ${opts.rounds ?? 2} round${opts.rounds === 1 ? "" : "s"}`,
    ...counts.map((w, i) => {
      const { rate, others } = best[i] ?? { rate: 0, others: 0 };
      const perMinute = policy === "random" ? "" : `, ${(rate * 60).toFixed(0)} games a minute`;
      const speedup = i === 0 ? "" : `, ${(rate / base).toFixed(2)}× one worker`;
      const noise = others > 0.1 ? ` [other processes used ${pct(others)} of the CPUs meanwhile]` : "";
      return `  ${w} worker${w === 1 ? "" : "s"}: ${rate.toFixed(2)} games/s (${(rate * turns).toFixed(0)} turns/s${perMinute})${speedup}${noise}`;
    }),
  ];
  if (opts.scaling === false) return lines;
  const ceiling = await cpuScaling();
  // The same games on bare threads: a share of the batch's jobs, after as many throw-away ones.
  const share = plan.jobs.slice(0, Math.min(plan.jobs.length, policy === "random" ? 200 : 4));
  const warm = share.map((j) => ({ ...j, seed: `warm-up:${j.seed}` }));
  const bare = await gameScaling({ rules: plan.rules, setups: plan.setups }, warm, share);
  const two = counts.indexOf(2);
  const runner = two > 0 ? (best[two]?.rate ?? 0) / base : 0;
  return [
    ...lines,
    `  for scale: a pure CPU loop on two threads runs ${ceiling.toFixed(2)}× one thread on this machine now (2.00 when two cores are free);`,
    `  ${share.length} of these games on two bare threads (no pool, no messages) run ${bare.toFixed(2)}× one thread${two > 0 ? `: the runner gets ${Math.round((100 * runner) / bare)}% of what two cores give this work` : ""}`,
  ];
}
