/** Polylines in map pixels: length, a point at a distance along, and the distance to a point. */

/** A point in map pixels. */
export interface Pt {
  x: number;
  y: number;
}

/** A polyline with its cumulative segment lengths, for walking along it. */
export interface Path {
  points: Pt[];
  /** cum[i] is the length from the start to points[i]. */
  cum: number[];
  length: number;
}

/** Measure a polyline. */
export function makePath(points: Pt[]): Path {
  const cum = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Pt;
    const b = points[i] as Pt;
    cum.push((cum[i - 1] ?? 0) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  return { points, cum, length: cum[cum.length - 1] ?? 0 };
}

/** The point at distance `d` from the start (clamped to the ends). */
export function pointAt(path: Path, d: number): Pt {
  const { points, cum } = path;
  if (points.length === 0) return { x: 0, y: 0 };
  if (d <= 0) return points[0] as Pt;
  if (d >= path.length) return points[points.length - 1] as Pt;
  let lo = 0;
  let hi = cum.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] ?? 0) <= d) lo = mid;
    else hi = mid;
  }
  const a = points[lo] as Pt;
  const b = points[hi] as Pt;
  const seg = (cum[hi] ?? 0) - (cum[lo] ?? 0);
  const t = seg > 0 ? (d - (cum[lo] ?? 0)) / seg : 0;
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** The shortest distance from a point to a polyline. */
export function distanceTo(path: Path, p: Pt): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < path.points.length; i++) {
    const a = path.points[i - 1] as Pt;
    const b = path.points[i] as Pt;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0;
    best = Math.min(best, Math.hypot(p.x - (a.x + dx * t), p.y - (a.y + dy * t)));
  }
  return best;
}

/** Dash segments along a path: [from, to] distances, `on` long with `off` gaps, starting at `phase`. */
export function dashes(path: Path, on: number, off: number, phase = 0): [number, number][] {
  const out: [number, number][] = [];
  const period = on + off;
  for (let d = -(phase % period); d < path.length; d += period) {
    const from = Math.max(0, d);
    const to = Math.min(path.length, d + on);
    if (to > from) out.push([from, to]);
  }
  return out;
}

/** The sub-polyline between two distances. */
export function slice(path: Path, from: number, to: number): Pt[] {
  const pts = [pointAt(path, from)];
  for (let i = 0; i < path.points.length; i++) {
    const c = path.cum[i] ?? 0;
    if (c > from && c < to) pts.push(path.points[i] as Pt);
  }
  pts.push(pointAt(path, to));
  return pts;
}
