/** The data behind the HTML report, embedded in it as JSON: distributions, trajectory bands, estimates. */

import type { Band, Box } from "../../report/charts.ts";
import { type Collected, type PointGames, TRAJECTORIES, type TrajectoryKey } from "./digest.ts";
import { quantiles } from "./stats.ts";
import { type PairedStats, pairedStats, pointStats, sweepLabel } from "./summary.ts";

export type { Band, Box };

/** One agent's estimates at a point: mean score and win rate with their 95% intervals. */
export interface AgentEstimate {
  mean: number;
  lo: number | null;
  hi: number | null;
  winRate: number;
  winLo: number | null;
  winHi: number | null;
}

/** Everything the report shows for one sweep point. */
export interface PointData {
  index: number;
  label: string;
  sweep: Record<string, number>;
  games: number;
  estimates: Record<string, AgentEstimate>;
  scores: Record<string, Box>;
  trajectories: Record<TrajectoryKey, Band>;
  influence: Record<string, Record<string, Band>>;
}

/** The report's data. */
export interface ReportData {
  scenario: string;
  version: string;
  policies: Record<string, string>;
  agents: string[];
  regions: string[];
  labels: Record<TrajectoryKey, string>;
  points: PointData[];
  paired: PairedStats[];
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Percentile bands over games of per-turn series. */
export function band(series: number[][]): Band {
  const turns = Math.max(0, ...series.map((s) => s.length));
  const out: Band = { p10: [], p50: [], p90: [] };
  for (let t = 0; t < turns; t++) {
    const [p10 = 0, p50 = 0, p90 = 0] = quantiles(
      series.flatMap((s) => (t < s.length ? [s[t] ?? 0] : [])),
      [0.1, 0.5, 0.9],
    );
    out.p10.push(round(p10));
    out.p50.push(round(p50));
    out.p90.push(round(p90));
  }
  return out;
}

function box(xs: number[]): Box {
  const [min = 0, q1 = 0, median = 0, q3 = 0, max = 0] = quantiles(xs, [0, 0.25, 0.5, 0.75, 1]).map(round);
  return { min, q1, median, q3, max };
}

function pointData(c: Collected, p: PointGames, stats: ReturnType<typeof pointStats>[number]): PointData {
  const keys = Object.keys(TRAJECTORIES) as TrajectoryKey[];
  const estimates: Record<string, AgentEstimate> = {};
  for (const [a, s] of Object.entries(stats.agents)) {
    estimates[a] = {
      mean: s.score.mean,
      lo: s.score.lo,
      hi: s.score.hi,
      winRate: s.win.mean,
      winLo: s.win.lo,
      winHi: s.win.hi,
    };
  }
  return {
    index: p.index,
    label: sweepLabel(p.sweep),
    sweep: p.sweep,
    games: p.games.length,
    estimates,
    scores: Object.fromEntries(c.agents.map((a) => [a, box(p.games.map((g) => g.scores[a] ?? 0))])),
    trajectories: Object.fromEntries(
      keys.map((k) => [k, band(p.games.map((g) => g.series[k]))]),
    ) as PointData["trajectories"],
    influence: Object.fromEntries(
      c.regions.map((r) => [
        r,
        Object.fromEntries(c.agents.map((a) => [a, band(p.games.map((g) => g.influence[r]?.[a] ?? []))])),
      ]),
    ),
  };
}

/** Build the report's data from the collected games. */
export function reportData(c: Collected): ReportData {
  const stats = pointStats(c);
  return {
    scenario: c.scenario,
    version: c.version,
    policies: c.policies,
    agents: c.agents,
    regions: c.regions,
    labels: { ...TRAJECTORIES },
    points: c.points.map((p, i) => pointData(c, p, stats[i] as (typeof stats)[number])),
    paired: pairedStats(c),
  };
}
