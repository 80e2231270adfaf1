/** Each resolution phase on a small game: routing, measures, influence, economy, events, scoring. */
import { describe, expect, it } from "vitest";
import {
  eventOdds,
  type GameState,
  interdependence,
  leverage,
  type OrdersByAgent,
  parAfter,
  ranking,
  resolveTurn,
  scoreCurves,
  scores,
  standings,
  winner,
} from "../../src/engine/index.ts";
import { herfindahl } from "../../src/engine/measures/compute.ts";
import { game, quietRules, rulesWith } from "../support/rules.ts";

const rules = quietRules();
const turn = (s: GameState, orders: OrdersByAgent = {}, r = rules) => resolveTurn(s, r, orders);
const load = (s: GameState, corridor: string) =>
  s.flows.filter((f) => f.corridor === corridor).reduce((a, f) => a + f.total, 0);

describe("routing", () => {
  it("fills corridors in route order within capacity and loses what finds no route", () => {
    const s = turn(game(rules)).state;
    for (const c of rules.corridors)
      expect(load(s, c.id)).toBeLessThanOrEqual((s.corridors[c.id]?.capacity ?? 0) + 1e-6);
    // Mongolia's coal overfills China North: the rest is lost, none goes anywhere else in wartime.
    expect(load(s, "china-north")).toBeCloseTo(s.corridors["china-north"]?.capacity ?? 0, 3);
    expect(s.measures.lost["mongolia-mines"]).toBeGreaterThan(0);
  });
  it("sends the most valuable cargo first on a scarce route", () => {
    const s = turn(game(rules)).state;
    const tripp = s.flows.find((f) => f.corridor === "tripp" && f.seller === "kz");
    expect(tripp?.volume.uranium).toBeGreaterThan(0);
    expect(tripp?.volume.copper ?? 0).toBeLessThan(s.producers["kazakhstan-mines"]?.output.copper ?? 0);
  });
  it("no US-bound cargo rides the Trans-Siberian while the war is hot", () => {
    const s = turn(game(rules)).state;
    expect(load(s, "trans-siberian")).toBe(0);
  });
  it("pays export earnings and transit fees into treasuries", () => {
    const s0 = game(rules);
    const s = turn(s0).state;
    expect(s.agents.tr?.income.transit).toBeGreaterThan(0);
    expect(s.agents.kz?.income.exports).toBeGreaterThan(0);
    const us = s.agents.us;
    expect(us?.treasury).toBeCloseTo(
      (s0.agents.us?.treasury ?? 0) +
        (us?.income.base ?? 0) +
        (us?.income.exports ?? 0) +
        (us?.income.transit ?? 0) -
        (us?.income.penalties ?? 0),
      1,
    );
  });
});

describe("measures", () => {
  it("dependence is a share in [0, 1]; interdependence is symmetric and leverage antisymmetric", () => {
    const s = turn(game(rules)).state;
    for (const row of Object.values(s.measures.dep))
      for (const v of Object.values(row)) expect(v >= 0 && v <= 1).toBe(true);
    expect(interdependence(s.measures.dep, "us", "tr")).toBe(interdependence(s.measures.dep, "tr", "us"));
    expect(leverage(s.measures.dep, "tr", "us")).toBeCloseTo(-leverage(s.measures.dep, "us", "tr"), 6);
  });
  it("route concentration is a Herfindahl index: one route is 1, two equal routes 0.5", () => {
    expect(herfindahl({ a: 5 })).toBe(1);
    expect(herfindahl({ a: 3, b: 3 })).toBe(0.5);
    expect(herfindahl({})).toBe(1);
  });
  it("China's processing share falls when the region's rare earths go elsewhere", () => {
    const s0 = game(rules);
    const withChina = turn(s0).state.measures.chinaProcessingShare;
    const blocked = turn(s0, { ru: [{ type: "block-corridor", corridor: "china-northeast" }] }).state.measures
      .chinaProcessingShare;
    expect(blocked).toBeLessThan(withChina);
  });
});

