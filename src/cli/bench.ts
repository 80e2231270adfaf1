/**
 * `npm run bench`: the engine's speed (µs per resolveTurn with random orders, random games per
 * second), then the AI's (its strength table over 240 games a cell, or 10 with `--quick`) and the
 * batch runner's figures. `npm run bench -- --engine`: the engine's only.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import {
  createGame,
  type GameState,
  type OrdersByAgent,
  type ResolveOptions,
  type Rules,
  resolveTurn,
} from "../engine/index.ts";
import { type BenchOptions, benchBatch } from "./batch/bench.ts";
import { benchAi, GAMES, progressLine } from "./bench-ai.ts";
import { loadRulesOrExit, usageError } from "./cli-support.ts";
import { randomTurn } from "./random-play.ts";

/** Rounds of each engine figure (the median is printed, with every round). */
const ROUNDS = 3;

/** The rounds' figures, e.g. "120.3 / 118.9 / 125.0". */
const rounds = (xs: number[], digits = 1): string => xs.map((x) => x.toFixed(digits)).join(" / ");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * Each agent's orders copied, order by order: orders the engine parses and checks in full, as a
 * player's are, where the orders `randomTurn` draws are known valid and accepted as they are.
 */
const copied = (orders: OrdersByAgent): OrdersByAgent => {
  const out: OrdersByAgent = {};
  for (const a in orders) out[a] = (orders[a] ?? []).map((o) => ({ ...(o as object) }));
  return out;
};

/**
 * Median and p90 µs per resolveTurn, timed inside random-order games played in sequence (each
 * turn resolves the state the previous one made, as a game does); drawing the orders is not timed.
 * With `checked`, each turn's orders are copied first (untimed), so that the call checks them.
 */
export function benchResolve(
  rules: Rules,
  opts: ResolveOptions = {},
  games = 200,
  turns = 16,
  checked = false,
): { median: number; p90: number; samples: number } {
  const times: number[] = [];
  eachRandomTurn(rules, "bench", games, turns, (state, drawn) => {
    const orders = checked ? copied(drawn) : drawn;
    const t0 = performance.now();
    const next = resolveTurn(state, rules, orders, opts).state;
    times.push((performance.now() - t0) * 1000);
    return next;
  });
  const sorted = [...times].sort((a, b) => a - b);
  return { median: median(times), p90: sorted[Math.floor(sorted.length * 0.9)] ?? 0, samples: times.length };
}

/** Play `games` random-order games in sequence; `resolve` turns each state and its drawn orders into the next. */
function eachRandomTurn(
  rules: Rules,
  prefix: string,
  games: number,
  turns: number,
  resolve: (state: GameState, orders: OrdersByAgent) => GameState,
): void {
  for (let g = 0; g < games; g++) {
    let state = createGame(rules, { seed: `${prefix}-${g}`, scenario: "base-2026", turns });
    while (state.turn <= state.turns) state = resolve(state, randomTurn(state, rules));
  }
}

/**
 * Where a turn's time goes: mean µs per stage of resolveTurn (validation, the working copy, each
 * phase, the report with its hash), over random-order games played in sequence.
 */
export function benchStages(
  rules: Rules,
  opts: ResolveOptions,
  games = 100,
  turns = 16,
  checked = false,
): Record<string, number> {
  const spent: Record<string, number> = {};
  const timing = { clock: () => performance.now(), spent };
  let n = 0;
  eachRandomTurn(rules, "stages", games, turns, (state, orders) => {
    n++;
    return resolveTurn(state, rules, checked ? copied(orders) : orders, { ...opts, timing }).state;
  });
  return Object.fromEntries(Object.entries(spent).map(([k, ms]) => [k, (ms * 1000) / n]));
}

/** Random-order games of 16 turns per second on one core, order drawing included. */
export function benchGames(
  rules: Rules,
  opts: ResolveOptions,
  seconds = 3,
): { games: number; perSecond: number } {
  const t0 = performance.now();
  let games = 0;
  while (performance.now() - t0 < seconds * 1000) {
    let state = createGame(rules, { seed: `games-${games}`, scenario: "base-2026", turns: 16 });
    while (state.turn <= state.turns) state = resolveTurn(state, rules, randomTurn(state, rules), opts).state;
    games++;
  }
  return { games, perSecond: games / ((performance.now() - t0) / 1000) };
}

