/**
 * What the map draws, derived from the rules, the map outlines and a state: place positions,
 * corridor routes (feeders joining the trunk), each corridor's status, width and load, the flow
 * streams, and influence in the contested regions. Pure, so it is tested without Phaser.
 */
import type { AgentId, GameState, Rules } from "../../engine/index.ts";
import { makePath, type Path, type Pt } from "./polyline.ts";
import { conicEqualArea, type MapData } from "./projection.ts";

/** A place on the map; off-map markets sit on the edge with the direction they lie in. */
export interface MapPlace {
  id: string;
  name: string;
  kind: "producer" | "transit" | "market";
  at: Pt;
  offMap: "east" | "west" | null;
  /** Where its label goes: the place itself, or where the corridors to it leave the map. */
  labelAt: Pt;
}

/** A corridor's fixed geometry. */
export interface CorridorGeometry {
  id: string;
  name: string;
  trunk: Path;
  /** Feeder lines from each producer to the trunk place it joins. */
  feeders: Record<string, Path>;
  /** The whole route from each producer to the market. */
  routes: Record<string, Path>;
}

/** Everything fixed for a ruleset and map. */
export interface MapGeometry {
  map: MapData;
  places: Map<string, MapPlace>;
  corridors: CorridorGeometry[];
  regionAnchors: Record<string, RegionAnchor>;
}

/** Which side of its anchor an influence bar takes. */
export type BarSide = "above" | "below";

/**
 * Where a contested region's influence bar goes: centred on `x`, above or below what is drawn
 * around (x, y) (the host country's name, or the places of a region with no host), which reaches
 * `half` world pixels up and down. `side` is the side it takes unless the other is freer.
 */
export interface RegionAnchor extends Pt {
  half: number;
  side: BarSide;
}

/** Half the height of a major country's name on the map, world pixels (its 17 px type). */
const COUNTRY_LABEL_HALF = 10;

/** How a corridor looks this turn. */
export type CorridorLook = "open" | "blocked" | "closed";

/** A corridor's state for drawing. */
export interface CorridorView {
  id: string;
  look: CorridorLook;
  blockedBy: AgentId[];
  capacity: number;
  load: number;
  width: number;
}

/** One producer's shipments on one corridor. */
export interface StreamView {
  key: string;
  corridor: string;
  producer: string;
  seller: AgentId;
  volume: number;
}

/** Influence shares in a contested region. */
export interface InfluenceView {
  region: string;
  shares: { agent: AgentId; share: number }[];
  /** What outside powers do not hold: the host's own share (or local actors' when there is no host). */
  rest: number;
  host: AgentId | null;
}

/** Everything the map draws for one state. */
export interface MapSnapshot {
  corridors: Record<string, CorridorView>;
  streams: StreamView[];
  influence: InfluenceView[];
  tracks: Record<string, number>;
}

/** Line width for a corridor's capacity: logarithmic, since capacities span 20 to 15,000 kt. */
export const widthFor = (capacity: number): number => 1.5 + 1.6 * Math.log10(Math.max(0, capacity) + 1);

/** Compute the fixed geometry. */
export function buildGeometry(rules: Rules, map: MapData): MapGeometry {
  const project = conicEqualArea(map.projection);
  const lonLat = new Map(rules.places.map((p) => [p.id, [p.lon, p.lat] as const]));
  const places = new Map<string, MapPlace>();
  for (const p of rules.places) {
    const [x, y] = project(p.lon, p.lat);
    const wraps = Math.abs(p.lon + map.projection.rotate[0]) > 150;
    const offMap = wraps || x > map.width ? "east" : x < 0 ? "west" : null;
    places.set(p.id, { id: p.id, name: p.name, kind: p.kind, at: { x, y }, offMap, labelAt: { x, y } });
  }
  const corridors = rules.corridors.map((c) => {
    const trunkIds = c.path;
    const trunk = route(trunkIds, places, lonLat, project, map);
    const feeders: Record<string, Path> = {};
    const routes: Record<string, Path> = {};
    for (const f of c.feeders) {
      const join = nearest(f, trunkIds, places);
      feeders[f] = route([f, join], places, lonLat, project, map);
      routes[f] = route([f, ...trunkIds.slice(trunkIds.indexOf(join))], places, lonLat, project, map);
    }
    const end = places.get(trunkIds[trunkIds.length - 1] ?? "");
    const last = trunk.points[trunk.points.length - 1];
    if (end?.offMap && last) end.labelAt = last;
    return { id: c.id, name: c.name, trunk, feeders, routes };
  });
  return { map, places, corridors, regionAnchors: regionAnchors(rules, map, places) };
}

