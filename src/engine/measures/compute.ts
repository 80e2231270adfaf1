/**
 * The derived measures, recomputed every turn from flows and holdings: dependence, US supply
 * security, China's processing share, access to each other's resources, routes per exporter.
 */
import type { Rules } from "../../rules/schema.ts";
import { round } from "../context.ts";
import type { Readable } from "../orders/order-kind.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, Flow, Measures } from "../types.ts";

/** A square table over the agents with zeros off the diagonal (and no diagonal). */
function matrix(ids: string[]): Record<AgentId, Record<AgentId, number>> {
  const t: Record<AgentId, Record<AgentId, number>> = {};
  for (const a of ids) {
    const row: Record<AgentId, number> = {};
    for (const b of ids) if (b !== a) row[b] = 0;
    t[a] = row;
  }
  return t;
}

/** The agents a flow's trade touches besides seller and buyer: those who collect its fees or control it. */
export function transitAgents(ix: RulesIndex, f: Flow): AgentId[] {
  return (ix.transit.get(f.corridor) ?? []).filter((a) => a !== f.seller && a !== f.buyer);
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
  const t = matrix(ids);
  const total: Record<AgentId, number> = {};
  for (const a of ids) total[a] = 0;
  const add = (a: AgentId, b: AgentId, v: number) => {
    const row = t[a];
    if (row && a !== b && row[b] !== undefined) row[b] += v;
  };
  for (const f of flows) {
    const via = ix.transit.get(f.corridor) ?? [];
    const seller = f.seller;
    const buyer = f.buyer;
    for (let side = 0; side < 2; side++) {
      const a = side === 0 ? seller : buyer;
      total[a] = (total[a] ?? 0) + f.value;
      add(a, side === 0 ? buyer : seller, f.value);
      for (const g of via) if (g !== seller && g !== buyer) add(a, g, f.value);
    }
    for (const g of via) {
      if (g === seller || g === buyer) continue;
      const fee = f.fees[g] ?? 0;
      total[g] = (total[g] ?? 0) + fee;
      add(g, seller, fee);
      add(g, buyer, fee);
    }
  }
  for (const a of rules.agents) {
    const base = a.baseTrade;
    for (const b in base) {
      const v = base[b] as number;
      add(a.id, b, v);
      total[a.id] = (total[a.id] ?? 0) + v;
    }
    const joint = s.jointTrade[a.id];
    if (joint)
      for (const b in joint) {
        const v = joint[b] as number;
        add(a.id, b, v);
        total[a.id] = (total[a.id] ?? 0) + v;
      }
  }
  for (const a of ids) {
    const row = t[a] as Record<AgentId, number>;
    const tot = total[a] ?? 0;
    for (const b in row) row[b] = tot > 0 ? round((row[b] as number) / tot, 4) : 0;
  }
  return t;
}

/** Herfindahl index of a set of volumes (1 = all in one). */
export function herfindahl(volumes: number[]): number {
  const sum = volumes.reduce((a, b) => a + b, 0);
  if (sum <= 0) return 1;
  return volumes.reduce((a, v) => a + (v / sum) ** 2, 0);
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
  const reKt = (f: Flow) => {
    let kt = 0;
    for (const k of ix.rareEarths) kt += f.volume[k] ?? 0;
    return kt;
  };
  const byRoute: Record<string, number> = {};
  const bySeller: Record<string, number> = {};
  let usNonChinese = 0;
  let reTotal = 0;
  let reToChina = 0;
  const access = matrix(ids);
  const exportsTo = matrix(ids);
  const routes: Record<AgentId, Set<string>> = {};
  const viaChina: Record<AgentId, number> = {};
  for (const a of ids) viaChina[a] = 0;
  for (const f of flows) {
    const re = reKt(f);
    reTotal += re;
    if (f.buyer === "cn") reToChina += re;
    if (f.buyer === "us" && re > 0) {
      usNonChinese += re;
      byRoute[f.corridor] = (byRoute[f.corridor] ?? 0) + re;
      bySeller[f.seller] = (bySeller[f.seller] ?? 0) + re;
    }
    const acc = access[f.buyer];
    if (acc && acc[f.seller] !== undefined) acc[f.seller] = (acc[f.seller] ?? 0) + f.value;
    const ex = exportsTo[f.seller];
    if (ex && ex[f.buyer] !== undefined) ex[f.buyer] = (ex[f.buyer] ?? 0) + f.value;
    const used = routes[f.seller] ?? new Set<string>();
    routes[f.seller] = used;
    used.add(f.corridor);
    if (passesThrough(ix, f, "cn")) viaChina[f.seller] = (viaChina[f.seller] ?? 0) + f.value;
  }
  const controls = Object.values(s.exportControls).some((until) => until >= s.turn);
  const usChinese = controls ? 0 : m.chinaExportsToUs;
  if (usChinese > 0) {
    byRoute["china-direct"] = usChinese;
    bySeller.cn = (bySeller.cn ?? 0) + usChinese;
  }
  const routeHhi = herfindahl(Object.values(byRoute));
  const coverage = Math.min(
    1,
    (usNonChinese + m.chineseSupplyWeight * usChinese) / Math.max(m.usDemand, 1e-9),
  );
  const security = 100 * coverage * (1 - m.concentrationPenalty * routeHhi);
  const chinaKt = m.chinaDomesticProcessing + reToChina;
  const share = chinaKt / Math.max(1e-9, m.chinaDomesticProcessing + m.otherProcessing + reTotal);
  const roundAll = (mat: Record<AgentId, Record<AgentId, number>>) => {
    for (const a in mat) {
      const row = mat[a] as Record<AgentId, number>;
      for (const k in row) row[k] = round(row[k] as number, 2);
    }
    return mat;
  };
  const routeCount: Record<AgentId, number> = {};
  for (const a of ids) routeCount[a] = routes[a]?.size ?? 0;
  for (const a in viaChina) viaChina[a] = round(viaChina[a] as number, 2);
  return {
    dep: dependence(s, rules, ix, flows),
    lost,
    usNonChineseSupply: round(usNonChinese, 3),
    usChineseSupply: round(usChinese, 3),
    usRouteHhi: round(routeHhi, 4),
    usPartnerHhi: round(herfindahl(Object.values(bySeller)), 4),
    usSupplySecurity: round(security, 2),
    usCoverage: round(coverage, 4),
    chinaProcessingShare: round(share, 4),
    access: roundAll(access),
    exportsTo: roundAll(exportsTo),
    routeCount,
    viaChina,
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
