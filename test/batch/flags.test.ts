/** Bad flags get a clear message that names the flag, and exit code 2. */
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/batch/args.ts";
import { UsageError } from "../../src/cli/batch/usage-error.ts";
import { runCli, tempDir } from "./run-cli.ts";

const parse = (...argv: string[]) => parseArgs(argv, "rules");
const message = (...argv: string[]): string => {
  try {
    parse(...argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  return "";
};

describe("batch flags", () => {
  it("exits with 2 and names the flag for bad values, unknown flags, agents, policies and scenarios", async () => {
    const cases: [string[], string][] = [
      [["--games", "zero"], "--games must be a whole number of at least 1"],
      [["--gmaes", "3"], "unknown flag --gmaes; did you mean --games?"],
      [["--policy-xx", "random"], '--policy-xx: no agent "xx"'],
      [["--policy", "clever"], '--policy: unknown policy "clever"'],
      [["--scenario", "base-2062"], '--scenario: no scenario "base-2062"; did you mean "base-2026"?'],
      [["--shard", "3/3"], "--shard must be i/n with 0 <= i < n"],
    ];
    const runs = await Promise.all(cases.map(([args]) => runCli(args)));
    runs.forEach((run, i) => {
      expect(run.code, cases[i]?.[0].join(" ")).toBe(2);
      expect(run.stderr).toContain(cases[i]?.[1]);
    });
  });

  it("checks a scenario file against the rules and names what is wrong in it", async () => {
    const run = await runCli(["--scenario", "test/batch/fixtures/bad-scenario.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--scenario: test/batch/fixtures/bad-scenario.json is not a valid scenario");
    expect(run.stderr).toContain("trans-siberain");
  });

  it("prints the help with every flag, and exits with 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const flag of [
      "--games",
      "--seed",
      "--scenario",
      "--rules",
      "--turns",
      "--policy-XX",
      "--difficulty",
      "--workers",
      "--out",
      "--csv",
      "--turns-csv",
      "--report",
      "--shard",
      "--sweep",
      "--quiet",
      "--merge",
      "--no-header",
    ]) {
      expect(run.stdout).toContain(flag);
    }
  });

  it("parses values, agent policies in any case, and repeated sweeps", () => {
    const p = parse(
      "--games=5",
      "--seed",
      "s",
      "--policy-US",
      "random",
      "--sweep",
      "model.influenceRate=0.1, 0.2",
      "--sweep",
      "a.b=1",
      "--shard",
      "1/4",
    );
    if (p.help) throw new Error("help");
    expect(p.options).toMatchObject({
      games: 5,
      seed: "s",
      agentPolicies: { us: "random" },
      shard: { index: 1, count: 4 },
    });
    expect(p.options.sweeps).toEqual([
      { path: "model.influenceRate", values: [0.1, 0.2] },
      { path: "a.b", values: [1] },
    ]);
  });

  it("rejects malformed values with the flag's name", () => {
    expect(message("--workers", "0")).toContain("--workers must be a whole number of at least 1");
    expect(message("--turns", "2.5")).toContain("--turns must be a whole number");
    expect(message("--difficulty", "medium")).toContain("--difficulty must be easy, normal or hard");
    expect(message("--sweep", "model.influenceRate=0.1,x")).toContain(
      '--sweep model.influenceRate: "x" is not a number',
    );
    expect(message("--sweep", "model.influenceRate")).toContain("--sweep must be PATH=v1,v2");
    expect(message("--games", "3", "--games", "4")).toContain("--games is given 2 times");
    expect(message("--out")).toContain("--out needs a value");
    expect(message("stray")).toContain('unexpected argument "stray"');
    expect(message("--quiet=yes")).toContain("--quiet takes no value");
  });

  it("refuses to rebuild orders.csv from JSONL files written without orders", async () => {
    const tmp = tempDir();
    try {
      const run = await runCli([
        "--games",
        "2",
        "--turns",
        "1",
        "--policy",
        "random",
        "--quiet",
        "--out",
        tmp.path("r.jsonl"),
      ]);
      expect(run.code).toBe(0);
      const merge = await runCli(["--merge", tmp.path("r.jsonl"), "--orders-csv", tmp.path("o.csv")]);
      expect(merge.code).toBe(2);
      expect(merge.stderr).toContain(
        "batch: --orders-csv: the files hold no orders; the runs that wrote them need --orders-csv too",
      );
    } finally {
      tmp.remove();
    }
  });
});
