/** The phases of a turn, in the fixed order that makes submission order irrelevant. */
import type { TurnContext } from "../context.ts";
import { diplomacy } from "./diplomacy.ts";
import { economy, expireAndDecay } from "./economy.ts";
import { events } from "./events.ts";
import { measures } from "./measures.ts";
import { restrictions } from "./restrictions.ts";
import { reroute, routing } from "./routing.ts";
import { scoring } from "./scoring.ts";

/** A step of resolution: it reads `ctx.state` and writes to it through `writable` (see working-copy.ts). */
export type Step = (ctx: TurnContext) => void;

/** A resolution phase: its steps run in order, each with the phase's own random stream. */
export interface Phase {
  id: string;
  steps: Step[];
}

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
