/** The map's geometry and per-turn snapshot: projection, routes, looks and influence. */
import { readFileSync } from "node:fs";
import { geoConicEqualArea } from "d3-geo";
import { describe, expect, it } from "vitest";
import { createGame, resolveTurn } from "../../src/engine/index.ts";
import { buildGeometry, snapshot, widthFor } from "../../src/ui/map/map-model.ts";
import { distanceTo, makePath, pointAt } from "../../src/ui/map/polyline.ts";
import { conicEqualArea, countryAt, type MapData } from "../../src/ui/map/projection.ts";
import { shippedRules } from "./rules.ts";

const rules = shippedRules();
const map = JSON.parse(readFileSync(new URL("../../assets/map.json", import.meta.url), "utf8")) as MapData;

describe("the projection", () => {
  it("matches d3-geo's conic equal-area with the stored parameters", () => {
    const p = map.projection;
    const d3 = geoConicEqualArea()
      .parallels(p.parallels)
      .rotate(p.rotate)
      .center(p.center)
      .scale(p.scale)
      .translate(p.translate);
    const mine = conicEqualArea(p);
    for (const [lon, lat] of [
      [71, 46.5],
      [37, 39],
      [131.9, 43.1],
      [25, 15],
      [140, 65],
    ] as const) {
      const [x, y] = d3([lon, lat]) ?? [0, 0];
      const [mx, my] = mine(lon, lat);
      expect(mx).toBeCloseTo(x, 6);
      expect(my).toBeCloseTo(y, 6);
    }
  });

  it("puts places inside the right countries", () => {
    const g = buildGeometry(rules, map);
    const at = (id: string) => g.places.get(id)?.at ?? { x: -1, y: -1 };
    expect(countryAt(map, at("kazakhstan-mines").x, at("kazakhstan-mines").y)?.agent).toBe("kz");
    expect(countryAt(map, at("anatolia").x, at("anatolia").y)?.agent).toBe("tr");
    expect(countryAt(map, at("xinjiang").x, at("xinjiang").y)?.agent).toBe("cn");
  });
});

describe("corridor geometry", () => {
  const g = buildGeometry(rules, map);
  it("sends off-map markets to the edge: the Pacific east, the Atlantic west", () => {
    expect(g.places.get("us-west-coast")?.offMap).toBe("east");
    expect(g.places.get("europe-atlantic")?.offMap).toBe("west");
    const ts = g.corridors.find((c) => c.id === "trans-siberian");
    const end = ts?.trunk.points[ts.trunk.points.length - 1];
    expect(end?.x).toBeGreaterThan(map.width - 40);
  });
  it("joins each feeder to its nearest trunk place", () => {
    const tripp = g.corridors.find((c) => c.id === "tripp");
    const kz = tripp?.routes["kazakhstan-mines"];
    expect(kz?.points[0]).toEqual(g.places.get("kazakhstan-mines")?.at);
    expect(kz?.length).toBeGreaterThan(tripp?.feeders["kazakhstan-mines"]?.length ?? 0);
  });
});

describe("snapshots", () => {
  it("shows open, blocked and closed corridors with widths by capacity", () => {
    const s0 = createGame(rules, { seed: "m", scenario: "base-2026" });
    const s1 = resolveTurn(s0, rules, { tr: [{ type: "block-corridor", corridor: "tripp" }] }).state;
    const snap = snapshot(rules, s1);
    expect(snap.corridors.tripp?.look).toBe("blocked");
    expect(snap.corridors["afghan-route"]?.look).toBe("closed");
    expect(snap.corridors["china-west"]?.look).toBe("open");
    expect(widthFor(15000)).toBeGreaterThan(widthFor(24));
    expect(snap.streams.every((x) => x.volume > 0)).toBe(true);
    const kz = snap.influence.find((i) => i.region === "kazakhstan");
    expect(kz?.shares.map((x) => x.agent)).not.toContain("kz");
    expect((kz?.rest ?? 0) + (kz?.shares.reduce((a, x) => a + x.share, 0) ?? 0)).toBeCloseTo(100, 5);
  });
});

describe("polylines", () => {
  it("walks and measures", () => {
    const p = makePath([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ]);
    expect(p.length).toBe(20);
    expect(pointAt(p, 15)).toEqual({ x: 10, y: 5 });
    expect(distanceTo(p, { x: 5, y: 3 })).toBe(3);
  });
});
