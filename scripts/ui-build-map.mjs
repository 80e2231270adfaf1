#!/usr/bin/env node
// Precomputes the game map: Natural Earth country outlines (world-atlas 50m) projected with a
// conic equal-area projection fitted to lon 25–140, lat 15–65, clipped to the map rectangle and
// rounded to tenths of a pixel. Writes assets/map.json. Run: node scripts/ui-build-map.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { geoBounds, geoConicEqualArea, geoGraticule, geoPath } from "d3-geo";
import { feature } from "topojson-client";

const WIDTH = 1600;
const PARALLELS = [25, 55];
const ROTATE = [-82, 0];
const LON = [25, 140];
const LAT = [15, 65];

/** ISO 3166 numeric codes of the seven agents' countries. */
const AGENTS = { 840: "us", 643: "ru", 792: "tr", 156: "cn", 398: "kz", 860: "uz", 496: "mn" };
/** Transit countries the corridors cross or could cross. */
const TRANSIT = new Set(["031", "051", "268", "004", "364", "795", "586", "417", "762"]);
/** Where to write each highlighted country's name (lon, lat), so labels sit inside the visible part. */
const LABELS = {
  643: [96, 61],
  156: [101, 32],
  398: [67, 48.5],
  860: [62.2, 42.6],
  496: [101, 46.8],
  792: [33, 39.3],
  364: [54, 32.5],
  "004": [65, 34],
  795: [58.5, 39.4],
  "031": [48.2, 40.6],
  "051": [44.8, 40.4],
  268: [43.6, 42.1],
  586: [70, 29.5],
  417: [75, 41.6],
  762: [71, 38.7],
};

const topo = JSON.parse(
  readFileSync(new URL("../node_modules/world-atlas/countries-50m.json", import.meta.url)),
);
const countries = feature(topo, topo.objects.countries).features;

const box = {
  type: "Polygon",
  coordinates: [
    [
      ...range(LON[0], LON[1], 1).map((lon) => [lon, LAT[0]]),
      ...range(LAT[0], LAT[1], 1).map((lat) => [LON[1], lat]),
      ...range(LON[1], LON[0], -1).map((lon) => [lon, LAT[1]]),
      ...range(LAT[1], LAT[0], -1).map((lat) => [LON[0], lat]),
    ].reverse(), // clockwise: d3 reads a counter-clockwise ring as the rest of the sphere
  ],
};
const probe = geoConicEqualArea().parallels(PARALLELS).rotate(ROTATE).fitWidth(WIDTH, box);
const [[, y0], [, y1]] = geoPath(probe).bounds(box);
const HEIGHT = Math.round(y1 - y0);
const projection = geoConicEqualArea()
  .parallels(PARALLELS)
  .rotate(ROTATE)
  .fitExtent(
    [
      [0, 0],
      [WIDTH, HEIGHT],
    ],
    box,
  )
  .clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);

const round = (x) => Math.round(x * 10) / 10;

/** A geoPath context that collects rings as flat [x0, y0, x1, y1, …] arrays. */
function ringRecorder() {
  const rings = [];
  let ring = null;
  return {
    rings,
    moveTo(x, y) {
      ring = [round(x), round(y)];
      rings.push(ring);
    },
    lineTo(x, y) {
      const rx = round(x);
      const ry = round(y);
      const n = ring.length;
      if (Math.abs(ring[n - 2] - rx) + Math.abs(ring[n - 1] - ry) >= 0.8) ring.push(rx, ry);
    },
    closePath() {},
    arc() {},
  };
}

/** Twice the signed area of a flat ring. */
function area(r) {
  let a = 0;
  for (let i = 0; i < r.length; i += 2) {
    const j = (i + 2) % r.length;
    a += r[i] * r[j + 1] - r[j] * r[i + 1];
  }
  return Math.abs(a) / 2;
}

function ringsOf(geo, minPoints, minArea = 0) {
  const rec = ringRecorder();
  geoPath(projection, rec)(geo);
  return rec.rings.filter((r) => r.length >= minPoints * 2 && area(r) >= minArea);
}

/** Whether a feature's geographic bounds come near the mapped area (far ones wrap round the cone). */
function nearby(f) {
  const [[w, s], [e, n]] = geoBounds(f);
  const lonOk = w <= e ? e >= -5 && w <= 175 : true;
  return lonOk && n >= -5 && s <= 85;
}

const out = [];
for (const f of countries) {
  const id = f.id ?? f.properties.name;
  const agent = AGENTS[Number(id)] ?? null;
  const role = agent ? "agent" : TRANSIT.has(id) ? "transit" : "other";
  if (!nearby(f)) continue;
  const rings = ringsOf(f, role === "other" ? 4 : 3, role === "other" ? 6 : 1);
  if (rings.length === 0) continue;
  const label = LABELS[id] ?? LABELS[Number(id)];
  const at = label ? projection(label) : geoPath(projection).centroid(f);
  out.push({
    id: String(id),
    name: f.properties.name === "Turkey" ? "Türkiye" : f.properties.name,
    role,
    agent,
    label: label || role !== "other" ? [round(at[0]), round(at[1])] : null,
    rings,
  });
}

const graticule = [];
{
  const rec = ringRecorder();
  geoPath(projection, rec)(geoGraticule().step([10, 10])());
  graticule.push(...rec.rings.filter((r) => r.length >= 4));
}

const map = {
  source: "Natural Earth 1:50m via world-atlas 2.0.2 (public domain)",
  width: WIDTH,
  height: HEIGHT,
  projection: {
    type: "conic-equal-area",
    parallels: PARALLELS,
    rotate: ROTATE,
    center: projection.center(),
    scale: projection.scale(),
    translate: projection.translate(),
  },
  countries: out,
  graticule,
};
writeFileSync(new URL("../assets/map.json", import.meta.url), JSON.stringify(map));
const points = out.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length / 2, 0), 0);
console.log(`assets/map.json: ${out.length} countries, ${points} points, ${WIDTH}×${HEIGHT}`);

function range(from, to, step) {
  const xs = [];
  for (let x = from; step > 0 ? x < to : x > to; x += step) xs.push(x);
  return xs;
}
