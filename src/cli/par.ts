/**
 * `npm run par`: each scenario's par, the game score the Normal AI reaches with each country by
 * each turn (every country played by the Normal AI, the mean of seeded games), compared with
 * `rules/par.json`; `--write` writes it there. The game ranks the countries by their score less
 * their par (see the engine's `standings`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Rules } from "../engine/index.ts";
import type { ParFile } from "../rules/schema.ts";
import { loadRulesOrExit, usageError } from "./cli-support.ts";
import { runCurveJobs, type ScoreJob, SLICE, slices } from "./strength.ts";

/** Games a scenario's par is the mean of, and their seeds (the prefix and the game's number). */
export const PAR_GAMES = 100;
export const PAR_SEEDS = "par:";

/** Each agent's mean game score after each turn, to a tenth, over the games' curves. */
export function parFromCurves(curves: Record<string, number[]>[]): Record<string, number[]> {
  const sums: Record<string, number[]> = {};
  for (const game of curves)
    for (const [a, curve] of Object.entries(game)) {
      const sum = sums[a] ?? [];
      sums[a] = sum;
      curve.forEach((x, t) => {
        sum[t] = (sum[t] ?? 0) + x;
      });
    }
  const n = Math.max(1, curves.length);
  return Object.fromEntries(
    Object.entries(sums).map(([a, sum]) => [a, sum.map((x) => Math.round((x / n) * 10) / 10)]),
  );
}

/** The par of each of `scenarios` over `games` seeded games of the Normal AI, on `workers` threads. */
export async function measurePar(
  rules: Rules,
  scenarios: string[],
  games: number,
  workers: number,
  progress: (done: number, total: number) => void = () => {},
): Promise<ParFile> {
  const jobs: ScoreJob[] = scenarios.flatMap((scenario) => {
    const turns = rules.scenarios.find((s) => s.id === scenario)?.turns ?? 1;
    return slices({ agent: null, policy: "greedy", turns, scenario, seeds: PAR_SEEDS }, games, SLICE);
  });
  let done = 0;
  const results = await runCurveJobs(rules, jobs, Math.max(1, Math.min(workers, jobs.length)), (job) => {
    done += job.to - job.from;
    progress(done, games * scenarios.length);
  });
  const out: ParFile = { games, seeds: PAR_SEEDS, scenarios: {} };
  for (const scenario of scenarios) {
    const curves = results.filter((_, i) => jobs[i]?.scenario === scenario).flat();
    out.scenarios[scenario] = parFromCurves(curves);
  }
  return out;
}

/** `par.json`'s text: an agent's curve on one line, so that a change of par reads as a change of lines. */
export function parText(par: ParFile): string {
  const scenario = ([id, byAgent]: [string, Record<string, number[]>]) =>
    `    ${JSON.stringify(id)}: {\n${Object.entries(byAgent)
      .map(([a, curve]) => `      ${JSON.stringify(a)}: [${curve.join(", ")}]`)
      .join(",\n")}\n    }`;
  return `{\n  "games": ${par.games},\n  "seeds": ${JSON.stringify(par.seeds)},\n  "scenarios": {\n${Object.entries(par.scenarios).map(scenario).join(",\n")}\n  }\n}\n`;
}

/** The lines that differ between a measured par and the rules' (empty when they agree). */
export function parDifferences(measured: ParFile, rules: Pick<Rules, "par">): string[] {
  const out: string[] = [];
  for (const [scenario, byAgent] of Object.entries(measured.scenarios)) {
    const have = rules.par[scenario];
    if (have === undefined) {
      out.push(`${scenario}: no par in the rules`);
      continue;
    }
    for (const [a, curve] of Object.entries(byAgent)) {
      const old = have[a] ?? [];
      const turn = curve.findIndex((x, t) => old[t] !== x);
      if (turn >= 0 || old.length !== curve.length)
        out.push(
          `${scenario} ${a}: ${turn >= 0 ? `after turn ${turn + 1} the rules say ${old[turn] ?? "nothing"}, measured ${curve[turn]}` : `the rules give ${old.length} turns, measured ${curve.length}`}`,
        );
    }
  }
  return out;
}

