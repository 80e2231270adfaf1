/**
 * The game state, orders, effects and reports: the spec of what the engine reads and writes.
 * A state is plain JSON (no classes, Maps or functions): saving is `JSON.stringify`.
 */

/** Agent ids as they appear in the rules (`us`, `ru`, `tr`, `cn`, `kz`, `uz`, `mn`). */
export type AgentId = string;

// ---------------------------------------------------------------- orders

/** What an `invest` order puts money into. */
export type InvestTarget =
  | { kind: "mine"; place: string }
  | { kind: "corridor"; corridor: string }
  | { kind: "upgrade"; corridor: string; upgrade: string }
  | { kind: "joint-project"; place: string };

export type AgreementKind = "transit" | "offtake" | "security";
export type FeeLevel = "low" | "normal" | "high";

/** An order an agent submits for a turn. */
export type Order =
  | { type: "invest"; target: InvestTarget; amount: number }
  | { type: "broker-peace"; track: string }
  | { type: "block-corridor"; corridor: string }
  | { type: "reopen-corridor"; corridor: string }
  | { type: "set-transit-fee"; corridor: string; level: FeeLevel }
  | { type: "reroute-exports"; producer: string; routes: string[] }
  | { type: "sanction"; target: AgentId }
  | { type: "lift-sanctions"; target: AgentId }
  | { type: "export-controls" }
  | { type: "sign-agreement"; partner: AgentId; kind: AgreementKind }
  | { type: "soft-power"; region: string }
  | { type: "escalate"; track: string }
  | { type: "pass" };

export type OrderType = Order["type"];

/** Every order kind, in the order the UI lists them. */
export const ORDER_TYPES: readonly OrderType[] = [
  "invest",
  "broker-peace",
  "block-corridor",
  "reopen-corridor",
  "set-transit-fee",
  "reroute-exports",
  "sanction",
  "lift-sanctions",
  "export-controls",
  "sign-agreement",
  "soft-power",
  "escalate",
  "pass",
];

/** Why an order was not carried out. A closed set, so the UI and the AI can react to each. */
export type RejectionReason =
  | "malformed"
  | "unknown-agent"
  | "not-your-agent"
  | "unknown-id"
  | "not-allowed"
  | "not-controller"
  | "gated"
  | "over-budget"
  | "duplicate"
  | "no-effect"
  | "game-over";

/** An order that was refused, with a typed reason and a line for players. */
export interface Rejection {
  agent: AgentId;
  index: number;
  order: unknown;
  reason: RejectionReason;
  message: string;
}

/** The outcome of one order after resolution. */
export type OrderOutcome = "applied" | "rejected" | "failed" | "pending";

// ---------------------------------------------------------------- effects

/** What caused a change. */
export type Cause =
  | { type: "order"; agent: AgentId; order: OrderType; index: number }
  | { type: "event"; event: string }
  | { type: "rule"; rule: string };

/** One change the turn made, with its cause and a plain explanation. */
export interface Effect {
  /** Where in the state, as a dotted path, e.g. `tracks.ukraine-war`. */
  path: string;
  from: number | string | boolean | null;
  to: number | string | boolean | null;
  cause: Cause;
  text: string;
  /** The agents this change concerns (for per-country reports). */
  agents: AgentId[];
}

// ---------------------------------------------------------------- state

export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export interface AgentState {
  treasury: number;
  /** Agents this agent sanctions. */
  sanctions: AgentId[];
  /** Income last turn, split by source, $M. */
  income: { base: number; exports: number; transit: number; penalties: number };
}

export interface CorridorState {
  status: "open" | "closed";
  /** Controllers currently blocking it. */
  blockedBy: AgentId[];
  capacity: number;
  /** Fee multiplier set by the controllers. */
  feeLevel: "low" | "normal" | "high";
  /** Money paid towards each upgrade, and whether it is built. */
  upgrades: Record<string, { paid: number; built: boolean }>;
  /** Agreements counted towards opening a closed corridor. */
  openingAgreements: number;
}

export interface ProducerState {
  /** Output per commodity, kt per turn. */
  output: Record<string, number>;
  /** Corridors in order of preference. */
  routes: string[];
}

/** An investment that has been paid for and matures on `matures`. */
export interface Project {
  id: number;
  owner: AgentId;
  kind: "mine" | "corridor" | "upgrade" | "joint-project";
  /** The producer place (mines, joint projects) or corridor (capacity, upgrades) invested in. */
  target: string;
  /** The agent whose place or corridor it is (the partner of a joint project). */
  host: AgentId;
  amount: number;
  matures: number;
  /** What it adds when it matures: rare-earth output (kt), corridor capacity (kt), strategic trade ($M). */
  adds: { output: number; capacity: number; trade: number };
}

export interface Agreement {
  agents: [AgentId, AgentId];
  kind: "transit" | "offtake" | "security";
  until: number;
}

/** A temporary change from an event: a corridor's capacity or a producer's output scaled. */
export interface Modifier {
  event: string;
  kind: "corridor-capacity" | "output";
  target: string;
  factor: number;
  /** First and last turn it applies (events start to bite on the turn after they fire). */
  from: number;
  until: number;
}

/** The volume a producer ships on a corridor this turn. */
export interface Flow {
  producer: string;
  corridor: string;
  seller: AgentId;
  buyer: AgentId;
  /** kt per commodity. */
  volume: Record<string, number>;
  /** Total kt. */
  total: number;
  /** $M. */
  value: number;
  /** $M paid to each transit agent. */
  fees: Record<AgentId, number>;
}

