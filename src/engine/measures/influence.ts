/**
 * Influence in each contested region moves each turn a share δ of the way towards a target:
 * s ← (1 − δ)·s + δ·target. An outside power's pull grows with its investment there, its share of
 * the region's trade, its soft power, its agreements with the host and its lasting ties, less its
 * blockades of the region's exports; its target is its share of all the pull in the region, the
 * host's own included (outside powers together hold at most the cap).
 */
import type { Rules } from "../../rules/schema.ts";
import { zeros } from "../context.ts";
import type { Readable } from "../orders/order-kind.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, Flow, Measures } from "../types.ts";

/**
 * Each outside power's raw pull in a region, before scaling, in `outsidePowers` order, written
 * into `out` (whose length it sets).
 */
export function influencePull(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  region: string,
  dep: Measures["dep"],
  flows: Flow[],
  out: number[],
): void {
  const r = ix.region.get(region);
  const powers = outsidePowers(rules, ix);
  out.length = 0;
  if (!r) return;
  const w = rules.model.influenceWeights;
  const host = r.host;
  const hostDep = host ? dep[host] : undefined;
  const shares = host ? null : transitShares(ix, region, flows);
  const blockCost = rules.actions["block-corridor"].influence;
  const at = powerIndex(rules, ix);
  byPower(s.investment[region], at, powers.length, investment);
  byPower(s.softPower[region], at, powers.length, softPower);
  const plan = regionPlan(rules, ix, region);
  const legacy = plan.legacy;
  const blocked = blockadesIn(s, plan.corridors);
  for (let i = 0; i < powers.length; i++) {
    const a = powers[i] as AgentId;
    const share = shares ? (shares[ix.agentIndex.get(a) ?? -1] ?? 0) : (hostDep?.[a] ?? 0);
    let pull =
      (w.investment * (investment[i] as number)) / 100 +
      w.trade * share * 100 +
      w.softPower * (softPower[i] as number) +
      w.legacy * (legacy[i] as number);
    if (host) {
      let deals = 0;
      for (const g of s.agreements)
        if (g.until >= s.turn && g.agents.includes(a) && g.agents.includes(host)) deals++;
      pull += w.agreement * deals;
    }
    if (blocked) for (const by of blocked) if (by.includes(a)) pull -= blockCost;
    out.push(Math.max(0, pull));
  }
}

// Scratch for `influencePull`: a region's stocks by power (a turn never yields).
const investment: number[] = [];
const softPower: number[] = [];

/** What influence reads of the rules for one region, worked out once per ruleset. */
interface RegionPlan {
  /** The outside powers' lasting ties there, in `outsidePowers` order (0 for none). */
  legacy: number[];
  /** The corridors whose cargo crosses the region, in the rules' order. */
  corridors: string[];
}

const regionPlans = new WeakMap<RulesIndex, Map<string, RegionPlan>>();

/** A region's plan (see `RegionPlan`), made on first use. */
function regionPlan(rules: Rules, ix: RulesIndex, region: string): RegionPlan {
  let byRegion = regionPlans.get(ix);
  if (byRegion === undefined) {
    byRegion = new Map();
    regionPlans.set(ix, byRegion);
  }
  let plan = byRegion.get(region);
  if (plan === undefined) {
    const legacy: number[] = [];
    byPower(ix.region.get(region)?.legacy, powerIndex(rules, ix), outsidePowers(rules, ix).length, legacy);
    const corridors = rules.corridors
      .filter((c) => (ix.corridorRegions.get(c.id) ?? []).includes(region))
      .map((c) => c.id);
    plan = { legacy, corridors };
    byRegion.set(region, plan);
  }
  return plan;
}

/**
 * A row keyed by agent as a list by power (0 where the row has none): one pass over the row's
 * few entries rather than a lookup per power, most of which would miss.
 */
function byPower(
  row: Record<AgentId, number> | undefined,
  at: Map<AgentId, number>,
  n: number,
  out: number[],
): void {
  out.length = 0;
  for (let i = 0; i < n; i++) out.push(0);
  if (row === undefined) return;
  for (const a in row) {
    const i = at.get(a);
    if (i !== undefined) out[i] = row[a] ?? 0;
  }
}

/** The blockers of each blocked corridor among those that cross a region (null when there are none). */
function blockadesIn(s: Readable, corridors: string[]): AgentId[][] | null {
  let out: AgentId[][] | null = null;
  for (let i = 0; i < corridors.length; i++) {
    const by = s.corridors[corridors[i] as string]?.blockedBy;
    if (!by || by.length === 0) continue;
    out ??= [];
    out.push(by);
  }
  return out;
}

/**
 * For a region with no host: each agent's share of the value that crosses it, by agent index
 * (null when no value crosses it, when every share is 0).
 */
function transitShares(ix: RulesIndex, region: string, flows: Flow[]): number[] | null {
  let by: number[] | null = null;
  let total = 0;
  const at = ix.agentIndex;
  for (const f of flows) {
    if (!(ix.corridorRegions.get(f.corridor) ?? []).includes(region)) continue;
    by ??= zeros(ix.agentIds.length);
    total += f.value;
    add(by, at.get(f.seller), f.value);
    if (f.buyer !== f.seller) add(by, at.get(f.buyer), f.value);
    for (const a of ix.transit.get(f.corridor) ?? [])
      if (a !== f.seller && a !== f.buyer) add(by, at.get(a), f.value);
  }
  if (by === null || !(total > 0)) return null;
  for (let i = 0; i < by.length; i++) by[i] = (by[i] as number) / total;
  return by;
}

const add = (t: number[], i: number | undefined, v: number): void => {
  if (i !== undefined) t[i] = (t[i] as number) + v;
};

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

const powerIndexCache = new WeakMap<RulesIndex, Map<AgentId, number>>();

/** Each outside power's position in `outsidePowers`. */
function powerIndex(rules: Rules, ix: RulesIndex): Map<AgentId, number> {
  let hit = powerIndexCache.get(ix);
  if (!hit) {
    hit = new Map(outsidePowers(rules, ix).map((a, i) => [a, i]));
    powerIndexCache.set(ix, hit);
  }
  return hit;
}

/** The region's own pull: the share that no outside power holds. */
export function hostPull(rules: Rules, ix: RulesIndex, region: string): number {
  return rules.model.influenceWeights.legacy * (ix.region.get(region)?.autonomy ?? 0);
}

/**
 * Influence targets: each power's share of all the pull in the region (host's included), at most
 * the cap together; `pull` becomes the targets, in the same order.
 */
export function influenceTargets(pull: number[], host: number, cap: number): void {
  let sum = 0;
  for (const p of pull) sum += p;
  sum += host;
  let total = 0;
  for (let i = 0; i < pull.length; i++) {
    const t = sum > 0 ? (100 * (pull[i] as number)) / sum : 0;
    pull[i] = t;
    total += t;
  }
  if (total > cap) for (let i = 0; i < pull.length; i++) pull[i] = ((pull[i] as number) * cap) / total;
}
