/** The tension tracks as gauges over the map's lower left corner (a scene of its own, so it never zooms). */
import * as Phaser from "phaser";
import { GAUGE_CELL, hudBox } from "./hud-box.ts";

/** A track as the gauges show it. */
export interface GaugeSpec {
  id: string;
  name: string;
  /** Higher is worse (true) or better (false). */
  tension: boolean;
  thresholds: number[];
}

const R = 30;
const CELL = GAUGE_CELL;
const GOOD = 0x009e73;
const WARN = 0xe69f00;
const BAD = 0xd55e00;

/** The gauge overlay. */
export class HudScene extends Phaser.Scene {
  private g!: Phaser.GameObjects.Graphics;
  private values: Phaser.GameObjects.Text[] = [];
  private names: Phaser.GameObjects.Text[] = [];
  private shown = "";

  constructor(
    private readonly gauges: GaugeSpec[],
    private readonly read: () => Record<string, number> | null,
  ) {
    super({ key: "hud", active: true });
  }

  create(): void {
    this.g = this.add.graphics();
    for (const spec of this.gauges) {
      this.values.push(
        this.add
          .text(0, 0, "", {
            fontFamily: "system-ui, sans-serif",
            fontSize: "16px",
            fontStyle: "bold",
            color: "#ffffff",
          })
          .setOrigin(0.5, 1)
          .setResolution(2),
      );
      this.names.push(
        this.add
          .text(0, 0, spec.name, {
            fontFamily: "system-ui, sans-serif",
            fontSize: "11px",
            color: "#d8d2c0",
            align: "center",
            wordWrap: { width: CELL - 8 },
          })
          .setOrigin(0.5, 0)
          .setResolution(2),
      );
    }
    this.scale.on("resize", () => {
      this.shown = "";
    });
  }

  override update(): void {
    const tracks = this.read();
    if (!tracks) return;
    const key = `${this.scale.width}x${this.scale.height}:${this.gauges.map((s) => Math.round((tracks[s.id] ?? 0) * 2)).join(",")}`;
    if (key === this.shown) return;
    this.shown = key;
    this.draw(tracks);
  }

  private draw(tracks: Record<string, number>): void {
    const g = this.g;
    g.clear();
    const { x: x0, y: y0, w, h } = hudBox(this.scale.height, this.gauges.length);
    g.fillStyle(0x07101c, 0.82);
    g.fillRoundedRect(x0, y0, w, h, 10);
    g.lineStyle(1, 0x3d4a5c, 1);
    g.strokeRoundedRect(x0, y0, w, h, 10);
    this.gauges.forEach((spec, i) => {
      const cx = x0 + 6 + CELL * i + CELL / 2;
      const cy = y0 + 48;
      const v = Math.max(0, Math.min(100, tracks[spec.id] ?? 0));
      const angle = (x: number) => Math.PI + (Math.PI * x) / 100;
      g.lineStyle(7, 0x2a3442, 1);
      g.beginPath();
      g.arc(cx, cy, R, Math.PI, 2 * Math.PI, false);
      g.strokePath();
      g.lineStyle(7, colourFor(spec, v), 1);
      g.beginPath();
      g.arc(cx, cy, R, Math.PI, angle(v), false);
      g.strokePath();
      g.lineStyle(2, 0xffffff, 0.9);
      for (const t of spec.thresholds) {
        const a = angle(t);
        g.lineBetween(
          cx + Math.cos(a) * (R - 6),
          cy + Math.sin(a) * (R - 6),
          cx + Math.cos(a) * (R + 6),
          cy + Math.sin(a) * (R + 6),
        );
      }
      this.values[i]?.setPosition(cx, cy + 2).setText(String(Math.round(v)));
      this.names[i]?.setPosition(cx, cy + 6);
    });
  }
}

/** Green while calm, amber past halfway, vermilion past three quarters (reversed for stability tracks). */
function colourFor(spec: GaugeSpec, v: number): number {
  const danger = spec.tension ? v : 100 - v;
  return danger >= 75 ? BAD : danger >= 50 ? WARN : GOOD;
}
