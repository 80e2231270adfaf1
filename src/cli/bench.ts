/**
 * `npm run bench`: the engine's speed (µs per resolveTurn with random orders, random games per
 * second), then the AI's and the batch runner's figures when those modules are present.
 */
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createGame, type GameState, type OrdersByAgent, type Rules, resolveTurn } from "../engine/index.ts";
import { loadRulesOrExit } from "./cli-support.ts";
import { playRandomGame, randomTurn } from "./random-play.ts";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Median µs per resolveTurn over random-order turns (orders drawn beforehand, not timed). */
export function benchResolve(
  rules: Rules,
  games = 60,
  turns = 16,
): { median: number; p90: number; samples: number } {
  const times: number[] = [];
  for (let g = 0; g < games; g++) {
    let state: GameState = createGame(rules, { seed: `bench-${g}`, scenario: "base-2026", turns });
    while (state.turn <= state.turns) {
      const orders: OrdersByAgent = randomTurn(state, rules);
      const t0 = performance.now();
      state = resolveTurn(state, rules, orders).state;
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
  // Warm up the JIT so the figures are steady-state.
  benchResolve(rules, 10);
  const r = benchResolve(rules);
  console.log(
    `engine  resolveTurn, random orders: median ${r.median.toFixed(1)} µs, p90 ${r.p90.toFixed(1)} µs (${r.samples} turns)`,
  );
  const g = benchGames(rules);
  console.log(
    `engine  random games (16 turns, 7 agents, one core): ${g.perSecond.toFixed(0)} games/s, ${(g.perSecond * 16).toFixed(0)} turns/s (${g.games} games)`,
  );
  const here = new URL(".", import.meta.url).pathname;
  if (existsSync(`${here}bench-ai.ts`)) {
    const { benchAi } = (await import(`${here}bench-ai.ts`)) as {
      benchAi: (o?: object) => Promise<string[]> | string[];
    };
    for (const line of await benchAi({})) console.log(line);
  }
  if (existsSync(`${here}batch/bench.ts`)) {
    const { benchBatch } = (await import(`${here}batch/bench.ts`)) as {
      benchBatch: (o?: object) => Promise<string[]> | string[];
    };
    for (const line of await benchBatch({})) console.log(line);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
