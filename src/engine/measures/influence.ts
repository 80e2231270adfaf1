/**
 * Influence in each contested region moves each turn a share δ of the way towards a target:
 * s ← (1 − δ)·s + δ·target. An outside power's pull grows with its investment there, its share of
 * the region's trade, its soft power, its agreements with the host and its lasting ties, less its
 * blockades of the region's exports; its target is its share of all the pull in the region, the
 * host's own included (outside powers together hold at most the cap).
 */
import type { Rules } from "../../rules/schema.ts";
import type { Readable } from "../orders/order-kind.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, Flow, Measures } from "../types.ts";

/** Each outside agent's raw pull in a region, before scaling. */
export function influencePull(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  region: string,
  dep: Measures["dep"],
  flows: Flow[],
): Record<AgentId, number> {
  const r = ix.region.get(region);
  const w = rules.model.influenceWeights;
  const out: Record<AgentId, number> = {};
  if (!r) return out;
  const share = r.host ? (a: AgentId) => dep[r.host ?? ""]?.[a] ?? 0 : transitShare(ix, region, flows);
  const blockCost = rules.actions["block-corridor"].influence;
  const blocks = blockersIn(s, rules, ix, region);
  for (const a of outsidePowers(rules, ix)) {
    let pull =
      (w.investment * (s.investment[region]?.[a] ?? 0)) / 100 +
      w.trade * share(a) * 100 +
      w.softPower * (s.softPower[region]?.[a] ?? 0) +
      w.legacy * (r.legacy[a] ?? 0);
    if (r.host) {
      const host = r.host;
      let deals = 0;
      for (const g of s.agreements)
        if (g.until >= s.turn && g.agents.includes(a) && g.agents.includes(host)) deals++;
      pull += w.agreement * deals;
    }
    for (const b of blocks) if (b === a) pull -= blockCost;
    out[a] = Math.max(0, pull);
  }
  return out;
}

/** Every blockade of a corridor that crosses the region, as the blocking agent (once per corridor it blocks). */
function blockersIn(s: Readable, rules: Rules, ix: RulesIndex, region: string): AgentId[] {
  const out: AgentId[] = [];
  for (const c of rules.corridors) {
    const by = s.corridors[c.id]?.blockedBy;
    if (!by || by.length === 0 || !(ix.corridorRegions.get(c.id) ?? []).includes(region)) continue;
    for (const [i, a] of by.entries()) if (by.indexOf(a) === i) out.push(a);
  }
  return out;
}

/** For a region with no host: each agent's share of the value that crosses it. */
function transitShare(ix: RulesIndex, region: string, flows: Flow[]): (a: AgentId) => number {
  const by: Record<AgentId, number> = {};
  let total = 0;
  for (const f of flows) {
    if (!(ix.corridorRegions.get(f.corridor) ?? []).includes(region)) continue;
    total += f.value;
    by[f.seller] = (by[f.seller] ?? 0) + f.value;
    if (f.buyer !== f.seller) by[f.buyer] = (by[f.buyer] ?? 0) + f.value;
    for (const a of ix.transit.get(f.corridor) ?? [])
      if (a !== f.seller && a !== f.buyer) by[a] = (by[a] ?? 0) + f.value;
  }
  return (a) => (total > 0 ? (by[a] ?? 0) / total : 0);
}

const powersCache = new WeakMap<RulesIndex, AgentId[]>();

/** The agents that compete for influence: those that host no contested region. */
export function outsidePowers(rules: Rules, ix: RulesIndex): AgentId[] {
  let hit = powersCache.get(ix);
  if (!hit) {
    const hosts = new Set(rules.regions.map((r) => r.host));
    hit = ix.agentIds.filter((a) => !hosts.has(a));
    powersCache.set(ix, hit);
  }
  return hit;
}

/** The region's own pull: the share that no outside power holds. */
export function hostPull(rules: Rules, ix: RulesIndex, region: string): number {
  return rules.model.influenceWeights.legacy * (ix.region.get(region)?.autonomy ?? 0);
}

/** Influence targets: each power's share of all the pull in the region (host's included), at most the cap together. */
export function influenceTargets(
  pull: Record<AgentId, number>,
  host: number,
  cap: number,
): Record<AgentId, number> {
  let sum = 0;
  for (const a in pull) sum += pull[a] as number;
  sum += host;
  const out: Record<AgentId, number> = {};
  let total = 0;
  for (const a in pull) {
    const t = sum > 0 ? (100 * (pull[a] as number)) / sum : 0;
    out[a] = t;
    total += t;
  }
  if (total > cap) for (const a in out) out[a] = ((out[a] as number) * cap) / total;
  return out;
}
