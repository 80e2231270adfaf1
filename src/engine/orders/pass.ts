/** `pass`: do nothing this turn. */
import { outcome } from "../context.ts";
import type { OrderKind } from "./order-kind.ts";

type Pass = { type: "pass" };
const CANDIDATES: Pass[] = Object.freeze([Object.freeze({ type: "pass" })]) as Pass[];

/** Pass: always legal, costs nothing. */
export const pass: OrderKind<Pass> = {
  type: "pass",
  phase: "diplomacy",
  parse: () => ({ type: "pass" }),
  check: () => null,
  allowed: () => true,
  cost: (rules) => ({ ap: rules.actions.pass.ap, capital: rules.actions.pass.capital }),
  flatCost: true,
  staticCandidates: true,
  candidates: () => CANDIDATES,
  key: () => "pass",
  apply: (ctx, agent, order, index) => outcome(ctx, agent, index, order, "applied", "Passed."),
};
