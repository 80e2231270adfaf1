/** `npm run par`: each scenario's par, measured; rules/par.json must be what it measures. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { playAiGame } from "../../src/ai/index.ts";
import { measurePar, PAR_SEEDS, parDifferences, parFromCurves, parText } from "../../src/cli/par.ts";
import { runCurveJobs, slices } from "../../src/cli/strength.ts";
import { scores } from "../../src/engine/index.ts";
import { RULES_DIR, tempRules } from "../rules/rules-fixture.ts";
import { shippedRules } from "../support/rules.ts";

const rules = shippedRules();
const par = (...args: string[]) =>
  spawnSync("node", ["--import", "tsx", "src/cli/par.ts", ...args], { encoding: "utf8" });

describe("par", () => {
  it("is the mean over the games of each agent's game score after each turn, to a tenth", () => {
    const curves = [
      { us: [40, 50], cn: [70, 60] },
      { us: [41, 55], cn: [71, 62.5] },
    ];
    expect(parFromCurves(curves)).toEqual({ us: [40.5, 52.5], cn: [70.5, 61.3] });
  });

  it("plays the Normal AI's games: a curve ends at the game score of the same seeded game", async () => {
    const [job] = slices(
      { agent: null, policy: "greedy", turns: 3, scenario: "ceasefire", seeds: PAR_SEEDS },
      1,
      1,
    );
    const [[curves]] = (await runCurveJobs(rules, [job!], 1)) as [[Record<string, number[]>]];
    const policies = Object.fromEntries(rules.agents.map((a) => [a.id, "greedy" as const]));
    const game = playAiGame(rules, { seed: `${PAR_SEEDS}0`, scenario: "ceasefire", turns: 3, policies });
    for (const a of rules.agents) {
      expect(curves[a.id]).toHaveLength(3);
      expect(curves[a.id]?.at(-1)).toBe(scores(game.state)[a.id]?.mean);
    }
  });

  it("of the shipped rules is what rules/par.json says, turn by turn", async () => {
    const file = JSON.parse(readFileSync(join(RULES_DIR, "par.json"), "utf8"));
    expect(file.seeds).toBe(PAR_SEEDS);
    const measured = await measurePar(
      rules,
      rules.scenarios.map((s) => s.id),
      file.games,
      2,
    );
    // When this fails, the rules, the engine or the AI changed how the Normal AI scores:
    // run `npm run par -- --write` and commit rules/par.json.
    expect(parDifferences(measured, rules)).toEqual([]);
    expect(Object.keys(rules.par).sort()).toEqual(rules.scenarios.map((s) => s.id).sort());
    // The file is written as the tool writes it.
    expect(readFileSync(join(RULES_DIR, "par.json"), "utf8")).toBe(parText(measured));
  }, 300_000);

  it("names each turn where a par differs", () => {
    const measured = { games: 2, seeds: PAR_SEEDS, scenarios: { ceasefire: { us: [50, 51], cn: [40] } } };
    const have = { par: { ceasefire: { us: [50, 52], cn: [40, 41] } } };
    expect(parDifferences(measured, have)).toEqual([
      "ceasefire us: after turn 2 the rules say 52, measured 51",
      "ceasefire cn: the rules give 2 turns, measured 1",
    ]);
    expect(parDifferences(measured, { par: {} })).toEqual(["ceasefire: no par in the rules"]);
  });

  it("writes par.json for one scenario, keeping the others', and the rules load it", () => {
    const dir = tempRules();
    const before = JSON.parse(readFileSync(join(dir, "par.json"), "utf8"));
    const r = par("--rules", dir, "--scenario", "ceasefire", "--games", "2", "--workers", "1", "--write");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}ceasefire, at the end: us [\d.]+ · ru /m);
    const after = JSON.parse(readFileSync(join(dir, "par.json"), "utf8"));
    expect(after.games).toBe(2);
    expect(after.scenarios["base-2026"]).toEqual(before.scenarios["base-2026"]);
    expect(after.scenarios.ceasefire).not.toEqual(before.scenarios.ceasefire);
    expect(after.scenarios.ceasefire.us).toHaveLength(16);
    // Measured again with the same games, it agrees (exit 0); with other games, it does not (exit 1).
    const same = par("--rules", dir, "--scenario", "ceasefire", "--games", "2", "--workers", "1");
    expect(same.status).toBe(0);
    expect(same.stdout).toContain("par.json agrees.");
    const other = par("--rules", dir, "--scenario", "ceasefire", "--games", "1", "--workers", "1");
    expect(other.status).toBe(1);
    expect(other.stdout).toContain("is the mean of 2 games a scenario, this run of 1");
  }, 120_000);

  it("refuses bad flags with exit code 2, naming the flag", () => {
    const games = par("--games", "0");
    expect(games.status).toBe(2);
    expect(games.stderr).toContain("--games must be a whole number of at least 1");
    const scenario = par("--scenario", "cease-fire");
    expect(scenario.status).toBe(2);
    expect(scenario.stderr).toContain('unknown scenario "cease-fire"');
    expect(par("--colour", "red").status).toBe(2);
  });
});
