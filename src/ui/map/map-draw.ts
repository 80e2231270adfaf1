/** Drawing the map's layers onto Phaser Graphics: countries, corridors by look, places, influence bars. */
import type * as Phaser from "phaser";
import type { AgentId } from "../../engine/index.ts";
import type {
  BarSide,
  CorridorGeometry,
  CorridorLook,
  InfluenceView,
  MapPlace,
  RegionAnchor,
} from "./map-model.ts";
import { dashes, type Path, type Pt, pointAt, slice } from "./polyline.ts";
import type { MapData } from "./projection.ts";

type G = Phaser.GameObjects.Graphics;

/** The map's colours (agents' colours come from the rules). */
export const MAP_COLORS = {
  sea: 0x0c1726,
  graticule: 0x1d2c42,
  land: 0x26303d,
  landEdge: 0x3d4a5c,
  transit: 0x3a3f57,
  transitEdge: 0x8c86b8,
  open: 0xf3ead2,
  blocked: 0xff4f4f,
  closed: 0x8d96a5,
  casing: 0x07101c,
  hover: 0xfff3b0,
};

/** Fill and outline the countries: the seven agents tinted with their colours, transit countries hatched-looking. */
export function drawCountries(g: G, map: MapData, colors: Record<AgentId, number>): void {
  g.lineStyle(1, MAP_COLORS.graticule, 1);
  for (const r of map.graticule) strokeFlat(g, r, false);
  for (const c of map.countries) {
    const agentColor = c.agent ? colors[c.agent] : undefined;
    const fill =
      agentColor !== undefined
        ? mix(MAP_COLORS.land, agentColor, 0.38)
        : c.role === "transit"
          ? MAP_COLORS.transit
          : MAP_COLORS.land;
    g.fillStyle(fill, 1);
    for (const r of c.rings) fillFlat(g, r);
  }
  for (const c of map.countries) {
    const agentColor = c.agent ? colors[c.agent] : undefined;
    const edge =
      agentColor !== undefined
        ? mix(agentColor, 0xffffff, 0.25)
        : c.role === "transit"
          ? MAP_COLORS.transitEdge
          : MAP_COLORS.landEdge;
    g.lineStyle(c.role === "other" ? 0.8 : 1.4, edge, c.role === "other" ? 0.8 : 0.95);
    for (const r of c.rings) strokeFlat(g, r, true);
  }
}

/** Draw one corridor (trunk and feeders) in its look: solid, dashed red, or grey dotted. */
export function drawCorridor(
  g: G,
  c: CorridorGeometry,
  look: CorridorLook,
  width: number,
  zoom: number,
): void {
  const lines: [Path, number][] = [
    [c.trunk, width],
    ...Object.values(c.feeders).map((p): [Path, number] => [p, Math.max(1.5, width * 0.6)]),
  ];
  for (const [path, w] of lines) {
    if (look === "open") {
      strokePath(g, path.points, w + 2.5 / zoom, MAP_COLORS.casing, 0.8);
      strokePath(g, path.points, w, MAP_COLORS.open, 0.9);
    } else if (look === "blocked") {
      strokePath(g, path.points, w + 2.5 / zoom, MAP_COLORS.casing, 0.8);
      for (const [a, b] of dashes(path, 14, 9)) strokePath(g, slice(path, a, b), w, MAP_COLORS.blocked, 1);
    } else {
      g.fillStyle(MAP_COLORS.closed, 0.9);
      const r = Math.max(1.3, w / 2.6);
      for (let d = 0; d <= path.length; d += r * 4.5) {
        const p = pointAt(path, d);
        g.fillCircle(p.x, p.y, r);
      }
    }
  }
  if (look === "blocked") drawBlockMark(g, pointAt(c.trunk, c.trunk.length * 0.45), width);
}

/** A red barred circle at a blocked corridor's middle. */
function drawBlockMark(g: G, p: Pt, width: number): void {
  const r = 7 + width * 0.6;
  g.fillStyle(MAP_COLORS.casing, 0.95);
  g.fillCircle(p.x, p.y, r + 2);
  g.fillStyle(MAP_COLORS.blocked, 1);
  g.fillCircle(p.x, p.y, r);
  g.fillStyle(0xffffff, 1);
  g.fillRect(p.x - r * 0.6, p.y - r * 0.18, r * 1.2, r * 0.36);
}

/** A glow over a corridor, for hover, selection and corridors that just changed. */
export function drawGlow(g: G, c: CorridorGeometry, width: number, alpha: number): void {
  for (const p of [c.trunk, ...Object.values(c.feeders)])
    strokePath(g, p.points, width + 9, MAP_COLORS.hover, alpha);
}

