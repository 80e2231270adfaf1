/** The standings in words: the margin over par and the line naming the leader. */
import { describe, expect, it } from "vitest";
import type { Standing } from "../../src/engine/index.ts";
import { leadLine, signedMargin } from "../../src/game/standing-text.ts";
import { shippedRules } from "../support/rules.ts";

const rules = shippedRules();
const standing = (mean: number, par: number | null): Standing => ({
  agent: "kz",
  score: { total: 80, objectives: {}, crisis: 0, mean },
  par,
  margin: par === null ? mean : Math.round((mean - par) * 10) / 10,
});

describe("standings in words", () => {
  it("writes the margin over par as a signed number, and nothing without a par", () => {
    expect(
      [standing(91.7, 87.6), standing(85, 87.6), standing(87.6, 87.6), standing(1, null)].map(signedMargin),
    ).toEqual(["+4.1", "−2.6", "0.0", ""]);
  });

  it("names the winner, or the leader after a turn, with the score and the par", () => {
    expect(leadLine(rules, standing(91.7, 87.6), true, 16)).toBe(
      "Kazakhstan wins: 91.7 points, 4.1 above its par of 87.6.",
    );
    expect(leadLine(rules, standing(85, 87.6), false, 3)).toBe(
      "Kazakhstan leads after turn 3: 85.0 points, 2.6 below its par of 87.6.",
    );
    expect(leadLine(rules, standing(87.6, 87.6), true, 16)).toBe(
      "Kazakhstan wins: 87.6 points, at its par of 87.6.",
    );
    expect(leadLine(rules, standing(91.7, null), true, 16)).toBe("Kazakhstan wins with 91.7 points.");
    expect(leadLine(rules, standing(91.7, null), false, 2)).toBe(
      "Kazakhstan leads with 91.7 points after turn 2.",
    );
  });
});
