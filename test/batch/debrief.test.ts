/** `--debrief`: one game of a run, played again on its own, as the browser game's after-action report. */
import { afterAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/batch/args.ts";
import { UsageError } from "../../src/cli/batch/usage-error.ts";
import { runCli, tempDir } from "./run-cli.ts";

const tmp = tempDir();
afterAll(() => tmp.remove());

const message = (...argv: string[]): string => {
  try {
    parseArgs(argv, "rules");
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  return "";
};

/** The JSONL records of a run, by sweep point and game. */
function records(text: string): Map<string, { hashes: string[] }> {
  const out = new Map<string, { hashes: string[] }>();
  for (const line of text.trim().split("\n")) {
    const r = JSON.parse(line) as { manifest: { point: number; game: number }; hashes: string[] };
    out.set(`${r.manifest.point}:${r.manifest.game}`, r);
  }
  return out;
}

describe("batch --debrief", () => {
  it("reports the very game the run played, with its orders, the AI's reasons and the sweep point", async () => {
    const common = [
      "--turns",
      "3",
      "--seed",
      "deb",
      "--policy",
      "greedy",
      "--policy-us",
      "random",
      "--sweep",
      "model.influenceRate=0.1,0.3",
    ];
    const run = await runCli([...common, "--games", "3", "--quiet", "--out", tmp.path("run.jsonl")]);
    expect(run.code, run.stderr).toBe(0);
    const byGame = records(tmp.read("run.jsonl"));
    const debrief = await runCli([
      ...common,
      "--debrief",
      tmp.path("g2.html"),
      "--game",
      "2",
      "--point",
      "1",
    ]);
    expect(debrief.code, debrief.stderr).toBe(0);
    const hash = byGame.get("1:2")?.hashes.at(-1);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hash).not.toBe(byGame.get("0:2")?.hashes.at(-1));
    expect(debrief.stderr).toContain(`game 2 (seed deb:2): final hash ${hash}; debrief report in`);
    const html = tmp.read("g2.html");
    expect(html).toContain(`gives the state hash ${hash} after turn 3.`);
    expect(html).toContain(
      "Game 2 of a batch run with base seed deb (seed deb:2), sweep point 1: model.influenceRate = 0.3.",
    );
    expect(html).toContain("the random policy");
    expect(html).toContain("the greedy policy");
    expect(html).toContain("Turn 3");
    // The greedy AI's reasons name the goal each order serves.
    expect(html).toMatch(/<td class="muted">[^<]*\(goal: [^)]+\)/);
  });

  it("refuses flags that do not fit a single game's report, naming them", async () => {
    expect(message("--debrief", "x.html")).toBe(
      "--debrief needs --game N: the game of the run to report on (its seed is S:N)",
    );
    expect(message("--game", "3")).toBe("--game picks the game for --debrief; give --debrief FILE.html too");
    expect(message("--debrief", "x.html", "--game", "1", "--out", "a.jsonl", "--report", "r.html")).toBe(
      "--debrief plays one game and writes only its report; leave out --out, --report",
    );
    expect(message("--debrief", "x.html", "--game", "-1")).toMatch(
      /--game must be a whole number of at least 0/,
    );
    expect(message("--debrief", "x.html", "--game", "1", "--workers", "2")).toBe("");
    const run = await runCli([
      "--debrief",
      tmp.path("p.html"),
      "--game",
      "0",
      "--point",
      "2",
      "--turns",
      "1",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("batch: --point 2: the run has 1 sweep point (0)");
    const unwritable = await runCli([
      "--debrief",
      tmp.path("no/such/dir/x.html"),
      "--game",
      "0",
      "--turns",
      "1",
    ]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/--debrief .*x\.html: cannot write it/);
  });
});
