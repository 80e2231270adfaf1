/** Carry out every accepted order that belongs to a phase: agents in rules order, each agent's in its own order. */
import type { TurnContext } from "../context.ts";
import type { PhaseId } from "../orders/order-kind.ts";
import { kindOf } from "../orders/registry.ts";
import type { Order } from "../types.ts";

/** Apply the orders of one phase. Submission order across agents never matters. */
export function applyOrders(ctx: TurnContext, phase: PhaseId): void {
  for (const agent of ctx.ix.agentIds) {
    const list = ctx.orders[agent];
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const { order, index } = list[i] as { order: Order; index: number };
      const kind = kindOf(order.type);
      if (kind.phase === phase) kind.apply(ctx, agent, order, index);
    }
  }
}
