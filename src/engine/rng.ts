/**
 * The game's seeded random stream: Baagøe's alea, the generator of seedrandom's `alea`, drawn
 * here without its closures (a turn seeds eight streams and draws from them in its hot path).
 * The same seed gives the same draws as `seedrandom/lib/alea.js`, which a test checks. Its whole
 * state is four numbers kept in the game state.
 */
import type { RngState } from "./types.ts";

/** A draw function over a saved alea state, and a way to read the state back. */
export interface Rng {
  next(): number;
  state(): RngState;
}

const TWO_M32 = 2.3283064365386963e-10; // 2^-32

/** One step of Baagøe's Mash: the state `n` after the character code `code`. */
function mashStep(n: number, code: number): number {
  n += code;
  let h = 0.02519603282416938 * n;
  n = h >>> 0;
  h -= n;
  h *= n;
  n = h >>> 0;
  h -= n;
  return n + h * 0x100000000;
}

/** Baagøe's Mash hash over a string, continuing from `n`. */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) n = mashStep(n, data.charCodeAt(i));
  return n;
}

// Alea seeds with three mashes of " " before the seed's: the same for every seed, so done once.
const N0 = 0xefc8249d;
const N1 = mash(N0, " ");
const N2 = mash(N1, " ");
const N3 = mash(N2, " ");
const BASE = [N1, N2, N3].map((n) => (n >>> 0) * TWO_M32) as [number, number, number];

/** A fresh alea state for a seed string. */
export function seedRng(seed: string): RngState {
  const a = mash(N3, seed);
  const b = mash(a, seed);
  return aleaState(a, b, mash(b, seed));
}

// Each seed's mash while `seedRngs` works through several at once.
const lanes: number[] = [];

/**
 * Fresh alea states for several seeds: the same as `seedRng` of each. Mash is one long chain of
 * dependent float operations per seed, so the seeds' chains are run side by side, character by
 * character, letting the processor overlap them (random play seeds one stream per agent a turn).
 */
export function seedRngs(seeds: readonly string[]): RngState[] {
  const k = seeds.length;
  let longest = 0;
  for (let j = 0; j < k; j++) longest = Math.max(longest, (seeds[j] as string).length);
  const passes: number[][] = [];
  lanes.length = 0;
  for (let j = 0; j < k; j++) lanes.push(N3);
  // Three passes over each seed, as `seedRng` makes: each continues from the one before.
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 0; i < longest; i++) {
      for (let j = 0; j < k; j++) {
        const seed = seeds[j] as string;
        if (i < seed.length) lanes[j] = mashStep(lanes[j] as number, seed.charCodeAt(i));
      }
    }
    passes.push(lanes.slice());
  }
  const out: RngState[] = [];
  for (let j = 0; j < k; j++)
    out.push(
      aleaState(
        (passes[0] as number[])[j] as number,
        (passes[1] as number[])[j] as number,
        (passes[2] as number[])[j] as number,
      ),
    );
  return out;
}

/** The alea state from a seed's three mashes. */
function aleaState(a: number, b: number, c: number): RngState {
  const s0 = BASE[0] - (a >>> 0) * TWO_M32;
  const s1 = BASE[1] - (b >>> 0) * TWO_M32;
  const s2 = BASE[2] - (c >>> 0) * TWO_M32;
  return { c: 1, s0: s0 < 0 ? s0 + 1 : s0, s1: s1 < 0 ? s1 + 1 : s1, s2: s2 < 0 ? s2 + 1 : s2 };
}

class Alea implements Rng {
  c: number;
  s0: number;
  s1: number;
  s2: number;
  constructor(st: RngState) {
    this.c = st.c;
    this.s0 = st.s0;
    this.s1 = st.s1;
    this.s2 = st.s2;
  }
  next(): number {
    const t = 2091639 * this.s0 + this.c * TWO_M32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }
  state(): RngState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

/** A stream that continues from a saved state. */
export function resumeRng(state: RngState): Rng {
  return new Alea(state);
}

/**
 * A stream seeded with `String(seed)`, seeded only when first drawn from: a turn derives a stream
 * for every phase, and most phases never draw.
 */
export function derivedRng(seed: number): Rng {
  return new Derived(seed);
}

class Derived implements Rng {
  private rng: Alea | null = null;
  constructor(private readonly seed: number) {}
  private stream(): Alea {
    if (this.rng === null) this.rng = new Alea(seedRng(String(this.seed)));
    return this.rng;
  }
  next(): number {
    return (this.rng ?? this.stream()).next();
  }
  state(): RngState {
    return this.stream().state();
  }
}
