/** The batch CLI's small parts: shard slices, seeds, CSV quoting, statistics, ordering. */
import { describe, expect, it } from "vitest";
import { csvField, csvLine, snake } from "../../src/cli/batch/csv.ts";
import { reorder } from "../../src/cli/batch/ordered.ts";
import { planJobs, shardRange } from "../../src/cli/batch/plan.ts";
import { meanCi, pairedDiff, quantiles, wilson } from "../../src/cli/batch/stats.ts";
import { parseCsv } from "./run-cli.ts";

describe("batch plan", () => {
  it("slices the (point, game) list into shards that cover it exactly once, in order", () => {
    for (const n of [1, 2, 3, 7, 40]) {
      const slices = Array.from({ length: n }, (_, i) => planJobs(3, 10, "s", { index: i, count: n }));
      expect(slices.flat().map((j) => j.global)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    }
    expect(shardRange(30, { index: 1, count: 4 })).toEqual([7, 15]);
  });

  it("gives game i of every sweep point the seed S:i", () => {
    const jobs = planJobs(2, 3, "paper", { index: 0, count: 1 });
    expect(jobs.map((j) => [j.point, j.game, j.seed])).toEqual([
      [0, 0, "paper:0"],
      [0, 1, "paper:1"],
      [0, 2, "paper:2"],
      [1, 0, "paper:0"],
      [1, 1, "paper:1"],
      [1, 2, "paper:2"],
    ]);
  });
});

describe("batch csv", () => {
  it("quotes fields with commas, quotes and line breaks (RFC 4180) and ends lines with CRLF", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(0.25)).toBe("0.25");
    const line = csvLine(["x", "y,z", 'q"', "l\nm"]);
    expect(line.endsWith("\r\n")).toBe(true);
    expect(parseCsv(line)).toEqual([["x", "y,z", 'q"', "l\nm"]]);
  });

  it("makes snake_case column names", () => {
    expect(snake("influenceRate")).toBe("influence_rate");
    expect(snake("corridors.tripp.capacity")).toBe("corridors_tripp_capacity");
    expect(snake("south-caucasus")).toBe("south_caucasus");
  });
});

describe("batch statistics", () => {
  it("gives a mean with a normal 95% interval", () => {
    const e = meanCi([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    expect(e.lo).toBeCloseTo(3 - 1.959964 * Math.sqrt(2.5 / 5), 6);
    expect(meanCi([7]).lo).toBeNull();
  });

  it("gives Wilson intervals for win rates, inside [0, 1] even at 0 and n", () => {
    const e = wilson(3, 10);
    expect(e.lo).toBeCloseTo(0.1078, 3);
    expect(e.hi).toBeCloseTo(0.6032, 3);
    expect(wilson(0, 10).lo).toBe(0);
    expect(wilson(10, 10).hi).toBeCloseTo(1, 12);
  });

  it("pairs values by position for differences, and interpolates quantiles", () => {
    expect(pairedDiff([1, 2, 3], [2, 4, 6]).mean).toBe(2);
    expect(quantiles([4, 1, 3, 2, 5], [0, 0.5, 0.9, 1])).toEqual([1, 3, 4.6, 5]);
  });
});

describe("batch ordering", () => {
  it("releases chunks in index order whatever order they finish in", () => {
    const out: number[] = [];
    const r = reorder<number>((items) => out.push(...items));
    r.push(2, [20]);
    r.push(0, [0]);
    expect(out).toEqual([0]);
    r.push(1, [10]);
    expect(out).toEqual([0, 10, 20]);
    r.push(4, [40]);
    r.drain();
    expect(out).toEqual([0, 10, 20, 40]);
  });
});
