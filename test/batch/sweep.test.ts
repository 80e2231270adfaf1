/** Sweeps: a swept rules value changes outcomes; paths are checked, with suggestions for typos. */
import { afterAll, describe, expect, it } from "vitest";
import { nearestPaths, numericPaths, sweepPoints } from "../../src/cli/batch/sweep.ts";
import { shippedRules } from "../support/rules.ts";
import { parseCsv, runCli, tempDir } from "./run-cli.ts";

const tmp = tempDir();
afterAll(() => tmp.remove());

describe("batch sweeps", () => {
  it("shows TRIPP's capacity in the US supply measures: none at capacity 0, much at 200", async () => {
    const run = await runCli([
      "--games",
      "4",
      "--turns",
      "3",
      "--seed",
      "sw",
      "--policy",
      "random",
      "--quiet",
      "--scenario",
      "tripp-crisis",
      "--sweep",
      "corridors.tripp.capacity=0,200",
      "--turns-csv",
      tmp.path("t.csv"),
    ]);
    expect(run.code).toBe(0);
    const [header = [], ...rows] = parseCsv(tmp.read("t.csv"));
    const col = (name: string) => header.indexOf(name);
    const mean = (point: string, name: string) => {
      const xs = rows.filter((r) => r[col("point")] === point).map((r) => Number(r[col(name)]));
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(header).toContain("sweep_corridors_tripp_capacity");
    expect(mean("1", "us_supply_security")).toBeGreaterThan(mean("0", "us_supply_security") + 10);
    expect(mean("1", "us_route_hhi")).toBeLessThan(mean("0", "us_route_hhi"));
    expect(run.stdout).toMatch(/Sweep point 0: corridors\.tripp\.capacity=0/);
    expect(run.stdout).toMatch(/Sweep point 1: corridors\.tripp\.capacity=200/);
    expect(run.stdout).toMatch(/Paired: point 1 − point 0 over 4 shared seeds/);
  });

  it("names the nearest valid paths for an unknown sweep path, and exits with 2", async () => {
    const run = await runCli(["--games", "1", "--sweep", "corridors.trip.capacity=10,30"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--sweep: no rules value at corridors.trip.capacity");
    expect(run.stderr).toContain("did you mean corridors.tripp.capacity");
  });

  it("warns when the scenario overrides the swept value, naming the path to sweep instead", async () => {
    const run = await runCli([
      "--games",
      "1",
      "--turns",
      "1",
      "--policy",
      "random",
      "--quiet",
      "--sweep",
      "corridors.tripp.capacity=10",
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("sweep scenarios.base-2026.corridors.tripp.capacity instead");
  });

  it("addresses array items by id and plain arrays by index", () => {
    const paths = numericPaths(shippedRules());
    expect(paths).toContain("corridors.tripp.capacity");
    expect(paths).toContain("model.influenceRate");
    expect(paths).toContain("actions.invest.amounts.0");
    expect(nearestPaths(shippedRules(), "model.influenceRat")[0]).toBe("model.influenceRate");
  });

  it("forms a grid from several sweeps, the first outermost", () => {
    const points = sweepPoints([
      { path: "a", values: [1, 2] },
      { path: "b", values: [10, 20, 30] },
    ]);
    expect(points.map((p) => p.values)).toEqual([
      { a: 1, b: 10 },
      { a: 1, b: 20 },
      { a: 1, b: 30 },
      { a: 2, b: 10 },
      { a: 2, b: 20 },
      { a: 2, b: 30 },
    ]);
  });
});
