/** The counts behind `npm run bench:floor`: values in a state and what a turn changed. */
import { describe, expect, it } from "vitest";
import { changedValues, countValues } from "../../src/cli/bench-floor.ts";

describe("bench:floor counts", () => {
  it("counts leaves and objects, arrays included", () => {
    expect(countValues({ a: 1, b: [2, { c: "x", d: null }], e: {} })).toEqual({ leaves: 4, objects: 4 });
    expect(countValues(7)).toEqual({ leaves: 1, objects: 0 });
  });

  it("counts the leaves that differ and the objects that are not shared with the state before", () => {
    const shared = { x: 1, y: [1, 2] };
    const before = { s: shared, t: { u: 1, v: 2 }, w: [1, 2, 3] };
    const after = { s: shared, t: { u: 1, v: 3 }, w: [0, 1, 2, 3] };
    // t.v changed; w shifted by one place, so all four items differ by position; t, w and the root are new.
    expect(changedValues(before, after)).toEqual({ leaves: 5, objects: 3 });
    expect(changedValues(before, before)).toEqual({ leaves: 0, objects: 0 });
  });
});