const HELP = `Usage: npm run bench -- [--engine] [--quick]

The engine's speed (µs per resolveTurn four ways, where a turn's time goes, random games a
second), the AI's speed and its strength table in 2026, and the batch runner's games a second with
the random, greedy and planner policies on one worker and two.

  --engine   the engine's lines only (seconds)
  --quick    a strength table of 10 games a cell instead of 240 (a look, not a verdict)
  --help     this text`;

/** The bench's flags; a usage error (exit 2) for anything else. */
function flags(): { engine: boolean; quick: boolean } {
  try {
    const { values } = parseArgs({
      options: {
        engine: { type: "boolean", default: false },
        quick: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(HELP);
      process.exit(0);
    }
    return { engine: values.engine, quick: values.quick };
  } catch (e) {
    usageError((e as Error).message, HELP);
  }
}

async function main(): Promise<void> {
  const { engine, quick } = flags();
  const rules = loadRulesOrExit("rules");
  // The drawn orders are known valid and not checked again; the last mode copies them first, so
  // that the call checks them as it checks a player's.
  const modes: [string, ResolveOptions, boolean][] = [
    ["as the game calls it (explanations and hash)", {}, false],
    ["as the batch runner calls it (hash, no explanations)", { explain: false }, false],
    ["as AI lookahead calls it (state only)", { explain: false, hash: false }, false],
    ["as the game calls it, the orders checked in the call (as a player's are)", {}, true],
  ];
  // Warm up with a whole untimed round of every mode, so that the JIT has compiled every path the
  // timed rounds take: after a warm-up of 40 games of the game's call alone, the first timed round
  // of the game's call ran 111.8 µs against 97.3 and 96.7 in the next two, with as many collections
  // of the young generation in it once they were made as large as in the later rounds (so not the
  // collector); after 200 games it ran 103.1 against 97.0 and 99.1 (2026-11-24, 00:45).
  for (const [, opts, checked] of modes) benchResolve(rules, opts, 200, 16, checked);
  // Each figure is the median of three rounds, the modes taking turns, with the three rounds shown:
  // a single run moves by a few percent on this machine.
  const resolved = modes.map(() => [] as ReturnType<typeof benchResolve>[]);
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, [, opts, checked]] of modes.entries())
      resolved[i]?.push(benchResolve(rules, opts, 200, 16, checked));
  for (const [i, [label]] of modes.entries()) {
    const runs = resolved[i] ?? [];
    const medians = runs.map((r) => r.median);
    console.log(
      `engine  resolveTurn ${label}: median ${median(medians).toFixed(1)} µs (rounds ${rounds(medians)}), p90 ${median(runs.map((r) => r.p90)).toFixed(1)} µs (${ROUNDS} × ${runs[0]?.samples ?? 0} turns of random orders)`,
    );
  }
  for (const [label, opts, checked] of modes) {
    const stages = benchStages(rules, opts, 100, 16, checked);
    const parts = Object.entries(stages).map(([k, us]) => `${k} ${us.toFixed(1)}`);
    console.log(`engine  mean µs per stage, ${label}: ${parts.join(" · ")}`);
  }
  const plays: [string, ResolveOptions][] = [
    ["with explanations and hashes", {}],
    ["with hashes, no explanations (as the batch runner plays)", { explain: false }],
    ["states only (as AI lookahead resolves)", { explain: false, hash: false }],
  ];
  const played = plays.map(() => [] as ReturnType<typeof benchGames>[]);
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, [, opts]] of plays.entries()) played[i]?.push(benchGames(rules, opts, 1));
  for (const [i, [label]] of plays.entries()) {
    const runs = played[i] ?? [];
    const rates = runs.map((g) => g.perSecond);
    const games = runs.reduce((n, g) => n + g.games, 0);
    console.log(
      `engine  random-order games of 16 turns on one core, ${label}, drawing the orders included: ${median(rates).toFixed(0)} games/s (rounds ${rounds(rates, 0)}; ${games} games)`,
    );
  }
  if (engine) return;
  // The strength table over 240 games a cell takes minutes on two cores; --quick plays 10.
  const games = quick ? 10 : GAMES;
  for (const line of await benchAi({ games, progress: progressLine })) console.log(line);
  for (const line of await benchBatch({})) console.log(line);
  // The batch runner's speed with each AI policy for every agent (the random policy's is above).
  const ai: BenchOptions[] = [
    { policy: "greedy", games: quick ? 16 : 48, scaling: false },
    { policy: "planner", games: quick ? 2 : 4, rounds: 1, scaling: false },
  ];
  for (const opts of ai) for (const line of await benchBatch(opts)) console.log(line);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
