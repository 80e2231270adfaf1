/** Zoom and pan for the map: wheel zooms at the pointer, drag pans, and the view's keys and buttons call in. */
import type * as Phaser from "phaser";

const MAX_ZOOM = 6;
const DRAG_PX = 5;

/** The map camera's controls. */
export class MapCameraControl {
  private downAt: { x: number; y: number } | null = null;
  private lastDrag: { x: number; y: number } | null = null;
  private dragged = false;
  private fit = 0;
  private homeZoom = 0;
  /** Key-driven pan velocity, screen px per second. */
  private velocity = { x: 0, y: 0 };

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly width: number,
    private readonly height: number,
    /** The part of the map shown at the start and on reset: the corridor network. */
    private readonly home: { x: number; y: number; w: number; h: number },
  ) {
    const input = scene.input;
    input.on("wheel", (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.zoomAt(Math.exp(-dy * 0.0015), p.x, p.y);
    });
    input.on("pointerdown", (p: Phaser.Input.Pointer) => {
      this.downAt = { x: p.x, y: p.y };
      this.lastDrag = { x: p.x, y: p.y };
      this.dragged = false;
    });
    input.on("pointermove", (p: Phaser.Input.Pointer) => {
      if (!p.isDown || !this.lastDrag || !this.downAt) return;
      if (Math.hypot(p.x - this.downAt.x, p.y - this.downAt.y) > DRAG_PX) this.dragged = true;
      if (!this.dragged) return;
      this.panBy(this.lastDrag.x - p.x, this.lastDrag.y - p.y);
      this.lastDrag = { x: p.x, y: p.y };
    });
    scene.scale.on("resize", () => this.refit(false));
    this.refit(true);
  }

  /** Whether the pointer's last press was a drag (so its release is not a click). */
  wasDrag(_p: Phaser.Input.Pointer): boolean {
    const d = this.dragged;
    this.downAt = null;
    this.lastDrag = null;
    this.dragged = false;
    return d;
  }

  /** Zoom by a factor around the view's centre. */
  zoomBy(factor: number): void {
    const cam = this.scene.cameras.main;
    this.zoomAt(factor, cam.width / 2, cam.height / 2);
  }

  /** Pan by screen pixels. */
  panBy(dx: number, dy: number): void {
    const cam = this.scene.cameras.main;
    cam.scrollX += dx / cam.zoom;
    cam.scrollY += dy / cam.zoom;
    this.clamp();
  }

  /** Start or stop a key-driven pan (screen px per second on each axis). */
  setVelocity(x: number, y: number): void {
    this.velocity = { x, y };
  }

  /** Advance key-driven panning. */
  update(deltaMs: number): void {
    if (this.velocity.x === 0 && this.velocity.y === 0) return;
    this.panBy((this.velocity.x * deltaMs) / 1000, (this.velocity.y * deltaMs) / 1000);
  }

  /** Show the whole map. */
  reset(): void {
    this.refit(true);
  }

  /** Centre the view on a world point, zooming in a little if the whole map is showing. */
  centreOn(x: number, y: number): void {
    const cam = this.scene.cameras.main;
    if (cam.zoom < this.fit * 1.4) cam.setZoom(this.fit * 1.6);
    cam.centerOn(x, y);
    this.clamp();
  }

  /** The current zoom relative to the whole-map view. */
  get relativeZoom(): number {
    return this.scene.cameras.main.zoom / this.fit;
  }

  private zoomAt(factor: number, sx: number, sy: number): void {
    const cam = this.scene.cameras.main;
    const before = toWorld(cam, sx, sy);
    const zoom = Math.max(this.fit * 0.9, Math.min(MAX_ZOOM, cam.zoom * factor));
    cam.setZoom(zoom);
    const after = toWorld(cam, sx, sy);
    cam.scrollX += before.x - after.x;
    cam.scrollY += before.y - after.y;
    this.clamp();
  }

  private refit(centre: boolean): void {
    const cam = this.scene.cameras.main;
    const w = this.scene.scale.width;
    const h = this.scene.scale.height;
    cam.setSize(w, h);
    this.fit = Math.min(w / this.width, h / this.height);
    const home = this.home;
    const start = Math.max(this.fit, Math.min(w / home.w, h / home.h));
    if (centre || Math.abs(cam.zoom - this.homeZoom) < 1e-6) {
      cam.setZoom(start);
      cam.centerOn(home.x + home.w / 2, home.y + home.h / 2);
    }
    this.homeZoom = start;
    this.clamp();
  }

  /** Keep some of the map in view. */
  private clamp(): void {
    const cam = this.scene.cameras.main;
    const viewW = cam.width / cam.zoom;
    const viewH = cam.height / cam.zoom;
    const cx = cam.scrollX + cam.width / 2;
    const cy = cam.scrollY + cam.height / 2;
    const nx = clampTo(
      cx,
      this.width / 2 - Math.max(0, (this.width - viewW) / 2) - 80,
      this.width / 2 + Math.max(0, (this.width - viewW) / 2) + 80,
    );
    const ny = clampTo(
      cy,
      this.height / 2 - Math.max(0, (this.height - viewH) / 2) - 80,
      this.height / 2 + Math.max(0, (this.height - viewH) / 2) + 80,
    );
    cam.scrollX += nx - cx;
    cam.scrollY += ny - cy;
  }
}

/** A screen point in world coordinates (the camera zooms about its centre); never stale, unlike the render matrix. */
export function toWorld(
  cam: Phaser.Cameras.Scene2D.Camera,
  sx: number,
  sy: number,
): { x: number; y: number } {
  const ox = cam.width / 2;
  const oy = cam.height / 2;
  return {
    x: cam.scrollX + ox + (sx - cam.x - ox) / cam.zoom,
    y: cam.scrollY + oy + (sy - cam.y - oy) / cam.zoom,
  };
}

const clampTo = (x: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, x));
