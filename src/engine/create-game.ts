/** A new game from the rules and a scenario: the starting state, with flows and measures already computed. */
import type { Rules } from "../rules/schema.ts";
import { baselineRelations } from "./baseline.ts";
import { computeMeasures } from "./measures/compute.ts";
import { routeFlows } from "./measures/flows.ts";
import { scoreAll } from "./measures/objectives.ts";
import { seedRng } from "./rng.ts";
import { indexRules } from "./rules-index.ts";
import type { AgentId, GameState } from "./types.ts";

/** Options for a new game. */
export interface NewGame {
  seed: string;
  scenario: string;
  /** Number of turns; the scenario's own by default. */
  turns?: number;
}

/** Thrown only for a scenario that is not in the rules (a programming error, not bad player input). */
export class UnknownScenarioError extends Error {}

/** A copy of a relations table, each row in its order, −0 written as 0 (as a JSON round trip gives). */
function copyRelations(
  rel: Record<AgentId, Record<AgentId, number>>,
): Record<AgentId, Record<AgentId, number>> {
  const out: Record<AgentId, Record<AgentId, number>> = {};
  for (const a in rel) {
    const from = rel[a] as Record<AgentId, number>;
    const row: Record<AgentId, number> = {};
    for (const b in from) row[b] = (from[b] as number) + 0;
    out[a] = row;
  }
  return out;
}

/** Create a game. The rules must be validated (`loadRules`). */
export function createGame(rules: Rules, opts: NewGame): GameState {
  const ix = indexRules(rules);
  const sc = rules.scenarios.find((x) => x.id === opts.scenario);
  if (!sc) {
    throw new UnknownScenarioError(
      `Unknown scenario "${opts.scenario}"; the rules have ${rules.scenarios.map((x) => x.id).join(", ")}.`,
    );
  }
  const rel = baselineRelations(rules, sc.id);
  const state: GameState = {
    schema: 1,
    scenario: sc.id,
    seed: String(opts.seed),
    turn: 1,
    turns: opts.turns ?? sc.turns,
    rng: seedRng(`corridors:${opts.seed}`),
    agents: Object.fromEntries(
      rules.agents.map((a) => [
        a.id,
        {
          treasury: sc.capital[a.id] ?? a.capital,
          sanctions: [...(sc.sanctions[a.id] ?? [])].sort(),
          income: { base: a.income, exports: 0, transit: 0, penalties: 0 },
        },
      ]),
    ),
    relations: copyRelations(rel),
    tracks: Object.fromEntries(rules.tracks.map((t) => [t.id, sc.tracks[t.id] ?? t.initial])),
    corridors: Object.fromEntries(
      rules.corridors.map((c) => [
        c.id,
        {
          status: sc.corridors[c.id]?.status ?? c.status,
          blockedBy: [],
          capacity: sc.corridors[c.id]?.capacity ?? c.capacity,
          feeLevel: "normal" as const,
          upgrades: Object.fromEntries(c.upgrades.map((u) => [u.id, { paid: 0, built: false }])),
          openingAgreements: 0,
        },
      ]),
    ),
    producers: Object.fromEntries(
      ix.producers.map((p) => [
        p,
        {
          output: { ...(ix.place.get(p)?.output ?? {}) },
          routes: [...(sc.routes[p] ?? ix.feeds.get(p) ?? [])],
        },
      ]),
    ),
    projects: [],
    nextProjectId: 1,
    agreements: [],
    modifiers: [],
    exportControls: {},
    investment: Object.fromEntries(rules.regions.map((r) => [r.id, {}])),
    investmentReceived: Object.fromEntries(rules.agents.map((a) => [a.id, 0])),
    softPower: Object.fromEntries(rules.regions.map((r) => [r.id, {}])),
    influence: Object.fromEntries(
      rules.regions.map((r) => [r.id, { ...r.influence, ...(sc.influence[r.id] ?? {}) }]),
    ),
    jointTrade: Object.fromEntries(rules.agents.map((a) => [a.id, {}])),
    eventLast: {},
    injects: sc.injects.map((i) => ({ ...i })),
    flows: [],
    measures: {
      dep: {},
      lost: {},
      usNonChineseSupply: 0,
      usChineseSupply: 0,
      usRouteHhi: 1,
      usPartnerHhi: 1,
      usSupplySecurity: 0,
      usCoverage: 0,
      chinaProcessingShare: 0,
      access: {},
      exportsTo: {},
      routeCount: {},
      viaChina: {},
    },
    scores: {},
    scoreSum: Object.fromEntries(rules.agents.map((a) => [a.id, 0])),
    lastOrders: {},
    history: [],
  };
  const capacity = Object.fromEntries(Object.entries(state.corridors).map(([id, c]) => [id, c.capacity]));
  const { flows, lost } = routeFlows(state, rules, ix, capacity);
  state.flows = flows;
  state.measures = computeMeasures(state, rules, ix, flows, lost);
  state.scores = scoreAll(state, rules, ix);
  return state;
}
