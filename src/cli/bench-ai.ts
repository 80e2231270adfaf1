/**
 * The AI's figures for `npm run bench`: milliseconds per agent-turn for greedy and the planner,
 * and a strength table: each agent upgraded to random, greedy or planner while the others play
 * greedy, its mean goal score over seeded games with a 95% confidence interval.
 *
 * Run alone: `node --import tsx src/cli/bench-ai.ts [--games N] [--turns N] [--scenario id] [--agents us,ru]`.
 */
import { performance } from "node:perf_hooks";
import { chooseOrders, type PolicyName, playAiGame } from "../ai/index.ts";
import { createGame, type GameState, type Rules, resolveTurn, scores } from "../engine/index.ts";
import { loadRulesOrExit } from "./cli-support.ts";

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
): number[] {
  const times: number[] = [];
  for (let g = 0; g < games; g++) {
    let state: GameState = createGame(rules, { seed: `bench-ai-${g}`, scenario, turns });
    while (state.turn <= state.turns) {
      const orders: Record<string, unknown[]> = {};
      for (const a of rules.agents) {
        const t0 = performance.now();
        const mine = chooseOrders(policy, state, rules, a.id);
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

/** An agent's game scores with one policy while every other agent plays greedy. */
export function upgradedScores(
  rules: Rules,
  agent: string,
  policy: PolicyName,
  games: number,
  turns: number,
  scenario: string,
): number[] {
  const out: number[] = [];
  for (let g = 0; g < games; g++) {
    const policies = Object.fromEntries(
      rules.agents.map((a) => [a.id, a.id === agent ? policy : "greedy"]),
    ) as Record<string, PolicyName>;
    const game = playAiGame(rules, { seed: `strength-${g}`, scenario, turns, policies });
    out.push(scores(game.state)[agent]?.mean ?? 0);
  }
  return out;
}

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–");

/** The AI bench as lines of text. */
export function benchAi(opts: BenchAiOptions = {}): string[] {
  const rules = opts.rules ?? loadRulesOrExit("rules");
  const scenario = opts.scenario ?? "base-2026";
  const turns = opts.turns ?? 8;
  const games = opts.games ?? 10;
  const lines: string[] = [];
  timePolicy(rules, "greedy", 1, 3, scenario); // warm up the JIT
  for (const policy of ["greedy", "planner"] as const) {
    const times = timePolicy(rules, policy, policy === "greedy" ? 3 : 1, turns, scenario).sort(
      (a, b) => a - b,
    );
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
    const p90 = times[Math.floor(times.length * 0.9)] ?? 0;
    lines.push(
      `ai      ${policy.padEnd(7)} ${fmt(mean, 2)} ms per agent-turn (median ${fmt(median, 2)}, p90 ${fmt(p90, 2)}; ${times.length} agent-turns, ${scenario})`,
    );
  }
  if (opts.speedOnly) return lines;
  lines.push(
    `ai      strength: mean goal score of the upgraded agent, others greedy (${games} games of ${turns} turns, ${scenario}, ±95% CI)`,
  );
  lines.push(`ai        agent   ${POLICIES.map((p) => p.padEnd(14)).join("")}`);
  for (const agent of opts.agents ?? rules.agents.map((a) => a.id)) {
    const cells = POLICIES.map((p) => {
      const { mean, ci } = meanCi(upgradedScores(rules, agent, p, games, turns, scenario));
      return `${fmt(mean)} ±${fmt(ci)}`.padEnd(14);
    });
    lines.push(`ai        ${agent.padEnd(7)} ${cells.join("")}`);
  }
  return lines;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const games = arg("games");
  const turns = arg("turns");
  const agents = arg("agents");
  const scenario = arg("scenario");
  const opts: BenchAiOptions = { speedOnly: process.argv.includes("--speed-only") };
  if (games !== undefined) opts.games = Number(games);
  if (turns !== undefined) opts.turns = Number(turns);
  if (agents !== undefined) opts.agents = agents.split(",");
  if (scenario !== undefined) opts.scenario = scenario;
  for (const line of benchAi(opts)) console.log(line);
}
