/** The phases of a turn, in the fixed order that makes submission order irrelevant. */
import type { TurnContext } from "../context.ts";
import { diplomacy } from "./diplomacy.ts";
import { economy, expireAndDecay } from "./economy.ts";
import { events } from "./events.ts";
import { measures } from "./measures.ts";
import { restrictions } from "./restrictions.ts";
import { reroute, routing } from "./routing.ts";
import { scoring } from "./scoring.ts";

/** A step of resolution: it writes through the draft `ctx.state`; `ctx.state` is the state before its producer began. */
export type Step = (ctx: TurnContext) => void;

/**
 * A resolution phase: its steps run in order. Steps that only apply orders share one immer
 * producer; a step that reads much of the state (routing, measures, scoring) starts a new
 * producer so that it can read the plain state the steps before it left.
 */
export interface Phase {
  id: string;
  steps: Step[];
}

/** Steps that start a new immer producer (they read `ctx.state`). */
export const READS_PLAIN: ReadonlySet<Step> = new Set<Step>([routing, measures, events, scoring]);

/**
 * validate (before) → upkeep (agreements and event effects expire, stocks fade) → diplomacy →
 * restrictions → economy → routing → measures → events → scoring.
 */
export const PIPELINE: readonly Phase[] = [
  { id: "upkeep", steps: [expireAndDecay] },
  { id: "diplomacy", steps: [diplomacy] },
  { id: "restrictions", steps: [restrictions] },
  { id: "economy", steps: [economy] },
  { id: "routing", steps: [reroute, routing] },
  { id: "measures", steps: [measures] },
  { id: "events", steps: [events] },
  { id: "scoring", steps: [scoring] },
];
