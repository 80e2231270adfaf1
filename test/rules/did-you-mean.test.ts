import { describe, expect, it } from "vitest";
import { didYouMean, editDistance, nearest } from "../../src/rules/did-you-mean.ts";
import { formatProblem, joinPath } from "../../src/rules/problem.ts";

describe("did you mean", () => {
  it("measures edits", () => {
    expect(editDistance("caspain", "caspian")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("tripp", "tripp")).toBe(0);
  });

  it("suggests the nearest id only when it is a plausible typo", () => {
    expect(nearest("trans-siberain", ["tripp", "trans-siberian", "china-west"])).toBe("trans-siberian");
    expect(nearest("TRIPP", ["tripp"])).toBe("tripp");
    expect(nearest("ukraine", ["tripp", "china-west"])).toBeUndefined();
    expect(didYouMean("usa", ["us", "ru"])).toBe('did you mean "us"?');
    expect(didYouMean("x", [])).toBeUndefined();
  });

  it("writes JSON paths and problem lines", () => {
    expect(joinPath("corridors", 2, "path", 1)).toBe("corridors[2].path[1]");
    expect(joinPath("tracks", "ukraine-war")).toBe("tracks.ukraine-war");
    expect(joinPath("trackOdds", "Bad Key")).toBe('trackOdds["Bad Key"]');
    expect(formatProblem({ severity: "warning", file: "model.json", path: "", message: "odd" })).toBe(
      "warning model.json: odd",
    );
  });
});
