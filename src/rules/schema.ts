/**
 * The schema of the game's rules data (the JSON files under `rules/`). Every rules type in the
 * project is inferred from these schemas; none is written twice.
 *
 * Units: volumes in kilotonnes (kt) per turn, money in millions of US dollars ($M), a turn is a
 * quarter of a year, tracks and relations are points (0–100 and −100–100).
 */
import * as v from "valibot";

/** A stable identifier: lowercase words joined by hyphens, e.g. `trans-siberian`. */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case id (lowercase words joined by hyphens)"),
);

/** A non-empty display string. */
export const Name = v.pipe(v.string(), v.minLength(1, "must not be empty"));
/**
 * How a name reads inside a sentence, where that differs from the name on its own: "the United
 * States", "the Ukraine war", "rare earths". Explanations use it; labels and tables use `name`.
 */
export const InText = v.optional(Name);
/** A finite number ≥ 0. */
export const NonNeg = v.pipe(v.number(), v.finite(), v.minValue(0, "must be at least 0"));
/** A number in [0, 1]. */
export const Unit = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0, "must be at least 0"),
  v.maxValue(1, "must be at most 1"),
);
const Track100 = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0, "must be at least 0"),
  v.maxValue(100, "must be at most 100"),
);
const Relation = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(-100, "must be at least -100"),
  v.maxValue(100, "must be at most 100"),
);
/** A whole number ≥ min. */
export const Int = (min: number) =>
  v.pipe(v.number(), v.integer("must be a whole number"), v.minValue(min, `must be at least ${min}`));

// ---------------------------------------------------------------- agents

/** One of the seven agents (countries) that give orders. */
export const AgentSchema = v.strictObject({
  id: Id,
  name: Name,
  inText: InText,
  /** Capital at the start of the game, $M. */
  capital: NonNeg,
  /** Base income per turn before trade and transit fees, $M. */
  income: NonNeg,
  /** Action points to spend on orders each turn. */
  actionPoints: Int(1),
  /** Starting relations with every other agent, −100 (hostile) to 100 (allied). */
  relations: v.record(Id, Relation),
  /** Strategic trade outside the modelled corridors, $M per turn, by partner (counts in dependence). */
  baseTrade: v.record(Id, NonNeg),
  /** Colour used on the map and in charts (colour-blind-safe palette), `#rrggbb`. */
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, "must be a #rrggbb colour")),
});

// ---------------------------------------------------------------- places and regions

/** A contested country or region where agents compete for influence. */
export const RegionSchema = v.strictObject({
  id: Id,
  name: Name,
  inText: InText,
  /** The agent whose own country this is (it holds the share not taken by outside powers), if any. */
  host: v.nullable(Id),
  /** Starting influence of outside agents, points out of 100 (the shares sum to at most 100). */
  influence: v.record(Id, Track100),
  /** Lasting influence from history, culture and security ties that pulls the target towards it. */
  legacy: v.record(Id, NonNeg),
  /** The region's own pull: the share that no outside power holds (its government and people). */
  autonomy: NonNeg,
});

export const PlaceKind = v.picklist(["producer", "transit", "market"]);

/** A point on the map: a mineral producer, a transit place or a market. */
export const PlaceSchema = v.strictObject({
  id: Id,
  name: Name,
  inText: InText,
  kind: PlaceKind,
  lon: v.pipe(v.number(), v.minValue(-180, "must be at least -180"), v.maxValue(180, "must be at most 180")),
  lat: v.pipe(v.number(), v.minValue(-90, "must be at least -90"), v.maxValue(90, "must be at most 90")),
  /** The agent whose territory this is, or null (e.g. the Caspian Sea, Afghanistan). */
  country: v.nullable(Id),
  /** The contested region this place belongs to, if any. */
  region: v.nullable(Id),
  /** For producers: output per commodity id, kt per turn. */
  output: v.optional(v.record(Id, NonNeg)),
  /** For markets: the agent that buys what arrives here. */
  buyer: v.optional(Id),
});

// ---------------------------------------------------------------- commodities

