/**
 * The derived measures, recomputed every turn from flows and holdings: dependence, US supply
 * security, China's processing share, access to each other's resources, routes per exporter.
 */
import type { Rules } from "../../rules/schema.ts";
import { round, zeros } from "../context.ts";
import type { Readable } from "../orders/order-kind.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, Flow, Measures } from "../types.ts";

/** Add to cell (a, b) of a flat n×n table, when both are agents and not the same one. */
function addCell(t: number[], n: number, a: number, b: number, v: number): void {
  if (a >= 0 && b >= 0 && a !== b) t[a * n + b] = (t[a * n + b] as number) + v;
}

/** Rare-earth kt in a flow. */
function rareEarthKt(ix: RulesIndex, f: Flow): number {
  let kt = 0;
  const ids = ix.rareEarthIds;
  for (let i = 0; i < ids.length; i++) kt += f.volume[ids[i] as string] ?? 0;
  return kt;
}

const baseCells = new WeakMap<RulesIndex, number[][]>();

/** Each agent's base trade as flat (partner index or −1, value) pairs, in the rules' order. */
function baseTradeCells(rules: Rules, ix: RulesIndex): number[][] {
  let hit = baseCells.get(ix);
  if (!hit) {
    hit = rules.agents.map((a) =>
      Object.entries(a.baseTrade).flatMap(([b, v]) => [ix.agentIndex.get(b) ?? -1, v]),
    );
    baseCells.set(ix, hit);
  }
  return hit;
}

/**
 * A square table over the agents from a flat n×n array, without the diagonal: each cell divided by
 * its row's total (0 for a row with none) to 4 decimals, or, without totals, to the cent.
 */
function table(
  ids: string[],
  cells: number[],
  totals: number[] | null,
): Record<AgentId, Record<AgentId, number>> {
  const n = ids.length;
  const t: Record<AgentId, Record<AgentId, number>> = {};
  for (let i = 0; i < n; i++) {
    const row: Record<AgentId, number> = {};
    const tot = totals ? (totals[i] as number) : 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const v = cells[i * n + j] as number;
      row[ids[j] as string] = totals === null ? round(v, 2) : tot > 0 ? round(v / tot, 4) : 0;
    }
    t[ids[i] as string] = row;
  }
  return t;
}

/** Whether a flow's trade touches an agent as its buyer or as a transit agent (not as its seller). */
export function passesThrough(ix: RulesIndex, f: Flow, agent: AgentId): boolean {
  if (f.buyer === agent) return true;
  if (f.seller === agent) return false;
  return (ix.transit.get(f.corridor) ?? []).includes(agent);
}

/**
 * dep[a][b]: share of a's strategic trade that comes from, goes to or passes through b. Seller and
 * buyer count a flow's whole value, with each other and with every transit agent it passes; a
 * transit agent's trade in a flow is the fee it collects, with the seller and the buyer.
 */
export function dependence(s: Readable, rules: Rules, ix: RulesIndex, flows: Flow[]): Measures["dep"] {
  const ids = ix.agentIds;
  const at = ix.agentIndex;
  const n = ids.length;
  const t = zeros(n * n);
  const total = zeros(n);
  for (const f of flows) {
    const via = ix.transit.get(f.corridor) ?? [];
    const seller = at.get(f.seller) ?? -1;
    const buyer = at.get(f.buyer) ?? -1;
    for (let side = 0; side < 2; side++) {
      const a = side === 0 ? seller : buyer;
      if (a >= 0) total[a] = (total[a] as number) + f.value;
      addCell(t, n, a, side === 0 ? buyer : seller, f.value);
      for (const g of via) if (g !== f.seller && g !== f.buyer) addCell(t, n, a, at.get(g) ?? -1, f.value);
    }
    for (const g of via) {
      if (g === f.seller || g === f.buyer) continue;
      const gi = at.get(g) ?? -1;
      const fee = f.fees[g] ?? 0;
      if (gi >= 0) total[gi] = (total[gi] as number) + fee;
      addCell(t, n, gi, seller, fee);
      addCell(t, n, gi, buyer, fee);
    }
  }
  const cells = baseTradeCells(rules, ix);
  for (let i = 0; i < rules.agents.length; i++) {
    const base = cells[i] ?? [];
    for (let k = 0; k < base.length; k += 2) {
      const v = base[k + 1] as number;
      addCell(t, n, i, base[k] as number, v);
      total[i] = (total[i] as number) + v;
    }
    const joint = s.jointTrade[(rules.agents[i] as (typeof rules.agents)[number]).id];
    if (joint)
      for (const b in joint) {
        const v = joint[b] as number;
        addCell(t, n, i, at.get(b) ?? -1, v);
        total[i] = (total[i] as number) + v;
      }
  }
  return table(ids, t, total);
}

