/**
 * Copy-on-write over the previous state. A turn starts from a shallow copy of the state; the first
 * write to any part of it copies that part (and the parts above it) from the previous state, so
 * the previous state is never written and the parts a turn leaves alone stay shared with it. A
 * part is the turn's own exactly when it is not the previous state's object at the same place (the
 * turn puts only objects it made into its state), so no record of copies is kept. Every write in
 * the phases and orders goes through these accessors. A test resolves turns on deep-frozen
 * states, so a write that bypassed them would throw.
 */
import type { TurnContext } from "./context.ts";
import type {
  AgentState,
  Agreement,
  CorridorState,
  GameState,
  Modifier,
  ProducerState,
  TurnRecord,
} from "./types.ts";

type Table = Record<string, number>;

/**
 * The state a turn starts from: a shallow copy whose own fields the turn may set, with the parts
 * that every turn writes (the agents' treasuries, the tracks, the history) copied at once.
 */
export function workingCopy(s: GameState): GameState {
  const agents: GameState["agents"] = {};
  for (const id in s.agents) agents[id] = { ...(s.agents[id] as AgentState) };
  return { ...s, agents, tracks: { ...s.tracks }, history: [...s.history] };
}

const copyOf = <T>(v: T): T => (Array.isArray(v) ? [...v] : { ...v }) as T;

type Part = Record<string, object | undefined>;

/**
 * `parent[key]` of a part the turn owns, copied once this turn so that it can be written (made
 * with `empty` if missing). `before` is the previous state's part at the parent's place: a value
 * still identical to its entry is shared with the previous state.
 */
function field<T extends object>(parent: object, before: object | undefined, key: string, empty: () => T): T {
  const v = (parent as Part)[key] as T | undefined;
  if (v !== undefined && v !== (before as Part | undefined)?.[key]) return v;
  const copy = v === undefined ? empty() : copyOf(v);
  (parent as Part)[key] = copy;
  return copy;
}

const object = <T>(): T => ({}) as T;

/** A top-level table of the turn's state, writable. */
const section = <T extends object>(ctx: TurnContext, key: keyof GameState): T =>
  field(ctx.state, ctx.prev, key, object<T>);

/** An entry of a top-level table, writable. */
const row = <T extends object>(ctx: TurnContext, key: keyof GameState, id: string, empty: () => T): T =>
  field(section<Record<string, T>>(ctx, key), ctx.prev[key] as object | undefined, id, empty);

/** Set a top-level field to a value the turn built itself (and so may write). */
export function adopt<T extends object>(ctx: TurnContext, key: keyof GameState, value: T): T {
  (ctx.state as unknown as Record<string, unknown>)[key] = value;
  return value;
}

const table = object<Table>;

/** The writable parts of the turn's state. */
export const writable = {
  /** An agent's state (copied when the turn began). */
  agent(ctx: TurnContext, id: string): AgentState | undefined {
    return ctx.state.agents[id];
  },
  /** Row `a` of the relations (as `row` would give it, written out: relations change most often). */
  relations(ctx: TurnContext, a: string): Table {
    const before = ctx.prev.relations;
    let t = ctx.state.relations;
    if (t === before) {
      t = { ...t };
      ctx.state.relations = t;
    }
    let r = t[a];
    if (r === undefined || r === before?.[a]) {
      r = r === undefined ? {} : { ...r };
      t[a] = r;
    }
    return r;
  },
  /** The tracks (copied when the turn began). */
  tracks(ctx: TurnContext): Table {
    return ctx.state.tracks;
  },
  corridor(ctx: TurnContext, id: string): CorridorState | undefined {
    if (!ctx.state.corridors[id]) return undefined;
    return row(ctx, "corridors", id, object<CorridorState>);
  },
  /** A corridor's payment row for an upgrade (created unpaid if missing). */
  upgrade(ctx: TurnContext, corridor: string, upgrade: string): { paid: number; built: boolean } | undefined {
    const cs = writable.corridor(ctx, corridor);
    if (!cs) return undefined;
    const before = ctx.prev.corridors[corridor];
    const rows = field(cs, before, "upgrades", object<CorridorState["upgrades"]>);
    return field(rows, before?.upgrades, upgrade, () => ({ paid: 0, built: false }));
  },
  producer(ctx: TurnContext, id: string): ProducerState | undefined {
    if (!ctx.state.producers[id]) return undefined;
    return row(ctx, "producers", id, object<ProducerState>);
  },
  output(ctx: TurnContext, id: string): Table | undefined {
    const p = writable.producer(ctx, id);
    return p ? field(p, ctx.prev.producers[id], "output", table) : undefined;
  },
  agreements(ctx: TurnContext): Agreement[] {
    return field(ctx.state, ctx.prev, "agreements", () => []);
  },
  modifiers(ctx: TurnContext): Modifier[] {
    return field(ctx.state, ctx.prev, "modifiers", () => []);
  },
  exportControls(ctx: TurnContext): Table {
    return section(ctx, "exportControls");
  },
  investmentReceived(ctx: TurnContext): Table {
    return section(ctx, "investmentReceived");
  },
  eventLast(ctx: TurnContext): Table {
    return section(ctx, "eventLast");
  },
  /** A region's row of a stock (investment or soft power), created empty if missing. */
  stock(ctx: TurnContext, stock: "investment" | "softPower", region: string): Table {
    return row(ctx, stock, region, table);
  },
  influence(ctx: TurnContext, region: string): Table {
    return row(ctx, "influence", region, table);
  },
  jointTrade(ctx: TurnContext, a: string): Table {
    return row(ctx, "jointTrade", a, table);
  },
  measures(ctx: TurnContext): GameState["measures"] {
    return field(ctx.state, ctx.prev, "measures", object<GameState["measures"]>);
  },
  /** The history (copied when the turn began). */
  history(ctx: TurnContext): TurnRecord[] {
    return ctx.state.history;
  },
};
