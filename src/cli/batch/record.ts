/** The record of one finished game: manifest, scores, winner, end measures, hashes and per-turn measures. */
import { type GameState, interdependence, leverage, type Rules, standings, winner } from "./engine.ts";
import type { AgentPlay } from "./policies.ts";
import type { EndMeasures, GameRecord, Job, Manifest, OrderRow } from "./types.ts";

/** What is the same for every game of one sweep point. */
export interface PointSetup {
  version: string;
  rulesHash: string;
  scenario: string;
  turns: number | undefined;
  plays: Record<string, AgentPlay>;
  difficulty: string | null;
  sweep: Record<string, number>;
  /** Whether the games keep their orders (`--orders-csv`). */
  orders: boolean;
}

/** The key measures of a state. */
export function endMeasures(state: GameState, rules: Rules): EndMeasures {
  const m = state.measures;
  const influence: EndMeasures["influence"] = {};
  for (const region of rules.regions) {
    const shares = state.influence[region.id] ?? {};
    influence[region.id] = Object.fromEntries(rules.agents.map((a) => [a.id, shares[a.id] ?? 0]));
  }
  return {
    interdependenceUsRu: interdependence(m.dep, "us", "ru"),
    leverageTrOverUs: leverage(m.dep, "tr", "us"),
    chinaProcessingShare: m.chinaProcessingShare,
    usRouteHhi: m.usRouteHhi,
    usSupplySecurity: m.usSupplySecurity,
    usNonChineseSupply: m.usNonChineseSupply,
    influence,
  };
}

function aiOptions(plays: Record<string, AgentPlay>): Manifest["aiOptions"] {
  const out: Manifest["aiOptions"] = {};
  for (const [a, { budget, noise }] of Object.entries(plays)) {
    if (budget !== undefined || noise !== undefined)
      out[a] = { ...(budget === undefined ? {} : { budget }), ...(noise === undefined ? {} : { noise }) };
  }
  return out;
}

/** Build a game's record from its final state and the hash of every turn. */
export function buildRecord(
  setup: PointSetup,
  job: Job,
  state: GameState,
  rules: Rules,
  hashes: string[],
  orders?: OrderRow[],
): GameRecord {
  const manifest: Manifest = {
    version: setup.version,
    rulesHash: setup.rulesHash,
    scenario: setup.scenario,
    seed: job.seed,
    game: job.game,
    point: job.point,
    turns: state.turns,
    policies: Object.fromEntries(Object.entries(setup.plays).map(([a, p]) => [a, p.policy])),
    aiOptions: aiOptions(setup.plays),
    difficulty: setup.difficulty,
    sweep: setup.sweep,
  };
  const placed = new Map(standings(state, rules).map((s) => [s.agent, s]));
  return {
    manifest,
    scores: Object.fromEntries(
      rules.agents.map((a) => {
        const s = placed.get(a.id);
        const score = { mean: s?.score.mean ?? 0, final: s?.score.total ?? 0 };
        return [a.id, s?.par == null ? score : { ...score, par: s.par }];
      }),
    ),
    winner: winner(state, rules),
    measures: endMeasures(state, rules),
    hashes,
    turns: state.history,
    ...(orders ? { orders } : {}),
  };
}
