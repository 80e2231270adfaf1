/** `pass`: do nothing this turn. */
import { outcome } from "../context.ts";
import type { OrderKind } from "./order-kind.ts";

type Pass = { type: "pass" };

/** Pass: always legal, costs nothing. */
export const pass: OrderKind<Pass> = {
  type: "pass",
  phase: "diplomacy",
  parse: () => ({ type: "pass" }),
  check: () => null,
  cost: (rules) => ({ ap: rules.actions.pass.ap, capital: rules.actions.pass.capital }),
  candidates: () => [{ type: "pass" }],
  key: () => "pass",
  apply: (ctx, agent, order, index) => outcome(ctx, agent, index, order, "applied", "Passed."),
};
