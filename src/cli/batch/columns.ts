/**
 * The flat columns of results.csv (one row per game) and turns.csv (one row per game and turn).
 * Columns come from the first record (its agents, regions, tracks and swept paths), so every shard
 * of a run writes the same header.
 */
import { csvLine, snake } from "./csv.ts";
import type { TurnRecord } from "./engine.ts";
import type { GameRecord } from "./types.ts";

type Cell = string | number;

/** A column: its header and how to read it from a record (and, for turns.csv, a turn). */
export interface Column<Row> {
  name: string;
  get(row: Row): Cell;
}

/** A turn of a game, as turns.csv reads it. */
export interface TurnRow {
  record: GameRecord;
  turn: TurnRecord;
  index: number;
}

/** The agents, regions, tracks and swept paths a record's columns are made of. */
export interface Shape {
  agents: string[];
  regions: string[];
  tracks: string[];
  sweep: string[];
}

/** Read the shape of the columns from one record. */
export function shapeOf(r: GameRecord): Shape {
  return {
    agents: Object.keys(r.scores),
    regions: Object.keys(r.measures.influence),
    tracks: Object.keys(r.turns[0]?.tracks ?? {}),
    sweep: Object.keys(r.manifest.sweep),
  };
}

const col = <Row>(name: string, get: (row: Row) => Cell): Column<Row> => ({ name, get });

function idColumns(s: Shape): Column<GameRecord>[] {
  return [
    col("game", (r) => r.manifest.game),
    col("point", (r) => r.manifest.point),
    col("seed", (r) => r.manifest.seed),
    ...s.sweep.map((p) => col(`sweep_${snake(p)}`, (r: GameRecord) => r.manifest.sweep[p] ?? "")),
  ];
}

/** The columns of results.csv. */
export function gameColumns(s: Shape): Column<GameRecord>[] {
  const m = (name: keyof GameRecord["measures"]) =>
    col(snake(name), (r: GameRecord) => r.measures[name] as number);
  return [
    ...idColumns(s),
    col("scenario", (r) => r.manifest.scenario),
    col("turns", (r) => r.manifest.turns),
    col("version", (r) => r.manifest.version),
    col("rules_hash", (r) => r.manifest.rulesHash),
    col("difficulty", (r) => r.manifest.difficulty ?? ""),
    ...s.agents.map((a) => col(`policy_${snake(a)}`, (r: GameRecord) => r.manifest.policies[a] ?? "")),
    ...s.agents.map((a) =>
      col(`ai_budget_${snake(a)}`, (r: GameRecord) => r.manifest.aiOptions?.[a]?.budget ?? ""),
    ),
    ...s.agents.map((a) =>
      col(`ai_noise_${snake(a)}`, (r: GameRecord) => r.manifest.aiOptions?.[a]?.noise ?? ""),
    ),
    ...s.agents.map((a) => col(`score_mean_${snake(a)}`, (r: GameRecord) => r.scores[a]?.mean ?? "")),
    ...s.agents.map((a) => col(`score_final_${snake(a)}`, (r: GameRecord) => r.scores[a]?.final ?? "")),
    col("winner", (r) => r.winner),
    col("interdependence_us_ru", (r) => r.measures.interdependenceUsRu),
    col("leverage_tr_over_us", (r) => r.measures.leverageTrOverUs),
    m("chinaProcessingShare"),
    m("usRouteHhi"),
    m("usSupplySecurity"),
    m("usNonChineseSupply"),
    ...influenceColumns(s, (r: GameRecord) => r.measures.influence),
    col("final_hash", (r) => r.hashes.at(-1) ?? ""),
    col("hashes", (r) => r.hashes.join(" ")),
  ];
}

function influenceColumns<Row>(
  s: Shape,
  of: (row: Row) => Record<string, Record<string, number>>,
): Column<Row>[] {
  return s.regions.flatMap((g) =>
    s.agents.map((a) => col(`influence_${snake(g)}_${snake(a)}`, (row: Row) => of(row)[g]?.[a] ?? 0)),
  );
}

/** The columns of turns.csv. */
export function turnColumns(s: Shape): Column<TurnRow>[] {
  const t = (name: "usSupplySecurity" | "usRouteHhi" | "chinaProcessingShare") =>
    col(snake(name), (x: TurnRow) => x.turn[name]);
  return [
    ...idColumns(s).map((c) => col(c.name, (x: TurnRow) => c.get(x.record))),
    col("turn", (x) => x.turn.turn),
    col("hash", (x) => x.record.hashes[x.index] ?? ""),
    ...s.tracks.map((k) => col(`track_${snake(k)}`, (x: TurnRow) => x.turn.tracks[k] ?? "")),
    ...s.agents.map((a) => col(`score_${snake(a)}`, (x: TurnRow) => x.turn.scores[a] ?? "")),
    col("interdependence_us_ru", (x) => x.turn.interdependenceUsRu),
    col("leverage_tr_over_us", (x) => x.turn.leverageTrOverUs),
    t("chinaProcessingShare"),
    t("usRouteHhi"),
    t("usSupplySecurity"),
    ...influenceColumns(s, (x: TurnRow) => x.turn.influence),
    col("events", (x) => x.turn.events.join(";")),
  ];
}

/** The header line of a set of columns. */
export const headerLine = <Row>(cols: Column<Row>[]): string => csvLine(cols.map((c) => c.name));

/** A record's line in results.csv. */
export const gameLine = (cols: Column<GameRecord>[], r: GameRecord): string =>
  csvLine(cols.map((c) => c.get(r)));

/** A record's lines in turns.csv, one per turn. */
export function turnLines(cols: Column<TurnRow>[], record: GameRecord): string {
  return record.turns.map((turn, index) => csvLine(cols.map((c) => c.get({ record, turn, index })))).join("");
}
