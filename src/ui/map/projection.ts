/**
 * The map's projection: d3-geo's conic equal-area with the parameters scripts/ui-build-map.mjs
 * fitted (kept in assets/map.json), so places from the rules land on the precomputed outlines
 * without shipping d3-geo to the browser.
 */

/** The projection parameters stored in assets/map.json. */
export interface ProjectionSpec {
  type: "conic-equal-area";
  parallels: [number, number];
  rotate: [number, number];
  /** d3's projection centre (lon, lat): its point lands on `translate`. */
  center: [number, number];
  scale: number;
  translate: [number, number];
}

/** One country outline from assets/map.json. */
export interface MapCountry {
  id: string;
  name: string;
  role: "agent" | "transit" | "other";
  agent: string | null;
  label: [number, number] | null;
  /** Flat [x0, y0, x1, y1, …] rings in map pixels. */
  rings: number[][];
}

/** The whole of assets/map.json. */
export interface MapData {
  source: string;
  width: number;
  height: number;
  projection: ProjectionSpec;
  countries: MapCountry[];
  graticule: number[][];
}

const RAD = Math.PI / 180;

/** A lon/lat → map pixel function for the stored parameters (as d3's geoConicEqualArea computes it). */
export function conicEqualArea(spec: ProjectionSpec): (lon: number, lat: number) => [number, number] {
  const [p0, p1] = spec.parallels;
  const sy0 = Math.sin(p0 * RAD);
  const n = (sy0 + Math.sin(p1 * RAD)) / 2;
  const c = 1 + sy0 * (2 * n - sy0);
  const r0 = Math.sqrt(c) / n;
  const k = spec.scale;
  const raw = (lambda: number, phi: number): [number, number] => {
    const r = Math.sqrt(Math.max(0, c - 2 * n * Math.sin(phi))) / n;
    return [r * Math.sin(lambda * n), r0 - r * Math.cos(lambda * n)];
  };
  const [cx, cy] = raw(spec.center[0] * RAD, spec.center[1] * RAD);
  const tx = spec.translate[0] - k * cx;
  const ty = spec.translate[1] + k * cy;
  return (lon, lat) => {
    let lambda = (lon + spec.rotate[0]) * RAD;
    // d3 wraps the rotated longitude into [−π, π].
    if (lambda > Math.PI) lambda -= 2 * Math.PI;
    else if (lambda < -Math.PI) lambda += 2 * Math.PI;
    const [x, y] = raw(lambda, lat * RAD);
    return [tx + k * x, ty - k * y];
  };
}

/** Whether a point lies inside a flat ring (even-odd rule). */
export function inRing(ring: number[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const xi = ring[i] ?? 0;
    const yi = ring[i + 1] ?? 0;
    const xj = ring[j] ?? 0;
    const yj = ring[j + 1] ?? 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The country under a map point, if any (holes are rare at this scale and ignored). */
export function countryAt(map: MapData, x: number, y: number): MapCountry | null {
  for (const c of map.countries) if (c.rings.some((r) => inRing(r, x, y))) return c;
  return null;
}
