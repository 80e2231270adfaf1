import { describe, expect, it } from "vitest";
import { playAiGame } from "../../src/ai/index.ts";
import { ORDER_TYPES, type OrderType } from "../../src/engine/index.ts";
import { policies, rules } from "./support.ts";

/** Who chose which order kind, over a batch of greedy games: every scenario, with its own and with uniform personalities. */
function batch(): Map<OrderType, Set<string>> {
  const used = new Map<OrderType, Set<string>>();
  for (const scenario of ["base-2026", "ceasefire", "tripp-crisis"]) {
    for (const mix of ["scenario", "hawkish", "dovish"]) {
      const options =
        mix === "scenario" ? {} : Object.fromEntries(rules().agents.map((a) => [a.id, { personality: mix }]));
      const game = playAiGame(rules(), {
        seed: `kinds-${mix}`,
        scenario,
        turns: 10,
        policies: policies("greedy"),
        options,
      });
      for (const turn of game.choices) {
        for (const [agent, list] of Object.entries(turn)) {
          for (const c of list) used.set(c.order.type, (used.get(c.order.type) ?? new Set()).add(agent));
        }
      }
    }
  }
  return used;
}

describe("the AI uses the whole range of orders", () => {
  const used = batch();
  const by = (kind: OrderType) => [...(used.get(kind) ?? [])];

  it("chooses every order kind somewhere in a batch of seeded games", () => {
    expect(ORDER_TYPES.filter((k) => !used.has(k))).toEqual([]);
  });

  it("small states hedge: they broker peace, sign deals and reroute their exports", () => {
    for (const kind of ["broker-peace", "sign-agreement", "reroute-exports"] as const) {
      expect(by(kind).filter((a) => ["kz", "uz", "mn"].includes(a)).length, kind).toBeGreaterThan(0);
    }
  });

  it("Türkiye works its TRIPP leverage with fees and blocks", () => {
    expect(by("set-transit-fee")).toContain("tr");
    expect(by("block-corridor")).toContain("tr");
  });

  it("China imposes export controls, and only China", () => {
    expect(by("export-controls")).toEqual(["cn"]);
  });

  it("the US brokers peace and invests; Russia guards its influence with soft power", () => {
    expect(by("broker-peace")).toContain("us");
    expect(by("invest")).toContain("us");
    expect(by("soft-power")).toContain("ru");
  });
});
