/** Minimal SVG drawing for the reports (batch and debrief): frames, axes, nice ticks, escaping. No external code. */

/** A plot area mapping data to pixels. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  x(v: number): number;
  y(v: number): number;
}

/** Colour-blind-safe colours (Okabe–Ito), for sweep points and agents. */
export const PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#000000",
  "#F0E442",
];

/** The palette colour for item i. */
export const colour = (i: number): string => PALETTE[i % PALETTE.length] ?? "#000000";

/** Text safe inside SVG or HTML. */
export const esc = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** A number rounded for an SVG attribute. */
export const px = (v: number): string => String(Math.round(v * 10) / 10);

/** About `count` round tick values, the first at or below `lo` and the last at or above `hi`. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const span = hi - lo || 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** A frame of the given size over x in [x0, x1] and y in [y0, y1]. */
export function frame(
  width: number,
  height: number,
  [x0, x1]: [number, number],
  [y0, y1]: [number, number],
): Frame {
  const f = { width, height, left: 48, right: width - 12, top: 28, bottom: height - 30 };
  const sx = (f.right - f.left) / (x1 - x0 || 1);
  const sy = (f.bottom - f.top) / (y1 - y0 || 1);
  return { ...f, x: (v) => f.left + (v - x0) * sx, y: (v) => f.bottom - (v - y0) * sy };
}

const fmt = (v: number): string =>
  Math.abs(v) >= 1000 ? v.toExponential(1) : String(Math.round(v * 1000) / 1000);

/** Gridlines, tick labels and a title. */
export function axes(f: Frame, xTicks: number[], yTicks: number[], title: string, xLabel: string): string {
  const y = yTicks
    .map((t) => {
      const yy = px(f.y(t));
      return `<line x1="${f.left}" x2="${f.right}" y1="${yy}" y2="${yy}" class="grid"/><text x="${f.left - 4}" y="${yy}" class="yt">${fmt(t)}</text>`;
    })
    .join("");
  const x = xTicks
    .map((t) => `<text x="${px(f.x(t))}" y="${f.bottom + 14}" class="xt">${fmt(t)}</text>`)
    .join("");
  const frameLine = `<line x1="${f.left}" x2="${f.right}" y1="${f.bottom}" y2="${f.bottom}" class="axis"/>`;
  const label = xLabel
    ? `<text x="${px((f.left + f.right) / 2)}" y="${f.height - 2}" class="xl">${esc(xLabel)}</text>`
    : "";
  return `<text x="${f.left}" y="16" class="title">${esc(title)}</text>${y}${frameLine}${x}${label}`;
}

/** An <svg> element of the frame's size around `body`. */
export const svg = (f: Frame, body: string, label: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f.width} ${f.height}" width="${f.width}" height="${f.height}" role="img" aria-label="${esc(label)}">${body}</svg>`;
