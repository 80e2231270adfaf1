/**
 * The AI's figures for `npm run bench`: milliseconds per agent-turn for greedy and the planner,
 * and a strength table: each agent upgraded to random, greedy or planner while the others play
 * greedy, its mean goal score over seeded games with a 95% confidence interval, and the paired
 * differences (same seeds) greedy − random and planner − greedy with theirs.
 *
 * Run alone: `npm run bench:ai -- [--games N] [--turns N] [--scenario id] [--agents us,ru]
 * [--budget N (planner resolutions)] [--seeds prefix (default strength-)] [--speed-only]` (--help).
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { chooseOrders, type PolicyName, playAiGame } from "../ai/index.ts";
import { createGame, type GameState, type Rules, resolveTurn, scores } from "../engine/index.ts";
import { loadRulesOrExit, usageError } from "./cli-support.ts";

/** Options for `benchAi`. */
export interface BenchAiOptions {
  rules?: Rules;
  /** Seeded games per cell of the strength table (default 10). */
  games?: number;
  /** Turns per game (default 8). */
  turns?: number;
  scenario?: string;
  /** Agents in the strength table (default: all). */
  agents?: string[];
  /** Skip the strength table (speed only). */
  speedOnly?: boolean;
  /** The planner's budget of lookahead resolutions (default: difficulty.json's). */
  budget?: number;
  /** Game seeds are this prefix and the game's number (default `strength-`): check a change on other seeds. */
  seeds?: string;
}

const POLICIES: PolicyName[] = ["random", "greedy", "planner"];

/** Mean and half-width of a 95% confidence interval (normal approximation). */
export function meanCi(xs: number[]): { mean: number; ci: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, n);
  if (n < 2) return { mean, ci: Number.NaN };
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  return { mean, ci: (1.96 * sd) / Math.sqrt(n) };
}

/** Milliseconds per agent-turn of a policy, timed inside all-greedy games (the policy's choices are not played). */
export function timePolicy(
  rules: Rules,
  policy: PolicyName,
  games: number,
  turns: number,
  scenario: string,
  budget?: number,
): number[] {
  const times: number[] = [];
  for (let g = 0; g < games; g++) {
    let state: GameState = createGame(rules, { seed: `bench-ai-${g}`, scenario, turns });
    while (state.turn <= state.turns) {
      const orders: Record<string, unknown[]> = {};
      for (const a of rules.agents) {
        const t0 = performance.now();
        const mine = chooseOrders(policy, state, rules, a.id, budget === undefined ? {} : { budget });
        times.push(performance.now() - t0);
        orders[a.id] = (policy === "greedy" ? mine : chooseOrders("greedy", state, rules, a.id)).map(
          (c) => c.order,
        );
      }
      state = resolveTurn(state, rules, orders).state;
    }
  }
  return times;
}

/**
 * Every agent's game scores, game by game, when `agent` plays `policy` and the others greedy
 * (with `agent` null, or its policy greedy, all play greedy: one run serves every agent).
 */
export function upgradedScores(
  rules: Rules,
  agent: string | null,
  policy: PolicyName,
  games: number,
  turns: number,
  scenario: string,
  budget?: number,
  seeds = "strength-",
): Record<string, number>[] {
  const out: Record<string, number>[] = [];
  for (let g = 0; g < games; g++) {
    const policies = Object.fromEntries(
      rules.agents.map((a) => [a.id, a.id === agent ? policy : "greedy"]),
    ) as Record<string, PolicyName>;
    const options = agent !== null && budget !== undefined ? { [agent]: { budget } } : {};
    const game = playAiGame(rules, { seed: `${seeds}${g}`, scenario, turns, policies, options });
    out.push(Object.fromEntries(Object.entries(scores(game.state)).map(([a, sc]) => [a, sc.mean])));
  }
  return out;
}

