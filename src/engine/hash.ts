/**
 * A fast, stable hash of a game state: two 32-bit lanes (FNV-1a and a murmur-style mix) fed by a
 * walk over the state, key by key, in the order JSON would write them. Numbers are fed as their
 * 64 bits, not as text, so hashing never formats a number; two states hash alike exactly when
 * their JSON is the same. The history's records are frozen and never change: each is hashed once.
 */
import type { GameState, TurnRecord } from "./types.ts";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

// Tags that keep values of different shapes apart (no JSON text could collide with another).
const NUMBER = 0x6e;
const STRING = 0x73;
const TRUE = 0x74;
const FALSE = 0x66;
const NULL = 0x6c;
const ARRAY = 0x5b;
const OBJECT = 0x7b;
const END = 0x7d;

// The lanes travel through the walk as arguments and locals, and every word's step is written out
// where it is mixed:
//   h1 = Math.imul(h1 ^ x, 0x01000193);
//   m = Math.imul(h2 ^ x, 0x5bd1e995); h2 = (m << 13) | (m >>> 19);
// A walk returns the first lane and leaves the second in `h2Out`, which the caller reads at once.
// Keeping the lanes anywhere but in locals (a typed array, a module variable, a helper per word
// that returns one lane and stores the other) puts a store and a load in the chain of every word
// (docs/speed.md has the figures).
let h2Out = 0;

/** Any JSON value, as JSON would write it (NaN and ±Infinity as null, −0 as 0). */
function walk(v: unknown, h1: number, h2: number): number {
  let m: number;
  // The last word to mix, once the value's other words are in.
  let x: number;
  switch (typeof v) {
    case "number":
      if (!Number.isFinite(v)) {
        x = NULL;
        break;
      }
      // The tag, then the number's 64 bits.
      f64[0] = v + 0;
      h1 = Math.imul(h1 ^ NUMBER, 0x01000193);
      m = Math.imul(h2 ^ NUMBER, 0x5bd1e995);
      h2 = (m << 13) | (m >>> 19);
      x = u32[0] as number;
      h1 = Math.imul(h1 ^ x, 0x01000193);
      m = Math.imul(h2 ^ x, 0x5bd1e995);
      h2 = (m << 13) | (m >>> 19);
      x = u32[1] as number;
      break;
    case "string":
      h1 = Math.imul(h1 ^ STRING, 0x01000193);
      m = Math.imul(h2 ^ STRING, 0x5bd1e995);
      h1 = text(v, h1, (m << 13) | (m >>> 19));
      return h1;
    case "boolean":
      x = v ? TRUE : FALSE;
      break;
    case "object": {
      if (v === null) {
        x = NULL;
        break;
      }
      if (Array.isArray(v)) {
        h1 = Math.imul(h1 ^ ARRAY, 0x01000193);
        m = Math.imul(h2 ^ ARRAY, 0x5bd1e995);
        h2 = (m << 13) | (m >>> 19);
        x = v.length;
        h1 = Math.imul(h1 ^ x, 0x01000193);
        m = Math.imul(h2 ^ x, 0x5bd1e995);
        h2 = (m << 13) | (m >>> 19);
        for (let i = 0; i < v.length; i++) {
          const item = v[i];
          if (item === undefined || typeof item === "function") {
            h1 = Math.imul(h1 ^ NULL, 0x01000193);
            m = Math.imul(h2 ^ NULL, 0x5bd1e995);
            h2 = (m << 13) | (m >>> 19);
          } else {
            h1 = walk(item, h1, h2);
            h2 = h2Out;
          }
        }
        h2Out = h2;
        return h1;
      }
      h1 = Math.imul(h1 ^ OBJECT, 0x01000193);
      m = Math.imul(h2 ^ OBJECT, 0x5bd1e995);
      h2 = (m << 13) | (m >>> 19);
      const o = v as Record<string, unknown>;
      for (const k in o) {
        const value = o[k];
        if (value === undefined || typeof value === "function") continue;
        // The key, written out as `text` would mix it (a call per key costs a store and a load).
        const n = k.length;
        h1 = Math.imul(h1 ^ n, 0x01000193);
        m = Math.imul(h2 ^ n, 0x5bd1e995);
        h2 = (m << 13) | (m >>> 19);
        let i = 0;
        for (; i + 1 < n; i += 2) {
          x = k.charCodeAt(i) | (k.charCodeAt(i + 1) << 16);
          h1 = Math.imul(h1 ^ x, 0x01000193);
          m = Math.imul(h2 ^ x, 0x5bd1e995);
          h2 = (m << 13) | (m >>> 19);
        }
        if (i < n) {
          x = k.charCodeAt(i);
          h1 = Math.imul(h1 ^ x, 0x01000193);
          m = Math.imul(h2 ^ x, 0x5bd1e995);
          h2 = (m << 13) | (m >>> 19);
        }
        if (typeof value === "number" && Number.isFinite(value)) {
          // A number, written out as above: most values are numbers.
          f64[0] = value + 0;
          h1 = Math.imul(h1 ^ NUMBER, 0x01000193);
          m = Math.imul(h2 ^ NUMBER, 0x5bd1e995);
          h2 = (m << 13) | (m >>> 19);
          x = u32[0] as number;
          h1 = Math.imul(h1 ^ x, 0x01000193);
          m = Math.imul(h2 ^ x, 0x5bd1e995);
          h2 = (m << 13) | (m >>> 19);
          x = u32[1] as number;
          h1 = Math.imul(h1 ^ x, 0x01000193);
          m = Math.imul(h2 ^ x, 0x5bd1e995);
          h2 = (m << 13) | (m >>> 19);
        } else {
          h1 = walk(value, h1, h2);
          h2 = h2Out;
        }
      }
      x = END;
      break;
    }
    default:
      x = NULL;
  }
  h1 = Math.imul(h1 ^ x, 0x01000193);
  m = Math.imul(h2 ^ x, 0x5bd1e995);
  h2Out = (m << 13) | (m >>> 19);
  return h1;
}