export const CommoditySchema = v.strictObject({
  id: Id,
  name: Name,
  inText: InText,
  /** Value, $M per kt. */
  price: NonNeg,
  /** Counts towards rare-earth supply measures (US supply security, China's processing share). */
  rareEarth: v.boolean(),
});

// ---------------------------------------------------------------- corridors

export const CorridorStatus = v.picklist(["open", "closed"]);

/** A capacity upgrade that can be bought with `invest`, e.g. the Baikal–Amur line. */
export const UpgradeSchema = v.strictObject({
  id: Id,
  name: Name,
  inText: InText,
  /** Total cost, $M; investments accumulate until it is paid in full. */
  cost: NonNeg,
  /** Capacity added, kt per turn. */
  capacity: NonNeg,
});

/** A route over places that carries producers' output to a market. */
export const CorridorSchema = v.strictObject({
  id: Id,
  name: Name,
  inText: InText,
  /** The trunk, from the first junction to the market (last place). */
  path: v.pipe(v.array(Id), v.minLength(2, "must have at least two places")),
  /** Producer places that load onto this corridor (each joins the trunk at its nearest place). */
  feeders: v.pipe(v.array(Id), v.minLength(1, "must have at least one feeder")),
  /** Agents that can block or reopen the corridor. */
  controllers: v.array(Id),
  /** Transit fees, $M per kt, by the agent that collects them. */
  fees: v.record(Id, NonNeg),
  /** kt per turn. */
  capacity: NonNeg,
  /** Shipping cost, $M per kt, paid by the seller. */
  shippingCost: NonNeg,
  /** Chance per turn of a disruption that halves capacity for a turn, before track effects. */
  risk: Unit,
  lengthKm: NonNeg,
  /** Open, or closed for security and political reasons (only an event or an agreement opens it). */
  status: CorridorStatus,
  /** How a closed corridor can be opened: agreements between these agents, signed this many times. */
  opening: v.optional(
    v.strictObject({
      parties: v.pipe(v.array(Id), v.length(2, "must name two agents")),
      agreements: Int(1),
    }),
  ),
  upgrades: v.array(UpgradeSchema),
});

// ---------------------------------------------------------------- tracks

/** What a track gates while it is past a threshold. The engine knows each of these by id. */
export const GateId = v.picklist([
  "no-us-cargo-trans-siberian",
  "no-us-ru-joint-projects",
  "us-ru-sanctions-locked",
  "tripp-risk-doubled",
  "tripp-capacity-halved",
  "export-controls-likely",
]);

export const ThresholdSchema = v.strictObject({
  gate: GateId,
  /** The gate holds while the track is at or above (`above`) or at or below (`below`) the value. */
  when: v.picklist(["above", "below"]),
  value: Track100,
  /** One line for players: what the gate means. */
  text: Name,
});

/** A tension track, 0–100. */
export const TrackSchema = v.strictObject({
  id: Id,
  name: Name,
  inText: InText,
  /** The agents whose relations and interdependence the track depends on. */
  parties: v.pipe(v.array(Id), v.length(2, "must name two agents")),
  /** Whether a higher value means more tension (true) or more stability (false). */
  tension: v.boolean(),
  /** Starting value unless a scenario sets it. */
  initial: Track100,
  /** Change per turn with no orders or events (positive: it heats up on its own). */
  drift: v.pipe(v.number(), v.finite()),
  thresholds: v.array(ThresholdSchema),
});

// ---------------------------------------------------------------- orders (actions)

const Cost = {
  /** Action points. */
  ap: Int(0),
  /** Capital, $M. */
  capital: NonNeg,
};

