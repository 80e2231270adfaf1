/** Phase 2, restrictions: sanctions, blockades, transit fees and export controls. */
import type { TurnContext } from "../context.ts";
import { applyOrders } from "./apply-orders.ts";

/** Resolve the restricting orders. */
export function restrictions(ctx: TurnContext): void {
  applyOrders(ctx, "restrictions");
}