/** A string: its length, then two UTF-16 units to a 32-bit word. */
function text(s: string, h1: number, h2: number): number {
  let m: number;
  let x = s.length;
  h1 = Math.imul(h1 ^ x, 0x01000193);
  m = Math.imul(h2 ^ x, 0x5bd1e995);
  h2 = (m << 13) | (m >>> 19);
  let i = 0;
  for (; i + 1 < s.length; i += 2) {
    x = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    h1 = Math.imul(h1 ^ x, 0x01000193);
    m = Math.imul(h2 ^ x, 0x5bd1e995);
    h2 = (m << 13) | (m >>> 19);
  }
  if (i < s.length) {
    x = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ x, 0x01000193);
    m = Math.imul(h2 ^ x, 0x5bd1e995);
    h2 = (m << 13) | (m >>> 19);
  }
  h2Out = h2;
  return h1;
}

/** One word, for the few mixed outside a walk. */
function mix(x: number, h1: number, h2: number): number {
  const m = Math.imul(h2 ^ x, 0x5bd1e995);
  h2Out = (m << 13) | (m >>> 19);
  return Math.imul(h1 ^ x, 0x01000193);
}

const hex = (h: number): string => (h >>> 0).toString(16).padStart(8, "0");

/** The lanes, each avalanched so that every input bit reaches every output bit. */
function finish(h1: number, h2: number): [number, number] {
  let a = h1 ^ (h1 >>> 16);
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  let b = h2 ^ (h2 >>> 15);
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  return [a, b];
}

const H1 = 0x811c9dc5;
const H2 = 0x01000193;

/** Hash any JSON value into the two lanes, starting from fresh lanes. */
function lanes(v: unknown): [number, number] {
  const h1 = walk(v, H1, H2);
  return finish(h1, h2Out);
}

const recordLanes = new WeakMap<TurnRecord, [number, number]>();

/**
 * 16 hex digits identifying a state by every value in it: the state without its history, then each
 * turn record of the history (a frozen record, as the engine makes them, is hashed once).
 */
export function hashState(state: GameState): string {
  const parts: [number, number][] = [];
  for (const record of state.history) {
    let l = recordLanes.get(record);
    if (l === undefined) {
      l = lanes(record);
      if (Object.isFrozen(record)) recordLanes.set(record, l);
    }
    parts.push(l);
  }
  // The state as an object without its history (as `walk` would mix it, less the closing tag).
  let h1 = mix(OBJECT, H1, H2);
  let h2 = h2Out;
  const o = state as unknown as Record<string, unknown>;
  for (const k in o) {
    if (k === "history") continue;
    const x = o[k];
    if (x === undefined || typeof x === "function") continue;
    h1 = text(k, h1, h2);
    h1 = walk(x, h1, h2Out);
    h2 = h2Out;
  }
  h1 = mix(ARRAY, h1, h2);
  h1 = mix(parts.length, h1, h2Out);
  h2 = h2Out;
  for (const [a, b] of parts) {
    h1 = mix(a, h1, h2);
    h1 = mix(b, h1, h2Out);
    h2 = h2Out;
  }
  const [a, b] = finish(h1, h2);
  return hex(a) + hex(b);
}

/** 16 hex digits of a string. */
export function hashText(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return hex(h1) + hex(h2);
}