export const ActionsSchema = v.strictObject({
  invest: v.strictObject({
    ap: Int(0),
    /** The amounts ($M) an agent can invest in one order. */
    amounts: v.pipe(v.array(NonNeg), v.minLength(1, "must offer at least one amount")),
    /** Turns until a mine or a joint project produces. */
    lag: Int(0),
    /** Extra output, kt per turn per $M, by commodity, for a mine. */
    mineYield: NonNeg,
    /** Joint projects yield this many times a plain mine investment. */
    jointYield: NonNeg,
    /** Corridor capacity added, kt per turn per $M. */
    capacityYield: NonNeg,
    /** Strategic trade created between partners, $M per turn per $M invested in a joint project. */
    jointTrade: NonNeg,
  }),
  "broker-peace": v.strictObject({
    ...Cost,
    /** Track points removed on success. */
    effect: NonNeg,
    /** Base chance of success. */
    odds: Unit,
    /** Added chance per point of the broker's mean relation with the parties. */
    relationOdds: NonNeg,
    /** Relation gained with each party, success or not. */
    relation: NonNeg,
  }),
  "block-corridor": v.strictObject({
    ...Cost,
    /** Relation lost with each agent whose trade runs on the corridor. */
    relation: NonNeg,
    /** Influence target lost in each region whose exports the block hurts. */
    influence: NonNeg,
  }),
  "reopen-corridor": v.strictObject({ ...Cost }),
  "set-transit-fee": v.strictObject({
    ...Cost,
    /** Fee multipliers a controller can set. */
    levels: v.record(v.picklist(["low", "normal", "high"]), NonNeg),
    /** Relation lost with the corridor's buyer when the fee is raised. */
    relation: NonNeg,
  }),
  "reroute-exports": v.strictObject({ ...Cost }),
  sanction: v.strictObject({
    ...Cost,
    /** Relation lost with the target. */
    relation: NonNeg,
    /** $M a turn the target loses while sanctioned, per sanctioning agent. */
    penalty: NonNeg,
  }),
  "lift-sanctions": v.strictObject({ ...Cost, relation: NonNeg }),
  "export-controls": v.strictObject({
    ...Cost,
    /** Agents allowed to impose export controls on processed rare earths. */
    agents: v.array(Id),
    /** Turns the controls last. */
    duration: Int(1),
    /** Points added to each track with the imposer as a party. */
    tension: NonNeg,
  }),
  "sign-agreement": v.strictObject({
    ...Cost,
    /** Turns an agreement lasts. */
    duration: Int(1),
    /** Relation gained by both sides. */
    relation: NonNeg,
    /** Transit agreements cut the fees one side pays the other by this share. */
    feeDiscount: Unit,
    /** Offtake agreements create this much strategic trade, $M per turn. */
    offtakeTrade: NonNeg,
    /** Security agreements lower every track between the two by this much, once. */
    securityTension: NonNeg,
    /** Influence target points an agreement gives the other side's region. */
    influence: NonNeg,
  }),
  "soft-power": v.strictObject({
    ...Cost,
    /** Soft-power stock added in the region. */
    effect: NonNeg,
  }),
  escalate: v.strictObject({
    ...Cost,
    effect: NonNeg,
    /** Relation lost with the other party of the track. */
    relation: NonNeg,
  }),
  pass: v.strictObject({ ...Cost }),
});

// ---------------------------------------------------------------- events

const Pair = v.pipe(v.array(Id), v.length(2, "must name two agents"));

/** What an event does. */
export const EventEffectSchema = v.variant("kind", [
  v.strictObject({ kind: v.literal("track"), track: Id, delta: v.pipe(v.number(), v.finite()) }),
  v.strictObject({ kind: v.literal("relation"), agents: Pair, delta: v.pipe(v.number(), v.finite()) }),
  v.strictObject({ kind: v.literal("capital"), agent: Id, delta: v.pipe(v.number(), v.finite()) }),
  v.strictObject({
    kind: v.literal("corridor-capacity"),
    corridor: Id,
    factor: NonNeg,
    turns: Int(1),
  }),
  v.strictObject({ kind: v.literal("corridor-open"), corridor: Id }),
  v.strictObject({ kind: v.literal("output"), place: Id, factor: NonNeg, turns: Int(1) }),
  v.strictObject({ kind: v.literal("export-controls"), agent: Id, turns: Int(1) }),
  v.strictObject({
    kind: v.literal("influence"),
    region: Id,
    agent: Id,
    delta: v.pipe(v.number(), v.finite()),
  }),
]);

