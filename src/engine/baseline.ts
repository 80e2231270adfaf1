/** Starting values that depend on the scenario: relations (also what relations drift back to). */
import type { Rules } from "../rules/schema.ts";
import type { AgentId } from "./types.ts";

const cache = new WeakMap<Rules, Map<string, Record<AgentId, Record<AgentId, number>>>>();

/** The starting relations of a scenario: the agents' defaults with the scenario's changes, symmetric. */
export function baselineRelations(rules: Rules, scenario: string): Record<AgentId, Record<AgentId, number>> {
  let byScenario = cache.get(rules);
  if (!byScenario) {
    byScenario = new Map();
    cache.set(rules, byScenario);
  }
  const hit = byScenario.get(scenario);
  if (hit) return hit;
  const out: Record<AgentId, Record<AgentId, number>> = {};
  for (const a of rules.agents) {
    out[a.id] = {};
    for (const b of rules.agents) {
      if (a.id === b.id) continue;
      // Take the mean of the two sides' defaults so that relations start symmetric.
      const ab = a.relations[b.id] ?? 0;
      const ba = b.relations[a.id] ?? ab;
      (out[a.id] as Record<string, number>)[b.id] = Math.round(((ab + ba) / 2) * 10) / 10;
    }
  }
  const sc = rules.scenarios.find((x) => x.id === scenario);
  for (const r of sc?.relations ?? []) {
    const [a, b] = r.agents;
    if (a && b && out[a] && out[b]) {
      (out[a] as Record<string, number>)[b] = r.value;
      (out[b] as Record<string, number>)[a] = r.value;
    }
  }
  byScenario.set(scenario, out);
  return out;
}
