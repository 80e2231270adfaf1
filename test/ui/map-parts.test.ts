/** Map helpers without Phaser: label layout, turn transitions, hit tests, chart series and bundled rules. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createGame, resolveTurn } from "../../src/engine/index.ts";
import { loadBundledRules, splitRulesModules } from "../../src/rules/bundled.ts";
import { chartSpecs } from "../../src/ui/chart-data.ts";
import { barCover, barSides, boxesOverlap, labelBox, layoutLabels } from "../../src/ui/map/label-layout.ts";
import { barBox, influenceBar } from "../../src/ui/map/map-draw.ts";
import { hitTest } from "../../src/ui/map/map-hit.ts";
import { buildGeometry, snapshot } from "../../src/ui/map/map-model.ts";
import type { MapData } from "../../src/ui/map/projection.ts";
import { blendSnapshots } from "../../src/ui/map/transition.ts";
import { shippedRules } from "./rules.ts";

const rules = shippedRules();
const map = JSON.parse(readFileSync(new URL("../../assets/map.json", import.meta.url), "utf8")) as MapData;
const geo = buildGeometry(rules, map);

describe("labels", () => {
  it("gives every place one label and points off-map markets outwards", () => {
    const spots = layoutLabels([...geo.places.values()], 1.2);
    expect(spots).toHaveLength(rules.places.length);
    expect(spots.find((s) => s.id === "us-west-coast")?.text).toMatch(/→$/);
    expect(spots.find((s) => s.id === "europe-atlantic")?.text).toMatch(/^←/);
  });

  it("lays out labels that do not overlap each other at any zoom, whole map to close up", () => {
    const onMap = [...geo.places.values()].filter((p) => !p.offMap).map((p) => p.id);
    for (const zoom of [0.45, 0.55, 0.65, 0.75, 1, 1.5, 2, 3]) {
      const scale = 1 / zoom; // world pixels per screen pixel: labels keep their screen size
      const boxes = layoutLabels([...geo.places.values()], scale)
        .filter((s) => onMap.includes(s.id))
        .map((s) => ({ id: s.id, box: labelBox(s, scale) }));
      const clashes: string[] = [];
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) if (boxesOverlap(a.box, b.box)) clashes.push(`${a.id} ~ ${b.id}`);
      expect(clashes, `zoom ${zoom}`).toEqual([]);
    }
  });
});

describe("turn transitions", () => {
  it("moves from one snapshot to the next", () => {
    const s0 = createGame(rules, { seed: "t", scenario: "base-2026" });
    const s1 = resolveTurn(s0, rules, { tr: [{ type: "block-corridor", corridor: "tripp" }] }).state;
    const a = snapshot(rules, s0);
    const b = snapshot(rules, s1);
    expect(blendSnapshots(a, b, 0).corridors.tripp?.look).toBe("open");
    expect(blendSnapshots(a, b, 1)).toEqual({ ...b, streams: b.streams });
    const mid = blendSnapshots(a, b, 0.5);
    const track = rules.tracks[0]?.id ?? "";
    const lo = Math.min(a.tracks[track] ?? 0, b.tracks[track] ?? 0);
    const hi = Math.max(a.tracks[track] ?? 0, b.tracks[track] ?? 0);
    expect(mid.tracks[track]).toBeGreaterThanOrEqual(lo);
    expect(mid.tracks[track]).toBeLessThanOrEqual(hi);
  });
});

describe("hit tests", () => {
  it("finds places, corridors and countries under a point", () => {
    const place = geo.places.get("xinjiang");
    if (!place) throw new Error("no xinjiang");
    expect(hitTest(geo, null, place.labelAt, 1)).toEqual({ kind: "place", id: "xinjiang" });
    const tripp = geo.corridors.find((c) => c.id === "tripp");
    const mid = tripp?.trunk.points[Math.floor((tripp?.trunk.points.length ?? 0) / 2)];
    if (!mid) throw new Error("no tripp");
    expect(hitTest(geo, null, { x: mid.x, y: mid.y + 1 }, 1)).toMatchObject({ kind: "corridor" });
    expect(hitTest(geo, null, { x: 5, y: 5 }, 1)?.kind ?? "sea").not.toBe("corridor");
  });
});

describe("influence bars", () => {
  const places = [...geo.places.values()];
  const zooms = [0.35, 0.45, 0.6, 0.76, 1, 1.5, 2, 4];

  it("stay clear of the host country's name on either side, at every zoom", () => {
    expect(rules.regions.filter((r) => r.host !== null).length).toBeGreaterThan(0);
    for (const zoom of zooms) {
      for (const r of rules.regions) {
        const at = geo.regionAnchors[r.id];
        if (!at) throw new Error(`no anchor for ${r.id}`);
        const label = r.host === null ? undefined : map.countries.find((c) => c.agent === r.host)?.label;
        if (label) expect([at.x, at.y]).toEqual(label);
        for (const side of ["above", "below"] as const) {
          const box = barBox(influenceBar(at, zoom, side));
          // The bar and its casing end before the name (or the places) begin.
          if (side === "above") expect(box.y1).toBeLessThan(at.y - at.half);
          else expect(box.y0).toBeGreaterThan(at.y + at.half);
        }
      }
    }
  });

  it("take the side that covers fewer places and labels, and are found there by the hit test", () => {
    for (const zoom of zooms) {
      const scale = 1 / Math.max(0.45, zoom);
      const spots = layoutLabels(places, scale);
      const sides = barSides(geo.regionAnchors, places, spots, scale, zoom);
      for (const r of rules.regions) {
        const at = geo.regionAnchors[r.id];
        const side = sides[r.id];
        if (!at || !side) throw new Error(`no bar for ${r.id}`);
        const other = side === "above" ? "below" : "above";
        const cover = (s: "above" | "below") => barCover(at, s, places, spots, scale, zoom);
        expect(cover(side)).toBeLessThanOrEqual(cover(other));
        if (side !== at.side) expect(cover(side)).toBeLessThan(cover(other));
        const bar = influenceBar(at, zoom, side);
        const centre = { x: bar.x + bar.w / 2, y: bar.y + bar.h / 2 };
        expect(hitTest(geo, null, centre, zoom, sides)).toEqual({ kind: "region", id: r.id });
      }
    }
    // At the opening view's zoom in a 1440 × 900 window (about 0.76), Uzbekistan's bar above its
    // name would cover the Caspian crossing's label: it goes below, and no bar covers a label or a place.
    const spots = layoutLabels(places, 1 / 0.76);
    const sides = barSides(geo.regionAnchors, places, spots, 1 / 0.76, 0.76);
    const uz = geo.regionAnchors.uzbekistan;
    if (!uz) throw new Error("no anchor for Uzbekistan");
    expect(barCover(uz, "above", places, spots, 1 / 0.76, 0.76)).toBeGreaterThan(0);
    expect(sides.uzbekistan).toBe("below");
    for (const [region, side] of Object.entries(sides)) {
      const at = geo.regionAnchors[region];
      if (at) expect(barCover(at, side, places, spots, 1 / 0.76, 0.76)).toBe(0);
    }
  });
});

describe("charts", () => {
  it("has a series per track, per country and per key measure, starting at turn 0", () => {
    const s0 = createGame(rules, { seed: "c", scenario: "base-2026" });
    const s2 = resolveTurn(resolveTurn(s0, rules, {}).state, rules, {}).state;
    const [tracks, scores, measures] = chartSpecs(rules, s0, s2);
    expect(tracks?.turns).toEqual([0, 1, 2]);
    expect(tracks?.series).toHaveLength(rules.tracks.length);
    expect(scores?.series).toHaveLength(rules.agents.length);
    expect(measures?.series.every((x) => x.values.length === 3)).toBe(true);
  });
});

describe("bundled rules", () => {
  it("splits Vite's glob into files and scenarios and validates them without errors", () => {
    const split = splitRulesModules({
      "../../rules/agents.json": { default: { agents: [] } },
      "../../rules/scenarios/x.json": { id: "x" },
    });
    expect(Object.keys(split.files)).toEqual(["agents.json"]);
    expect(Object.keys(split.scenarios)).toEqual(["scenarios/x.json"]);
    const { rules: bundled, problems } = loadBundledRules();
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(bundled?.agents.map((a) => a.id)).toEqual(rules.agents.map((a) => a.id));
  });
});
