/**
 * The planner's anticipation of its rivals: their likeliest orders, never a rare mood drawn once
 * and then taken as a fact to plan around.
 */
import { describe, expect, it } from "vitest";
import { greedyPolicy } from "../../src/ai/greedy-policy.ts";
import { anticipate } from "../../src/ai/planner-policy.ts";
import { createGame, type Order, playerView, resumeRng, seedRng } from "../../src/engine/index.ts";
import { rules } from "./support.ts";

const blocksTripp = (orders: Order[] | unknown[]) =>
  orders.some(
    (o) => (o as Order).type === "block-corridor" && (o as { corridor: string }).corridor === "tripp",
  );

describe("anticipating rivals", () => {
  const r = rules();
  // The TRIPP crisis: Türkiye, a hawk, shows its strength on TRIPP only in a rare mood.
  const start = createGame(r, { seed: "anticipate", scenario: "tripp-crisis", turns: 8 });
  const seeds = Array.from({ length: 60 }, (_, i) => `mood-${i}`);

  it("Türkiye's greedy blocks TRIPP on some draws, and never when asked for its likeliest orders", () => {
    const view = playerView(start, "tr");
    const choose = (seed: string, likeliest: boolean) =>
      greedyPolicy
        .choose({ view, rules: r, agent: "tr", rng: resumeRng(seedRng(seed)), likeliest })
        .map((c) => c.order);
    const moody = seeds.filter((s) => blocksTripp(choose(s, false)));
    expect(moody.length).toBeGreaterThan(0);
    expect(moody.length).toBeLessThan(seeds.length / 4);
    for (const s of seeds) expect(blocksTripp(choose(s, true))).toBe(false);
  });

  it("Kazakhstan's planner never expects Türkiye to block TRIPP out of a mood", () => {
    const view = playerView(start, "kz");
    for (const s of seeds) {
      const expected = anticipate({ view, rules: r, agent: "kz", rng: resumeRng(seedRng(s)) }, 12);
      expect(blocksTripp(expected.tr ?? [])).toBe(false);
      expect(Object.keys(expected).sort()).toEqual(
        r.agents
          .map((a) => a.id)
          .filter((a) => a !== "kz")
          .sort(),
      );
    }
  });
});
