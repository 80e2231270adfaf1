/** Lookups over a ruleset by id, built once per ruleset and cached. */
import type { Agent, Commodity, Corridor, GameEvent, Place, Region, Rules, Track } from "../rules/schema.ts";

export interface RulesIndex {
  agentIds: string[];
  /** Each agent's position in `agentIds`. */
  agentIndex: Map<string, number>;
  agent: Map<string, Agent>;
  place: Map<string, Place>;
  region: Map<string, Region>;
  corridor: Map<string, Corridor>;
  track: Map<string, Track>;
  event: Map<string, GameEvent>;
  /** Each event's position in the rules' list. */
  eventIndex: Map<string, number>;
  commodity: Map<string, Commodity>;
  /** Producer place ids, sorted. */
  producers: string[];
  /** Corridors each producer can load onto, in rules order. */
  feeds: Map<string, string[]>;
  /** The agent that buys at each corridor's market. */
  buyer: Map<string, string>;
  /** The agents each corridor's cargo passes through: those who collect its fees or control it. */
  transit: Map<string, string[]>;
  /** Regions each corridor's path crosses. */
  corridorRegions: Map<string, string[]>;
  /** The region and country of each producer. */
  producerRegion: Map<string, string | null>;
  rareEarths: Set<string>;
  /** The rare earths' ids in rules order. */
  rareEarthIds: string[];
  /** How every agent, corridor, place, region, track, event and commodity id reads in a sentence ("the United States"). */
  names: Map<string, string>;
  /** The same, as it starts a sentence ("The United States"). */
  titles: Map<string, string>;
}

const cache = new WeakMap<Rules, RulesIndex>();

const byId = <T extends { id: string }>(items: T[]): Map<string, T> => new Map(items.map((x) => [x.id, x]));

/** The lookup index of a ruleset (cached: rules are never mutated). */
export function indexRules(rules: Rules): RulesIndex {
  const hit = cache.get(rules);
  if (hit) return hit;
  const place = byId(rules.places);
  const feeds = new Map<string, string[]>();
  const buyer = new Map<string, string>();
  const corridorRegions = new Map<string, string[]>();
  for (const c of rules.corridors) {
    for (const f of c.feeders) feeds.set(f, [...(feeds.get(f) ?? []), c.id]);
    const market = place.get(c.path[c.path.length - 1] ?? "");
    buyer.set(c.id, market?.buyer ?? "");
    const regions = new Set<string>();
    for (const p of [...c.feeders, ...c.path]) {
      const r = place.get(p)?.region;
      if (r) regions.add(r);
    }
    corridorRegions.set(c.id, [...regions]);
  }
  const producers = rules.places
    .filter((p) => p.kind === "producer")
    .map((p) => p.id)
    .sort();
  const index: RulesIndex = {
    agentIds: rules.agents.map((a) => a.id),
    agentIndex: new Map(rules.agents.map((a, i) => [a.id, i])),
    agent: byId(rules.agents),
    place,
    region: byId(rules.regions),
    corridor: byId(rules.corridors),
    track: byId(rules.tracks),
    event: byId(rules.events),
    eventIndex: new Map(rules.events.map((e, i) => [e.id, i])),
    commodity: byId(rules.commodities),
    producers,
    feeds,
    buyer,
    corridorRegions,
    transit: new Map(
      rules.corridors.map((c) => [c.id, [...new Set([...Object.keys(c.fees), ...c.controllers])]]),
    ),
    producerRegion: new Map(producers.map((p) => [p, place.get(p)?.region ?? null])),
    rareEarths: new Set(rules.commodities.filter((c) => c.rareEarth).map((c) => c.id)),
    rareEarthIds: rules.commodities.filter((c) => c.rareEarth).map((c) => c.id),
    names: new Map(),
    titles: new Map(),
  };
  // Where two kinds share an id, the first kind in this list names it.
  const named = [
    rules.commodities,
    rules.events,
    rules.tracks,
    rules.regions,
    rules.places,
    rules.corridors,
    rules.agents,
  ] as { id: string; name: string; inText?: string }[][];
  for (const list of named)
    for (const x of list) {
      const text = x.inText ?? x.name;
      index.names.set(x.id, text);
      index.titles.set(x.id, text.charAt(0).toUpperCase() + text.slice(1));
    }
  cache.set(rules, index);
  return index;
}