/** Place markers: diamonds for mines, dots for transit places, squares for markets. */
export function drawPlaces(
  g: G,
  places: Iterable<MapPlace>,
  zoom: number,
  countryColor: (id: string) => number,
): void {
  const s = 1 / Math.max(0.35, zoom);
  for (const p of places) {
    const { x, y } = p.at;
    if (p.offMap) continue;
    g.lineStyle(1.5 * s, MAP_COLORS.casing, 1);
    if (p.kind === "producer") {
      const r = 8 * s;
      g.fillStyle(countryColor(p.id), 1);
      g.fillTriangle(x, y - r, x + r, y, x, y + r);
      g.fillTriangle(x, y - r, x - r, y, x, y + r);
      g.beginPath();
      g.moveTo(x, y - r);
      g.lineTo(x + r, y);
      g.lineTo(x, y + r);
      g.lineTo(x - r, y);
      g.closePath();
      g.strokePath();
    } else if (p.kind === "market") {
      const r = 6 * s;
      g.fillStyle(0xffffff, 1);
      g.fillRect(x - r, y - r, 2 * r, 2 * r);
      g.strokeRect(x - r, y - r, 2 * r, 2 * r);
    } else {
      g.fillStyle(MAP_COLORS.open, 1);
      g.fillCircle(x, y, 4.5 * s);
      g.strokeCircle(x, y, 4.5 * s);
    }
  }
}

/** An influence bar's width in screen pixels. */
export const INFLUENCE_W = 64;

/** An influence bar's height, its dark casing and the gap to its anchor, in screen pixels. */
const BAR_H = 9;
const CASING = 2;
const GAP = 2;

/** An influence bar in world pixels: its coloured part (x, y, w, h) and the world size of a screen pixel. */
export interface BarRect {
  x: number;
  y: number;
  w: number;
  h: number;
  s: number;
}

/**
 * An influence bar at a zoom: a constant size on screen, centred on its anchor, on the given side
 * of what the anchor stands for and clear of it (so it never covers the host's name).
 */
export function influenceBar(at: RegionAnchor, zoom: number, side: BarSide = at.side): BarRect {
  const s = 1 / Math.max(0.6, zoom);
  const w = INFLUENCE_W * s;
  const h = BAR_H * s;
  const off = (GAP + CASING) * s;
  return { x: at.x - w / 2, y: side === "above" ? at.y - at.half - off - h : at.y + at.half + off, w, h, s };
}

/** A bar with its casing, as a box. */
export function barBox(b: BarRect): { x0: number; y0: number; x1: number; y1: number } {
  const c = CASING * b.s;
  return { x0: b.x - c, y0: b.y - c, x1: b.x + b.w + c, y1: b.y + b.h + c };
}

/** An influence bar: outside powers' shares in their colours, the rest in the host's (or grey). */
export function drawInfluence(
  g: G,
  v: InfluenceView,
  at: RegionAnchor,
  colors: Record<AgentId, number>,
  zoom: number,
  side: BarSide = at.side,
): void {
  const { x: x0, y, w, h, s } = influenceBar(at, zoom, side);
  g.fillStyle(MAP_COLORS.casing, 0.9);
  g.fillRect(x0 - CASING * s, y - CASING * s, w + 2 * CASING * s, h + 2 * CASING * s);
  let x = x0;
  for (const { agent, share } of v.shares) {
    const sw = (w * share) / 100;
    g.fillStyle(colors[agent] ?? 0x999999, 1);
    g.fillRect(x, y, sw, h);
    x += sw;
  }
  g.fillStyle(v.host ? mix(colors[v.host] ?? 0x777777, 0x000000, 0.55) : 0x4a505c, 1);
  g.fillRect(x, y, x0 + w - x, h);
}

/** Blend two colours: t = 0 gives a, 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, shift: number) => (c >> shift) & 0xff;
  const m = (shift: number) => Math.round(ch(a, shift) * (1 - t) + ch(b, shift) * t) << shift;
  return m(16) | m(8) | m(0);
}

/** "#0072B2" → 0x0072b2. */
export const hexColor = (css: string): number => Number.parseInt(css.replace("#", ""), 16) || 0x999999;

function fillFlat(g: G, ring: number[]): void {
  g.beginPath();
  g.moveTo(ring[0] ?? 0, ring[1] ?? 0);
  for (let i = 2; i < ring.length; i += 2) g.lineTo(ring[i] ?? 0, ring[i + 1] ?? 0);
  g.closePath();
  g.fillPath();
}

function strokeFlat(g: G, ring: number[], close: boolean): void {
  g.beginPath();
  g.moveTo(ring[0] ?? 0, ring[1] ?? 0);
  for (let i = 2; i < ring.length; i += 2) g.lineTo(ring[i] ?? 0, ring[i + 1] ?? 0);
  if (close) g.closePath();
  g.strokePath();
}

function strokePath(g: G, pts: Pt[], width: number, color: number, alpha: number): void {
  if (pts.length < 2) return;
  g.lineStyle(width, color, alpha);
  g.beginPath();
  g.moveTo(pts[0]?.x ?? 0, pts[0]?.y ?? 0);
  for (let i = 1; i < pts.length; i++) g.lineTo(pts[i]?.x ?? 0, pts[i]?.y ?? 0);
  g.strokePath();
}
