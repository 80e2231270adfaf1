/** Every order kind, by type. */
import type { Order, OrderType } from "../types.ts";
import { brokerPeace } from "./broker-peace.ts";
import { blockCorridor, reopenCorridor, setTransitFee } from "./corridor-control.ts";
import { escalate } from "./escalate.ts";
import { exportControls } from "./export-controls.ts";
import { invest } from "./invest.ts";
import type { OrderKind } from "./order-kind.ts";
import { pass } from "./pass.ts";
import { rerouteExports } from "./reroute-exports.ts";
import { liftSanctions, sanction } from "./sanction.ts";
import { signAgreement } from "./sign-agreement.ts";
import { softPower } from "./soft-power.ts";

/** The order kinds, keyed by their `type`. */
export const ORDER_KINDS: { [T in OrderType]: OrderKind<Extract<Order, { type: T }>> } = {
  invest,
  "broker-peace": brokerPeace,
  "block-corridor": blockCorridor,
  "reopen-corridor": reopenCorridor,
  "set-transit-fee": setTransitFee,
  "reroute-exports": rerouteExports,
  sanction,
  "lift-sanctions": liftSanctions,
  "export-controls": exportControls,
  "sign-agreement": signAgreement,
  "soft-power": softPower,
  escalate,
  pass,
};

/** The kinds by type in a map: a lookup by a varying key into one object is slower than a map's. */
const BY_TYPE = new Map(Object.entries(ORDER_KINDS) as [OrderType, OrderKind][]);

/** The kind of an order (typed loosely: callers hold a checked order). */
export const kindOf = (type: OrderType): OrderKind => BY_TYPE.get(type) as OrderKind;