export const EventSchema = v.strictObject({
  id: Id,
  name: Name,
  inText: InText,
  /** One line shown when the event fires. */
  text: Name,
  /** Chance per turn before tracks. */
  odds: Unit,
  /** Chance added per track point (a negative weight: odds fall as the track rises). */
  trackOdds: v.record(Id, v.pipe(v.number(), v.finite())),
  /** Odds are multiplied by (1 − weight × interdependence of the pair): ties make crises rarer. */
  damping: v.optional(v.strictObject({ agents: Pair, weight: NonNeg })),
  /** Whether it is a crisis (counted in the crisis measures). */
  crisis: v.boolean(),
  /** Turns before the same event can fire again. */
  cooldown: Int(0),
  effects: v.pipe(v.array(EventEffectSchema), v.minLength(1, "must have at least one effect")),
});

// ---------------------------------------------------------------- goals

/** What can be scored. The engine knows each of these by id; some take an agent or a region. */
export const MeasureId = v.picklist([
  "income",
  "export-income",
  "transit-income",
  "route-count",
  "export-share-not-via",
  "investment-received",
  "influence",
  "mean-influence",
  "leverage-over",
  "interdependence",
  "sanctions-against",
  "us-non-chinese-supply",
  "us-route-diversity",
  "us-supply-security",
  "china-processing-share",
  "access-to-resources-of",
  "track",
]);

export const ObjectiveSchema = v.strictObject({
  id: Id,
  /** One line for players. */
  text: Name,
  measure: MeasureId,
  /** The other agent, for measures about a pair; for `mean-influence`, whose influence (default: the owner). */
  of: v.optional(Id),
  /** The region, for influence. */
  region: v.optional(Id),
  /** The track, for `track`. */
  track: v.optional(Id),
  weight: v.pipe(v.number(), v.finite(), v.minValue(0, "must be at least 0")),
  /** The value that scores 100 and the value that scores 0 (best may be below worst). */
  best: v.pipe(v.number(), v.finite()),
  worst: v.pipe(v.number(), v.finite()),
});

export const GoalsSchema = v.strictObject({
  agents: v.record(Id, v.pipe(v.array(ObjectiveSchema), v.minLength(1, "must have at least one objective"))),
  /** A shared crisis: while any listed track is past its value, every agent loses `penalty` points. */
  crisis: v.strictObject({ tracks: v.record(Id, Track100), penalty: NonNeg }),
});

// ---------------------------------------------------------------- the model's constants

export const ModelSchema = v.strictObject({
  /** Influence: share of the gap to the target closed each turn (δ). */
  influenceRate: Unit,
  /** Influence target weights. */
  influenceWeights: v.strictObject({
    investment: NonNeg,
    trade: NonNeg,
    softPower: NonNeg,
    agreement: NonNeg,
    legacy: NonNeg,
  }),
  /** The most that outside powers together can hold in a region, points. */
  influenceCap: Track100,
  /** Share of investment and soft-power stocks kept each turn. */
  stockDecay: Unit,
  /** Relations drift this share of the way back to the start each turn. */
  relationDrift: Unit,
  /** China's own rare-earth processing outside the region, kt per turn. */
  chinaDomesticProcessing: NonNeg,
  /** Rare-earth processing outside China and the region, kt per turn. */
  otherProcessing: NonNeg,
  /** US rare-earth demand, kt per turn. */
  usDemand: NonNeg,
  /** Chinese-processed rare earths the US buys, kt per turn, unless export controls hold. */
  chinaExportsToUs: NonNeg,
  /** How much a kt of Chinese supply counts towards US supply security compared with a non-Chinese kt. */
  chineseSupplyWeight: Unit,
  /** Weight of route concentration in US supply security. */
  concentrationPenalty: Unit,
  /** Share of export earnings (net of fees and shipping) and of transit fees that reaches the treasury. */
  revenueShare: Unit,
});

// ---------------------------------------------------------------- scenarios

export const InjectSchema = v.strictObject({ turn: Int(1), event: Id });