/** Measures recomputed every turn from flows and holdings. */
export interface Measures {
  /** dep[a][b]: share of a's strategic trade that comes from, goes to or passes through b. */
  dep: Record<AgentId, Record<AgentId, number>>;
  /** Output that found no open route, kt per producer. */
  lost: Record<string, number>;
  usNonChineseSupply: number;
  usChineseSupply: number;
  /** Herfindahl index of US rare-earth imports over corridors (1 = one route). */
  usRouteHhi: number;
  /** Herfindahl index of US rare-earth imports over selling partners. */
  usPartnerHhi: number;
  usSupplySecurity: number;
  /** Share of US rare-earth demand met, Chinese supply counted at its weight, 0–1. */
  usCoverage: number;
  chinaProcessingShare: number;
  /** Value of each seller's output bought by each buyer, $M: access[buyer][seller]. */
  access: Record<AgentId, Record<AgentId, number>>;
  /** Export value by seller and the buyer it reached, $M. */
  exportsTo: Record<AgentId, Record<AgentId, number>>;
  /** Corridors that carried each agent's exports this turn. */
  routeCount: Record<AgentId, number>;
  /** Export value that passed through or went to China, by seller, $M. */
  viaChina: Record<AgentId, number>;
}

export interface Score {
  total: number;
  objectives: Record<string, number>;
  crisis: number;
}

/** A past turn, kept so the UI and reports can chart measures and replay. */
export interface TurnRecord {
  turn: number;
  tracks: Record<string, number>;
  influence: Record<string, Record<AgentId, number>>;
  scores: Record<AgentId, number>;
  usSupplySecurity: number;
  usRouteHhi: number;
  chinaProcessingShare: number;
  interdependenceUsRu: number;
  leverageTrOverUs: number;
  events: string[];
}

/** The whole game state. Plain JSON. */
export interface GameState {
  schema: 1;
  scenario: string;
  seed: string;
  /** The next turn to resolve, from 1. */
  turn: number;
  turns: number;
  rng: RngState;
  agents: Record<AgentId, AgentState>;
  relations: Record<AgentId, Record<AgentId, number>>;
  tracks: Record<string, number>;
  corridors: Record<string, CorridorState>;
  producers: Record<string, ProducerState>;
  projects: Project[];
  nextProjectId: number;
  agreements: Agreement[];
  modifiers: Modifier[];
  /** Turn until which export controls hold, by imposing agent. */
  exportControls: Record<AgentId, number>;
  /** Investment stock by region and agent, $M (decays). */
  investment: Record<string, Record<AgentId, number>>;
  /** Foreign investment received by each agent, $M (decays). */
  investmentReceived: Record<AgentId, number>;
  /** Soft-power stock by region and agent (decays). */
  softPower: Record<string, Record<AgentId, number>>;
  /** Influence shares, points out of 100, by region and outside agent. */
  influence: Record<string, Record<AgentId, number>>;
  /** Strategic trade created by joint projects and offtake deals, $M per turn: jointTrade[a][b]. */
  jointTrade: Record<AgentId, Record<AgentId, number>>;
  /** Last turn each event fired. */
  eventLast: Record<string, number>;
  /** The scenario's scheduled events (hidden from the players). */
  injects: Inject[];
  flows: Flow[];
  measures: Measures;
  scores: Record<AgentId, Score>;
  /** Sum of each agent's turn totals, for the game score (mean over turns played). */
  scoreSum: Record<AgentId, number>;
  /** Orders of the last resolved turn, revealed to all. */
  lastOrders: Record<AgentId, Order[]>;
  history: TurnRecord[];
}

/** What an agent may see: the state without the random generator and the scheduled injects. */
export type PlayerView = Omit<GameState, "rng" | "injects"> & { viewer: AgentId };

/** The outcome of one submitted order. */
export interface OrderResult {
  agent: AgentId;
  index: number;
  order: Order | unknown;
  outcome: OrderOutcome;
  message: string;
}

/** An event scheduled to fire in a turn's events phase, whatever its odds. */
export interface Inject {
  turn: number;
  event: string;
}

/** A fired event. */
export interface EventRecord {
  event: string;
  name: string;
  text: string;
  /** Fired by a schedule (the scenario's or the facilitator's), not drawn by its odds. */
  scheduled: boolean;
  /** Injected by the facilitator during the game (absent otherwise). */
  facilitator?: true;
}

/** Everything a turn did. */
export interface TurnReport {
  turn: number;
  orders: OrderResult[];
  rejections: Rejection[];
  events: EventRecord[];
  effects: Effect[];
  hash: string;
}

/** Orders per agent for one turn. Missing agents pass. */
export type OrdersByAgent = Record<AgentId, unknown[]>;

/** A whole game as inputs: enough to replay it. */
export interface GameLog {
  scenario: string;
  seed: string;
  turns: number;
  orders: OrdersByAgent[];
  hashes: string[];
  /** Events the facilitator injected during the game, each fired in its turn (absent when none). */
  injects?: Inject[];
  /**
   * The state the first of `orders` was played from, when the game was taken over from a saved
   * state rather than played from its setup (absent otherwise): a save whose turns an earlier
   * version of the game played differently continues from its state, and replays from there.
   */
  start?: GameState;
}