/** One strength row: an agent's scores under each policy (paired by seed) and the differences. */
export function strengthRow(
  rules: Rules,
  agent: string,
  greedy: Record<string, number>[],
  opts: { games: number; turns: number; scenario: string; budget?: number; seeds?: string },
): { random: number[]; greedy: number[]; planner: number[] } {
  const { games, turns, scenario, budget, seeds } = opts;
  const mine = (rows: Record<string, number>[]) => rows.map((r) => r[agent] ?? 0);
  return {
    random: mine(upgradedScores(rules, agent, "random", games, turns, scenario, undefined, seeds)),
    greedy: mine(greedy),
    planner: mine(upgradedScores(rules, agent, "planner", games, turns, scenario, budget, seeds)),
  };
}

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–");

/** The AI bench as lines of text. */
export function benchAi(opts: BenchAiOptions = {}): string[] {
  const rules = opts.rules ?? loadRulesOrExit("rules");
  const scenario = opts.scenario ?? "base-2026";
  const turns = opts.turns ?? 8;
  const lines: string[] = [];
  timePolicy(rules, "greedy", 1, 3, scenario); // warm up the JIT
  for (const policy of ["greedy", "planner"] as const) {
    const budget = policy === "planner" ? opts.budget : undefined;
    const times = timePolicy(rules, policy, policy === "greedy" ? 3 : 1, turns, scenario, budget).sort(
      (a, b) => a - b,
    );
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
    const p90 = times[Math.floor(times.length * 0.9)] ?? 0;
    lines.push(
      `ai      ${policy.padEnd(7)} ${fmt(mean, 2)} ms per agent-turn (median ${fmt(median, 2)}, p90 ${fmt(p90, 2)}; ${times.length} agent-turns, ${scenario})`,
    );
  }
  return opts.speedOnly ? lines : [...lines, ...strengthLines(rules, scenario, turns, opts)];
}

/** Fewer games than this cannot separate a difference of half a point (game scores vary by about 3.5). */
const FEW = 60;

/** The strength table: per agent, each policy's mean ±CI and the paired differences by seed. */
function strengthLines(rules: Rules, scenario: string, turns: number, opts: BenchAiOptions): string[] {
  const games = opts.games ?? 10;
  const seeds = opts.seeds ?? "strength-";
  const lines = [
    `ai      strength: mean goal score of the upgraded agent, others greedy (${games} games of ${turns} turns, ${scenario}, seeds ${seeds}0…, planner budget ${opts.budget ?? "default"}, ±95% CI); paired differences by seed, games won; "holds": both differences' intervals above zero, "means only": the means in order but an interval reaching zero, "out of order": a mean difference below zero`,
    `ai        agent   ${POLICIES.map((p) => p.padEnd(13)).join("")}${["greedy−random", "planner−greedy"].map((p) => p.padEnd(22)).join("")}order`,
  ];
  const cell = (xs: number[]) => {
    const { mean, ci } = meanCi(xs);
    return `${fmt(mean)} ±${fmt(ci)}`.padEnd(13);
  };
  const diff = (a: number[], b: number[]) => {
    const { mean, ci } = meanCi(b.map((x, i) => x - (a[i] ?? 0)));
    const wins = b.filter((x, i) => x > (a[i] ?? 0)).length;
    return `${mean >= 0 ? "+" : ""}${fmt(mean, 2)} ±${fmt(ci, 2)} ${wins}/${b.length}`.padEnd(22);
  };
  const m = (xs: number[]) => meanCi(xs).mean;
  // Shown: each paired difference's 95% interval lies above zero; else the means alone are in order; else not.
  const above = (a: number[], b: number[]) => {
    const { mean, ci } = meanCi(b.map((x, i) => x - (a[i] ?? 0)));
    return mean - ci > 0;
  };
  if (games < FEW)
    lines.splice(
      1,
      0,
      `ai      ${games} games are a quick look: planner − greedy is under a point for several agents, and separating it takes about ${FEW * 4} games (--games; the figures in docs/ai.md)`,
    );
  const greedy = upgradedScores(rules, null, "greedy", games, turns, scenario, undefined, seeds);
  for (const agent of opts.agents ?? rules.agents.map((a) => a.id)) {
    const row = strengthRow(rules, agent, greedy, { games, turns, scenario, seeds, ...budgetOf(opts) });
    const shown = above(row.random, row.greedy) && above(row.greedy, row.planner);
    const ordered = m(row.random) < m(row.greedy) && m(row.greedy) < m(row.planner);
    const verdict = shown ? "holds" : ordered ? "means only" : "out of order";
    lines.push(
      `ai        ${agent.padEnd(7)} ${cell(row.random)}${cell(row.greedy)}${cell(row.planner)}${diff(row.random, row.greedy)}${diff(row.greedy, row.planner)}${verdict}`,
    );
  }
  return lines;
}

