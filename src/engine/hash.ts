/** A fast, stable hash of a game state: two 32-bit FNV-1a lanes over its JSON. */
import type { GameState, TurnRecord } from "./types.ts";

// Records the engine made are frozen and never change: their hashes are computed once and kept.
const recordHashes = new WeakMap<TurnRecord, string>();

/**
 * 16 hex digits identifying a state by every byte of its JSON: the state without its history,
 * then each turn record of the history (a frozen record, as the engine makes them, is hashed once).
 */
export function hashState(state: GameState): string {
  const { history, ...rest } = state;
  const parts = [hashText(JSON.stringify(rest))];
  for (const record of history) {
    let h = recordHashes.get(record);
    if (h === undefined) {
      h = hashText(JSON.stringify(record));
      if (Object.isFrozen(record)) recordHashes.set(record, h);
    }
    parts.push(h);
  }
  return hashText(parts.join(""));
}

/** 16 hex digits of a string. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
