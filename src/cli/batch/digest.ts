/** What the summary and the report keep of each game: scores, winner and per-turn series. */
import type { GameRecord } from "./types.ts";

/** The per-turn measures charted as trajectories, with their labels. */
export const TRAJECTORIES = {
  interdependenceUsRu: "US–Russia interdependence",
  leverageTrOverUs: "Türkiye's leverage over the US",
  chinaProcessingShare: "China's processing share",
  usRouteHhi: "US route concentration (HHI)",
  usSupplySecurity: "US supply security",
} as const;

/** A trajectory's key. */
export type TrajectoryKey = keyof typeof TRAJECTORIES;

/** One game, reduced to what the summary and report need. */
export interface GameDigest {
  game: number;
  seed: string;
  scores: Record<string, number>;
  winner: string;
  /** Trajectories by key, one value per turn. */
  series: Record<TrajectoryKey, number[]>;
  /** Influence per turn by region and agent. */
  influence: Record<string, Record<string, number[]>>;
}

/** The games of one sweep point. */
export interface PointGames {
  index: number;
  sweep: Record<string, number>;
  games: GameDigest[];
}

/** Everything collected from a run, by sweep point. */
export interface Collected {
  agents: string[];
  regions: string[];
  scenario: string;
  version: string;
  policies: Record<string, string>;
  points: PointGames[];
}

/** Reduce a record to its digest. */
export function digest(r: GameRecord): GameDigest {
  const keys = Object.keys(TRAJECTORIES) as TrajectoryKey[];
  const series = Object.fromEntries(keys.map((k) => [k, r.turns.map((t) => t[k])])) as GameDigest["series"];
  const influence: GameDigest["influence"] = {};
  for (const [region, agents] of Object.entries(r.measures.influence)) {
    influence[region] = Object.fromEntries(
      Object.keys(agents).map((a) => [a, r.turns.map((t) => t.influence[region]?.[a] ?? 0)]),
    );
  }
  const scores = Object.fromEntries(Object.entries(r.scores).map(([a, s]) => [a, s.mean]));
  return { game: r.manifest.game, seed: r.manifest.seed, scores, winner: r.winner, series, influence };
}

/** A collector of records into points, in the order they arrive. */
export function collector(): { add(records: GameRecord[]): void; result(): Collected | null } {
  let out: Collected | null = null;
  const byIndex = new Map<number, PointGames>();
  return {
    add(records) {
      for (const r of records) {
        out ??= {
          agents: Object.keys(r.scores),
          regions: Object.keys(r.measures.influence),
          scenario: r.manifest.scenario,
          version: r.manifest.version,
          policies: r.manifest.policies,
          points: [],
        };
        let point = byIndex.get(r.manifest.point);
        if (!point) {
          point = { index: r.manifest.point, sweep: r.manifest.sweep, games: [] };
          byIndex.set(point.index, point);
          out.points.push(point);
        }
        point.games.push(digest(r));
      }
    },
    result: () => (out ? { ...out, points: [...out.points].sort((a, b) => a.index - b.index) } : null),
  };
}
