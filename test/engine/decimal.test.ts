import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimal } from "../../src/engine/context.ts";

describe("decimal", () => {
  it("writes what String writes for numbers with up to four decimals", () => {
    for (let k = -30000; k <= 30000; k += 7)
      for (const d of [1, 10, 100, 1000, 10000]) expect(decimal(k / d)).toBe(String(k / d));
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }),
        fc.constantFrom(1, 10, 100, 1000, 10000),
        (k, d) => {
          expect(decimal(k / d)).toBe(String(k / d));
        },
      ),
    );
  });

  it("writes what String writes for any other number", () => {
    for (const x of [
      0,
      -0,
      1e-5,
      0.1 + 0.2,
      Number.NaN,
      Infinity,
      -Infinity,
      1e11,
      1e20,
      5e-324,
      -0.0001,
      2 ** 53,
    ])
      expect(decimal(x)).toBe(String(x));
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(decimal(x)).toBe(String(x));
      }),
    );
  });
});
