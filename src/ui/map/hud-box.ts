/** Where the tension gauges sit over the map: the HUD scene draws there, and the guide points there. */

/** The width of one gauge's cell, px. */
export const GAUGE_CELL = 104;

/** The gauges' panel in a map `height` px tall, for `count` gauges. */
export function hudBox(height: number, count: number): { x: number; y: number; w: number; h: number } {
  const h = 96;
  return { x: 12, y: height - h - 12, w: count * GAUGE_CELL + 12, h };
}
