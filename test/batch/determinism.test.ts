/** A batch run's results do not depend on the number of workers or on sharding, and its games play the same in the browser. */
import { afterAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/batch/args.ts";
import { preparePlan } from "../../src/cli/batch/prepare.ts";
import { runChunk } from "../../src/cli/batch/worker-task.ts";
import { GameController } from "../../src/ui/controller.ts";
import { memoryStore } from "../../src/ui/storage.ts";
import { runCli, tempDir } from "./run-cli.ts";

const tmp = tempDir();
afterAll(() => tmp.remove());

const RUN = ["--games", "6", "--turns", "4", "--seed", "det", "--policy", "random", "--quiet"];
const SWEEP = ["--sweep", "model.influenceRate=0.1,0.3"];
const outputs = (name: string) => [
  "--out",
  tmp.path(`${name}.jsonl`),
  "--csv",
  tmp.path(`${name}.csv`),
  "--turns-csv",
  tmp.path(`${name}-turns.csv`),
  "--orders-csv",
  tmp.path(`${name}-orders.csv`),
];
const files = (name: string) => [
  tmp.read(`${name}.jsonl`),
  tmp.read(`${name}.csv`),
  tmp.read(`${name}-turns.csv`),
  tmp.read(`${name}-orders.csv`),
];

describe("batch determinism", () => {
  it("gives byte-identical outputs and summary with one worker and with two", async () => {
    const [one, two] = await Promise.all([
      runCli([...RUN, ...SWEEP, "--workers", "1", ...outputs("w1")]),
      runCli([...RUN, ...SWEEP, "--workers", "2", ...outputs("w2")]),
    ]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(files("w2")).toEqual(files("w1"));
    expect(two.stdout).toBe(one.stdout);
    expect(tmp.read("w1.jsonl").trim().split("\n")).toHaveLength(12);
  });

  it("gives shards that, concatenated in order, equal the whole run; --merge rebuilds it", async () => {
    const whole = await runCli([...RUN, ...SWEEP, "--workers", "2", ...outputs("whole")]);
    const shards = await Promise.all(
      [0, 1, 2].map((i) =>
        runCli([
          ...RUN,
          ...SWEEP,
          "--workers",
          "1",
          "--shard",
          `${i}/3`,
          ...(i > 0 ? ["--no-header"] : []),
          ...outputs(`s${i}`),
        ]),
      ),
    );
    expect(shards.map((s) => s.code)).toEqual([0, 0, 0]);
    const joined = [0, 1, 2].map((i) => files(`s${i}`));
    const concat = [0, 1, 2, 3].map((k) => joined.map((f) => f[k]).join(""));
    expect(concat).toEqual(files("whole"));
    const merged = await runCli([
      "--merge",
      tmp.path("s2.jsonl"),
      tmp.path("s0.jsonl"),
      tmp.path("s1.jsonl"),
      ...outputs("merged"),
    ]);
    expect(merged.code).toBe(0);
    expect(files("merged")).toEqual(files("whole"));
    expect(merged.stdout).toBe(whole.stdout);
  });
});

describe("a run's game in the browser", () => {
  it("is the spectator game with the seed S:N and every seat the AI at the run's difficulty", () => {
    const parsed = parseArgs(
      ["--games", "2", "--turns", "3", "--seed", "watch", "--difficulty", "easy"],
      "rules",
    );
    if (parsed.help) throw new Error("no options");
    const plan = preparePlan(parsed.options);
    const records = runChunk(plan.jobs, { rules: plan.rules, setups: plan.setups });
    const c = new GameController(plan.rules, memoryStore());
    const seats = Object.fromEntries(
      plan.rules.agents.map((a) => [a.id, { kind: "ai" as const, difficulty: "easy" as const }]),
    );
    expect(c.newGame({ scenario: plan.scenario, seed: "watch:1", turns: 3, seats })).toEqual([]);
    while (c.phase.kind !== "over") c.step();
    expect(c.reports.map((r) => r.hash)).toEqual(records[1]?.hashes);
    expect(records[1]?.hashes).not.toEqual(records[0]?.hashes);
  });
});
