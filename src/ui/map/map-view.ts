/**
 * The map view: the Phaser game (map scene and gauge overlay) inside a page element, with
 * keyboard zoom and pan on that element. The rest of the UI talks to the map only through this.
 */
import * as Phaser from "phaser";
import type { AgentId, Rules } from "../../engine/index.ts";
import { HudScene } from "./hud-scene.ts";
import { hexColor } from "./map-draw.ts";
import type { MapTarget } from "./map-hit.ts";
import type { MapGeometry, MapSnapshot } from "./map-model.ts";
import { MapScene, type MapSceneEvents } from "./map-scene.ts";

const KEY_PAN = 520;

/** The map as the rest of the UI sees it. */
export class MapView {
  private readonly game: Phaser.Game;
  private readonly scene: MapScene;
  private pending: { snap: MapSnapshot; animate: boolean } | null = null;
  private ready = false;
  private hudVisible = false;
  /** Kept as a field: an unreferenced observer may be garbage-collected. */
  private readonly resizer: ResizeObserver;

  constructor(
    private readonly parent: HTMLElement,
    rules: Rules,
    geo: MapGeometry,
    sink: MapSceneEvents,
  ) {
    const colors: Record<AgentId, number> = Object.fromEntries(
      rules.agents.map((a) => [a.id, hexColor(a.color)]),
    );
    const countryOf = (placeId: string): number => {
      const owner = rules.places.find((p) => p.id === placeId)?.country;
      return owner ? (colors[owner] ?? 0xcccccc) : 0xcccccc;
    };
    const gauges = rules.tracks.map((t) => ({
      id: t.id,
      name: t.name,
      tension: t.tension,
      thresholds: t.thresholds.map((x) => x.value),
    }));
    this.scene = new MapScene(geo, colors, countryOf, {
      ...sink,
      firstFrame: () => {
        this.ready = true;
        this.setHud(this.hudVisible);
        if (this.pending) this.scene.show(this.pending.snap, this.pending.animate);
        this.pending = null;
        sink.firstFrame();
      },
    });
    const hud = new HudScene(gauges, () => this.scene.currentTracks());
    this.game = new Phaser.Game({
      type: chooseRenderer(),
      parent,
      backgroundColor: "#0c1726",
      banner: false,
      scale: {
        mode: Phaser.Scale.RESIZE,
        width: parent.clientWidth || 800,
        height: parent.clientHeight || 600,
      },
      input: { keyboard: false, mouse: { preventDefaultWheel: true } },
      render: { antialias: true, roundPixels: false },
      scene: [this.scene, hud],
    });
    // Phaser's RESIZE mode follows the window; the pane also changes size when the sidebar appears.
    this.resizer = new ResizeObserver(() => {
      if (!this.game.isBooted) return;
      this.game.scale.getParentBounds();
      this.game.scale.refresh();
    });
    this.resizer.observe(parent);
    parent.addEventListener("keydown", (e) => this.onKey(e, true));
    parent.addEventListener("keyup", (e) => this.onKey(e, false));
    parent.addEventListener("blur", () => this.scene.cameraControls?.setVelocity(0, 0));
  }

  /** Draw a state's snapshot; `animate` plays the turn transition from the previous one. */
  show(snap: MapSnapshot, animate: boolean): void {
    if (!this.ready) {
      this.pending = { snap, animate: false };
      return;
    }
    this.scene.show(snap, animate);
  }

  /** Show or hide the track gauges (hidden behind the title and setup screens). */
  setHud(visible: boolean): void {
    this.hudVisible = visible;
    if (this.ready) this.game.scene.getScene("hud")?.sys.setVisible(visible);
  }

  /** Highlight a map item and centre the view on it. */
  focus(target: MapTarget): void {
    if (this.ready) this.scene.focusOn(target);
  }

  /** Zoom in (factor > 1) or out. */
  zoomBy(factor: number): void {
    this.scene.cameraControls?.zoomBy(factor);
  }

  /** Show the whole map. */
  resetView(): void {
    this.scene.cameraControls?.reset();
  }

  /** Whether a turn transition is playing. */
  get animating(): boolean {
    return this.ready && this.scene.animating;
  }

  /** The renderer Phaser runs ("webgl" or "canvas"). */
  rendererName(): string {
    return this.game.config.renderType === Phaser.CANVAS ? "canvas" : "webgl";
  }

  /** Phaser's measured frames per second. */
  fps(): number {
    return this.game.loop.actualFps;
  }

  /** The element the map lives in. */
  get element(): HTMLElement {
    return this.parent;
  }

  private onKey(e: KeyboardEvent, down: boolean): void {
    const cam = this.scene.cameraControls;
    if (!cam) return;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
      a: [-1, 0],
      d: [1, 0],
      w: [0, -1],
      s: [0, 1],
    };
    const dir = pan[e.key];
    if (dir) {
      e.preventDefault();
      cam.setVelocity(down ? dir[0] * KEY_PAN : 0, down ? dir[1] * KEY_PAN : 0);
      return;
    }
    if (!down) return;
    if (e.key === "+" || e.key === "=") cam.zoomBy(1.25);
    else if (e.key === "-" || e.key === "_") cam.zoomBy(0.8);
    else if (e.key === "0") cam.reset();
    else return;
    e.preventDefault();
  }
}

/**
 * WebGL when the GPU does the work; the Canvas renderer when WebGL is emulated in software
 * (SwiftShader, llvmpipe: headless browsers, VMs), where it draws this map several times faster.
 * `?renderer=webgl` or `?renderer=canvas` in the address overrides.
 */
export function chooseRenderer(): number {
  const asked = new URLSearchParams(location.search).get("renderer");
  if (asked === "canvas") return Phaser.CANVAS;
  if (asked === "webgl") return Phaser.WEBGL;
  try {
    const gl = document.createElement("canvas").getContext("webgl");
    if (!gl) return Phaser.CANVAS;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
  } catch {
    return Phaser.CANVAS;
  }
}