describe("influence", () => {
  it("starts near its targets, so that it moves only when something changes", () => {
    const s0 = game(rules);
    const s = turn(s0).state;
    for (const r of rules.regions) {
      for (const [a, v] of Object.entries(s0.influence[r.id] ?? {}))
        expect(Math.abs((s.influence[r.id]?.[a] ?? 0) - v)).toBeLessThan(2);
    }
  });
  it("shares of outside powers sum to at most the cap", () => {
    let s = game(rules);
    for (let i = 0; i < 8; i++)
      s = turn(s, {
        us: [{ type: "soft-power", region: "kazakhstan" }],
        tr: [{ type: "soft-power", region: "kazakhstan" }],
      }).state;
    for (const row of Object.values(s.influence))
      expect(Object.values(row).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
        rules.model.influenceCap + 1e-6,
      );
  });
});

describe("economy", () => {
  it("agreements expire after their duration", () => {
    let s = turn(game(rules), {
      kz: [{ type: "sign-agreement", partner: "cn", kind: "offtake" }],
      cn: [{ type: "sign-agreement", partner: "kz", kind: "offtake" }],
    }).state;
    expect(s.agreements).toHaveLength(1);
    for (let i = 0; i < rules.actions["sign-agreement"].duration; i++) s = turn(s).state;
    expect(s.agreements).toHaveLength(0);
  });
  it("a paid-up upgrade adds its capacity after the lag", () => {
    const up = rules.corridors.find((c) => c.id === "tripp")?.upgrades[0];
    expect(up).toBeDefined();
    const r = rulesWith((x) => {
      const u = x.corridors.find((c) => c.id === "tripp")?.upgrades[0];
      if (u) u.cost = 500;
    });
    let s = turn(
      game(r),
      {
        us: [
          {
            type: "invest",
            target: { kind: "upgrade", corridor: "tripp", upgrade: up?.id ?? "" },
            amount: 500,
          },
        ],
      },
      r,
    ).state;
    const before = game(r).corridors.tripp?.capacity ?? 0;
    for (let i = 0; i < r.actions.invest.lag; i++) s = turn(s, {}, r).state;
    expect(s.corridors.tripp?.capacity).toBe(before + (up?.capacity ?? 0));
  });
});

describe("events", () => {
  it("an event with certain odds fires and applies its effects with the event as cause", () => {
    const r = quietRules((x) => {
      const e = x.events.find((ev) => ev.effects.some((f) => f.kind === "track"));
      if (e) e.odds = 1;
    });
    const e = r.events.find((ev) => ev.odds === 1);
    const rep = turn(game(r), {}, r).report;
    expect(rep.events.map((x) => x.event)).toContain(e?.id);
    expect(rep.effects.some((f) => f.cause.type === "event" && f.cause.event === e?.id)).toBe(true);
  });
  it("odds rise with their tracks and are damped by interdependence", () => {
    const e = quietRules().events.find((ev) => ev.damping);
    expect(e).toBeDefined();
    if (!e) return;
    const r = rulesWith(() => {});
    const ev = r.events.find((x) => x.id === e.id);
    if (!ev) return;
    const s = game(r);
    const tied = {
      ...s,
      measures: {
        ...s.measures,
        dep: {
          ...s.measures.dep,
          [ev.damping?.agents[0] ?? ""]: { [ev.damping?.agents[1] ?? ""]: 0.3 },
          [ev.damping?.agents[1] ?? ""]: { [ev.damping?.agents[0] ?? ""]: 0.3 },
        },
      },
    };
    expect(eventOdds(tied, r, ev)).toBeLessThan(eventOdds(s, r, ev));
  });
  it("scheduled injects fire on their turn", () => {
    const r = quietRules((x) => {
      const sc = x.scenarios.find((s) => s.id === "base-2026");
      if (sc) sc.injects = [{ turn: 2, event: x.events[0]?.id ?? "" }];
    });
    let s = game(r);
    expect(turn(s, {}, r).report.events).toHaveLength(0);
    s = turn(s, {}, r).state;
    const rep = turn(s, {}, r).report;
    expect(rep.events).toEqual([expect.objectContaining({ event: r.events[0]?.id, scheduled: true })]);
  });
});

