/**
 * A forgiving read of the rules data for cross-reference checks: every field is parsed on its
 * own and kept when valid, so one bad field does not hide the problems of its neighbours.
 */
import * as v from "valibot";
import {
  type Actions,
  ActionsSchema,
  type Agent,
  AgentSchema,
  type Commodity,
  CommoditySchema,
  type Corridor,
  CorridorSchema,
  EventSchema,
  type GameEvent,
  GoalsSchema,
  type Model,
  ModelSchema,
  type Objective,
  ObjectiveSchema,
  type Place,
  PlaceSchema,
  type Region,
  RegionSchema,
  type Scenario,
  ScenarioSchema,
  type Track,
  TrackSchema,
} from "./schema.ts";

/** The kinds of things that have ids and can be referred to from elsewhere. */
export type IdKind = "agent" | "region" | "place" | "commodity" | "corridor" | "track" | "event";

/** Where each list lives: file name and top-level key. */
export const LISTS: Record<IdKind, { file: string; key: string }> = {
  agent: { file: "agents.json", key: "agents" },
  region: { file: "regions.json", key: "regions" },
  place: { file: "places.json", key: "places" },
  commodity: { file: "commodities.json", key: "commodities" },
  corridor: { file: "corridors.json", key: "corridors" },
  track: { file: "tracks.json", key: "tracks" },
  event: { file: "events.json", key: "events" },
};

/** Rules read field by field; a list is null when its file is missing or not a list at all. */
export interface LooseRules {
  agents: Partial<Agent>[] | null;
  regions: Partial<Region>[] | null;
  places: Partial<Place>[] | null;
  commodities: Partial<Commodity>[] | null;
  corridors: Partial<Corridor>[] | null;
  tracks: Partial<Track>[] | null;
  events: Partial<GameEvent>[] | null;
  actions: Partial<Actions>;
  goals: {
    agents: Record<string, Partial<Objective>[]>;
    crisis: Partial<{ tracks: Record<string, number> }>;
  };
  model: Partial<Model>;
  /** Ids of each kind as written (also from items with other problems), or null if unknown. */
  ids: Record<IdKind, string[] | null>;
}

type Entries = { entries: Record<string, v.GenericSchema> };

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses each field of `raw` on its own with the object schema's entries, keeping the valid ones. */
export function looseFields<T>(schema: Entries, raw: unknown): Partial<T> {
  const out: Record<string, unknown> = {};
  if (!isRecord(raw)) return out as Partial<T>;
  for (const [key, fieldSchema] of Object.entries(schema.entries)) {
    if (!(key in raw)) continue;
    const result = v.safeParse(fieldSchema, raw[key]);
    if (result.success) out[key] = result.output;
  }
  return out as Partial<T>;
}

function rawList(files: Record<string, unknown>, kind: IdKind): unknown[] | null {
  const { file, key } = LISTS[kind];
  const raw = files[file];
  if (!isRecord(raw)) return null;
  const list = raw[key];
  return Array.isArray(list) ? list : null;
}

function looseList<T>(files: Record<string, unknown>, kind: IdKind, schema: Entries): Partial<T>[] | null {
  return rawList(files, kind)?.map((item) => looseFields<T>(schema, item)) ?? null;
}

function idsOf(files: Record<string, unknown>, kind: IdKind): string[] | null {
  const list = rawList(files, kind);
  if (list === null) return null;
  return list.flatMap((item) => (isRecord(item) && typeof item.id === "string" ? [item.id] : []));
}

function looseGoals(raw: unknown): LooseRules["goals"] {
  const agents: Record<string, Partial<Objective>[]> = {};
  const rawAgents = isRecord(raw) ? raw.agents : undefined;
  if (isRecord(rawAgents)) {
    for (const [agent, list] of Object.entries(rawAgents)) {
      if (Array.isArray(list)) agents[agent] = list.map((o) => looseFields<Objective>(ObjectiveSchema, o));
    }
  }
  const crisisSchema = GoalsSchema.entries.crisis;
  const crisis = looseFields<{ tracks: Record<string, number> }>(
    crisisSchema,
    isRecord(raw) ? raw.crisis : null,
  );
  return { agents, crisis };
}

/** Reads every rules file field by field. Never throws. */
export function looseRules(files: Record<string, unknown>): LooseRules {
  const kinds: IdKind[] = ["agent", "region", "place", "commodity", "corridor", "track", "event"];
  const actionsRaw = isRecord(files["actions.json"]) ? files["actions.json"].actions : undefined;
  return {
    agents: looseList<Agent>(files, "agent", AgentSchema),
    regions: looseList<Region>(files, "region", RegionSchema),
    places: looseList<Place>(files, "place", PlaceSchema),
    commodities: looseList<Commodity>(files, "commodity", CommoditySchema),
    corridors: looseList<Corridor>(files, "corridor", CorridorSchema),
    tracks: looseList<Track>(files, "track", TrackSchema),
    events: looseList<GameEvent>(files, "event", EventSchema),
    actions: looseFields<Actions>(ActionsSchema, actionsRaw),
    goals: looseGoals(files["goals.json"]),
    model: looseFields<Model>(ModelSchema, files["model.json"]),
    ids: Object.fromEntries(kinds.map((kind) => [kind, idsOf(files, kind)])) as Record<
      IdKind,
      string[] | null
    >,
  };
}

/** Reads a scenario field by field. */
export function looseScenario(raw: unknown): Partial<Scenario> {
  return looseFields<Scenario>(ScenarioSchema, raw);
}
