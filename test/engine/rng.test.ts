import alea from "seedrandom/lib/alea.js";
import { describe, expect, it } from "vitest";
import { resumeRng, seedRng, seedRngs } from "../../src/engine/rng.ts";

describe("the game's random stream", () => {
  it("draws what seedrandom's alea draws for the same seed, and resumes from a saved state", () => {
    for (const seed of ["", "42", "base-2026", "0.123456789", "ünïcödé ✓", "x".repeat(300)]) {
      const ref = alea(seed, { state: true });
      const mine = resumeRng(seedRng(seed));
      for (let i = 0; i < 1000; i++) expect(mine.next()).toBe(ref());
      expect(mine.state()).toEqual(ref.state());
      const again = resumeRng(mine.state());
      const refAgain = alea("", { state: ref.state() });
      for (let i = 0; i < 10; i++) expect(again.next()).toBe(refAgain());
    }
  });

  it("seeds several streams at once exactly as it seeds each alone", () => {
    const seeds = ["", "42", "random:bench-3:us:5", "ünïcödé ✓", "x".repeat(300), "0.5583096456248313"];
    expect(seedRngs(seeds)).toEqual(seeds.map((s) => seedRng(s)));
    expect(seedRngs([])).toEqual([]);
  });
});