/** Herfindahl index of the volumes in a table (1 = all in one). */
export function herfindahl(volumes: Record<string, number>): number {
  let sum = 0;
  for (const k in volumes) sum += volumes[k] as number;
  if (sum <= 0) return 1;
  let h = 0;
  for (const k in volumes) h += ((volumes[k] as number) / sum) ** 2;
  return h;
}

/** All measures for the current flows. */
export function computeMeasures(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  flows: Flow[],
  lost: Record<string, number>,
): Measures {
  const m = rules.model;
  const ids = ix.agentIds;
  const at = ix.agentIndex;
  const n = ids.length;
  const byRoute: Record<string, number> = {};
  const bySeller: Record<string, number> = {};
  let usNonChinese = 0;
  let reTotal = 0;
  let reToChina = 0;
  const access = zeros(n * n);
  const exportsTo = zeros(n * n);
  const routes: string[][] = ids.map(() => []);
  const viaChina = zeros(n);
  for (const f of flows) {
    const re = rareEarthKt(ix, f);
    reTotal += re;
    if (f.buyer === "cn") reToChina += re;
    if (f.buyer === "us" && re > 0) {
      usNonChinese += re;
      byRoute[f.corridor] = (byRoute[f.corridor] ?? 0) + re;
      bySeller[f.seller] = (bySeller[f.seller] ?? 0) + re;
    }
    const si = at.get(f.seller) ?? -1;
    const bi = at.get(f.buyer) ?? -1;
    if (si < 0) continue;
    if (bi >= 0 && bi !== si) {
      access[bi * n + si] = (access[bi * n + si] as number) + f.value;
      exportsTo[si * n + bi] = (exportsTo[si * n + bi] as number) + f.value;
    }
    const used = routes[si] as string[];
    if (!used.includes(f.corridor)) used.push(f.corridor);
    if (passesThrough(ix, f, "cn")) viaChina[si] = (viaChina[si] as number) + f.value;
  }
  let controls = false;
  for (const a in s.exportControls) if ((s.exportControls[a] as number) >= s.turn) controls = true;
  const usChinese = controls ? 0 : m.chinaExportsToUs;
  if (usChinese > 0) {
    byRoute["china-direct"] = usChinese;
    bySeller.cn = (bySeller.cn ?? 0) + usChinese;
  }
  const routeHhi = herfindahl(byRoute);
  const coverage = Math.min(
    1,
    (usNonChinese + m.chineseSupplyWeight * usChinese) / Math.max(m.usDemand, 1e-9),
  );
  const security = 100 * coverage * (1 - m.concentrationPenalty * routeHhi);
  const chinaKt = m.chinaDomesticProcessing + reToChina;
  const share = chinaKt / Math.max(1e-9, m.chinaDomesticProcessing + m.otherProcessing + reTotal);
  const routeCount: Record<AgentId, number> = {};
  const via: Record<AgentId, number> = {};
  for (let i = 0; i < n; i++) {
    const a = ids[i] as string;
    routeCount[a] = (routes[i] as string[]).length;
    via[a] = round(viaChina[i] as number, 2);
  }
  return {
    dep: dependence(s, rules, ix, flows),
    lost,
    usNonChineseSupply: round(usNonChinese, 3),
    usChineseSupply: round(usChinese, 3),
    usRouteHhi: round(routeHhi, 4),
    usPartnerHhi: round(herfindahl(bySeller), 4),
    usSupplySecurity: round(security, 2),
    usCoverage: round(coverage, 4),
    chinaProcessingShare: round(share, 4),
    access: table(ids, access, null),
    exportsTo: table(ids, exportsTo, null),
    routeCount,
    viaChina: via,
  };
}

/** Interdependence of a pair: the mutual part of their dependence. */
export function interdependence(dep: Measures["dep"], a: AgentId, b: AgentId): number {
  return Math.min(dep[a]?.[b] ?? 0, dep[b]?.[a] ?? 0);
}

/** b's leverage over a: how much more a depends on b than b on a. */
export function leverage(dep: Measures["dep"], b: AgentId, a: AgentId): number {
  return round((dep[a]?.[b] ?? 0) - (dep[b]?.[a] ?? 0), 4);
}
