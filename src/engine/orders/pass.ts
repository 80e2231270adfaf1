/** `pass`: do nothing this turn. */
import { outcome } from "../context.ts";
import { fits, type OrderKind } from "./order-kind.ts";

type Pass = { type: "pass" };
const CANDIDATES: Pass[] = Object.freeze([Object.freeze({ type: "pass" })]) as Pass[];

/** Pass: always legal, costs nothing. */
export const pass: OrderKind<Pass> = {
  type: "pass",
  phase: "diplomacy",
  parse: () => ({ type: "pass" }),
  check: () => null,
  allowed: () => true,
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = pass.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(pass.cost(rules, first), ap, capital)) return;
    for (const order of list) if (pass.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({ ap: rules.actions.pass.ap, capital: rules.actions.pass.capital }),
  flatCost: true,
  staticCandidates: true,
  candidates: () => CANDIDATES,
  key: () => "pass",
  apply: (ctx, agent, order, index) => outcome(ctx, agent, index, order, "applied", "Passed."),
};