const HELP = `Usage: npm run par -- [--write] [--scenario ID] [--games N] [--workers K] [--rules DIR]

Measures each scenario's par: the game score the Normal AI reaches with each country by each
turn, every country played by the Normal AI, the mean of N seeded games (seeds par:0, par:1, …).
The game ranks the countries by how far their game score is above their par. Prints the par at
the end of each scenario and whether rules/par.json agrees (exit 1 when it does not); --write
writes the measured par to par.json in the rules folder. Run it after a change to the rules, the
engine or the AI.

  --write        write the measured par to par.json (other scenarios' par is kept)
  --scenario ID  measure this scenario only (default: every scenario)
  --games N      games per scenario (default ${PAR_GAMES})
  --workers K    worker threads (default: one per core)
  --rules DIR    the rules folder (default rules)
  --help         this text`;

interface Flags {
  write: boolean;
  scenario: string | undefined;
  games: number;
  workers: number;
  rules: string;
}

function flags(): Flags {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      options: {
        write: { type: "boolean", default: false },
        scenario: { type: "string" },
        games: { type: "string" },
        workers: { type: "string" },
        rules: { type: "string", default: "rules" },
        help: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    usageError((e as Error).message, HELP);
  }
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const count = (name: string, fallback: number): number => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1)
      usageError(`--${name} must be a whole number of at least 1, not ${JSON.stringify(raw)}`, HELP);
    return n;
  };
  return {
    write: values.write === true,
    scenario: values.scenario as string | undefined,
    games: count("games", PAR_GAMES),
    workers: count("workers", availableParallelism()),
    rules: values.rules as string,
  };
}

async function main(): Promise<void> {
  const f = flags();
  const rules = loadRulesOrExit(f.rules);
  const ids = rules.scenarios.map((s) => s.id);
  if (f.scenario !== undefined && !ids.includes(f.scenario))
    usageError(`unknown scenario ${JSON.stringify(f.scenario)} (known: ${ids.join(", ")})`, HELP);
  const scenarios = f.scenario === undefined ? ids : [f.scenario];
  const started = Date.now();
  const measured = await measurePar(rules, scenarios, f.games, f.workers, (done, total) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${done} of ${total} games`);
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(
    `Par: ${f.games} games a scenario, seeds ${PAR_SEEDS}0 to ${PAR_SEEDS}${f.games - 1}, every country the Normal AI (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  for (const [scenario, byAgent] of Object.entries(measured.scenarios)) {
    const end = Object.entries(byAgent).map(([a, curve]) => `${a} ${curve.at(-1)}`);
    console.log(`  ${scenario}, at the end: ${end.join(" · ")}`);
  }
  const file = join(f.rules, "par.json");
  if (f.write) {
    const merged: ParFile = {
      games: f.games,
      seeds: PAR_SEEDS,
      scenarios: { ...(f.scenario === undefined ? {} : rules.par), ...measured.scenarios },
    };
    writeFileSync(file, parText(merged));
    console.log(`Wrote ${file}.`);
    return;
  }
  const differences = parDifferences(measured, rules);
  const games = readGames(file);
  if (games !== null && games !== f.games)
    differences.unshift(`${file} is the mean of ${games} games a scenario, this run of ${f.games}`);
  if (differences.length === 0) {
    console.log(`${file} agrees.`);
    return;
  }
  console.log(`${file} differs (npm run par -- --write to update it):`);
  for (const d of differences) console.log(`  ${d}`);
  process.exitCode = 1;
}

/** The `games` field of a par file, or null when there is none to read. */
function readGames(file: string): number | null {
  try {
    const json = JSON.parse(readFileSync(file, "utf8")) as { games?: unknown };
    return typeof json.games === "number" ? json.games : null;
  } catch {
    return null;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
