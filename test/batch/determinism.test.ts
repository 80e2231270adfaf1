/** A batch run's results do not depend on the number of workers or on sharding. */
import { afterAll, describe, expect, it } from "vitest";
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
];
const files = (name: string) => [
  tmp.read(`${name}.jsonl`),
  tmp.read(`${name}.csv`),
  tmp.read(`${name}-turns.csv`),
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
    const concat = [0, 1, 2].map((k) => joined.map((f) => f[k]).join(""));
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
