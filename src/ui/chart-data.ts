/** The series the charts draw, from a state's history (plus the starting state as turn 0). */
import type { GameState, Rules } from "../engine/index.ts";

/** One chart: a title, the turns, and named series of values. */
export interface ChartSpec {
  id: string;
  title: string;
  turns: number[];
  series: { label: string; color: string; values: number[] }[];
}

const TRACK_COLORS = ["#D55E00", "#CC79A7", "#009E73", "#E69F00", "#56B4E9", "#F0E442"];

/** Tension tracks, every country's score, and the key measures, turn by turn. */
export function chartSpecs(rules: Rules, start: GameState | null, state: GameState): ChartSpec[] {
  const h = state.history;
  const turns = [...(start ? [0] : []), ...h.map((r) => r.turn)];
  const first = <T>(fromStart: (s: GameState) => T, rows: T[]): T[] =>
    start ? [fromStart(start), ...rows] : rows;
  const tracks: ChartSpec = {
    id: "chart-tracks",
    title: "Tension tracks",
    turns,
    series: rules.tracks.map((t, i) => ({
      label: t.name,
      color: TRACK_COLORS[i % TRACK_COLORS.length] ?? "#ffffff",
      values: first(
        (s) => s.tracks[t.id] ?? 0,
        h.map((r) => r.tracks[t.id] ?? 0),
      ),
    })),
  };
  const scores: ChartSpec = {
    id: "chart-scores",
    title: "Scores (goal attainment)",
    turns,
    series: rules.agents.map((a) => ({
      label: a.name,
      color: a.color,
      values: first(
        (s) => s.scores[a.id]?.total ?? 0,
        h.map((r) => r.scores[a.id] ?? 0),
      ),
    })),
  };
  const pct = (x: number) => Math.round(x * 1000) / 10;
  const measures: ChartSpec = {
    id: "chart-measures",
    title: "Key measures (%)",
    turns,
    series: [
      {
        label: "US supply security",
        color: "#0072B2",
        values: first(
          (s) => s.measures.usSupplySecurity,
          h.map((r) => r.usSupplySecurity),
        ),
      },
      {
        label: "China's processing share",
        color: "#E69F00",
        values: first(
          (s) => pct(s.measures.chinaProcessingShare),
          h.map((r) => pct(r.chinaProcessingShare)),
        ),
      },
      {
        label: "US route concentration",
        color: "#56B4E9",
        values: first(
          (s) => pct(s.measures.usRouteHhi),
          h.map((r) => pct(r.usRouteHhi)),
        ),
      },
      {
        label: "US–Russia interdependence",
        color: "#D55E00",
        values: first(
          () => Number.NaN,
          h.map((r) => pct(r.interdependenceUsRu)),
        ),
      },
      {
        label: "Türkiye's leverage over the US",
        color: "#CC79A7",
        values: first(
          () => Number.NaN,
          h.map((r) => pct(r.leverageTrOverUs)),
        ),
      },
    ],
  };
  return [tracks, scores, measures];
}
