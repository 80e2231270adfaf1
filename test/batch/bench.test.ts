/** The batch runner's lines in `npm run bench`: games and turns per second, and games a minute for AI policies. */
import { describe, expect, it } from "vitest";
import { benchBatch } from "../../src/cli/batch/bench.ts";

describe("benchBatch", () => {
  it("states games/s, turns/s and games a minute for an AI policy on each worker count", async () => {
    const lines = await benchBatch({
      policy: "greedy",
      games: 2,
      workers: [1],
      rounds: 1,
      warmUp: 0,
      scaling: false,
    });
    expect(lines[0]).toBe(
      "batch: 2 games of base-2026 (16 turns), greedy policy for every agent, best of 1 round",
    );
    expect(lines).toHaveLength(2);
    // A busy machine (CI runs test files side by side) adds a note on the CPU others used.
    const line =
      /^ {2}1 worker: ([\d.]+) games\/s \((\d+) turns\/s, (\d+) games a minute\)( \[other processes used \d+% of the CPUs meanwhile\])?$/;
    expect(lines[1]).toMatch(line);
    const m = line.exec(lines[1] ?? "");
    const [perSecond, turns, perMinute] = (m ?? []).slice(1).map(Number) as [number, number, number];
    expect(perSecond).toBeGreaterThan(0);
    expect(Math.abs(turns - perSecond * 16)).toBeLessThanOrEqual(1);
    expect(Math.abs(perMinute - perSecond * 60)).toBeLessThanOrEqual(1);
  }, 60_000);
});
