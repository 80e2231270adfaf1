/** Reading the public situation for heuristics: relations, how bad a track is, who wronged whom last turn. */
import {
  type AgentId,
  type GameState,
  indexRules,
  leverage,
  type PlayerView,
  type Rules,
} from "../engine/index.ts";
import { shortName } from "./describe.ts";

/** A state or a view: everything public. */
export type Public = GameState | Omit<PlayerView, "viewer">;

/** What the heuristics read. */
export interface Situation {
  s: Public;
  rules: Rules;
  agent: AgentId;
  /** A draw from the agent's stream for this turn, 0–1: rare moods (a hawk's show of strength) happen below 0.1; absent, the usual mood. */
  whim?: number;
}

/** Clamp to [0, 1]. */
export const unit = (x: number): number => Math.max(0, Math.min(1, x));

/** Relation of a towards b, −100 to 100. */
export const relation = (s: Public, a: AgentId, b: AgentId): number => s.relations[a]?.[b] ?? 0;

/** How bad a track is, 0–100, whichever way it runs (tension up, or stability down). */
export function badness(x: Situation, track: string): number {
  const t = indexRules(x.rules).track.get(track);
  const v = x.s.tracks[track] ?? 0;
  return t && !t.tension ? 100 - v : v;
}

/** Whether one of a track's gates holds now (it is past a threshold). */
export function gateHeld(x: Situation, track: string): boolean {
  const t = indexRules(x.rules).track.get(track);
  const v = x.s.tracks[track] ?? 0;
  return (t?.thresholds ?? []).some((th) => (th.when === "above" ? v >= th.value : v <= th.value));
}

/** My leverage over another agent (dependence asymmetry), −1 to 1. */
export const leverageOver = (x: Situation, other: AgentId): number =>
  leverage(x.s.measures.dep, x.agent, other);

/** Hostility towards another agent, 0–1: how far relations sit below `calm`. */
export const hostility = (x: Situation, other: AgentId, calm = 0): number =>
  unit((calm - relation(x.s, x.agent, other)) / 60);

/** What another agent did against me last turn, in a few words, or null. */
export function grievance(x: Situation, other: AgentId): string | null {
  const ix = indexRules(x.rules);
  const me = x.agent;
  if (x.s.agents[other]?.sanctions.includes(me)) return `${shortName(x.rules, other)} sanctions us`;
  for (const o of x.s.lastOrders[other] ?? []) {
    if (o.type === "escalate" && ix.track.get(o.track)?.parties.includes(me)) {
      return `${shortName(x.rules, other)} escalated the ${shortName(x.rules, o.track)}`;
    }
    if (o.type === "block-corridor" && tradesOn(x, o.corridor))
      return `${shortName(x.rules, other)} blocked ${shortName(x.rules, o.corridor)}`;
    if (o.type === "export-controls" && me === "us")
      return `${shortName(x.rules, other)} withheld rare earths`;
  }
  return null;
}

/** Whether the agent sells, buys or collects fees on a corridor's current flows. */
export function tradesOn(x: Situation, corridor: string): boolean {
  const ix = indexRules(x.rules);
  if (ix.buyer.get(corridor) === x.agent) return x.s.flows.some((f) => f.corridor === corridor);
  return x.s.flows.some(
    (f) => f.corridor === corridor && (f.seller === x.agent || (f.fees[x.agent] ?? 0) > 0),
  );
}

/** The share of a corridor's capacity its flows used last turn, 0–1. */
export function utilisation(x: Situation, corridor: string): number {
  const cap = x.s.corridors[corridor]?.capacity ?? 0;
  const used = x.s.flows.reduce((a, f) => (f.corridor === corridor ? a + f.total : a), 0);
  return cap > 0 ? unit(used / cap) : 0;
}

/** Whether the agent has an objective on a region's influence (or on influence in general). */
export function caresAbout(x: Situation, region: string): boolean {
  return (x.rules.goals.agents[x.agent] ?? []).some((o) => o.measure === "influence" && o.region === region);
}
