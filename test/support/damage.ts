/** Damaged copies of a JSON value, for tests of what loading makes of bad input: one place changed at a time. */
import { resumeRng, seedRng } from "../../src/engine/index.ts";

/** A place in a JSON value, as its path of keys. */
export type Place = (string | number)[];

/** What a damaged place may hold instead: nothing that belongs there, mostly. */
const JUNK: readonly unknown[] = [null, -1, 1e9, "nope", true, [], {}, [{}], { x: 1 }, 0.5, ""];

/**
 * `count` copies of `value`, each with one place (drawn from a seeded stream among those `keep`
 * allows, below any it refuses) set to junk or, one time in five, deleted from its object.
 */
export function* damagedCopies(
  value: unknown,
  seed: string,
  count: number,
  keep: (place: Place) => boolean,
): Generator<{ copy: Record<string, unknown>; place: Place }> {
  const places: Place[] = [];
  const walk = (x: unknown, place: Place) => {
    if (place.length > 0 && !keep(place)) return;
    if (place.length > 0) places.push(place);
    if (typeof x === "object" && x !== null)
      for (const [k, v] of Object.entries(x)) walk(v, [...place, Array.isArray(x) ? Number(k) : k]);
  };
  walk(value, []);
  const rng = resumeRng(seedRng(seed));
  const draw = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
  for (let i = 0; i < count; i++) {
    const copy = JSON.parse(JSON.stringify(value));
    const place = draw(places);
    let parent = copy;
    for (const k of place.slice(0, -1)) parent = parent[k];
    const key = place[place.length - 1] as string | number;
    if (rng.next() < 0.2 && !Array.isArray(parent)) delete parent[key];
    else parent[key] = JSON.parse(JSON.stringify(draw(JUNK)));
    yield { copy, place };
  }
}
