/** `npm run sim`: a random game as text, the same for the same seed; bad flags exit 2. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const sim = (...args: string[]) =>
  spawnSync("node", ["--import", "tsx", "src/cli/sim.ts", ...args], { encoding: "utf8" });

describe("sim CLI", () => {
  it("plays the turns asked for and prints scores and the state hash, the same for the same seed", () => {
    const a = sim("--scenario", "base-2026", "--seed", "7", "--turns", "4");
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/^Turn 4: /m);
    expect(a.stdout).not.toMatch(/^Turn 5: /m);
    expect(a.stdout).toMatch(/Final scores/);
    expect(a.stdout).toMatch(/^Winner: [a-z]+ \(the most over par\)$/m);
    const hash = a.stdout.match(/State hash: ([0-9a-f]{16})/)?.[1];
    expect(hash).toBeDefined();
    expect(sim("--scenario", "base-2026", "--seed", "7", "--turns", "4").stdout).toContain(
      `State hash: ${hash}`,
    );
    expect(sim("--scenario", "base-2026", "--seed", "8", "--turns", "4").stdout).not.toContain(
      `State hash: ${hash}`,
    );
  });
  it("explains every effect with --verbose", () => {
    const r = sim("--seed", "1", "--turns", "1", "--verbose");
    expect(r.stdout).toMatch(/\[rule:income\]/);
  });
  it("rejects bad flags with exit code 2 and a message naming the flag", () => {
    const r = sim("--turns", "zero");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--turns/);
    const s = sim("--scenario", "base-2062");
    expect(s.status).toBe(2);
    expect(s.stderr).toMatch(/unknown scenario "base-2062"/);
    expect(sim("--colour", "red").status).toBe(2);
  });
});
