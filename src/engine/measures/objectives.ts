/** Goal scoring: each objective's measure read from the state and mapped to 0–100. */
import type { Objective, Rules } from "../../rules/schema.ts";
import { clamp, round } from "../context.ts";
import type { Readable } from "../orders/order-kind.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, Score } from "../types.ts";
import { interdependence, leverage, passesThrough } from "./compute.ts";

/** The value of an objective's measure for an agent, in the measure's own units. */
export function measureValue(s: Readable, ix: RulesIndex, agent: AgentId, o: Objective): number {
  const m = s.measures;
  const me = s.agents[agent];
  const of = o.of ?? "";
  switch (o.measure) {
    case "income":
      return me ? me.income.base + me.income.exports + me.income.transit - me.income.penalties : 0;
    case "export-income":
      return me?.income.exports ?? 0;
    case "transit-income":
      return me?.income.transit ?? 0;
    case "route-count":
      return m.routeCount[agent] ?? 0;
    case "export-share-not-via": {
      let total = 0;
      let via = 0;
      for (const f of s.flows) {
        if (f.seller !== agent) continue;
        total += f.value;
        if (passesThrough(ix, f, of)) via += f.value;
      }
      return total > 0 ? 1 - via / total : 0;
    }
    case "investment-received":
      return s.investmentReceived[agent] ?? 0;
    case "influence":
      return s.influence[o.region ?? ""]?.[agent] ?? 0;
    case "mean-influence": {
      const who = o.of ?? agent;
      let n = 0;
      let sum = 0;
      for (const r in s.influence) {
        if (ix.region.get(r)?.host === who) continue;
        n++;
        sum += s.influence[r]?.[who] ?? 0;
      }
      return n ? sum / n : 0;
    }
    case "leverage-over":
      return leverage(m.dep, agent, of);
    case "interdependence":
      return interdependence(m.dep, agent, of);
    case "sanctions-against": {
      let n = 0;
      for (const a in s.agents) if (s.agents[a]?.sanctions.includes(agent)) n++;
      return n;
    }
    case "us-non-chinese-supply":
      return m.usNonChineseSupply;
    case "us-route-diversity":
      // Diversity counts as far as supply meets demand: cutting a route must not look like diversifying.
      return (1 - m.usRouteHhi) * m.usCoverage;
    case "us-supply-security":
      return m.usSupplySecurity;
    case "china-processing-share":
      return m.chinaProcessingShare;
    case "access-to-resources-of":
      return m.access[agent]?.[of] ?? 0;
    case "track":
      return s.tracks[o.track ?? ""] ?? 0;
  }
}

/** An objective's score, 0–100: where the value sits between worst (0) and best (100). */
export function objectiveScore(value: number, o: Objective): number {
  if (o.best === o.worst) return value >= o.best ? 100 : 0;
  return clamp(((value - o.worst) / (o.best - o.worst)) * 100, 0, 100);
}

/** Whether a shared crisis holds: some listed track at or past its value. */
export function crisisHolds(rules: Rules, tracks: Record<string, number>): boolean {
  const crisis = rules.goals.crisis.tracks;
  for (const t in crisis) if ((tracks[t] ?? 0) >= (crisis[t] as number)) return true;
  return false;
}

/** Every agent's goal score this turn. */
export function scoreAll(s: Readable, rules: Rules, ix: RulesIndex): Record<AgentId, Score> {
  const crisis = crisisHolds(rules, s.tracks) ? rules.goals.crisis.penalty : 0;
  const out: Record<AgentId, Score> = {};
  for (const a of ix.agentIds) {
    const objectives: Record<string, number> = {};
    let sum = 0;
    let weights = 0;
    for (const o of rules.goals.agents[a] ?? []) {
      const score = objectiveScore(measureValue(s, ix, a, o), o);
      objectives[o.id] = round(score, 1);
      sum += o.weight * score;
      weights += o.weight;
    }
    const total = clamp((weights > 0 ? sum / weights : 0) - crisis, 0, 100);
    out[a] = { total: round(total, 1), objectives, crisis };
  }
  return out;
}
