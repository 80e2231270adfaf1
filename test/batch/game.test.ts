/** One batch game, in process and on a worker thread: the same as the AI's reference game loop. */
import { describe, expect, it } from "vitest";
import { playAiGame } from "../../src/ai/index.ts";
import { parseArgs } from "../../src/cli/batch/args.ts";
import { gameScaling } from "../../src/cli/batch/calibrate.ts";
import { startPool } from "../../src/cli/batch/pool.ts";
import { preparePlan } from "../../src/cli/batch/prepare.ts";
import { runChunk, type WorkerInit } from "../../src/cli/batch/worker-task.ts";

function plan(...argv: string[]) {
  const parsed = parseArgs(["--games", "2", "--turns", "3", "--seed", "g", ...argv], "rules");
  if (parsed.help) throw new Error("help");
  return preparePlan(parsed.options);
}

describe("batch games", () => {
  it("plays each game exactly as the AI's playAiGame does, hash for hash", () => {
    const p = plan("--policy", "random", "--policy-us", "greedy");
    const init: WorkerInit = { rules: p.rules, setups: p.setups };
    const records = runChunk(p.jobs, init);
    for (const r of records) {
      const policies = { ...r.manifest.policies } as Record<string, "random" | "greedy" | "planner">;
      const ref = playAiGame(p.rules, { seed: r.manifest.seed, scenario: "base-2026", turns: 3, policies });
      expect(r.hashes).toEqual(ref.reports.map((x) => x.hash));
      expect(r.turns).toEqual(ref.state.history);
    }
  });

  it("runs on a worker thread through the tsx shim and gives the same records as in process", async () => {
    const p = plan("--policy", "random");
    const init: WorkerInit = { rules: p.rules, setups: p.setups };
    const pool = startPool(1, init);
    try {
      expect(await pool.run(p.jobs)).toEqual(runChunk(p.jobs, init));
    } finally {
      await pool.destroy();
    }
  });

  it("plays the bench's bare-thread games through the tsx shim (the ceiling it prints is a ratio of real times)", async () => {
    const p = plan("--policy", "random");
    const ratio = await gameScaling({ rules: p.rules, setups: p.setups }, [], p.jobs, 1);
    expect(Number.isFinite(ratio)).toBe(true);
    expect(ratio).toBeGreaterThan(0);
  });
});
