/** The random policy: a uniformly shuffled pick of legal orders, packed while they fit the budget. */
import { legalOrders, type Order } from "../engine/index.ts";
import { personalityFor } from "./ai-data.ts";
import { fits } from "./candidates.ts";
import { goalClause, orderPhrase } from "./describe.ts";
import { personalWeights } from "./goal-value.ts";
import type { AiOrder, Policy } from "./policy.ts";
import { servedGoal } from "./rationale.ts";

/** Random: shuffle the legal orders with the agent's stream, aim for a random number of them, keep those that fit. */
export const randomPolicy: Policy = {
  id: "random",
  choose({ view, rules, agent, rng, personality }) {
    const legal: Order[] = legalOrders(view, rules, agent).filter((o) => o.type !== "pass");
    for (let i = legal.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [legal[i], legal[j]] = [legal[j] as Order, legal[i] as Order];
    }
    const want = 1 + Math.floor(rng.next() * (rules.agents.find((a) => a.id === agent)?.actionPoints ?? 1));
    const picked: Order[] = [];
    for (const o of legal) {
      if (picked.length >= want) break;
      if (fits(view, rules, agent, [...picked, o])) picked.push(o);
    }
    const p = personalityFor(rules, view.scenario, agent, personality);
    const rows = personalWeights(rules, agent, p).map(({ o, weight }) => ({ o, weight, value: 0, score: 0 }));
    // Nothing fits: pass, unless even a pass is refused (in debt), then give no orders at all.
    const hold: Order[] = fits(view, rules, agent, [{ type: "pass" }]) ? [{ type: "pass" }] : [];
    const orders: Order[] = picked.length > 0 ? picked : hold;
    return orders.map((order): AiOrder => {
      const goal = servedGoal(rules, order, rows);
      const text = `${orderPhrase(rules, order)}, picked at random (easy AI)`;
      return goal
        ? { order, rationale: `${text}; it bears on the goal: ${goalClause(goal.o)}`, goal: goal.o.id }
        : { order, rationale: text };
    });
  },
};