export const ScenarioSchema = v.strictObject({
  id: Id,
  name: Name,
  /** A paragraph for the setup screen. */
  description: Name,
  turns: Int(1),
  tracks: v.record(Id, Track100),
  /** Corridor changes: status, capacity. */
  corridors: v.record(
    Id,
    v.strictObject({ status: v.optional(CorridorStatus), capacity: v.optional(NonNeg) }),
  ),
  /** Relations that differ from the agents' defaults, by pair `a` → `b` (set both ways). */
  relations: v.array(v.strictObject({ agents: Pair, value: Relation })),
  /** Starting capital that differs from the defaults. */
  capital: v.record(Id, NonNeg),
  /** Sanctions in force at the start: sanctioning agent → targets. */
  sanctions: v.record(Id, v.array(Id)),
  /** Each producer's route order at the start (corridor ids, first choice first). */
  routes: v.record(Id, v.array(Id)),
  /** Influence that differs from the regions' defaults. */
  influence: v.record(Id, v.record(Id, Track100)),
  /** Events the scenario schedules. */
  injects: v.array(InjectSchema),
  /** The AI personality each agent plays by default. */
  personalities: v.optional(v.record(Id, Id)),
});

// ---------------------------------------------------------------- par

/**
 * `par.json` (optional, written by `npm run par -- --write`): what each agent's game score is when
 * the Normal AI plays every country, the mean of `games` seeded games, after each turn of each
 * scenario. The game ranks the countries by their score less their par, so that a country whose
 * goals come easily does not win every game.
 */
export const ParSchema = v.strictObject({
  /** Seeded games the par is the mean of. */
  games: Int(1),
  /** Their seeds: this prefix and the game's number, from 0. */
  seeds: Name,
  /** By scenario id, then by agent id: the mean game score after turn 1, 2, … of the scenario. */
  scenarios: v.record(Id, v.record(Id, v.pipe(v.array(Track100), v.minLength(1, "must not be empty")))),
});

// ---------------------------------------------------------------- the whole ruleset

/** Every rules file and the schema that checks it. */
export const RulesFiles = {
  "agents.json": v.strictObject({ agents: v.array(AgentSchema) }),
  "regions.json": v.strictObject({ regions: v.array(RegionSchema) }),
  "places.json": v.strictObject({ places: v.array(PlaceSchema) }),
  "commodities.json": v.strictObject({ commodities: v.array(CommoditySchema) }),
  "corridors.json": v.strictObject({ corridors: v.array(CorridorSchema) }),
  "tracks.json": v.strictObject({ tracks: v.array(TrackSchema) }),
  "actions.json": v.strictObject({ actions: ActionsSchema }),
  "events.json": v.strictObject({ events: v.array(EventSchema) }),
  "goals.json": GoalsSchema,
  "model.json": ModelSchema,
} as const;

export type Agent = v.InferOutput<typeof AgentSchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Commodity = v.InferOutput<typeof CommoditySchema>;
export type Corridor = v.InferOutput<typeof CorridorSchema>;
export type Upgrade = v.InferOutput<typeof UpgradeSchema>;
export type Track = v.InferOutput<typeof TrackSchema>;
export type Gate = v.InferOutput<typeof GateId>;
export type Actions = v.InferOutput<typeof ActionsSchema>;
export type GameEvent = v.InferOutput<typeof EventSchema>;
export type EventEffect = v.InferOutput<typeof EventEffectSchema>;
export type Objective = v.InferOutput<typeof ObjectiveSchema>;
export type Measure = v.InferOutput<typeof MeasureId>;
export type Goals = v.InferOutput<typeof GoalsSchema>;
export type Model = v.InferOutput<typeof ModelSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ParFile = v.InferOutput<typeof ParSchema>;

/** A complete, validated ruleset: what `loadRules` returns and what the engine reads. */
export interface Rules {
  agents: Agent[];
  regions: Region[];
  places: Place[];
  commodities: Commodity[];
  corridors: Corridor[];
  tracks: Track[];
  actions: Actions;
  events: GameEvent[];
  goals: Goals;
  model: Model;
  scenarios: Scenario[];
  /** Personalities, by id, as loaded from `personalities.json` when present (used by the AI). */
  personalities: Record<string, unknown>;
  /** Each scenario's par, by agent, after each turn (`par.json`; empty without it): see `ParSchema`. */
  par: ParFile["scenarios"];
}
