/** The shape every order kind implements: check, cost, list, and carry out. */
import type { Rules } from "../../rules/schema.ts";
import type { TurnContext } from "../context.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, GameState, Order, RejectionReason } from "../types.ts";

/** What validation and enumeration may read: a full state or a player's view. */
export type Readable = Omit<GameState, "rng" | "injects">;

/** A refusal from an order kind's check. */
export interface Refusal {
  reason: RejectionReason;
  message: string;
}

/** The phase in which an order kind takes effect. */
export type PhaseId = "diplomacy" | "restrictions" | "economy" | "routing";

/** One kind of order. `O` is the narrowed order type. */
export interface OrderKind<O extends Order = Order> {
  type: O["type"];
  phase: PhaseId;
  /** Parse an untrusted value into this order, or say what is malformed. */
  parse(raw: Record<string, unknown>): O | string;
  /** Preconditions against the state: null when the order may be given. */
  check(s: Readable, rules: Rules, ix: RulesIndex, agent: AgentId, order: O): Refusal | null;
  /** Action points and capital it costs. */
  cost(rules: Rules, order: O): { ap: number; capital: number };
  /** Every order of this kind worth offering the agent (each is then checked). */
  candidates(s: Readable, rules: Rules, ix: RulesIndex, agent: AgentId): O[];
  /** Conflict key: two accepted orders with the same key would contradict each other. */
  key(order: O): string | null;
  /** Carry it out during its phase. */
  apply(ctx: TurnContext, agent: AgentId, order: O, index: number): void;
}

/** Reject helper. */
export const refuse = (reason: RejectionReason, message: string): Refusal => ({ reason, message });

/** Read a string field, or null. */
export function str(raw: Record<string, unknown>, field: string): string | null {
  const x = raw[field];
  return typeof x === "string" && x.length > 0 ? x : null;
}

/** Parse an order with a single string field. */
export function parseField<O extends Order>(
  raw: Record<string, unknown>,
  field: string,
  make: (value: string) => O,
): O | string {
  const value = str(raw, field);
  return value === null ? `needs a "${field}" string` : make(value);
}
