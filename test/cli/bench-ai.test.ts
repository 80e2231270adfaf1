/** The AI bench's command line: bad flags exit 2 with a message naming the flag, before any game is played. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

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
  });
  it("prints its flags with --help", () => {
    const r = benchAi("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--games N/);
  });
});
