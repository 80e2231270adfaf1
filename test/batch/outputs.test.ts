/** The JSONL records and the CSV files: what each holds, in a shape pandas and R read as they are. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GameRecord } from "../../src/cli/batch/types.ts";
import { type GameLog, type OrdersByAgent, replay } from "../../src/engine/index.ts";
import { loadRulesDir } from "../../src/rules/load-node.ts";
import { type CliResult, parseCsv, runCli, tempDir } from "./run-cli.ts";

const tmp = tempDir();
let run: CliResult;
const GAMES = 4;
const TURNS = 3;

beforeAll(async () => {
  run = await runCli([
    "--games",
    String(GAMES),
    "--turns",
    String(TURNS),
    "--seed",
    "cols",
    "--policy",
    "random",
    "--policy-CN",
    "random",
    "--workers",
    "1",
    "--quiet",
    "--sweep",
    "actions.invest.lag=1",
    "--out",
    tmp.path("r.jsonl"),
    "--csv",
    tmp.path("r.csv"),
    "--turns-csv",
    tmp.path("t.csv"),
    "--orders-csv",
    tmp.path("o.csv"),
  ]);
});
afterAll(() => tmp.remove());

const records = (): GameRecord[] =>
  tmp
    .read("r.jsonl")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as GameRecord);

describe("batch outputs", () => {
  it("writes one JSONL record per game with manifest, scores, winner, measures and hashes", () => {
    expect(run.code).toBe(0);
    const rs = records();
    expect(rs.map((r) => r.manifest.game)).toEqual([0, 1, 2, 3]);
    const r = rs[0] as GameRecord;
    expect(r.manifest).toMatchObject({
      scenario: "base-2026",
      seed: "cols:0",
      point: 0,
      turns: TURNS,
      sweep: { "actions.invest.lag": 1 },
    });
    expect(r.manifest.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.manifest.rulesHash).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(r.manifest.policies)).toEqual(["us", "ru", "tr", "cn", "kz", "uz", "mn"]);
    expect(Object.keys(r.scores)).toEqual(["us", "ru", "tr", "cn", "kz", "uz", "mn"]);
    expect(r.scores.us).toEqual({
      mean: expect.any(Number),
      final: expect.any(Number),
      par: expect.any(Number),
    });
    // The par after the game's last turn, and the winner the agent furthest above it.
    expect(r.scores.us?.par).toBe(loadRulesDir("rules").rules?.par["base-2026"]?.us?.[TURNS - 1]);
    const over = Object.entries(r.scores).map(([a, sc]) => [a, sc.mean - (sc.par ?? 0)] as const);
    const best = Math.max(...over.map(([, m]) => m));
    expect(over.find(([, m]) => m === best)?.[0]).toBe(r.winner);
    expect(Object.keys(r.measures.influence)).toEqual([
      "kazakhstan",
      "uzbekistan",
      "mongolia",
      "south-caucasus",
    ]);
    for (const k of [
      "interdependenceUsRu",
      "leverageTrOverUs",
      "chinaProcessingShare",
      "usRouteHhi",
      "usSupplySecurity",
    ] as const) {
      expect(typeof r.measures[k]).toBe("number");
    }
    expect(r.hashes).toHaveLength(TURNS);
    expect(r.hashes.every((h) => /^[0-9a-f]{16}$/.test(h))).toBe(true);
    expect(r.turns.map((t) => t.turn)).toEqual([1, 2, 3]);
  });

  it("writes results.csv: one row per game, flat snake_case columns matching the JSONL", () => {
    const [header = [], ...rows] = parseCsv(tmp.read("r.csv"));
    expect(rows).toHaveLength(GAMES);
    expect(header.every((h) => /^[a-z0-9]+(_[a-z0-9]+)*$/.test(h))).toBe(true);
    expect(new Set(header).size).toBe(header.length);
    for (const col of [
      "game",
      "point",
      "seed",
      "sweep_actions_invest_lag",
      "rules_hash",
      "policy_us",
      "score_mean_us",
      "score_final_mn",
      "score_par_kz",
      "winner",
      "interdependence_us_ru",
      "leverage_tr_over_us",
      "china_processing_share",
      "us_route_hhi",
      "us_supply_security",
      "influence_south_caucasus_tr",
      "final_hash",
    ]) {
      expect(header).toContain(col);
    }
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(rows.flat().some((cell) => cell.startsWith("{") || cell.startsWith("["))).toBe(false);
    const at = (row: string[], col: string) => row[header.indexOf(col)];
    records().forEach((r, i) => {
      const row = rows[i] ?? [];
      expect(at(row, "seed")).toBe(r.manifest.seed);
      expect(Number(at(row, "score_mean_us"))).toBe(r.scores.us?.mean);
      expect(Number(at(row, "score_par_kz"))).toBe(r.scores.kz?.par);
      expect(at(row, "winner")).toBe(r.winner);
      expect(Number(at(row, "us_supply_security"))).toBe(r.measures.usSupplySecurity);
      expect(at(row, "final_hash")).toBe(r.hashes.at(-1));
    });
    expect(tmp.read("r.csv")).toMatch(/\r\n$/);
  });

  it("writes turns.csv: one row per game and turn with the per-turn measures", () => {
    const [header = [], ...rows] = parseCsv(tmp.read("t.csv"));
    expect(rows).toHaveLength(GAMES * TURNS);
    for (const col of [
      "game",
      "turn",
      "hash",
      "track_ukraine_war",
      "score_us",
      "interdependence_us_ru",
      "leverage_tr_over_us",
      "china_processing_share",
      "us_route_hhi",
      "us_supply_security",
      "influence_mongolia_cn",
      "events",
    ]) {
      expect(header).toContain(col);
    }
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const r = records()[1] as GameRecord;
    const row = rows[TURNS + 2] ?? [];
    const at = (col: string) => row[header.indexOf(col)];
    expect([at("game"), at("turn"), at("hash")]).toEqual(["1", "3", r.hashes[2]]);
    expect(Number(at("us_route_hhi"))).toBe(r.turns[2]?.usRouteHhi);
  });

  it("writes orders.csv: one row per order given, the very orders the games were played with", () => {
    const rs = records();
    const [header = [], ...rows] = parseCsv(tmp.read("o.csv"));
    expect(header).toEqual([
      "game",
      "point",
      "seed",
      "sweep_actions_invest_lag",
      "turn",
      "agent",
      "index",
      "type",
      "target",
      "option",
      "amount",
      "outcome",
    ]);
    expect(rows).toHaveLength(rs.reduce((n, r) => n + (r.orders?.length ?? 0), 0));
    expect(rows.length).toBeGreaterThan(GAMES * TURNS * 7);
    const at = (row: string[], col: string) => row[header.indexOf(col)] ?? "";
    expect(new Set(rows.map((row) => at(row, "outcome")))).toContain("applied");
    const invest = rows.find((row) => at(row, "type") === "invest") ?? [];
    expect(at(invest, "option")).toMatch(/^(mine|corridor|joint-project|upgrade:[a-z-]+)$/);
    expect(Number(at(invest, "amount"))).toBeGreaterThan(0);
    expect(at(invest, "target")).not.toBe("");
    // Replayed by the engine from the orders alone, every game comes out hash for hash.
    const rules = loadRulesDir("rules").rules;
    if (!rules) throw new Error("rules");
    const lag = structuredClone(rules);
    lag.actions.invest.lag = 1;
    for (const r of rs) {
      const turns: OrdersByAgent[] = Array.from({ length: TURNS }, () => ({}));
      for (const o of r.orders ?? []) {
        const turn = turns[o.turn - 1] as OrdersByAgent;
        const list = turn[o.agent] ?? [];
        list[o.index] = o.order;
        turn[o.agent] = list;
      }
      const log: GameLog = {
        scenario: "base-2026",
        seed: r.manifest.seed,
        turns: TURNS,
        orders: turns,
        hashes: r.hashes,
      };
      expect(replay(lag, log).mismatch).toBeNull();
    }
  });
});
