/** The summary on stdout: per sweep point, each agent's mean goal score and win rate with 95% intervals; paired differences. */
import type { Collected, PointGames } from "./digest.ts";
import { type Estimate, meanCi, pairedDiff, wilson } from "./stats.ts";

/** Each agent's score and win-rate estimates at one sweep point. */
export interface PointStats {
  index: number;
  sweep: Record<string, number>;
  games: number;
  agents: Record<string, { score: Estimate; win: Estimate }>;
}

/** A point compared with the first point over the seeds they share: mean score difference per agent. */
export interface PairedStats {
  base: number;
  point: number;
  shared: number;
  agents: Record<string, Estimate>;
}

/** Score and win-rate estimates per point. */
export function pointStats(c: Collected): PointStats[] {
  return c.points.map((p) => ({
    index: p.index,
    sweep: p.sweep,
    games: p.games.length,
    agents: Object.fromEntries(
      c.agents.map((a) => [
        a,
        {
          score: meanCi(p.games.map((g) => g.scores[a] ?? 0)),
          win: wilson(p.games.filter((g) => g.winner === a).length, p.games.length),
        },
      ]),
    ),
  }));
}

/** Each later point against the first, over the seeds both played. */
export function pairedStats(c: Collected): PairedStats[] {
  const [base, ...rest] = c.points;
  if (!base) return [];
  const bySeed = new Map(base.games.map((g) => [g.seed, g]));
  return rest.flatMap((p: PointGames) => {
    const pairs = p.games.flatMap((g) => {
      const b = bySeed.get(g.seed);
      return b ? [[b, g] as const] : [];
    });
    if (pairs.length < 2) return [];
    const agents = Object.fromEntries(
      c.agents.map((a) => [
        a,
        pairedDiff(
          pairs.map(([b]) => b.scores[a] ?? 0),
          pairs.map(([, g]) => g.scores[a] ?? 0),
        ),
      ]),
    );
    return [{ base: base.index, point: p.index, shared: pairs.length, agents }];
  });
}

/** A sweep point's values as `path=value, …`, or "(rules as loaded)". */
export const sweepLabel = (sweep: Record<string, number>): string =>
  Object.keys(sweep).length === 0
    ? "rules as loaded"
    : Object.entries(sweep)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ");

const num = (x: number, digits = 1, sign = false): string =>
  `${sign && x >= 0 ? "+" : ""}${x.toFixed(digits)}`;
const ci = (e: Estimate, scale = 1, digits = 1, sign = false): string =>
  e.lo === null || e.hi === null
    ? "n/a"
    : `[${num(e.lo * scale, digits, sign)}, ${num(e.hi * scale, digits, sign)}]`;
const pad = (s: string, n: number): string => s.padEnd(n);

/** The summary as lines of text. */
export function formatSummary(c: Collected): string[] {
  const lines: string[] = [];
  for (const p of pointStats(c)) {
    lines.push(`Sweep point ${p.index}: ${sweepLabel(p.sweep)} — ${p.games} games`);
    lines.push(
      `  ${pad("agent", 6)}${pad("mean score", 12)}${pad("95% CI", 18)}${pad("win rate", 10)}95% CI (Wilson)`,
    );
    for (const [a, s] of Object.entries(p.agents)) {
      const win = `${num(s.win.mean * 100)}%`;
      lines.push(
        `  ${pad(a, 6)}${pad(num(s.score.mean), 12)}${pad(ci(s.score), 18)}${pad(win, 10)}${ci(s.win, 100)}%`,
      );
    }
    lines.push("");
  }
  for (const d of pairedStats(c)) {
    lines.push(
      `Paired: point ${d.point} − point ${d.base} over ${d.shared} shared seeds (mean score difference)`,
    );
    for (const [a, e] of Object.entries(d.agents))
      lines.push(`  ${pad(a, 6)}${pad(num(e.mean, 2, true), 10)}${ci(e, 1, 2, true)}`);
    lines.push("");
  }
  return lines;
}
