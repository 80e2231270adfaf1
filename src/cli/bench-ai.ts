/**
 * The AI's figures for `npm run bench`: milliseconds per agent-turn for greedy and the planner,
 * and a strength table: each agent upgraded to random, greedy or planner while the others play
 * greedy, its mean goal score over seeded games with a 95% confidence interval, and the paired
 * differences (same seeds) greedy − random and planner − greedy with theirs.
 *
 * Run alone: `npm run bench:ai -- [--games N] [--turns N] [--scenario id] [--agents us,ru]
 * [--budget N (planner resolutions)] [--seeds prefix (default strength-)] [--workers N] [--speed-only]`
 * (--help).
 */
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { chooseOrders, type PolicyName } from "../ai/index.ts";
import { createGame, type GameState, type Rules, resolveTurn } from "../engine/index.ts";
import { loadRulesOrExit, usageError } from "./cli-support.ts";
import { runScoreJobs, type ScoreJob, SLICE, slices } from "./strength.ts";

/** Options for `benchAi`. */
export interface BenchAiOptions {
  rules?: Rules;
  /** Seeded games per cell of the strength table (default 240: see `GAMES`). */
  games?: number;
  /** Threads that play the strength table's games (default: one per core; 1 plays them in this thread). */
  workers?: number;
  /** Report progress on the strength table (done and total games) as it is played. */
  progress?: (done: number, total: number) => void;
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

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–");

/** The AI bench as lines of text. */
export async function benchAi(opts: BenchAiOptions = {}): Promise<string[]> {
  const rules = opts.rules ?? loadRulesOrExit("rules");
  const scenario = opts.scenario ?? "base-2026";
  const turns = opts.turns ?? 8;
  const lines: string[] = [];
  for (const policy of ["greedy", "planner"] as const) {
    const budget = policy === "planner" ? opts.budget : undefined;
    const games = policy === "greedy" ? 3 : 1;
    // Warm the JIT up on the same games first: a short warm-up left compilation in the figures
    // (greedy read 2.5–3.2 ms an agent-turn, and 1.1–1.3 ms on the same games played again).
    timePolicy(rules, policy, games, policy === "greedy" ? turns : Math.min(turns, 2), scenario, budget);
    const times = timePolicy(rules, policy, games, turns, scenario, budget).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
    const p90 = times[Math.floor(times.length * 0.9)] ?? 0;
    lines.push(
      `ai      ${policy.padEnd(7)} ${fmt(mean, 2)} ms per agent-turn (median ${fmt(median, 2)}, p90 ${fmt(p90, 2)}; ${times.length} agent-turns, ${scenario})`,
    );
  }
  return opts.speedOnly ? lines : [...lines, ...(await strengthLines(rules, scenario, turns, opts))];
}

/**
 * Games per cell by default: planner − greedy is under half a point for several agents, and one
 * game's paired difference for the US in 2026 has a standard deviation of 2.0 (docs/ai.md), so
 * 240 games give an interval of about ±0.25.
 */
export const GAMES = 240;

/** Fewer games than this cannot separate a difference of half a point (game scores vary by about 3.5). */
const FEW = 60;

/** The strength table: per agent, each policy's mean ±CI and the paired differences by seed. */
async function strengthLines(
  rules: Rules,
  scenario: string,
  turns: number,
  opts: BenchAiOptions,
): Promise<string[]> {
  const games = opts.games ?? GAMES;
  const seeds = opts.seeds ?? "strength-";
  const lines = [
    `ai      strength: mean goal score of the upgraded agent, others greedy (${games} games of ${turns} turns, ${scenario}, seeds ${seeds}0…, planner budget ${opts.budget ?? "default"}, ±95% CI); paired differences by seed, games won; "holds": both differences' intervals above zero, "means only": the means in order but an interval reaching zero, "means reversed": a mean difference below zero but its interval reaching above, "out of order": an interval below zero`,
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
  if (games < FEW)
    lines.splice(
      1,
      0,
      `ai      ${games} games are a quick look: planner − greedy is under a point for several agents, and separating it takes about ${FEW * 4} games (--games; the figures in docs/ai.md)`,
    );
  const agents = opts.agents ?? rules.agents.map((a) => a.id);
  // The cells: all greedy (every row's greedy column), then each agent as random and as the planner.
  const cells: Omit<ScoreJob, "from" | "to">[] = [
    { agent: null, policy: "greedy", turns, scenario, seeds },
    ...agents.flatMap((agent) =>
      (["random", "planner"] as const).map((policy) => ({
        agent,
        policy,
        turns,
        scenario,
        seeds,
        ...(policy === "planner" ? budgetOf(opts) : {}),
      })),
    ),
  ];
  const sliced = cells.map((c) => slices(c, games, SLICE));
  const jobs = sliced.flat();
  const workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), jobs.length));
  let played = 0;
  const results = await runScoreJobs(rules, jobs, workers, (job) => {
    played += job.to - job.from;
    opts.progress?.(played, games * cells.length);
  });
  // Every cell's games in order: its slices are consecutive among the jobs.
  const byCell: Record<string, number>[][] = [];
  let at = 0;
  for (const list of sliced) {
    byCell.push(results.slice(at, at + list.length).flat());
    at += list.length;
  }
  const column = (cell: number, agent: string) => (byCell[cell] ?? []).map((r) => r[agent] ?? 0);
  for (const [k, agent] of agents.entries()) {
    const row = {
      random: column(1 + 2 * k, agent),
      greedy: column(0, agent),
      planner: column(2 + 2 * k, agent),
    };
    lines.push(
      `ai        ${agent.padEnd(7)} ${cell(row.random)}${cell(row.greedy)}${cell(row.planner)}${diff(row.random, row.greedy)}${diff(row.greedy, row.planner)}${verdict(row)}`,
    );
  }
  return lines;
}