/** The trunk place a producer joins: the nearest one on the map. */
function nearest(producer: string, trunk: string[], places: Map<string, MapPlace>): string {
  const p = places.get(producer)?.at ?? { x: 0, y: 0 };
  let best = trunk[0] ?? producer;
  let bestD = Number.POSITIVE_INFINITY;
  for (const id of trunk) {
    const q = places.get(id);
    if (!q || q.offMap) continue;
    const d = Math.hypot(q.at.x - p.x, q.at.y - p.y);
    if (d < bestD) [best, bestD] = [id, d];
  }
  return best;
}

/** A polyline through places, bent along the projection between on-map places, ending at the map edge for off-map ones. */
function route(
  ids: string[],
  places: Map<string, MapPlace>,
  lonLat: Map<string, readonly [number, number]>,
  project: (lon: number, lat: number) => [number, number],
  map: MapData,
): Path {
  const pts: Pt[] = [];
  ids.forEach((id, i) => {
    const place = places.get(id);
    if (!place) return;
    const prev = pts[pts.length - 1];
    if (place.offMap && prev) {
      pts.push(edgePoint(prev, place, map));
      return;
    }
    const a = lonLat.get(ids[i - 1] ?? "");
    const b = lonLat.get(id);
    if (i > 0 && a && b && !places.get(ids[i - 1] ?? "")?.offMap) {
      const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 2));
      for (let s = 1; s < steps; s++) {
        const [x, y] = project(a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps);
        pts.push({ x, y });
      }
    }
    pts.push(place.at);
  });
  return makePath(pts);
}

/** Where a line from `from` towards an off-map place leaves the map, a little inside the edge. */
function edgePoint(from: Pt, place: MapPlace, map: MapData): Pt {
  const margin = 18;
  if (place.offMap === "east") return { x: map.width - margin, y: from.y };
  const dx = place.at.x - from.x;
  const dy = place.at.y - from.y;
  const t = dx !== 0 ? (margin - from.x) / dx : 1;
  const y = from.y + dy * Math.max(0, Math.min(1, t));
  return { x: margin, y: Math.max(margin, Math.min(map.height - margin, y)) };
}

function regionAnchors(
  rules: Rules,
  map: MapData,
  places: Map<string, MapPlace>,
): Record<string, RegionAnchor> {
  const out: Record<string, RegionAnchor> = {};
  for (const r of rules.regions) {
    const host = map.countries.find((c) => r.host !== null && c.agent === r.host && c.label);
    if (host?.label) {
      out[r.id] = { x: host.label[0], y: host.label[1], half: COUNTRY_LABEL_HALF, side: "above" };
      continue;
    }
    const mine = rules.places.filter((p) => p.region === r.id).map((p) => places.get(p.id)?.at);
    const pts = mine.filter((p): p is Pt => p !== undefined);
    const x = pts.reduce((a, p) => a + p.x, 0) / Math.max(1, pts.length);
    const y = pts.reduce((a, p) => a + p.y, 0) / Math.max(1, pts.length);
    out[r.id] = { x, y, half: 20, side: "below" };
  }
  return out;
}

/** What to draw for a state. */
export function snapshot(
  rules: Rules,
  state: Pick<GameState, "corridors" | "flows" | "influence" | "tracks">,
): MapSnapshot {
  const corridors: Record<string, CorridorView> = {};
  for (const c of rules.corridors) {
    const cs = state.corridors[c.id];
    if (!cs) continue;
    const load = state.flows.filter((f) => f.corridor === c.id).reduce((a, f) => a + f.total, 0);
    const look: CorridorLook =
      cs.status === "closed" ? "closed" : cs.blockedBy.length > 0 ? "blocked" : "open";
    corridors[c.id] = {
      id: c.id,
      look,
      blockedBy: [...cs.blockedBy],
      capacity: cs.capacity,
      load,
      width: widthFor(cs.capacity),
    };
  }
  const streams = state.flows
    .filter((f) => f.total > 0)
    .map((f) => ({
      key: `${f.producer}>${f.corridor}`,
      corridor: f.corridor,
      producer: f.producer,
      seller: f.seller,
      volume: f.total,
    }));
  const influence = rules.regions.map((r) => {
    const row = state.influence[r.id] ?? {};
    const shares = rules.agents
      .map((a) => ({ agent: a.id, share: row[a.id] ?? 0 }))
      .filter((s) => s.share > 0 && s.agent !== r.host);
    const held = shares.reduce((a, s) => a + s.share, 0);
    return { region: r.id, shares, rest: Math.max(0, 100 - held), host: r.host };
  });
  return { corridors, streams, influence, tracks: { ...state.tracks } };
}
