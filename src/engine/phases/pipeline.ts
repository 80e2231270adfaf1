/** The phases of a turn, in the fixed order that makes submission order irrelevant. */
import type { TurnContext } from "../context.ts";
import { diplomacy } from "./diplomacy.ts";
import { economy } from "./economy.ts";
import { events } from "./events.ts";
import { measures } from "./measures.ts";
import { restrictions } from "./restrictions.ts";
import { routing } from "./routing.ts";
import { scoring } from "./scoring.ts";

/** A resolution phase. */
export interface Phase {
  id: string;
  run(ctx: TurnContext): void;
}

/** validate (before) → diplomacy → restrictions → economy → routing → measures → events → scoring. */
export const PIPELINE: readonly Phase[] = [
  { id: "diplomacy", run: diplomacy },
  { id: "restrictions", run: restrictions },
  { id: "economy", run: economy },
  { id: "routing", run: routing },
  { id: "measures", run: measures },
  { id: "events", run: events },
  { id: "scoring", run: scoring },
];
