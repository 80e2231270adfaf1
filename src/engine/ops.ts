/** Small state changes shared by orders, phases and events, each logged as an effect. */
import {
  clamp,
  decimal,
  NO_AGENTS,
  nameOf,
  record,
  setNumber,
  type Text,
  type TurnContext,
  titleOf,
} from "./context.ts";
import type { AgentId, Cause } from "./types.ts";
import { writable } from "./working-copy.ts";

/** Take capital from an agent's treasury. */
export function pay(ctx: TurnContext, agent: AgentId, amount: number, cause: Cause, what: string): void {
  if (amount === 0) return;
  const a = writable.agent(ctx, agent);
  if (!a) return;
  setNumber(
    ctx,
    a as unknown as Record<string, number>,
    "treasury",
    a.treasury - amount,
    ctx.explain ? `agents.${agent}.treasury` : "",
    cause,
    ctx.explain ? () => `${titleOf(ctx.ix, agent)} paid ${amount} $M for ${what}.` : "",
    ctx.explain ? [agent] : NO_AGENTS,
  );
}

/** Move the relation between two agents, both ways, within −100..100. */
export function shiftRelation(
  ctx: TurnContext,
  a: AgentId,
  b: AgentId,
  delta: number,
  cause: Cause,
  why: string,
): void {
  if (delta === 0 || a === b) return;
  if (!ctx.state.relations[a] || !ctx.state.relations[b]) return;
  const ra = writable.relations(ctx, a);
  const rb = writable.relations(ctx, b);
  const to = clamp((ra[b] ?? 0) + delta, -100, 100);
  setNumber(
    ctx,
    ra,
    b,
    to,
    ctx.explain ? `relations.${a}.${b}` : "",
    cause,
    ctx.explain
      ? () =>
          `Relations between ${nameOf(ctx.ix, a)} and ${nameOf(ctx.ix, b)} ${delta > 0 ? "improved" : "worsened"}: ${why}.`
      : "",
    ctx.explain ? [a, b] : NO_AGENTS,
    1,
  );
  rb[a] = ra[b] ?? to;
}

/** Move a track within 0..100. */
export function shiftTrack(ctx: TurnContext, track: string, delta: number, cause: Cause, why: string): void {
  const from = ctx.state.tracks[track];
  if (from === undefined || delta === 0) return;
  const to = clamp(from + delta, 0, 100);
  const parties = ctx.ix.track.get(track)?.parties ?? [];
  setNumber(
    ctx,
    writable.tracks(ctx),
    track,
    to,
    ctx.explain ? `tracks.${track}` : "",
    cause,
    ctx.explain
      ? () =>
          `${titleOf(ctx.ix, track)} ${to > from ? "rose" : "fell"} from ${decimal(from)} to ${decimal(Math.round(to * 10) / 10)}: ${why}.`
      : "",
    parties,
    1,
  );
}

/** Add to a stock (investment, soft power) in a region for an agent. */
export function addStock(
  ctx: TurnContext,
  name: "investment" | "softPower",
  region: string,
  agent: AgentId,
  amount: number,
  cause: Cause,
  why: Text,
): void {
  const row = writable.stock(ctx, name, region);
  setNumber(
    ctx,
    row,
    agent,
    (row[agent] ?? 0) + amount,
    ctx.explain ? `${name}.${region}.${agent}` : "",
    cause,
    why,
    ctx.explain ? [agent] : NO_AGENTS,
    2,
  );
}

/** Log a change to a list-valued or string-valued field. */
export function note(
  ctx: TurnContext,
  path: string,
  from: string,
  to: string,
  cause: Cause,
  text: Text,
  agents: AgentId[],
): void {
  record(ctx, path, from, to, cause, text, agents);
}
