/** The phases of a turn, in the fixed order that makes submission order irrelevant. */
import type { TurnContext } from "../context.ts";
import { diplomacy } from "./diplomacy.ts";
import { economy, expireAndDecay } from "./economy.ts";
import { events } from "./events.ts";
import { measures } from "./measures.ts";
import { restrictions } from "./restrictions.ts";
import { reroute, routing } from "./routing.ts";
import { scoring } from "./scoring.ts";

/**
 * A resolution phase: one or more steps, each run as its own immer producer, so that a step reads
 * the state as the previous step left it (plain, in `ctx.plain`) and writes through the draft.
 */
export interface Phase {
  id: string;
  steps: ((ctx: TurnContext) => void)[];
}

/** validate (before) → diplomacy → restrictions → economy → routing → measures → events → scoring. */
export const PIPELINE: readonly Phase[] = [
  { id: "diplomacy", steps: [diplomacy] },
  { id: "restrictions", steps: [restrictions] },
  { id: "economy", steps: [expireAndDecay, economy] },
  { id: "routing", steps: [reroute, routing] },
  { id: "measures", steps: [measures] },
  { id: "events", steps: [events] },
  { id: "scoring", steps: [scoring] },
];
