/** The reports' charts, drawn as inline SVG: lines and bands over turns, and score box plots. */
import { axes, colour, esc, frame, niceTicks, px, svg } from "./svg.ts";

/** Per turn (index 0 = turn 1): the 10th, 50th and 90th percentiles over games. */
export interface Band {
  p10: number[];
  p50: number[];
  p90: number[];
}

/** A five-number summary of a distribution. */
export interface Box {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** One line with its band on a trajectory chart. */
export interface BandSeries {
  label: string;
  color: string;
  band: Band;
}

/** Median lines with 10–90% bands over turns, one per series. */
export function bandChart(title: string, series: BandSeries[], width = 460, height = 240): string {
  const turns = Math.max(1, ...series.map((s) => s.band.p50.length));
  const values = series.flatMap((s) => [...s.band.p10, ...s.band.p90]);
  const hi = Math.max(0, ...values);
  const lo = Math.min(0, ...values);
  const yTicks = niceTicks(lo, hi === lo ? lo + 1 : hi);
  const f = frame(width, height, [1, Math.max(2, turns)], [yTicks[0] ?? lo, yTicks.at(-1) ?? hi]);
  const body = series
    .map((s) => {
      const pts = (ys: number[]) => ys.map((v, i) => `${px(f.x(i + 1))},${px(f.y(v))}`);
      const area = [...pts(s.band.p90), ...pts(s.band.p10).reverse()].join(" ");
      return (
        `<polygon points="${area}" fill="${s.color}" fill-opacity="0.18" stroke="none"><title>${esc(s.label)} 10–90%</title></polygon>` +
        `<polyline points="${pts(s.band.p50).join(" ")}" fill="none" stroke="${s.color}" stroke-width="2"><title>${esc(s.label)} median</title></polyline>`
      );
    })
    .join("");
  const xTicks = niceTicks(1, turns, Math.min(8, turns)).filter(
    (t) => Number.isInteger(t) && t >= 1 && t <= turns,
  );
  return svg(f, axes(f, xTicks, yTicks, title, "turn") + body, title);
}

/** One line on a line chart: a value per step (null where there is none). */
export interface LineSeries {
  label: string;
  color: string;
  values: (number | null)[];
}

/**
 * Lines over turns, the first value at turn `first` (0 for a game's start). The y axis runs from 0,
 * or from the lowest value when it is negative; `max` fixes its top (100 for points).
 */
export function lineChart(
  title: string,
  series: LineSeries[],
  opts: { first?: number; max?: number; width?: number; height?: number } = {},
): string {
  const { first = 1, width = 460, height = 240 } = opts;
  const steps = Math.max(1, ...series.map((s) => s.values.length));
  const last = first + steps - 1;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const hi = opts.max ?? Math.max(0, ...values);
  const lo = Math.min(0, ...values);
  const yTicks = niceTicks(lo, hi === lo ? lo + 1 : hi);
  const f = frame(width, height, [first, Math.max(first + 1, last)], [yTicks[0] ?? lo, yTicks.at(-1) ?? hi]);
  const body = series
    .map((s) => {
      // A gap (null) breaks the line into runs; a run of one point is drawn as a dot.
      const runs: [string, string][][] = [[]];
      s.values.forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) runs.push([]);
        else runs.at(-1)?.push([px(f.x(first + i)), px(f.y(v))]);
      });
      const tip = `<title>${esc(s.label)}</title>`;
      return runs
        .filter((r) => r.length > 0)
        .map((r) =>
          r.length === 1
            ? `<circle cx="${r[0]?.[0]}" cy="${r[0]?.[1]}" r="2.5" fill="${s.color}">${tip}</circle>`
            : `<polyline points="${r.map((p) => p.join(",")).join(" ")}" fill="none" stroke="${s.color}" stroke-width="2">${tip}</polyline>`,
        )
        .join("");
    })
    .join("");
  const xTicks = niceTicks(first, last, Math.min(8, steps)).filter(
    (t) => Number.isInteger(t) && t >= first && t <= last,
  );
  return svg(f, axes(f, xTicks, yTicks, title, "turn") + body, title);
}

/** Box plots of each agent's game scores, one box per group (sweep point) side by side. */
export function boxChart(
  title: string,
  agents: string[],
  groups: { label: string; boxes: Record<string, Box> }[],
): string {
  const width = Math.max(460, 60 + agents.length * (groups.length * 18 + 24));
  const f = frame(width, 260, [0, agents.length], [0, 100]);
  const slot = (f.right - f.left) / Math.max(1, agents.length);
  const boxW = Math.min(26, (slot - 12) / Math.max(1, groups.length));
  const body = agents
    .map((a, ai) => {
      const x0 = f.x(ai) + (slot - boxW * groups.length) / 2;
      const label = `<text x="${px(f.x(ai) + slot / 2)}" y="${f.bottom + 14}" class="xt">${esc(a)}</text>`;
      return (
        label +
        groups
          .map((g, gi) => boxGlyph(f, x0 + gi * boxW, boxW - 3, g.boxes[a], colour(gi), `${a} · ${g.label}`))
          .join("")
      );
    })
    .join("");
  return svg(f, axes(f, [], niceTicks(0, 100), title, "") + body, title);
}

function boxGlyph(
  f: ReturnType<typeof frame>,
  x: number,
  w: number,
  b: Box | undefined,
  color: string,
  label: string,
): string {
  if (!b) return "";
  const mid = px(x + w / 2);
  const tip = `<title>${esc(label)}: median ${b.median}, quartiles ${b.q1}–${b.q3}, range ${b.min}–${b.max}</title>`;
  return (
    `<g>${tip}<line x1="${mid}" x2="${mid}" y1="${px(f.y(b.min))}" y2="${px(f.y(b.max))}" stroke="${color}"/>` +
    `<rect x="${px(x)}" y="${px(f.y(b.q3))}" width="${px(w)}" height="${px(Math.max(1, f.y(b.q1) - f.y(b.q3)))}" fill="${color}" fill-opacity="0.35" stroke="${color}"/>` +
    `<line x1="${px(x)}" x2="${px(x + w)}" y1="${px(f.y(b.median))}" y2="${px(f.y(b.median))}" stroke="${color}" stroke-width="2"/></g>`
  );
}

/** A legend of coloured swatches. */
export function legend(items: { label: string; color: string }[]): string {
  return `<div class="legend">${items.map((i) => `<span><i style="background:${i.color}"></i>${esc(i.label)}</span>`).join("")}</div>`;
}
