/** A fast, stable 64-bit-ish hash of a game state (two 32-bit FNV-1a lanes over its JSON). */
import type { GameState } from "./types.ts";

/** 16 hex digits identifying a state byte for byte (its JSON text). */
export function hashState(state: GameState): string {
  return hashText(JSON.stringify(state));
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