/**
 * Whether random < greedy < planner, from the paired differences game by game: "holds" when both
 * differences' 95% intervals lie above zero, "means only" when both means are above zero but an
 * interval reaches it, "out of order" when an interval lies below zero (shown worse), and "means
 * reversed" when a mean is below zero within the noise.
 */
export function verdict(row: { random: number[]; greedy: number[]; planner: number[] }): string {
  const paired = (a: number[], b: number[]) => meanCi(b.map((x, i) => x - (a[i] ?? 0)));
  const steps = [paired(row.random, row.greedy), paired(row.greedy, row.planner)];
  if (steps.every((d) => d.mean - d.ci > 0)) return "holds";
  if (steps.every((d) => d.mean > 0)) return "means only";
  if (steps.some((d) => d.mean + d.ci < 0)) return "out of order";
  return "means reversed";
}

const budgetOf = (o: BenchAiOptions): { budget?: number } =>
  o.budget === undefined ? {} : { budget: o.budget };

const HELP = `Usage: npm run bench:ai -- [--games N] [--turns N] [--scenario ID]
  [--agents us,ru] [--budget N] [--seeds PREFIX] [--workers N] [--speed-only]

The AI's speed (ms per agent-turn) and strength table (each agent upgraded while the others play greedy).

  --games N        seeded games per cell of the strength table (default ${GAMES}; 10 for a quick look)
  --turns N        turns per game (default 8)
  --scenario ID    scenario id from the rules (default base-2026)
  --agents LIST    agents in the strength table, comma-separated (default all)
  --budget N       the planner's lookahead resolutions (default difficulty.json's)
  --seeds PREFIX   game seeds are PREFIX and the game's number (default strength-)
  --workers N      threads that play the strength table's games (default one per core, here ${availableParallelism()})
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
  const workers = whole("workers", values.workers, 1, 256);
  if (games !== undefined) opts.games = games;
  if (workers !== undefined) opts.workers = workers;
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
  workers: { type: "string" },
  "speed-only": { type: "boolean" },
  help: { type: "boolean" },
} as const;

/** Progress on stderr, on a terminal only: `ai strength: 480 of 3600 games`. */
export function progressLine(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\rai      strength: ${done} of ${total} games${done === total ? "\n" : ""}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rules = loadRulesOrExit("rules");
  for (const line of await benchAi({ ...cliOptions(rules), rules, progress: progressLine }))
    console.log(line);
}
