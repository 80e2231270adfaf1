/** The batch CLI's own types: options, the plan of games, and the record of one game. */
import type { AgentId, OrderOutcome, TurnRecord } from "./engine.ts";

/** One `--sweep PATH=v1,v2` flag: a numeric rules value and the values to try. */
export interface SweepAxis {
  path: string;
  values: number[];
}

/** One point of the sweep grid: a value for each swept path (none when there is no sweep). */
export interface SweepPoint {
  index: number;
  values: Record<string, number>;
}

/** `--shard i/n`: this run plays slice i (from 0) of n of the whole list of games. */
export interface Shard {
  index: number;
  count: number;
}

/** Everything the command line asked for, checked for shape but not yet against the rules. */
export interface BatchOptions {
  games: number;
  seed: string;
  /** A scenario id from the rules, or a path to a scenario JSON file. */
  scenario: string | undefined;
  rulesDir: string;
  turns: number | undefined;
  policy: string | undefined;
  /** `--policy-XX` flags by lower-case agent code, checked against the rules later. */
  agentPolicies: Record<string, string>;
  difficulty: "easy" | "normal" | "hard" | undefined;
  workers: number;
  out: string | undefined;
  csv: string | undefined;
  turnsCsv: string | undefined;
  /** `--orders-csv`: one row per order given (the records then carry their orders). */
  ordersCsv: string | undefined;
  report: string | undefined;
  shard: Shard;
  sweeps: SweepAxis[];
  quiet: boolean;
  /** Whether the CSV files start with a header row (`--no-header` for shards after the first). */
  header: boolean;
  /** `--merge`: JSONL files of earlier runs to combine instead of playing games. */
  merge: string[] | undefined;
  /** `--debrief FILE.html`: play game `game` of sweep point `point` alone and write its debrief report. */
  debrief: string | undefined;
  game: number | undefined;
  point: number | undefined;
}

/** One game to play: its place in the whole run, its sweep point and its seed. */
export interface Job {
  /** Position in the whole run's list of (point, game) pairs. */
  global: number;
  point: number;
  game: number;
  seed: string;
}

/** Key measures of a finished game. */
export interface EndMeasures {
  interdependenceUsRu: number;
  leverageTrOverUs: number;
  chinaProcessingShare: number;
  usRouteHhi: number;
  usSupplySecurity: number;
  usNonChineseSupply: number;
  /** Influence shares by contested region and agent, points out of 100. */
  influence: Record<string, Record<AgentId, number>>;
}

/** What identifies a game and how to reproduce it. */
export interface Manifest {
  version: string;
  rulesHash: string;
  scenario: string;
  seed: string;
  game: number;
  point: number;
  turns: number;
  /** The policy playing each agent. */
  policies: Record<AgentId, string>;
  /** The AI's lookahead budget and noise, for agents whose difficulty level sets them. */
  aiOptions: Record<AgentId, { budget?: number; noise?: number }>;
  /** The difficulty level of the agents without a --policy flag, or null when --policy covers them. */
  difficulty: string | null;
  sweep: Record<string, number>;
}

/** One line of the JSONL output: one finished game. */
export interface GameRecord {
  manifest: Manifest;
  /**
   * Goal scores: the game score (mean over turns), the last turn's total, and the par the game
   * score is ranked against when the scenario has one (`rules/par.json`).
   */
  scores: Record<AgentId, { mean: number; final: number; par?: number }>;
  winner: AgentId;
  measures: EndMeasures;
  /** State hash after each turn. */
  hashes: string[];
  /** The engine's per-turn record of measures (`state.history`). */
  turns: TurnRecord[];
  /** Every order given, turn by turn, with its outcome (only in runs with `--orders-csv`). */
  orders?: OrderRow[];
}

/** One order of a game as the engine resolved it. */
export interface OrderRow {
  turn: number;
  agent: AgentId;
  /** Its place in the agent's orders that turn. */
  index: number;
  /** The order as given (an AI's orders are always well formed). */
  order: unknown;
  outcome: OrderOutcome;
}
