/**
 * The rivals' answers the planner's rollouts play: who a candidate concerns, what the concerned
 * rivals answer (their greedy choice on the turn after), and that the rollouts play those answers.
 */
import { describe, expect, it } from "vitest";
import { personalityFor } from "../../src/ai/ai-data.ts";
import { concerned, concernedBy, reactions } from "../../src/ai/reactions.ts";
import { rollout } from "../../src/ai/rollout.ts";
import { agentStream } from "../../src/ai/stream.ts";
import {
  createGame,
  type Order,
  playerView,
  resolveTurn,
  resumeRng,
  seedRng,
  validateOrders,
} from "../../src/engine/index.ts";
import { rules } from "./support.ts";

const project = (place: string): Order => ({
  type: "invest",
  target: { kind: "joint-project", place },
  amount: 500,
});

describe("who an order concerns", () => {
  it("names the partner, the host, the corridors' controllers and the track's parties", () => {
    const r = rules();
    expect(concerned(r, { type: "sign-agreement", partner: "kz", kind: "offtake" })).toEqual(["kz"]);
    expect(concerned(r, { type: "lift-sanctions", target: "ru" })).toEqual(["ru"]);
    expect(concerned(r, project("uzbekistan-mines"))).toEqual(["uz"]);
    expect(concerned(r, { type: "soft-power", region: "mongolia" })).toEqual(["mn"]);
    const tripp = r.corridors.find((c) => c.id === "tripp")?.controllers ?? [];
    expect(tripp.length).toBeGreaterThan(0);
    expect(
      concerned(r, { type: "invest", target: { kind: "corridor", corridor: "tripp" }, amount: 500 }),
    ).toEqual(tripp);
    const west = r.corridors.find((c) => c.id === "china-west")?.controllers ?? [];
    expect(
      concerned(r, {
        type: "reroute-exports",
        producer: "uzbekistan-mines",
        routes: ["tripp", "china-west"],
      }),
    ).toEqual([...tripp, ...west]);
    const war = r.tracks.find((t) => t.id === "ukraine-war")?.parties ?? [];
    expect(concerned(r, { type: "broker-peace", track: "ukraine-war" })).toEqual(war);
    expect(concerned(r, { type: "pass" })).toEqual([]);
  });

  it("counts only the orders in which a set differs from the default, and never the agent itself", () => {
    const r = rules();
    const base = [project("kazakhstan-mines"), { type: "soft-power", region: "kazakhstan" } as Order];
    expect([...concernedBy(r, "us", base, base)]).toEqual([]);
    const swapped = [project("uzbekistan-mines"), base[1] as Order];
    expect(new Set(concernedBy(r, "us", swapped, base))).toEqual(new Set(["uz", "kz"]));
    expect([...concernedBy(r, "kz", [project("kazakhstan-mines")], [])]).toEqual([]);
  });
});

describe("the rivals' answers", () => {
  const r = rules();
  const start = createGame(r, { seed: "answers-1", scenario: "ceasefire", turns: 8 });
  const input = () => ({
    view: playerView(start, "uz"),
    rules: r,
    agent: "uz",
    rng: agentStream("answers-1", "uz", 1),
  });
  const reroute: Order = {
    type: "reroute-exports",
    producer: "uzbekistan-mines",
    routes: ["trans-siberian", "tripp", "china-west"],
  };
  const sets: Order[][] = [[], [reroute], []];
  const budget = { each: 12, cap: 400, combos: 3 };

  it("are legal orders of each concerned rival, the same for the same input", () => {
    const a = reactions(input(), start, {}, sets, budget).answers;
    const b = reactions(input(), start, {}, sets, budget).answers;
    expect(a).toEqual(b);
    expect(a).toHaveLength(3);
    const who = Object.keys(a[1] ?? {}).sort();
    expect(who).toEqual([...concernedBy(r, "uz", [reroute], [])].sort());
    // Answers are given on the turn after the candidate, in the state it leads to.
    const after = resolveTurn(start, r, { uz: [reroute] }).state;
    for (const [rival, orders] of Object.entries(a[1] ?? {})) {
      const v = validateOrders(after, r, rival, orders);
      expect(v.rejections, rival).toEqual([]);
    }
  });

  it("a set that only holds back the default's orders meets the default's answers", () => {
    // China in the ceasefire: answered on its own, holding back its deal with Russia and its
    // project in Kazakhstan would be met by Russia offering the deal again instead of investing.
    const game = createGame(r, { seed: "strength-3", scenario: "ceasefire", turns: 8 });
    const china = () => ({
      view: playerView(game, "cn"),
      rules: r,
      agent: "cn",
      rng: agentStream("strength-3", "cn", 1),
    });
    const deal: Order[] = [
      { type: "soft-power", region: "kazakhstan" },
      { type: "sign-agreement", partner: "ru", kind: "offtake" },
      project("kazakhstan-mines"),
    ];
    const held = reactions(china(), game, {}, [deal, []], budget).answers;
    expect(held[1]).toEqual(held[0]);
    const alone = reactions(china(), game, {}, [[], deal], budget).answers;
    expect(alone[0]?.ru).toBeDefined();
    expect(alone[0]?.ru).not.toEqual(held[0]?.ru);
  });

  it("stop at the cap", () => {
    const none = reactions(input(), start, {}, sets, { ...budget, cap: 5 });
    expect(none.answers.every((x) => Object.keys(x).length === 0)).toBe(true);
    expect(none.used).toBeLessThanOrEqual(5);
  });
});

describe("rollouts", () => {
  it("play the rivals' answers on their second turn", () => {
    const r = rules();
    const start = createGame(r, { seed: "answers-2", scenario: "base-2026", turns: 8 });
    const answer: Order[] = [{ type: "soft-power", region: "kazakhstan" }];
    const personalities = Object.fromEntries(
      r.agents.map((a) => [a.id, personalityFor(r, start.scenario, a.id)]),
    );
    const ctx = {
      start,
      rules: r,
      agent: "ru",
      personality: personalityFor(r, start.scenario, "ru"),
      personalities,
      spec: { horizon: 2, repeat: 1 },
      expected: {},
      later: [],
    };
    const events = seedRng("answers-2:events");
    const plain = rollout(ctx, [], events, resumeRng(seedRng("rivals")));
    const answered = rollout({ ...ctx, reactions: { cn: answer } }, [], events, resumeRng(seedRng("rivals")));
    // China's soft power in Kazakhstan on the second turn takes a share of Russia's influence there.
    const influence = (j: typeof plain.last) =>
      j.rows.find((row) => row.o.id === "kazakhstan-influence")?.value ?? Number.NaN;
    expect(influence(answered.last)).toBeLessThan(influence(plain.last));
    expect(answered.value).toBeLessThan(plain.value);
  });
});
