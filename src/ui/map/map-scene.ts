/**
 * The map scene: draws the geometry and the current snapshot, animates flows and turn
 * transitions, and reports what is under the pointer. It renders and never decides: every fact it
 * shows comes from the snapshot it was given, and every click goes out as an id.
 */
import * as Phaser from "phaser";
import type { AgentId } from "../../engine/index.ts";
import { FlowLayer } from "./flow-layer.ts";
import { barSides, type LabelSpot, layoutLabels } from "./label-layout.ts";
import { MapCameraControl, toWorld } from "./map-camera.ts";
import { drawCorridor, drawCountries, drawGlow, drawInfluence, drawPlaces, MAP_COLORS } from "./map-draw.ts";
import { hitTest, type MapTarget } from "./map-hit.ts";
import type { BarSide, MapGeometry, MapSnapshot } from "./map-model.ts";
import { blendSnapshots } from "./transition.ts";

/** What the scene tells its owner. */
export interface MapSceneEvents {
  hover(target: MapTarget | null, screen: { x: number; y: number }): void;
  select(target: MapTarget | null): void;
  firstFrame(): void;
}

const TRANSITION_MS = 1600;

/** The Phaser scene that draws Eurasia, the corridors and the flows. */
export class MapScene extends Phaser.Scene {
  private snap: MapSnapshot | null = null;
  private from: MapSnapshot | null = null;
  private transitionAt = -1;
  private changed = new Set<string>();
  private corridorsG!: Phaser.GameObjects.Graphics;
  private overlayG!: Phaser.GameObjects.Graphics;
  private placesG!: Phaser.GameObjects.Graphics;
  private flows!: FlowLayer;
  private labels: { text: Phaser.GameObjects.Text; spot: LabelSpot }[] = [];
  /** World pixels per screen pixel the labels were laid out for (they are laid out again on zoom). */
  private labelScale = 1.2;
  /** The side of its anchor each influence bar is drawn on (laid out with the labels). */
  private barSide: Record<string, BarSide> = {};
  private cameraControl!: MapCameraControl;
  private hovered: MapTarget | null = null;
  private selected: MapTarget | null = null;
  private lastZoom = 0;
  private dirty = true;
  private sentFirstFrame = false;
  private lastView: MapSnapshot | null = null;

  constructor(
    private readonly geo: MapGeometry,
    private readonly colors: Record<AgentId, number>,
    private readonly countryOf: (placeId: string) => number,
    private readonly sink: MapSceneEvents,
  ) {
    super({ key: "map" });
  }

  /** The camera control, for the view's keyboard and buttons. */
  get cameraControls(): MapCameraControl {
    return this.cameraControl;
  }

  create(): void {
    const base = this.add.graphics();
    drawCountries(base, this.geo.map, this.colors);
    this.cacheBase(base);
    this.addCountryLabels();
    this.corridorsG = this.add.graphics();
    this.flows = new FlowLayer(this, this.geo, this.colors);
    this.placesG = this.add.graphics();
    this.overlayG = this.add.graphics();
    this.addPlaceLabels();
    this.cameraControl = new MapCameraControl(
      this,
      this.geo.map.width,
      this.geo.map.height,
      homeRect(this.geo),
    );
    this.input.on("pointermove", (p: Phaser.Input.Pointer) => this.onMove(p));
    this.input.on("pointerup", (p: Phaser.Input.Pointer) => {
      if (!this.cameraControl.wasDrag(p)) this.pick(this.targetAt(p));
    });
    this.input.on("gameout", () => this.setHover(null, { x: 0, y: 0 }));
    this.notifyFirstFrame();
  }

  /** The tracks as currently drawn (mid-animation values during a transition). */
  currentTracks(): Record<string, number> | null {
    return this.lastView?.tracks ?? null;
  }

  /** Whether a turn transition is playing. */
  get animating(): boolean {
    return this.from !== null;
  }

