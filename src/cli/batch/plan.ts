/** The plan of a run: the global list of (sweep point, game) pairs, each game's seed, and shard slices. */
import type { Job, Shard } from "./types.ts";

/** Game i's seed: the same for every sweep point, so points can be compared game by game. */
export const gameSeed = (seed: string, game: number): string => `${seed}:${game}`;

/** The [start, end) slice of `total` items that shard i of n takes. */
export function shardRange(total: number, shard: Shard): [number, number] {
  const at = (i: number) => Math.floor((i * total) / shard.count);
  return [at(shard.index), at(shard.index + 1)];
}

/** This shard's jobs, in global order: point 0's games 0…N−1, then point 1's, and so on. */
export function planJobs(points: number, games: number, seed: string, shard: Shard): Job[] {
  const [start, end] = shardRange(points * games, shard);
  const jobs: Job[] = [];
  for (let global = start; global < end; global++) {
    const game = global % games;
    jobs.push({ global, point: Math.floor(global / games), game, seed: gameSeed(seed, game) });
  }
  return jobs;
}

/** Split jobs into consecutive chunks of at most `size`. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Games per task. Cheap games (random play) go in small chunks to spread the cost of a message;
 * costly ones (lookahead AI) go one by one, so that Ctrl-C never waits long for a chunk to end.
 */
export function chunkSize(jobs: number, workers: number, cheap: boolean): number {
  return cheap ? Math.max(1, Math.min(8, Math.floor(jobs / (workers * 8)))) : 1;
}
