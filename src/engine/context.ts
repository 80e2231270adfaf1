/** The working context of one turn's resolution: the draft state, the rules and the effect log. */
import type { Rules } from "../rules/schema.ts";
import type { OrderKind, PhaseId } from "./orders/order-kind.ts";
import type { Rng } from "./rng.ts";
import { indexRules, type RulesIndex } from "./rules-index.ts";
import type { AgentId, Cause, Effect, EventRecord, GameState, Order, OrderResult, Project } from "./types.ts";

/** One turn being resolved. Phases read and write `state`, the turn's working copy, through this. */
export interface TurnContext {
  rules: Rules;
  ix: RulesIndex;
  /** The working copy of the state (never the previous state): every change is written here. */
  state: GameState;
  rng: Rng;
  /** Accepted orders by agent, with each order's index in what the agent submitted. */
  orders: Record<AgentId, { order: Order; index: number }[]>;
  /** The same orders by the phase that carries them out: agents in rules order, each agent's in its own order. */
  byPhase: Record<PhaseId, PhaseOrder[]>;
  results: OrderResult[];
  effects: Effect[];
  events: EventRecord[];
  /** Projects started by this turn's orders, added to the state's list when projects mature. */
  newProjects: Project[];
  /** Whether to log effects with their explanations (off for AI lookahead, which needs only the state). */
  explain: boolean;
  /** The state the turn started from: what `state` still shares with it is copied before a write (see working-copy.ts). */
  prev: GameState;
  /** Events the facilitator injects this turn, by id. */
  injected: readonly string[];
}

/** An accepted order as its phase carries it out: its agent, its index in what the agent submitted, its kind. */
export interface PhaseOrder {
  agent: AgentId;
  order: Order;
  index: number;
  kind: OrderKind;
}

/** An explanation, or a function that builds it only when effects are being logged. */
export type Text = string | (() => string);

/** Make a context over a working copy of `prev`. */
export function makeContext(
  rules: Rules,
  prev: GameState,
  state: GameState,
  rng: Rng,
  orders: TurnContext["orders"],
  byPhase: TurnContext["byPhase"],
  explain = true,
  injected: readonly string[] = [],
): TurnContext {
  return {
    rules,
    ix: indexRules(rules),
    state,
    rng,
    orders,
    byPhase,
    results: [],
    effects: [],
    events: [],
    explain,
    newProjects: [],
    prev,
    injected,
  };
}

/** Round to a fixed number of decimals, so that states stay short and hashes stable. */
export function round(x: number, digits = 4): number {
  const f = POWERS[digits] ?? 10 ** digits;
  return Math.round(x * f) / f + 0; // + 0 turns −0 into 0, which JSON cannot tell apart
}

const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * `String(x)`, written out without formatting a fraction when x is a whole number of ten-thousandths
 * (as `round` leaves numbers; explanations quote many). The shortest decimal that reads back as such
 * a number is its own digits (no other decimal with four places or fewer is that close), so the
 * digits of the integer x × 10⁴ with the point put back are what `String` writes; anything else,
 * and numbers too large for the argument (|x| ≥ 10¹¹), go to `String`.
 */
export function decimal(x: number): string {
  const k = Math.round(x * 10000);
  if (k / 10000 !== x || !(k > -1e15 && k < 1e15)) return String(x); // NaN fails both tests
  const a = k < 0 ? -k : k;
  const fraction = a % 10000;
  const whole = (a - fraction) / 10000;
  const sign = k < 0 ? "-" : "";
  if (fraction === 0) return `${sign}${whole}`; // −0 too: String(−0) is "0"
  let digits = fraction;
  let places = 4;
  while (digits % 10 === 0) {
    digits /= 10;
    places--;
  }
  return `${sign}${whole}.${ZEROS[places - String(digits).length]}${digits}`;
}

/** Leading zeros of a fraction's digits, by how many. */
const ZEROS = ["", "0", "00", "000"];

/** An array of n zeros (a plain array: cheaper to make than a typed one for the sizes of a turn). */
export function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/** Clamp to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x + 0;
}

/** No agents: what lean turns pass where an effect's agents would go (nothing is logged then). */
export const NO_AGENTS: AgentId[] = Object.freeze([]) as unknown as AgentId[];

/** Record a change that has been made (or is about to be) as an effect, when something changed. */
export function record(
  ctx: TurnContext,
  path: string,
  from: Effect["from"],
  to: Effect["to"],
  cause: Cause,
  text: Text,
  agents: AgentId[] = [],
): void {
  if (from === to || !ctx.explain) return;
  ctx.effects.push({ path, from, to, cause, text: typeof text === "string" ? text : text(), agents });
}

/** Set a number on a record, rounded, and log the change with its cause. Returns the new value. */
export function setNumber(
  ctx: TurnContext,
  target: Record<string, number>,
  key: string,
  value: number,
  path: string,
  cause: Cause,
  text: Text,
  agents: AgentId[] = [],
  digits = 2,
): number {
  const from = target[key] ?? 0;
  const to = round(value, digits);
  if (to !== from) {
    target[key] = to;
    record(ctx, path, from, to, cause, text, agents);
  }
  return to;
}

/** The cause of an order. */
export function orderCause(agent: AgentId, order: Order, index: number): Cause {
  return { type: "order", agent, order: order.type, index };
}

/** An agent, place, corridor, region, track, event or commodity as it reads in a sentence ("the United States"). */
export function nameOf(ix: RulesIndex, id: string): string {
  return ix.names.get(id) ?? id;
}

/**
 * The same name where it starts a sentence ("The United States paid …"). Texts start with it
 * rather than being capitalised afterwards: reading the first letter of a text built from parts
 * makes the engine join the parts into one string, a copy of every explanation.
 */
export function titleOf(ix: RulesIndex, id: string): string {
  return ix.titles.get(id) ?? id;
}

/** An id's name as it reads in a sentence, from the rules alone (for the UI and the AI). */
export function nameInText(rules: Rules, id: string): string {
  return nameOf(indexRules(rules), id);
}

/** A name made possessive: "Russia's", "the United States'". */
export function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

/** A text with its first letter a capital, as a sentence starts ("the United States paid …" → "The …"). */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Note an order's outcome. */
export function outcome(
  ctx: TurnContext,
  agent: AgentId,
  index: number,
  order: Order,
  result: OrderResult["outcome"],
  message: string,
): void {
  ctx.results.push({ agent, index, order, outcome: result, message });
}
