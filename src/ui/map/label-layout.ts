/** Place labels that do not overlap: each label tries a few spots around its marker and keeps the first free one. */
import { barBox, influenceBar } from "./map-draw.ts";
import type { BarSide, MapPlace, RegionAnchor } from "./map-model.ts";
import type { Pt } from "./polyline.ts";

/** Where a label goes: an offset from its place in screen pixels and the text's origin. */
export interface LabelSpot {
  id: string;
  text: string;
  at: Pt;
  dx: number;
  dy: number;
  originX: number;
  originY: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const CHAR_W = 6.6;
const LINE_H = 15;
/** Candidate spots: right, left, above, below, and the four diagonals. */
const SPOTS: [number, number, number, number][] = [
  [9, 0, 0, 0.5],
  [-9, 0, 1, 0.5],
  [0, -10, 0.5, 1],
  [0, 10, 0.5, 0],
  [7, -7, 0, 1],
  [7, 7, 0, 0],
  [-7, -7, 1, 1],
  [-7, 7, 1, 0],
];

/** A short form of a name for a label: the part before any parenthesis. */
const short = (name: string): string => name.replace(/\s*\(.*\)\s*$/, "");

/**
 * Lay out labels at a reference zoom (world pixels per screen pixel = `scale`): producers first,
 * then markets, then transit places; off-map markets sit by the map edge, arrow outwards.
 */
export function layoutLabels(places: MapPlace[], scale: number): LabelSpot[] {
  const order = { producer: 0, market: 1, transit: 2 } as const;
  const sorted = [...places].sort((a, b) => order[a.kind] - order[b.kind]);
  const taken: Box[] = places.filter((p) => !p.offMap).map((p) => around(p.at, 7 * scale));
  const out: LabelSpot[] = [];
  for (const p of sorted) {
    const name = short(p.name);
    if (p.offMap) {
      const east = p.offMap === "east";
      out.push({
        id: p.id,
        text: east ? `${name} →` : `← ${name}`,
        at: p.labelAt,
        dx: east ? -6 : 6,
        dy: -13,
        originX: east ? 1 : 0,
        originY: 0.5,
      });
      continue;
    }
    const w = name.length * CHAR_W;
    let best: { spot: LabelSpot; box: Box; hits: number } | null = null;
    for (const [dx, dy, ox, oy] of SPOTS) {
      const box = boxOf(p.at, dx, dy, ox, oy, w, scale);
      const hits = taken.filter((t) => overlaps(t, box)).length;
      if (!best || hits < best.hits)
        best = { spot: { id: p.id, text: name, at: p.at, dx, dy, originX: ox, originY: oy }, box, hits };
      if (hits === 0) break;
    }
    if (best) {
      out.push(best.spot);
      taken.push(best.box);
    }
  }
  return out;
}

/** How many place markers and labels (laid out as `spots` at `scale`) a region's bar covers on a side. */
export function barCover(
  at: RegionAnchor,
  side: BarSide,
  places: MapPlace[],
  spots: LabelSpot[],
  scale: number,
  zoom: number,
): number {
  const bar = barBox(influenceBar(at, zoom, side));
  let n = 0;
  for (const p of places) if (!p.offMap && overlaps(around(p.at, 7 * scale), bar)) n++;
  for (const s of spots) if (overlaps(labelBox(s, scale), bar)) n++;
  return n;
}

/**
 * The side of its anchor each influence bar takes at a zoom: the one where it covers fewer place
 * markers and labels, its anchor's own side on a tie.
 */
export function barSides(
  anchors: Record<string, RegionAnchor>,
  places: MapPlace[],
  spots: LabelSpot[],
  scale: number,
  zoom: number,
): Record<string, BarSide> {
  const out: Record<string, BarSide> = {};
  for (const [region, at] of Object.entries(anchors)) {
    const other: BarSide = at.side === "above" ? "below" : "above";
    const cover = (side: BarSide) => barCover(at, side, places, spots, scale, zoom);
    out[region] = cover(other) < cover(at.side) ? other : at.side;
  }
  return out;
}

/** The world box a label covers when drawn at `scale` world pixels per screen pixel. */
export function labelBox(spot: LabelSpot, scale: number): Box {
  return boxOf(spot.at, spot.dx, spot.dy, spot.originX, spot.originY, spot.text.length * CHAR_W, scale);
}

/** Whether two boxes overlap. */
export const boxesOverlap = (a: Box, b: Box): boolean => overlaps(a, b);

function boxOf(at: Pt, dx: number, dy: number, ox: number, oy: number, w: number, scale: number): Box {
  const x = at.x + dx * scale - ox * w * scale;
  const y = at.y + dy * scale - oy * LINE_H * scale;
  return { x0: x, y0: y, x1: x + w * scale, y1: y + LINE_H * scale };
}

function around(p: Pt, r: number): Box {
  return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
