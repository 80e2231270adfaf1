/**
 * `npm run bench`: the engine's speed (µs per resolveTurn with random orders, random games per
 * second), then the AI's and the batch runner's figures.
 */
import { performance } from "node:perf_hooks";
import {
  createGame,
  type GameState,
  type OrdersByAgent,
  type ResolveOptions,
  type Rules,
  resolveTurn,
} from "../engine/index.ts";
import { benchBatch } from "./batch/bench.ts";
import { benchAi } from "./bench-ai.ts";
import { loadRulesOrExit } from "./cli-support.ts";
import { playRandomGame, randomTurn } from "./random-play.ts";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** The turns of a few random-order games, played once: the inputs the timing replays. */
function turnsToTime(rules: Rules, games: number, turns: number): [GameState, OrdersByAgent][] {
  const out: [GameState, OrdersByAgent][] = [];
  for (let g = 0; g < games; g++) {
    let state = createGame(rules, { seed: `bench-${g}`, scenario: "base-2026", turns });
    while (state.turn <= state.turns) {
      const orders = randomTurn(state, rules);
      out.push([state, orders]);
      state = resolveTurn(state, rules, orders).state;
    }
  }
  return out;
}

/** Median and p90 µs per resolveTurn over random-order turns (the orders are drawn beforehand, not timed). */
export function benchResolve(
  rules: Rules,
  opts: ResolveOptions = {},
  games = 60,
  turns = 16,
): { median: number; p90: number; samples: number } {
  const cases = turnsToTime(rules, games, turns);
  const times: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    for (const [state, orders] of cases) {
      const t0 = performance.now();
      resolveTurn(state, rules, orders, opts);
      times.push((performance.now() - t0) * 1000);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: median(times), p90: sorted[Math.floor(sorted.length * 0.9)] ?? 0, samples: times.length };
}

/** Random-agent games of 16 turns per second on one core (order choice included). */
export function benchGames(rules: Rules, seconds = 3): { games: number; perSecond: number } {
  const t0 = performance.now();
  let games = 0;
  while (performance.now() - t0 < seconds * 1000) {
    playRandomGame(rules, { seed: `games-${games}`, scenario: "base-2026", turns: 16 });
    games++;
  }
  return { games, perSecond: games / ((performance.now() - t0) / 1000) };
}

async function main(): Promise<void> {
  const rules = loadRulesOrExit("rules");
  benchResolve(rules, {}, 10); // warm up the JIT so the figures are steady-state
  const full = benchResolve(rules);
  console.log(
    `engine  resolveTurn, random orders, with explanations and hash: median ${full.median.toFixed(1)} µs, p90 ${full.p90.toFixed(1)} µs (${full.samples} turns)`,
  );
  const lean = benchResolve(rules, { explain: false, hash: false });
  console.log(
    `engine  resolveTurn, random orders, state only (as AI lookahead calls it): median ${lean.median.toFixed(1)} µs, p90 ${lean.p90.toFixed(1)} µs (${lean.samples} turns)`,
  );
  const g = benchGames(rules);
  console.log(
    `engine  random games (16 turns, 7 agents, one core, with hashes and explanations): ${g.perSecond.toFixed(0)} games/s, ${(g.perSecond * 16).toFixed(0)} turns/s (${g.games} games)`,
  );
  for (const line of await benchAi({})) console.log(line);
  for (const line of await benchBatch({})) console.log(line);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
