/** A turn report as the report panel shows it: one country's changes with their causes, and everyone's orders. */

import { orderPhrase } from "../ai/describe.ts";
import type {
  AgentId,
  Cause,
  Effect,
  EventRecord,
  OrderOutcome,
  Rules,
  TurnReport,
} from "../engine/index.ts";
import { type Order, parseOrder, possessive, sentence } from "../engine/index.ts";
import { describeOrder, KIND_LABELS, namer } from "./order-text.ts";

/** A change for the report table. */
export interface ChangeRow {
  text: string;
  from: string;
  to: string;
  cause: string;
  causeKind: Cause["type"];
}

/** An order as revealed after resolution. */
export interface RevealedOrder {
  agent: AgentId;
  text: string;
  outcome: OrderOutcome;
  message: string;
  rationale: string | null;
}

/** What set an event off, after its name: " (injected by the facilitator)", " (scheduled)" or nothing for a draw. */
export function eventTag(e: EventRecord): string {
  return e.facilitator ? " (injected by the facilitator)" : e.scheduled ? " (scheduled)" : "";
}

/** A cause in words: "Türkiye's order: Block a corridor", "Event: Caspian storm", "Rule: income". */
export function causeText(rules: Rules, cause: Cause): string {
  const name = namer(rules);
  if (cause.type === "order")
    return `${possessive(name(cause.agent))} order: ${KIND_LABELS[cause.order] ?? cause.order}`;
  if (cause.type === "event") return `Event: ${name(cause.event)}`;
  return `Rule: ${cause.rule.replace(/-/g, " ")}`;
}

const show = (x: Effect["from"]): string =>
  x === null ? "—" : typeof x === "number" ? String(Math.round(x * 100) / 100) : String(x);

/** One change as a report row: its text, from and to (numbers only), and its cause in words. */
export function changeRow(rules: Rules, e: Effect): ChangeRow {
  const numeric = typeof e.from === "number" || typeof e.to === "number";
  return {
    text: e.text,
    from: numeric ? show(e.from) : "",
    to: numeric ? show(e.to) : "",
    cause: causeText(rules, e.cause),
    causeKind: e.cause.type,
  };
}

/** The changes a turn made that concern `agent`, with their causes. */
export function changesFor(rules: Rules, report: TurnReport, agent: AgentId): ChangeRow[] {
  return report.effects.filter((e) => e.agents.includes(agent)).map((e) => changeRow(rules, e));
}

/**
 * Every country's orders of a turn, with outcomes and the AI's rationales (by order position),
 * each rationale without the order it starts by repeating ("Build soft power in Kazakhstan: a
 * voice in Kazakhstan (…)" → "A voice in Kazakhstan (…)").
 */
export function revealedOrders(
  rules: Rules,
  report: TurnReport,
  notes: Record<AgentId, string[]>,
): RevealedOrder[] {
  return report.orders.map((o) => {
    const parsed = parseOrder(o.order);
    return {
      agent: o.agent,
      text: typeof parsed === "string" ? `Malformed order (${parsed})` : describeOrder(rules, parsed),
      outcome: o.outcome,
      message: o.message,
      rationale: reason(rules, parsed, notes[o.agent]?.[o.index] ?? null),
    };
  });
}

/** An AI's rationale without its leading order phrase, which the order's own line already gives. */
function reason(rules: Rules, order: Order | string, rationale: string | null): string | null {
  if (rationale === null || typeof order === "string") return rationale;
  const phrase = `${orderPhrase(rules, order)}: `;
  return rationale.startsWith(phrase) ? sentence(rationale.slice(phrase.length)) : rationale;
}
