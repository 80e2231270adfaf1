/** Events in plain words for the facilitator: what each effect does, and how likely the event is now. */
import {
  eventOdds,
  type GameEvent,
  type GameState,
  nameInText,
  possessive,
  type Rules,
  sentence,
} from "../engine/index.ts";
import { namer } from "./order-text.ts";

/** A signed whole or decimal number with a true minus sign: "+20", "−10", "+1.5". */
const signed = (x: number): string => `${x < 0 ? "−" : "+"}${Math.abs(x)}`;

/** "for 1 turn", "for 2 turns". */
const forTurns = (n: number): string => `for ${n} turn${n === 1 ? "" : "s"}`;

/** Each of an event's effects in words: "Ukraine war +20", "The Trans-Siberian's capacity ×0.6 for 1 turn". */
export function eventEffectLines(rules: Rules, e: GameEvent): string[] {
  const name = namer(rules);
  const the = (id: string): string => nameInText(rules, id);
  const whose = (id: string): string => sentence(possessive(the(id)));
  return e.effects.map((x) => {
    switch (x.kind) {
      case "track":
        return `${name(x.track)} ${signed(x.delta)}`;
      case "relation":
        return `Relations ${name(x.agents[0] ?? "")}–${name(x.agents[1] ?? "")} ${signed(x.delta)}`;
      case "capital":
        return `${whose(x.agent)} treasury ${signed(x.delta)} $M`;
      case "corridor-capacity":
        return `${whose(x.corridor)} capacity ×${x.factor} ${forTurns(x.turns)}`;
      case "corridor-open":
        return `${sentence(the(x.corridor))} opens`;
      case "output":
        return `${whose(x.place)} output ×${x.factor} ${forTurns(x.turns)}`;
      case "export-controls":
        return `${sentence(the(x.agent))} imposes export controls ${forTurns(x.turns)}`;
      case "influence":
        return `${whose(x.agent)} influence in ${the(x.region)} ${signed(x.delta)}`;
    }
    return "";
  });
}

/**
 * How likely the event is to fire by its odds in the state's turn: "12% this turn", or when it
 * cannot fire again yet, "can fire again from turn 7" (it fired in turn 5 and rests for its cooldown).
 */
export function eventChance(state: GameState, rules: Rules, e: GameEvent): string {
  const last = state.eventLast[e.id];
  if (last !== undefined && state.turn - last <= e.cooldown)
    return `can fire again from turn ${last + e.cooldown + 1}`;
  const p = eventOdds(state, rules, e) * 100;
  return `${p > 0 && p < 1 ? "under 1" : Math.round(p)}% this turn`;
}
