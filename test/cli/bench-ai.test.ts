/**
 * The AI bench: bad flags exit 2 with a message naming the flag, before any game is played; the
 * strength table's games give the same scores on any number of threads.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { verdict } from "../../src/cli/bench-ai.ts";
import { runScoreJobs, slices } from "../../src/cli/strength.ts";
import { rules } from "../ai/support.ts";

const benchAi = (...args: string[]) =>
  spawnSync("node", ["--import", "tsx", "src/cli/bench-ai.ts", ...args], { encoding: "utf8" });

describe("bench-ai CLI", () => {
  it("rejects bad flags with exit code 2 and a message naming the flag", () => {
    const games = benchAi("--games", "many");
    expect(games.status).toBe(2);
    expect(games.stderr).toMatch(/--games: expected a whole number/);
    const agents = benchAi("--agents", "us,xx");
    expect(agents.status).toBe(2);
    expect(agents.stderr).toMatch(/--agents: unknown agent "xx"/);
    const scenario = benchAi("--scenario", "base-2062");
    expect(scenario.status).toBe(2);
    expect(scenario.stderr).toMatch(/unknown scenario "base-2062"/);
    expect(benchAi("--budget", "-3").status).toBe(2);
    expect(benchAi("--colour", "red").status).toBe(2);
    const workers = benchAi("--workers", "0");
    expect(workers.status).toBe(2);
    expect(workers.stderr).toMatch(/--workers: expected a whole number from 1/);
  });
  it("prints its flags with --help", () => {
    const r = benchAi("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--games N/);
    expect(r.stdout).toMatch(/--workers N/);
  });
});

describe("strength games", () => {
  it("cuts a cell into slices that cover its games once, in order", () => {
    const cell = { agent: "mn", policy: "planner" as const, turns: 2, scenario: "base-2026", seeds: "s-" };
    const parts = slices(cell, 25, 10);
    expect(parts.map((p) => [p.from, p.to])).toEqual([
      [0, 10],
      [10, 20],
      [20, 25],
    ]);
    expect(parts.every((p) => p.agent === "mn" && p.policy === "planner")).toBe(true);
  });

  it("gives the same scores on worker threads as in this thread, in the jobs' order", async () => {
    const r = rules();
    const base = { turns: 2, scenario: "ceasefire", seeds: "workers-" };
    const jobs = [
      ...slices({ ...base, agent: null, policy: "greedy" }, 3, 2),
      ...slices({ ...base, agent: "mn", policy: "random" }, 3, 2),
      ...slices({ ...base, agent: "mn", policy: "planner" }, 3, 2),
    ];
    const here = await runScoreJobs(r, jobs, 1);
    const done: number[] = [];
    const threads = await runScoreJobs(r, jobs, 2, (job) => done.push(job.from));
    expect(threads).toEqual(here);
    expect(here.map((x) => x.length)).toEqual([2, 1, 2, 1, 2, 1]);
    expect(done.sort()).toEqual([0, 0, 0, 2, 2, 2]);
    // Random play scores differ from greedy's: the jobs were really played as given.
    expect(here[2]).not.toEqual(here[0]);
  });
});

describe("the strength verdict", () => {
  // Ten games: greedy 5 points above random throughout; the planner's differences from greedy vary.
  const random = [10, 12, 11, 13, 10, 12, 11, 13, 10, 12];
  const greedy = random.map((x) => x + 5);
  const planner = (d: number[]) => greedy.map((x, i) => x + (d[i] ?? 0));

  it("holds when both paired differences' intervals lie above zero", () => {
    expect(verdict({ random, greedy, planner: planner([1, 2, 1, 2, 1, 2, 1, 2, 1, 2]) })).toBe("holds");
  });
  it("says means only when the means are in order but an interval reaches zero", () => {
    expect(verdict({ random, greedy, planner: planner([3, -2, 3, -2, 3, -2, 3, -2, 3, -1]) })).toBe(
      "means only",
    );
  });
  it("says means reversed when a mean is below zero within the noise", () => {
    expect(verdict({ random, greedy, planner: planner([-3, 2, -3, 2, -3, 2, -3, 2, -3, 1]) })).toBe(
      "means reversed",
    );
  });
  it("says out of order when an interval lies below zero", () => {
    expect(verdict({ random, greedy, planner: planner([-1, -2, -1, -2, -1, -2, -1, -2, -1, -2]) })).toBe(
      "out of order",
    );
    expect(verdict({ random: greedy, greedy: random, planner: greedy })).toBe("out of order");
  });
});