const budgetOf = (o: BenchAiOptions): { budget?: number } =>
  o.budget === undefined ? {} : { budget: o.budget };

const HELP = `Usage: npm run bench:ai -- [--games N] [--turns N] [--scenario ID]
  [--agents us,ru] [--budget N] [--seeds PREFIX] [--speed-only]

The AI's speed (ms per agent-turn) and strength table (each agent upgraded while the others play greedy).

  --games N        seeded games per cell of the strength table (default 10; 240 for the claims in docs/ai.md)
  --turns N        turns per game (default 8)
  --scenario ID    scenario id from the rules (default base-2026)
  --agents LIST    agents in the strength table, comma-separated (default all)
  --budget N       the planner's lookahead resolutions (default difficulty.json's)
  --seeds PREFIX   game seeds are PREFIX and the game's number (default strength-)
  --speed-only     skip the strength table`;

/** The options from the command line, or a usage error naming the flag. */
function cliOptions(rules: Rules): BenchAiOptions {
  let values: ReturnType<typeof parseArgs<{ options: typeof FLAGS; strict: true }>>["values"];
  try {
    values = parseArgs({ options: FLAGS, strict: true }).values;
  } catch (e) {
    usageError((e as Error).message, HELP);
  }
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const whole = (flag: string, text: string | undefined, min: number, max: number): number | undefined => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!(Number.isInteger(n) && n >= min && n <= max))
      usageError(`--${flag}: expected a whole number from ${min} to ${max}, got "${text}"`, HELP);
    return n;
  };
  const opts: BenchAiOptions = { speedOnly: values["speed-only"] === true };
  const games = whole("games", values.games, 2, 100000);
  const turns = whole("turns", values.turns, 1, 1000);
  const budget = whole("budget", values.budget, 1, 1000000);
  if (games !== undefined) opts.games = games;
  if (turns !== undefined) opts.turns = turns;
  if (budget !== undefined) opts.budget = budget;
  if (values.scenario !== undefined) {
    if (!rules.scenarios.some((x) => x.id === values.scenario))
      usageError(
        `--scenario: unknown scenario "${values.scenario}"; known: ${rules.scenarios.map((x) => x.id).join(", ")}`,
        HELP,
      );
    opts.scenario = values.scenario;
  }
  if (values.agents !== undefined) {
    const known = rules.agents.map((a) => a.id);
    const agents = values.agents.split(",");
    const unknown = agents.filter((a) => !known.includes(a));
    if (unknown.length > 0)
      usageError(`--agents: unknown agent "${unknown.join('", "')}"; known: ${known.join(", ")}`, HELP);
    opts.agents = agents;
  }
  if (values.seeds !== undefined) opts.seeds = values.seeds;
  return opts;
}

const FLAGS = {
  games: { type: "string" },
  turns: { type: "string" },
  scenario: { type: "string" },
  agents: { type: "string" },
  budget: { type: "string" },
  seeds: { type: "string" },
  "speed-only": { type: "boolean" },
  help: { type: "boolean" },
} as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rules = loadRulesOrExit("rules");
  for (const line of benchAi({ ...cliOptions(rules), rules })) console.log(line);
}
