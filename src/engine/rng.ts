/** The game's seeded random stream (alea). Its whole state is four numbers kept in the game state. */
import alea from "seedrandom/lib/alea.js";
import type { RngState } from "./types.ts";

/** A draw function over a saved alea state, and a way to read the state back. */
export interface Rng {
  next(): number;
  state(): RngState;
}

/** A fresh alea state for a seed string. */
export function seedRng(seed: string): RngState {
  return alea(seed, { state: true }).state() as RngState;
}

/** A stream that continues from a saved state. */
export function resumeRng(state: RngState): Rng {
  const prng = alea("", { state: { ...state } });
  return { next: () => prng(), state: () => prng.state() as RngState };
}
