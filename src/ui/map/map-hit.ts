/** What is under a map point: a place, an influence bar, a corridor, or a country. */
import { influenceBar } from "./map-draw.ts";
import type { BarSide, MapGeometry, MapSnapshot } from "./map-model.ts";
import { distanceTo, type Pt } from "./polyline.ts";
import { countryAt } from "./projection.ts";

/** Something on the map the player can point at. */
export type MapTarget =
  | { kind: "corridor"; id: string }
  | { kind: "place"; id: string }
  | { kind: "region"; id: string }
  | { kind: "country"; id: string; name: string; agent: string | null; role: "agent" | "transit" | "other" };

/**
 * The topmost target at a world point, for a camera zoom (hit areas stay a constant size on screen)
 * and the side each influence bar is drawn on (its anchor's own side if not given).
 */
export function hitTest(
  geo: MapGeometry,
  snap: MapSnapshot | null,
  p: Pt,
  zoom: number,
  sides: Record<string, BarSide> = {},
): MapTarget | null {
  const s = 1 / Math.max(0.35, zoom);
  for (const place of geo.places.values()) {
    if (Math.hypot(place.labelAt.x - p.x, place.labelAt.y - p.y) <= 11 * s)
      return { kind: "place", id: place.id };
  }
  for (const [region, at] of Object.entries(geo.regionAnchors)) {
    const bar = influenceBar(at, zoom, sides[region]);
    const m = 3 * bar.s; // the casing and a pixel more
    if (p.x >= bar.x - m && p.x <= bar.x + bar.w + m && p.y >= bar.y - m && p.y <= bar.y + bar.h + m)
      return { kind: "region", id: region };
  }
  let best: { id: string; d: number } | null = null;
  for (const c of geo.corridors) {
    const width = snap?.corridors[c.id]?.width ?? 3;
    for (const path of [c.trunk, ...Object.values(c.feeders)]) {
      const d = distanceTo(path, p);
      if (d <= width / 2 + 6 * s && (!best || d < best.d)) best = { id: c.id, d };
    }
  }
  if (best) return { kind: "corridor", id: best.id };
  const country = countryAt(geo.map, p.x, p.y);
  return country
    ? { kind: "country", id: country.id, name: country.name, agent: country.agent, role: country.role }
    : null;
}
