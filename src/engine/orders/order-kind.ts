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
  /**
   * Whether `check` would pass (returns exactly `check(...) === null`), without building a refusal.
   * Optional: callers fall back to `check`.
   */
  allowed?(s: Readable, rules: Rules, ix: RulesIndex, agent: AgentId, order: O): boolean;
  /** True when `cost` is the same for every order of this kind (it reads only the rules). */
  flatCost?: boolean;
  /**
   * True when `candidates` reads only the rules and the agent, never the state (so its result may be
   * kept), and `within` reads only those and the budget.
   */
  staticCandidates?: boolean;
  /** True when `candidates` is empty for this agent whatever the state (it reads only the rules). */
  offersNone?(rules: Rules, ix: RulesIndex, agent: AgentId): boolean;
  /**
   * Push onto `out`, in `candidates` order, every candidate that costs at most `ap` action points
   * and (when it costs capital) at most `capital`, and passes `check`. Optional: a faster way to
   * do what `legalOrders` otherwise does with `candidates`, `cost` and `check`.
   */
  legal?(
    s: Readable,
    rules: Rules,
    ix: RulesIndex,
    agent: AgentId,
    ap: number,
    capital: number,
    out: Order[],
  ): void;
  /**
   * The candidates that cost at most `ap` action points and (when they cost capital) at most
   * `capital`, in `candidates` order. Optional: callers fall back to `candidates` and `cost`.
   */
  within?(s: Readable, rules: Rules, ix: RulesIndex, agent: AgentId, ap: number, capital: number): O[];
  /** Conflict key: two accepted orders with the same key would contradict each other. */
  key(order: O): string | null;
  /** Carry it out during its phase. */
  apply(ctx: TurnContext, agent: AgentId, order: O, index: number): void;
}

/** Reject helper. */
export const refuse = (reason: RejectionReason, message: string): Refusal => ({ reason, message });

/**
 * The refusal a check returns when it was asked only whether the order may be given, not why not
 * (its message is never shown: `check` always explains).
 */
export const NO: Refusal = Object.freeze({ reason: "malformed", message: "" }) as Refusal;

/** Whether a cost fits a budget, as validation counts it: capital only binds when the order costs some. */
export const fits = (cost: { ap: number; capital: number }, ap: number, capital: number): boolean =>
  !(cost.ap > ap || (cost.capital > 0 && cost.capital > capital));

/** One value per ruleset, built on first use. */
export function perRules<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

/** One value per ruleset and agent, built on first use. */
export function perAgent<K extends object, V>(
  cache: WeakMap<K, Map<AgentId, V>>,
  key: K,
  agent: AgentId,
  make: () => V,
): V {
  let byAgent = cache.get(key);
  if (byAgent === undefined) {
    byAgent = new Map();
    cache.set(key, byAgent);
  }
  let v = byAgent.get(agent);
  if (v === undefined) {
    v = make();
    byAgent.set(agent, v);
  }
  return v;
}

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
