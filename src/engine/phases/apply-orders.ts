/** Carry out every accepted order that belongs to a phase: agents in rules order, each agent's in its own order. */
import type { TurnContext } from "../context.ts";
import type { PhaseId } from "../orders/order-kind.ts";
import { kindOf } from "../orders/registry.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { Order } from "../types.ts";

/** Apply the orders of one phase. Submission order across agents never matters. */
export function applyOrders(ctx: TurnContext, phase: PhaseId): void {
  for (const x of ctx.byPhase[phase]) x.kind.apply(ctx, x.agent, x.order, x.index);
}

/** The accepted orders by the phase that carries them out, in the order `applyOrders` applies them. */
export function byPhase(ix: RulesIndex, orders: TurnContext["orders"]): TurnContext["byPhase"] {
  const out: TurnContext["byPhase"] = { diplomacy: [], restrictions: [], economy: [], routing: [] };
  for (const agent of ix.agentIds) {
    const list = orders[agent];
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const { order, index } = list[i] as { order: Order; index: number };
      const kind = kindOf(order.type);
      out[kind.phase].push({ agent, order, index, kind });
    }
  }
  return out;
}
