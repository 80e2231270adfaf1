/** Orders in plain words, with the rules' names for places, corridors, tracks and countries. */
import { orderPhrase } from "../ai/describe.ts";
import type { Order, OrderType, Rules } from "../engine/index.ts";

/** A short name for each kind of order, as the order panel lists them. */
export const KIND_LABELS: Record<OrderType, string> = {
  invest: "Invest",
  "broker-peace": "Broker peace",
  "block-corridor": "Block a corridor",
  "reopen-corridor": "Reopen a corridor",
  "set-transit-fee": "Set a transit fee",
  "reroute-exports": "Reroute exports",
  sanction: "Sanction",
  "lift-sanctions": "Lift sanctions",
  "export-controls": "Export controls",
  "sign-agreement": "Sign an agreement",
  "soft-power": "Soft power",
  escalate: "Escalate",
  pass: "Pass",
};

/** A name lookup over every kind of id in the rules. */
export function namer(rules: Rules): (id: string) => string {
  const names = new Map<string, string>();
  for (const list of [
    rules.agents,
    rules.places,
    rules.corridors,
    rules.tracks,
    rules.regions,
    rules.events,
  ]) {
    for (const x of list) if (!names.has(x.id)) names.set(x.id, x.name);
  }
  for (const c of rules.corridors) for (const u of c.upgrades) names.set(`${c.id}/${u.id}`, u.name);
  return (id) => names.get(id) ?? id;
}

/** A short form of a long place or corridor name: the part before any parenthesis. */
export const short = (name: string): string => name.replace(/\s*\(.*\)\s*$/, "");

/** One line that says what an order does, e.g. "Invest 250 $M in a mine: Kazakh mines". */
export function describeOrder(rules: Rules, order: Order): string {
  const n = namer(rules);
  const s = (id: string) => short(n(id));
  switch (order.type) {
    case "invest":
      return `Invest ${order.amount} $M: ${investTarget(rules, order.target)}`;
    case "set-transit-fee":
      return `Set the fee on ${s(order.corridor)} to ${order.level}`;
    case "reroute-exports":
      return `Route ${s(order.producer)}: ${order.routes.map(s).join(" → ")}`;
    case "broker-peace":
    case "escalate":
    case "block-corridor":
    case "reopen-corridor":
    case "sanction":
    case "lift-sanctions":
    case "export-controls":
    case "sign-agreement":
    case "soft-power":
      // Worded as the AI's rationales word them (on a stability track, escalating undermines it).
      return orderPhrase(rules, order);
    case "pass":
      return "Pass";
  }
}

/** What an investment goes into, e.g. "Kazakh mines — new mine" or "TRIPP — Zangezur rail link". */
export function investTarget(rules: Rules, t: Extract<Order, { type: "invest" }>["target"]): string {
  const n = namer(rules);
  if (t.kind === "mine") return `${short(n(t.place))} — new mine`;
  if (t.kind === "joint-project") return `${short(n(t.place))} — joint project`;
  if (t.kind === "corridor") return `${short(n(t.corridor))} — more capacity`;
  return `${short(n(t.corridor))} — ${short(n(`${t.corridor}/${t.upgrade}`))}`;
}

/** An order's identity without its amount, so the panel can offer the amounts of one choice together. */
export function choiceKey(order: Order): string {
  if (order.type === "invest") return JSON.stringify({ type: order.type, target: order.target });
  return JSON.stringify(order);
}

/** What an order costs, as text: "1 AP · 250 $M". */
export function costText(cost: { ap: number; capital: number }): string {
  const parts = [`${cost.ap} AP`];
  if (cost.capital > 0) parts.push(`${Math.round(cost.capital)} $M`);
  return parts.join(" · ");
}

/** A loose order's type, for reports that may hold malformed orders. */
export function orderTypeOf(order: unknown): string {
  return typeof order === "object" && order !== null && typeof (order as { type?: unknown }).type === "string"
    ? (order as { type: string }).type
    : "?";
}
