/** Phase 1, diplomacy: agreements, peace attempts, escalations and soft power. */
import type { TurnContext } from "../context.ts";
import { applyOrders } from "./apply-orders.ts";

/** Resolve the diplomatic orders. */
export function diplomacy(ctx: TurnContext): void {
  applyOrders(ctx, "diplomacy");
}
