/**
 * A fast, stable hash of a game state: two 32-bit lanes (FNV-1a and a murmur-style mix) fed by a
 * walk over the state, key by key, in the order JSON would write them. Numbers are fed as their
 * 64 bits, not as text, so hashing never formats a number; two states hash alike exactly when
 * their JSON is the same. The history's records are frozen and never change: each is hashed once.
 */
import type { GameState, TurnRecord } from "./types.ts";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

// The lanes between calls of the walk (a walk never yields). Each call keeps them in locals while
// it mixes the scalars it meets and stores them here only around a call for a nested value.
const lanes2 = new Int32Array(2);

// Tags that keep values of different shapes apart (no JSON text could collide with another).
const NUMBER = 0x6e;
const STRING = 0x73;
const TRUE = 0x74;
const FALSE = 0x66;
const NULL = 0x6c;
const ARRAY = 0x5b;
const OBJECT = 0x7b;
const END = 0x7d;

// The two lanes' steps, written out wherever a word is mixed (a call per word costs more than the mix):
//   h1 = Math.imul(h1 ^ x, 0x01000193);
//   m = Math.imul(h2 ^ x, 0x5bd1e995); h2 = (m << 13) | (m >>> 19);

/** Mix one word into the stored lanes. */
function mix(x: number): void {
  lanes2[0] = Math.imul((lanes2[0] as number) ^ x, 0x01000193);
  const m = Math.imul((lanes2[1] as number) ^ x, 0x5bd1e995);
  lanes2[1] = (m << 13) | (m >>> 19);
}

/** A string, two UTF-16 units to a 32-bit word, into the stored lanes. */
function text(s: string): void {
  let h1 = lanes2[0] as number;
  let h2 = lanes2[1] as number;
  const n = s.length;
  let m = Math.imul(h2 ^ n, 0x5bd1e995);
  h1 = Math.imul(h1 ^ n, 0x01000193);
  h2 = (m << 13) | (m >>> 19);
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const x = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    h1 = Math.imul(h1 ^ x, 0x01000193);
    m = Math.imul(h2 ^ x, 0x5bd1e995);
    h2 = (m << 13) | (m >>> 19);
  }
  if (i < n) {
    const x = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ x, 0x01000193);
    m = Math.imul(h2 ^ x, 0x5bd1e995);
    h2 = (m << 13) | (m >>> 19);
  }
  lanes2[0] = h1;
  lanes2[1] = h2;
}

/** A number: its tag, then its 64 bits (JSON writes −0 as 0 and NaN, ±Infinity as null). */
function number(v: number): void {
  if (!Number.isFinite(v)) {
    mix(NULL);
    return;
  }
  f64[0] = v + 0;
  let h1 = lanes2[0] as number;
  let h2 = lanes2[1] as number;
  let x = NUMBER;
  h1 = Math.imul(h1 ^ x, 0x01000193);
  let m = Math.imul(h2 ^ x, 0x5bd1e995);
  h2 = (m << 13) | (m >>> 19);
  x = u32[0] as number;
  h1 = Math.imul(h1 ^ x, 0x01000193);
  m = Math.imul(h2 ^ x, 0x5bd1e995);
  h2 = (m << 13) | (m >>> 19);
  x = u32[1] as number;
  h1 = Math.imul(h1 ^ x, 0x01000193);
  m = Math.imul(h2 ^ x, 0x5bd1e995);
  lanes2[0] = h1;
  lanes2[1] = (m << 13) | (m >>> 19);
}

function walk(v: unknown): void {
  switch (typeof v) {
    case "number":
      number(v);
      return;
    case "string":
      mix(STRING);
      text(v);
      return;
    case "boolean":
      mix(v ? TRUE : FALSE);
      return;
    case "object": {
      if (v === null) {
        mix(NULL);
        return;
      }
      if (Array.isArray(v)) {
        mix(ARRAY);
        mix(v.length);
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          if (x === undefined || typeof x === "function") mix(NULL);
          else walk(x);
        }
        return;
      }
      mix(OBJECT);
      const o = v as Record<string, unknown>;
      for (const k in o) {
        const x = o[k];
        if (x === undefined || typeof x === "function") continue;
        text(k);
        if (typeof x === "number") number(x);
        else walk(x);
      }
      mix(END);
      return;
    }
    default:
      mix(NULL);
  }
}

const hex = (h: number): string => (h >>> 0).toString(16).padStart(8, "0");

/** The lanes, each avalanched so that every input bit reaches every output bit. */
function finish(): [number, number] {
  const h1 = lanes2[0] as number;
  const h2 = lanes2[1] as number;
  let a = h1 ^ (h1 >>> 16);
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  let b = h2 ^ (h2 >>> 15);
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  return [a, b];
}

/** Hash any JSON value into the two lanes, starting from fresh lanes. */
function lanes(v: unknown): [number, number] {
  lanes2[0] = 0x811c9dc5;
  lanes2[1] = 0x01000193;
  walk(v);
  return finish();
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
  lanes2[0] = 0x811c9dc5;
  lanes2[1] = 0x01000193;
  mix(OBJECT);
  const o = state as unknown as Record<string, unknown>;
  for (const k in o) {
    if (k === "history") continue;
    const x = o[k];
    if (x === undefined || typeof x === "function") continue;
    text(k);
    walk(x);
  }
  mix(ARRAY);
  mix(parts.length);
  for (const [a, b] of parts) {
    mix(a);
    mix(b);
  }
  const [a, b] = finish();
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