describe("scoring", () => {
  it("scores every agent 0–100 and keeps a running mean", () => {
    let s = game(rules);
    for (let i = 0; i < 3; i++) s = turn(s).state;
    for (const sc of Object.values(s.scores)) expect(sc.total >= 0 && sc.total <= 100).toBe(true);
    expect(s.history).toHaveLength(3);
  });
  it("a shared crisis costs everyone the penalty", () => {
    const calm = turn(game(rules)).state;
    const hot = turn(
      game(rules, {}, (d) => {
        d.tracks["us-china"] = 100;
      }),
    ).state;
    expect(hot.scores.kz?.crisis).toBe(rules.goals.crisis.penalty);
    expect(calm.scores.kz?.crisis).toBe(0);
  });
  it("ranks the agents by game score without a par, ties in id order, the winner first", () => {
    const plain = { ...rules, par: {} };
    const s = turn(game(rules)).state;
    const order = ranking(s, plain);
    expect([...order].sort()).toEqual([...rules.agents.map((a) => a.id)].sort());
    const mean = (a: string) => scores(s)[a]?.mean ?? 0;
    for (let i = 1; i < order.length; i++)
      expect(mean(order[i - 1] ?? "")).toBeGreaterThanOrEqual(mean(order[i] ?? ""));
    expect(winner(s, plain)).toBe(order[0]);
    expect(standings(s, plain).every((x) => x.par === null && x.margin === x.score.mean)).toBe(true);
    // A tie goes to the lower id, whatever order the agents come in.
    const tied = {
      turn: 2,
      scenario: "base-2026",
      scores: { us: { total: 50, objectives: {}, crisis: 0 }, cn: { total: 50, objectives: {}, crisis: 0 } },
      scoreSum: { us: 50, cn: 50 },
    };
    expect(ranking(tied, plain)).toEqual(["cn", "us"]);
  });

  it("ranks the agents by how far their game score is above their par by that turn", () => {
    const tied = (turn: number) => ({
      turn,
      scenario: "base-2026",
      scores: { us: { total: 60, objectives: {}, crisis: 0 }, cn: { total: 40, objectives: {}, crisis: 0 } },
      scoreSum: { us: 60 * (turn - 1), cn: 40 * (turn - 1) },
    });
    const par = { par: { "base-2026": { us: [50, 65, 70], cn: [45, 35, 30] } } };
    // After turn 1: us 60 − 50 = +10, cn 40 − 45 = −5.
    expect(standings(tied(2), par).map((x) => [x.agent, x.par, x.margin])).toEqual([
      ["us", 50, 10],
      ["cn", 45, -5],
    ]);
    // After turn 2: us 60 − 65 = −5, cn 40 − 35 = +5: China leads with the lower score.
    expect(ranking(tied(3), par)).toEqual(["cn", "us"]);
    expect(winner(tied(3), par)).toBe("cn");
    // Past the end of the curve, the last par holds: cn +10, us −10.
    expect(standings(tied(9), par).map((x) => x.margin)).toEqual([10, -10]);
    expect(parAfter(par, "base-2026", 9)).toEqual({ us: 70, cn: 30 });
    // Another scenario has no par: the game score ranks.
    expect(parAfter(par, "ceasefire", 2)).toBeNull();
    expect(ranking({ ...tied(3), scenario: "ceasefire" }, par)).toEqual(["us", "cn"]);
  });

  it("gives each agent's game score after each turn, ending at its game score", () => {
    let s = game(rules);
    for (let t = 0; t < 5; t++) s = turn(s).state;
    const curves = scoreCurves(s);
    for (const a of rules.agents) {
      expect(curves[a.id]).toHaveLength(5);
      expect(curves[a.id]?.at(-1)).toBe(scores(s)[a.id]?.mean);
      expect(curves[a.id]?.[0]).toBe(s.history[0]?.scores[a.id]);
    }
  });
});
