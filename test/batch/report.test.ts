/** The HTML report: self-contained, with its charts' data embedded as JSON. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportData } from "../../src/cli/batch/report-data.ts";
import { runCli, tempDir } from "./run-cli.ts";

const tmp = tempDir();
let html = "";
let data: ReportData;
const TURNS = 4;

beforeAll(async () => {
  const run = await runCli([
    "--games",
    "5",
    "--turns",
    String(TURNS),
    "--seed",
    "rep",
    "--policy",
    "random",
    "--quiet",
    "--sweep",
    "model.influenceRate=0.05,0.4",
    "--report",
    tmp.path("out/report.html"),
  ]);
  expect(run.code).toBe(0);
  html = tmp.read("out/report.html");
  const m = /<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(html);
  data = JSON.parse(m?.[1] ?? "null") as ReportData;
});
afterAll(() => tmp.remove());

describe("batch report", () => {
  it("opens offline: no external scripts, styles, images or fonts", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).not.toMatch(/url\(/);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(1 + 5 + 4 * 2);
  });

  it("embeds the data of every chart: score distributions, trajectories and influence, per sweep point", () => {
    expect(data.agents).toEqual(["us", "ru", "tr", "cn", "kz", "uz", "mn"]);
    expect(data.regions).toEqual(["kazakhstan", "uzbekistan", "mongolia", "south-caucasus"]);
    expect(data.points.map((p) => p.sweep)).toEqual([
      { "model.influenceRate": 0.05 },
      { "model.influenceRate": 0.4 },
    ]);
    for (const p of data.points) {
      expect(p.games).toBe(5);
      const box = p.scores.us;
      expect(
        box && box.min <= box.q1 && box.q1 <= box.median && box.median <= box.q3 && box.q3 <= box.max,
      ).toBe(true);
      for (const k of [
        "interdependenceUsRu",
        "leverageTrOverUs",
        "chinaProcessingShare",
        "usRouteHhi",
        "usSupplySecurity",
      ] as const) {
        const band = p.trajectories[k];
        expect(band.p50).toHaveLength(TURNS);
        const ordered = band.p50.every((m, t) => (band.p10[t] ?? 0) <= m && m <= (band.p90[t] ?? 0));
        expect(ordered).toBe(true);
      }
      expect(p.influence.kazakhstan?.ru?.p50).toHaveLength(TURNS);
      expect(p.estimates.cn?.winRate).toBeGreaterThanOrEqual(0);
    }
    expect(data.paired).toHaveLength(1);
    expect(data.paired[0]).toMatchObject({ base: 0, point: 1, shared: 5 });
  });

  it("shows the sweep points side by side", () => {
    expect(html).toContain("point 0: model.influenceRate=0.05");
    expect(html).toContain("point 1: model.influenceRate=0.4");
    expect(html).toContain("kazakhstan · point 1");
    // Win rates say what a win is: furthest above par.
    expect(html).toContain("A game's winner is the country whose game score is furthest above its par");
  });
});