  /** Show a snapshot, animating from the current one when asked. */
  show(snap: MapSnapshot, animate: boolean): void {
    if (animate && this.snap) {
      this.from = this.snap;
      this.transitionAt = this.time.now;
      this.changed = new Set(
        Object.values(snap.corridors)
          .filter((c) => this.snap?.corridors[c.id]?.look !== c.look)
          .map((c) => c.id),
      );
    } else {
      this.from = null;
      this.changed.clear();
    }
    this.snap = snap;
    this.dirty = true;
  }

  /** Select a map item from outside (a table's "show on map"), centring the camera on it. */
  focusOn(target: MapTarget): void {
    this.selected = target;
    const at = this.anchorOf(target);
    if (at) this.cameraControl.centreOn(at.x, at.y);
    this.dirty = true;
  }

  override update(time: number, delta: number): void {
    if (!this.snap) return;
    const zoom = this.cameras.main.zoom;
    this.cameraControl.update(delta);
    const t = this.from ? Math.min(1, (time - this.transitionAt) / TRANSITION_MS) : 1;
    const view = this.from && t < 1 ? blendSnapshots(this.from, this.snap, t) : this.snap;
    if (this.from && t >= 1) this.from = null;
    if (this.dirty || zoom !== this.lastZoom || t < 1 || this.changed.size > 0) this.redraw(view, zoom, time);
    this.flows.update(view, delta, zoom);
    this.lastView = view;
    this.lastZoom = zoom;
    this.dirty = false;
  }

  private redraw(view: MapSnapshot, zoom: number, time: number): void {
    const z = Math.max(0.45, zoom);
    if (Math.abs(1 / z - this.labelScale) > this.labelScale * 0.05) this.relayoutLabels(1 / z, zoom);
    const g = this.corridorsG;
    g.clear();
    for (const c of this.geo.corridors) {
      const v = view.corridors[c.id];
      if (v) drawCorridor(g, c, v.look, v.width, zoom);
    }
    this.placesG.clear();
    drawPlaces(this.placesG, this.geo.places.values(), zoom, this.countryOf);
    for (const inf of view.influence) {
      const at = this.geo.regionAnchors[inf.region];
      if (at) drawInfluence(this.placesG, inf, at, this.colors, zoom, this.barSide[inf.region]);
    }
    const o = this.overlayG;
    o.clear();
    const pulse = 0.25 + 0.25 * Math.sin(time / 160);
    for (const id of this.changed) {
      const c = this.geo.corridors.find((x) => x.id === id);
      if (c) drawGlow(o, c, view.corridors[id]?.width ?? 3, pulse);
    }
    if (this.changed.size > 0 && !this.from && time - this.transitionAt > TRANSITION_MS * 2.5)
      this.changed.clear();
    for (const target of [this.selected, this.hovered]) {
      if (target?.kind !== "corridor") continue;
      const c = this.geo.corridors.find((x) => x.id === target.id);
      if (c) drawGlow(o, c, view.corridors[c.id]?.width ?? 3, target === this.selected ? 0.45 : 0.3);
    }
    for (const { text, spot } of this.labels)
      text.setScale(1 / z).setPosition(spot.at.x + spot.dx / z, spot.at.y + spot.dy / z);
  }

  private cacheBase(base: Phaser.GameObjects.Graphics): void {
    // Earcut would re-triangulate 27,000 outline points every frame: draw them once into a texture.
    const scale = 2;
    const { width, height } = this.geo.map;
    const tex = this.textures.addDynamicTexture("base-map", width * scale, height * scale);
    if (!tex) return;
    base.setScale(scale);
    tex.draw(base, 0, 0);
    tex.render();
    base.destroy();
    this.add
      .graphics()
      .fillStyle(MAP_COLORS.sea, 1)
      .fillRect(-4000, -4000, width + 8000, height + 8000);
    this.add
      .image(0, 0, "base-map")
      .setOrigin(0, 0)
      .setScale(1 / scale);
  }

