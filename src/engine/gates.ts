/** Track gates: what a tension track forbids or worsens while it is past a threshold. */
import type { Gate, Rules } from "../rules/schema.ts";

/** Whether a gate holds for the given track values. */
export function gateHolds(rules: Rules, tracks: Record<string, number>, gate: Gate): boolean {
  return gateTrack(rules, tracks, gate) !== null;
}

/** The track (with its value and the gate's text) that makes a gate hold, or null. */
export function gateTrack(
  rules: Rules,
  tracks: Record<string, number>,
  gate: Gate,
): { track: string; value: number; text: string } | null {
  for (const t of rules.tracks) {
    for (const th of t.thresholds) {
      if (th.gate !== gate) continue;
      const value = tracks[t.id] ?? t.initial;
      const holds = th.when === "above" ? value >= th.value : value <= th.value;
      if (holds) return { track: t.id, value, text: th.text };
    }
  }
  return null;
}
