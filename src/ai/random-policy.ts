/** The random policy: random legal orders, each pick uniform over the legal ones, packed into the budget. */
import { type Order, randomOrders } from "../engine/index.ts";
import { personalityFor } from "./ai-data.ts";
import { fits } from "./candidates.ts";
import { goalClause, orderPhrase } from "./describe.ts";
import { personalWeights } from "./goal-value.ts";
import type { AiOrder, Policy } from "./policy.ts";
import { servedGoal } from "./rationale.ts";

/**
 * Random: the engine's `randomOrders` with the agent's stream: picks uniform over its legal orders
 * (a pick that no longer fits the budget or clashes with an earlier one is skipped), up to 8.
 */
export const randomPolicy: Policy = {
  id: "random",
  choose({ view, rules, agent, rng, personality, rationales }) {
    const picked: Order[] = randomOrders(view, rules, agent, rng);
    // Nothing fits: pass, unless even a pass is refused (in debt), then give no orders at all.
    const hold = (): Order[] => (fits(view, rules, agent, [{ type: "pass" }]) ? [{ type: "pass" }] : []);
    const orders: Order[] = picked.length > 0 ? picked : hold();
    if (rationales === false) return orders.map((order) => ({ order, rationale: "" }));
    const p = personalityFor(rules, view.scenario, agent, personality);
    const rows = personalWeights(rules, agent, p).map(({ o, weight }) => ({ o, weight, value: 0, score: 0 }));
    return orders.map((order): AiOrder => {
      const goal = servedGoal(rules, order, rows);
      const text = `${orderPhrase(rules, order)}, picked at random`;
      return goal
        ? { order, rationale: `${text}; it bears on the goal: ${goalClause(goal.o)}`, goal: goal.o.id }
        : { order, rationale: text };
    });
  },
};