  private addCountryLabels(): void {
    for (const c of this.geo.map.countries) {
      if (!c.label || c.role === "other") continue;
      const major = c.role === "agent";
      this.add
        .text(c.label[0], c.label[1], major ? c.name.toUpperCase() : c.name, {
          fontFamily: "Georgia, 'DejaVu Serif', serif",
          fontSize: major ? "17px" : "11px",
          color: major ? "#f4ecd8" : "#c9c4e6",
          letterSpacing: major ? 3 : 1,
        })
        .setOrigin(0.5, 0.5)
        .setAlpha(major ? 0.62 : 0.75)
        .setResolution(2);
    }
  }

  /**
   * Lay the place labels out again for a new zoom, so that none overlaps another at this size, and
   * put each influence bar on the side of its anchor where it covers fewer of them.
   */
  private relayoutLabels(scale: number, zoom: number): void {
    this.labelScale = scale;
    const places = [...this.geo.places.values()];
    const laid = layoutLabels(places, scale);
    this.barSide = barSides(this.geo.regionAnchors, places, laid, scale, zoom);
    const spots = new Map(laid.map((s) => [s.id, s]));
    for (const label of this.labels) {
      const spot = spots.get(label.spot.id);
      if (!spot) continue;
      label.spot = spot;
      label.text.setOrigin(spot.originX, spot.originY);
    }
  }

  private addPlaceLabels(): void {
    for (const spot of layoutLabels([...this.geo.places.values()], this.labelScale)) {
      const text = this.add
        .text(spot.at.x, spot.at.y, spot.text, {
          fontFamily: "system-ui, 'DejaVu Sans', sans-serif",
          fontSize: "12px",
          color: "#ffffff",
          stroke: "#07101c",
          strokeThickness: 3,
        })
        .setOrigin(spot.originX, spot.originY)
        .setResolution(2);
      this.labels.push({ text, spot });
    }
  }

  private targetAt(p: Phaser.Input.Pointer): MapTarget | null {
    const zoom = this.cameras.main.zoom;
    return hitTest(this.geo, this.snap, toWorld(this.cameras.main, p.x, p.y), zoom, this.barSide);
  }

  private onMove(p: Phaser.Input.Pointer): void {
    if (p.isDown) return;
    this.setHover(this.targetAt(p), { x: p.x, y: p.y });
  }

  private setHover(target: MapTarget | null, screen: { x: number; y: number }): void {
    const same = JSON.stringify(target) === JSON.stringify(this.hovered);
    this.hovered = target;
    if (!same) this.dirty = true;
    this.sink.hover(target, screen);
  }

  private pick(target: MapTarget | null): void {
    this.selected = target;
    this.dirty = true;
    this.sink.select(target);
  }

  private anchorOf(t: MapTarget): { x: number; y: number } | null {
    if (t.kind === "place") return this.geo.places.get(t.id)?.at ?? null;
    if (t.kind === "region") return this.geo.regionAnchors[t.id] ?? null;
    if (t.kind === "corridor") {
      const c = this.geo.corridors.find((x) => x.id === t.id);
      return c ? (c.trunk.points[Math.floor(c.trunk.points.length / 2)] ?? null) : null;
    }
    return null;
  }

  private notifyFirstFrame(): void {
    this.game.events.once("postrender", () => {
      if (this.sentFirstFrame) return;
      this.sentFirstFrame = true;
      this.sink.firstFrame();
    });
  }
}

/** The box around the on-map places, with a margin: the view the map starts with. */
function homeRect(geo: MapGeometry): { x: number; y: number; w: number; h: number } {
  const pts = [...geo.places.values()].filter((p) => !p.offMap).map((p) => p.at);
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const mx = 150;
  const my = 70;
  const x = Math.max(0, Math.min(...xs) - mx);
  const y = Math.max(0, Math.min(...ys) - my);
  return {
    x,
    y,
    w: Math.min(geo.map.width, Math.max(...xs) + mx) - x,
    h: Math.min(geo.map.height, Math.max(...ys) + my) - y,
  };
}
