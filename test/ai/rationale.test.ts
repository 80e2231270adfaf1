import { describe, expect, it } from "vitest";
import { type AiOrder, chooseOrders, playAiGame } from "../../src/ai/index.ts";
import { createGame, type OrdersByAgent, resolveTurn } from "../../src/engine/index.ts";
import { policies, rules } from "./support.ts";

/** Every AI order of a game, with the agent that gave it. */
function choices(game: ReturnType<typeof playAiGame>): { agent: string; c: AiOrder }[] {
  return game.choices.flatMap((turn) =>
    Object.entries(turn).flatMap(([agent, list]) => list.map((c) => ({ agent, c }))),
  );
}

describe("every AI order says why, in one plain line", () => {
  const greedy = playAiGame(rules(), {
    seed: "why-1",
    scenario: "base-2026",
    turns: 6,
    policies: policies("greedy", { us: "planner", cn: "random" }),
  });

  it("is a non-empty single line for every order of every policy", () => {
    const all = choices(greedy);
    expect(all.length).toBeGreaterThan(30);
    for (const { c } of all) {
      expect(c.rationale.trim().length).toBeGreaterThan(10);
      expect(c.rationale).not.toMatch(/\n|undefined|NaN|\[object/);
    }
  });

  it("names one of the agent's own goals, in the goal's own words", () => {
    for (const { agent, c } of choices(greedy)) {
      if (agent === "cn" || c.goal === undefined) continue;
      const goal = rules().goals.agents[agent]?.find((o) => o.id === c.goal);
      expect(goal, `${agent}: ${c.rationale}`).toBeDefined();
      const words = (goal?.text ?? "").toLowerCase().replace(/[.]$/, "");
      expect(c.rationale.toLowerCase()).toContain(`(goal: ${words}`);
    }
  });

  it("nearly always names a goal (the rest name the shared crisis)", () => {
    const mine = choices(greedy).filter(({ agent }) => agent !== "cn");
    const named = mine.filter(({ c }) => c.goal !== undefined || /shared crisis/.test(c.rationale));
    expect(named.length).toBe(mine.length);
  });

  it("reports measured effects as a change from → to", () => {
    const measured = choices(greedy).filter(({ c }) => c.rationale.includes("→"));
    expect(measured.length).toBeGreaterThan(5);
    for (const { c } of measured) expect(c.rationale).toMatch(/: .+ → .+ \(goal: /);
  });

  it("says which policy picked an order at random", () => {
    const random = choices(greedy).filter(({ agent }) => agent === "cn");
    for (const { c } of random) expect(c.rationale).toContain("picked at random");
  });

  it("leaves them out when asked (rationales: false), choosing the very same orders", () => {
    const r = rules();
    let state = createGame(r, { seed: "why-1", scenario: "base-2026", turns: 6 });
    let compared = 0;
    for (const turn of greedy.choices) {
      const orders: OrdersByAgent = {};
      for (const [agent, list] of Object.entries(turn)) {
        const policy = agent === "us" ? "planner" : agent === "cn" ? "random" : "greedy";
        const bare = chooseOrders(policy, state, r, agent, { rationales: false });
        expect(bare.map((c) => c.order)).toEqual(list.map((c) => c.order));
        expect(bare.every((c) => c.rationale === "")).toBe(true);
        orders[agent] = list.map((c) => c.order);
        compared += list.length;
      }
      state = resolveTurn(state, r, orders).state;
    }
    expect(compared).toBeGreaterThan(30);
  });
});
