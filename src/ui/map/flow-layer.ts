/**
 * Animated flows: dots in the seller's colour moving along each producer's route to its market,
 * denser and larger with volume. A pool of tinted images, so hundreds of dots cost one batch.
 */
import type * as Phaser from "phaser";
import type { AgentId } from "../../engine/index.ts";
import type { MapGeometry, MapSnapshot } from "./map-model.ts";
import { type Path, pointAt } from "./polyline.ts";

const POOL = 1400;
const SPEED = 55;
const TEX_R = 9;

/** Dot spacing along a route for a volume (kt): a log scale, as volumes span 1 to 18,000 kt. */
export const spacingFor = (volume: number): number =>
  Math.max(12, Math.min(60, 70 / (1 + Math.log10(1 + volume))));

/** The flow dots of the map scene. */
export class FlowLayer {
  private dots: Phaser.GameObjects.Image[] = [];
  private clock = 0;

  constructor(
    scene: Phaser.Scene,
    private readonly geo: MapGeometry,
    private readonly colors: Record<AgentId, number>,
  ) {
    // One texture per colour: the Canvas renderer cannot tint images.
    for (const [agent, color] of Object.entries(colors)) {
      const g = scene.add.graphics();
      g.fillStyle(0x07101c, 1);
      g.fillCircle(TEX_R, TEX_R, TEX_R);
      g.fillStyle(color, 1);
      g.fillCircle(TEX_R, TEX_R, TEX_R - 2.5);
      g.generateTexture(dotKey(agent), TEX_R * 2, TEX_R * 2);
      g.destroy();
    }
    const first = Object.keys(colors)[0] ?? "";
    for (let i = 0; i < POOL; i++) this.dots.push(scene.add.image(0, 0, dotKey(first)).setVisible(false));
  }

  /** Move the dots on by `delta` ms for a snapshot. */
  update(snap: MapSnapshot, delta: number, zoom: number): void {
    this.clock += delta / 1000;
    let n = 0;
    const zs = 1 / Math.sqrt(Math.max(0.5, zoom));
    for (const s of snap.streams) {
      const path = this.pathOf(s.corridor, s.producer);
      if (!path || path.length === 0) continue;
      const spacing = spacingFor(s.volume);
      const r = (1.7 + 0.55 * Math.log10(1 + s.volume)) * zs;
      const phase = (this.clock * SPEED + hashOffset(s.key)) % spacing;
      const key = dotKey(
        this.colors[s.seller] === undefined ? (Object.keys(this.colors)[0] ?? "") : s.seller,
      );
      for (let d = phase; d < path.length && n < POOL; d += spacing) {
        const p = pointAt(path, d);
        const dot = this.dots[n++] as Phaser.GameObjects.Image;
        if (dot.texture.key !== key) dot.setTexture(key);
        dot
          .setPosition(p.x, p.y)
          .setScale(r / TEX_R)
          .setVisible(true);
      }
    }
    for (let i = n; i < POOL; i++) {
      const dot = this.dots[i] as Phaser.GameObjects.Image;
      if (!dot.visible) break;
      dot.setVisible(false);
    }
  }

  private pathOf(corridor: string, producer: string): Path | undefined {
    return this.geo.corridors.find((c) => c.id === corridor)?.routes[producer];
  }
}

const dotKey = (agent: string): string => `flow-dot-${agent}`;

/** A stable offset per stream, so streams sharing a trunk do not move in lockstep. */
function hashOffset(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) % 997;
  return h;
}
