/**
 * The state a turn resolves on: a copy of every part of the previous state that a turn changes
 * in place, sharing the parts it only replaces or never touches (the history's records, the
 * projects, the rules-fixed lists). The previous state is never written; a test resolves turns
 * on deep-frozen states, so a phase that wrote through to it would throw.
 */
import type { GameState } from "./types.ts";

type Table = Record<string, number>;

const rows = (t: Record<string, Table>): Record<string, Table> => {
  const out: Record<string, Table> = {};
  for (const k in t) out[k] = { ...t[k] };
  return out;
};

/** A copy of `s` that the phases may change in place. */
export function workingCopy(s: GameState): GameState {
  const agents: GameState["agents"] = {};
  for (const id in s.agents) agents[id] = { ...(s.agents[id] as GameState["agents"][string]) };
  const corridors: GameState["corridors"] = {};
  for (const id in s.corridors) {
    const c = s.corridors[id] as GameState["corridors"][string];
    const upgrades: typeof c.upgrades = {};
    for (const u in c.upgrades) upgrades[u] = { ...(c.upgrades[u] as (typeof c.upgrades)[string]) };
    corridors[id] = { ...c, blockedBy: [...c.blockedBy], upgrades };
  }
  const producers: GameState["producers"] = {};
  for (const id in s.producers) {
    const p = s.producers[id] as GameState["producers"][string];
    producers[id] = { output: { ...p.output }, routes: p.routes };
  }
  return {
    ...s,
    agents,
    relations: rows(s.relations),
    tracks: { ...s.tracks },
    corridors,
    producers,
    agreements: [...s.agreements],
    modifiers: [...s.modifiers],
    exportControls: { ...s.exportControls },
    investment: rows(s.investment),
    investmentReceived: { ...s.investmentReceived },
    softPower: rows(s.softPower),
    influence: rows(s.influence),
    jointTrade: rows(s.jointTrade),
    eventLast: { ...s.eventLast },
    measures: { ...s.measures },
    history: [...s.history],
  };
}
