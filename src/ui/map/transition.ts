/** In-between snapshots for the animated turn: widths, loads, flows, influence and tracks move smoothly. */
import type { CorridorView, InfluenceView, MapSnapshot, StreamView } from "./map-model.ts";

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Ease in and out, so changes start and settle gently. */
export const ease = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The snapshot a fraction `t` (0–1) of the way from `a` to `b`. */
export function blendSnapshots(a: MapSnapshot, b: MapSnapshot, t: number): MapSnapshot {
  const e = ease(Math.max(0, Math.min(1, t)));
  const corridors: Record<string, CorridorView> = {};
  for (const [id, cb] of Object.entries(b.corridors)) {
    const ca = a.corridors[id] ?? cb;
    corridors[id] = {
      ...cb,
      look: e < 0.5 ? ca.look : cb.look,
      width: lerp(ca.width, cb.width, e),
      load: lerp(ca.load, cb.load, e),
      capacity: lerp(ca.capacity, cb.capacity, e),
    };
  }
  const streams = new Map<string, StreamView>();
  for (const s of a.streams) streams.set(s.key, { ...s, volume: lerp(s.volume, 0, e) });
  for (const s of b.streams) {
    const from = a.streams.find((x) => x.key === s.key)?.volume ?? 0;
    streams.set(s.key, { ...s, volume: lerp(from, s.volume, e) });
  }
  const influence: InfluenceView[] = b.influence.map((ib) => {
    const ia = a.influence.find((x) => x.region === ib.region);
    const shares = ib.shares.map((s) => ({
      ...s,
      share: lerp(ia?.shares.find((x) => x.agent === s.agent)?.share ?? 0, s.share, e),
    }));
    const held = shares.reduce((sum, s) => sum + s.share, 0);
    return { ...ib, shares, rest: Math.max(0, 100 - held) };
  });
  const tracks: Record<string, number> = {};
  for (const [id, v] of Object.entries(b.tracks)) tracks[id] = lerp(a.tracks[id] ?? v, v, e);
  return { corridors, streams: [...streams.values()].filter((s) => s.volume > 1e-6), influence, tracks };
}
