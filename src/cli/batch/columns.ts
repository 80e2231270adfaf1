/**
 * The flat columns of results.csv (one row per game), turns.csv (one row per game and turn) and
 * orders.csv (one row per order given).
 * Columns come from the first record (its agents, regions, tracks and swept paths), so every shard
 * of a run writes the same header.
 */
import { csvLine, snake } from "./csv.ts";
import type { TurnRecord } from "./engine.ts";
import type { GameRecord, OrderRow } from "./types.ts";

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
    ...s.agents.map((a) => col(`score_par_${snake(a)}`, (r: GameRecord) => r.scores[a]?.par ?? "")),
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

/** An order of a game, as orders.csv reads it. */
export interface OrderLine {
  record: GameRecord;
  row: OrderRow;
}

/**
 * An order's fields in three columns that hold for every kind: what it is about (`target`: a
 * place, corridor, track, region, producer or country), how (`option`: an investment's kind, an
 * agreement's kind, a fee's level, a route order joined by ">"), and `amount` ($M invested).
 */
export function orderFields(order: unknown): { type: string; target: string; option: string; amount: Cell } {
  const o = (typeof order === "object" && order !== null ? order : {}) as Record<string, unknown>;
  const str = (x: unknown): string => (typeof x === "string" ? x : "");
  const type = str(o.type);
  if (type === "invest") {
    const t = (typeof o.target === "object" && o.target !== null ? o.target : {}) as Record<string, unknown>;
    const kind = str(t.kind);
    return {
      type,
      target: str(t.place) || str(t.corridor),
      option: kind === "upgrade" ? `upgrade:${str(t.upgrade)}` : kind,
      amount: typeof o.amount === "number" ? o.amount : "",
    };
  }
  const target =
    str(o.corridor) || str(o.track) || str(o.producer) || str(o.target) || str(o.partner) || str(o.region);
  const option = Array.isArray(o.routes) ? o.routes.map(str).join(">") : str(o.kind) || str(o.level);
  return { type, target, option, amount: "" };
}

/** The columns of orders.csv. */
export function orderColumns(s: Shape): Column<OrderLine>[] {
  return [
    ...idColumns(s).map((c) => col(c.name, (x: OrderLine) => c.get(x.record))),
    col("turn", (x) => x.row.turn),
    col("agent", (x) => x.row.agent),
    col("index", (x) => x.row.index),
    col("type", (x) => orderFields(x.row.order).type),
    col("target", (x) => orderFields(x.row.order).target),
    col("option", (x) => orderFields(x.row.order).option),
    col("amount", (x) => orderFields(x.row.order).amount),
    col("outcome", (x) => x.row.outcome),
  ];
}

/** A record's lines in orders.csv, one per order, in the order the turns resolved them. */
export function orderLines(cols: Column<OrderLine>[], record: GameRecord): string {
  return (record.orders ?? []).map((row) => csvLine(cols.map((c) => c.get({ record, row })))).join("");
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
