/** The counts behind `npm run bench:floor`, and the flags of both benches. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { changedValues, countValues } from "../../src/cli/bench-floor.ts";

describe("bench:floor counts", () => {
  it("counts leaves and objects, arrays included", () => {
    expect(countValues({ a: 1, b: [2, { c: "x", d: null }], e: {} })).toEqual({ leaves: 4, objects: 4 });
    expect(countValues(7)).toEqual({ leaves: 1, objects: 0 });
  });

  it("counts the leaves that differ and the objects that are not shared with the state before", () => {
    const shared = { x: 1, y: [1, 2] };
    const before = { s: shared, t: { u: 1, v: 2 }, w: [1, 2, 3] };
    const after = { s: shared, t: { u: 1, v: 3 }, w: [0, 1, 2, 3] };
    // t.v changed; w shifted by one place, so all four items differ by position; t, w and the root are new.
    expect(changedValues(before, after)).toEqual({ leaves: 5, objects: 3 });
    expect(changedValues(before, before)).toEqual({ leaves: 0, objects: 0 });
  });
});

describe("bench flags", () => {
  const run = (file: string, ...args: string[]) =>
    spawnSync("node", ["--import", "tsx", `src/cli/${file}`, ...args], { encoding: "utf8" });

  it("refuse an unknown flag with exit code 2 and a message naming it, before measuring anything", () => {
    for (const file of ["bench.ts", "bench-floor.ts"]) {
      const r = run(file, "--engin");
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("'--engin'");
      expect(r.stdout).not.toContain("engine  ");
      expect(r.stdout).not.toContain("floor  ");
    }
    const help = run("bench.ts", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run bench -- \[--engine\] \[--quick\]/);
  });
});
