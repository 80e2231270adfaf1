/**
 * The seeds' causal chains, played as multi-turn stories on quiet rules (no random events), each
 * asserting the direction and rough size of the change it describes.
 */
import { describe, expect, it } from "vitest";
import {
  eventOdds,
  type GameState,
  interdependence,
  leverage,
  measureValue,
  type OrdersByAgent,
  type Rules,
  resolveTurn,
} from "../../src/engine/index.ts";
import { indexRules } from "../../src/engine/rules-index.ts";
import { game, quietRules, shippedRules } from "../support/rules.ts";

const rules = quietRules((r) => {
  // Peace talks in these stories succeed when tried, so that each story follows one path.
  r.actions["broker-peace"].odds = 0.95;
});

/** Play `turns` turns, each with the orders `plan(turn)` gives. */
function play(
  s: GameState,
  turns: number,
  plan: (t: number, s: GameState) => OrdersByAgent,
  r: Rules = rules,
): GameState {
  for (let i = 0; i < turns; i++) s = resolveTurn(s, r, plan(s.turn, s)).state;
  return s;
}
const usVia = (s: GameState, corridor: string) =>
  s.flows
    .filter((f) => f.buyer === "us" && f.corridor === corridor)
    .reduce((a, f) => a + (f.volume["rare-earths"] ?? 0), 0);
const usRe = (s: GameState) =>
  s.flows.filter((f) => f.buyer === "us").reduce((a, f) => a + (f.volume["rare-earths"] ?? 0), 0);

/** An agent's order to route a producer's exports over these corridors, first choice first. */
const reroute = (agent: string, producer: string, routes: string[]): OrdersByAgent => ({
  [agent]: [{ type: "reroute-exports", producer, routes }],
});

/** Peace, then the US lifts its sanctions on Russia: the path the second seed says unlocks everything. */
const makePeace = (t: number): OrdersByAgent =>
  t === 1
    ? {
        us: [{ type: "broker-peace", track: "ukraine-war" }],
        tr: [{ type: "broker-peace", track: "ukraine-war" }],
      }
    : t === 2
      ? {
          us: [{ type: "lift-sanctions", target: "ru" }],
          tr: [{ type: "broker-peace", track: "turkey-russia" }],
        }
      : {};

describe("1. war goes on and Turkey–Russia tension rises: the US depends on TRIPP, so on Türkiye", () => {
  it("all the US's Central Asian rare earths ride TRIPP and Türkiye's leverage over the US grows", () => {
    const s0 = game(rules, { scenario: "ceasefire" });
    const war = play(s0, 8, (t) => ({
      us: [{ type: "invest", target: { kind: "corridor", corridor: "tripp" }, amount: 500 }],
      ru: [
        { type: "escalate", track: "ukraine-war" },
        { type: "escalate", track: "turkey-russia" },
      ],
      tr: t % 2 ? [{ type: "escalate", track: "turkey-russia" }] : [],
    }));
    expect(war.tracks["turkey-russia"]).toBeGreaterThan((s0.tracks["turkey-russia"] ?? 0) + 30);
    expect(war.tracks["ukraine-war"]).toBeGreaterThan(50);
    expect(usVia(war, "tripp")).toBeGreaterThan(0);
    expect(usVia(war, "tripp")).toBeCloseTo(usRe(war), 6);
    expect(leverage(war.measures.dep, "tr", "us")).toBeGreaterThan(leverage(s0.measures.dep, "tr", "us"));
    // The other path: peace, sanctions lifted, Kazakh ore also on the Trans-Siberian.
    const peace = play(s0, 8, (t) => ({
      ...makePeace(t),
      ...(t === 3 ? reroute("kz", "kazakhstan-mines", ["trans-siberian", "tripp", "china-west"]) : {}),
    }));
    expect(leverage(war.measures.dep, "tr", "us")).toBeGreaterThan(
      leverage(peace.measures.dep, "tr", "us") + 0.1,
    );
    expect(war.measures.usRouteHhi).toBeGreaterThan(peace.measures.usRouteHhi);
  });
});

describe("2. TRIPP running for many turns moves influence from Russia towards Türkiye and the West", () => {
  it("after 12 turns with TRIPP open and growing, Russia holds less of Kazakhstan and Uzbekistan than if it had been blocked", () => {
    const grow = (): OrdersByAgent => ({
      us: [{ type: "invest", target: { kind: "corridor", corridor: "tripp" }, amount: 500 }],
    });
    const open = play(game(rules), 12, grow);
    const blocked = play(game(rules), 12, (t) => ({
      ...grow(),
      tr: t === 1 ? [{ type: "block-corridor", corridor: "tripp" }] : [],
    }));
    for (const region of ["kazakhstan", "uzbekistan"]) {
      const ru = (s: GameState) => s.influence[region]?.ru ?? 0;
      const west = (s: GameState) => (s.influence[region]?.tr ?? 0) + (s.influence[region]?.us ?? 0);
      expect(ru(open)).toBeLessThan(ru(blocked) - 1);
      expect(west(open)).toBeGreaterThan(west(blocked) + 3);
    }
    expect(open.influence.kazakhstan?.ru ?? 0).toBeLessThan(game(rules).influence.kazakhstan?.ru ?? 0);
  });
});

describe("3. a strong Türkiye can defy the US: block or tax TRIPP, or align with China", () => {
  const s0 = game(rules);
  it("a block cuts US supply security and costs the US more than Türkiye", () => {
    const calm = play(s0, 2, () => ({}));
    const defiant = play(
      s0,
      2,
      (t): OrdersByAgent => (t === 1 ? { tr: [{ type: "block-corridor", corridor: "tripp" }] } : {}),
    );
    expect(defiant.measures.usNonChineseSupply).toBe(0);
    expect(defiant.measures.usSupplySecurity).toBeLessThan(calm.measures.usSupplySecurity - 15);
    const loss = (a: string) => (calm.scores[a]?.total ?? 0) - (defiant.scores[a]?.total ?? 0);
    expect(loss("us")).toBeGreaterThan(loss("tr"));
  });
  it("a high fee doubles Türkiye's TRIPP income", () => {
    const normal = play(s0, 1, () => ({}));
    const taxed = play(s0, 1, () => ({
      tr: [{ type: "set-transit-fee", corridor: "tripp", level: "high" }],
    }));
    expect(taxed.agents.tr?.income.transit ?? 0).toBeGreaterThan(
      1.8 * (normal.agents.tr?.income.transit ?? 0),
    );
  });
  it("aligning with China raises their relations and ties", () => {
    const deal = (a: string, b: string): OrdersByAgent => ({
      [a]: [
        { type: "sign-agreement", partner: b, kind: "offtake" },
        { type: "sign-agreement", partner: b, kind: "security" },
      ],
      [b]: [
        { type: "sign-agreement", partner: a, kind: "offtake" },
        { type: "sign-agreement", partner: a, kind: "security" },
      ],
    });
    const s = play(game(rules, { scenario: "tripp-crisis" }), 1, () => deal("tr", "cn"));
    const before = game(rules, { scenario: "tripp-crisis" });
    expect(s.relations.tr?.cn).toBeGreaterThan(before.relations.tr?.cn ?? 0);
    expect(interdependence(s.measures.dep, "tr", "cn")).toBeGreaterThan(
      interdependence(before.measures.dep, "tr", "cn"),
    );
  });
});

describe("4. peace in Ukraine and calm between Türkiye and Russia open the Trans-Siberian to US cargo", () => {
  it("US route concentration falls and Central Asian and Russian rare earths share one route to the US", () => {
    const s0 = game(rules, { scenario: "ceasefire" });
    const war = play(s0, 6, () => ({}));
    const s = play(s0, 6, (t) => ({
      ...makePeace(t),
      ...(t === 3 ? reroute("ru", "siberia-far-east", ["trans-siberian", "china-northeast"]) : {}),
      ...(t === 3 ? reroute("kz", "kazakhstan-mines", ["tripp", "trans-siberian", "china-west"]) : {}),
      ...(t === 4
        ? {
            us: [
              { type: "invest", target: { kind: "joint-project", place: "siberia-far-east" }, amount: 500 },
            ],
          }
        : {}),
    }));
    expect(s.tracks["ukraine-war"]).toBeLessThan(s0.tracks["ukraine-war"] ?? 0);
    expect(usVia(s, "trans-siberian")).toBeGreaterThan(0);
    const sellers = new Set(
      s.flows.filter((f) => f.corridor === "trans-siberian" && f.buyer === "us").map((f) => f.seller),
    );
    expect([...sellers].sort()).toEqual(expect.arrayContaining(["kz", "ru"]));
    expect(s.measures.usRouteHhi).toBeLessThan(war.measures.usRouteHhi - 0.1);
    expect(s.measures.usSupplySecurity).toBeGreaterThan(war.measures.usSupplySecurity);
  });
});

describe("5. Mongolia rerouting through the Trans-Siberian cuts China's share of its exports", () => {
  it("the share of Mongolia's exports not via China rises from almost none", () => {
    const r = rules;
    const ix = indexRules(r);
    const goal = r.goals.agents.mn?.find((o) => o.measure === "export-share-not-via");
    expect(goal).toBeDefined();
    if (!goal) return;
    const s0 = game(r, { scenario: "ceasefire" });
    const stay = play(s0, 4, makePeace);
    const moved = play(s0, 4, (t) => ({
      ...makePeace(t),
      ...(t === 3 ? reroute("mn", "mongolia-mines", ["trans-siberian", "china-north"]) : {}),
    }));
    const notViaChina = (s: GameState) => measureValue(s, ix, "mn", goal);
    expect(notViaChina(s0)).toBeLessThan(0.05);
    expect(notViaChina(moved)).toBeGreaterThan(notViaChina(stay) + 0.2);
  });
});

describe("6. growing US–Russia interdependence lowers the odds of crisis events", () => {
  it("joint projects and shared routes raise interdependence, and the damped crisis odds fall", () => {
    const s0 = game(rules, { scenario: "ceasefire" });
    const tied = play(s0, 8, (t) => ({
      ...makePeace(t),
      ...(t >= 3
        ? {
            us: [
              { type: "invest", target: { kind: "joint-project", place: "siberia-far-east" }, amount: 500 },
            ],
          }
        : {}),
      ...(t === 3 ? reroute("ru", "siberia-far-east", ["trans-siberian", "china-northeast"]) : {}),
    }));
    const apart = play(s0, 8, (t) => makePeace(t));
    expect(interdependence(tied.measures.dep, "us", "ru")).toBeGreaterThan(
      interdependence(apart.measures.dep, "us", "ru") + 0.05,
    );
    // Odds from the shipped events (the story itself runs without random events).
    const crisis = shippedRules().events.filter(
      (e) => e.crisis && e.damping?.agents.includes("us") && e.damping.agents.includes("ru"),
    );
    expect(crisis.length).toBeGreaterThan(0);
    // The same tracks, different ties: compare odds on the tied state and on it with the apart dependence.
    const sameTracks = { ...tied, measures: { ...tied.measures, dep: apart.measures.dep } };
    for (const e of crisis) {
      expect(eventOdds(sameTracks, shippedRules(), e)).toBeGreaterThan(0);
      expect(eventOdds(tied, shippedRules(), e)).toBeLessThan(eventOdds(sameTracks, shippedRules(), e) * 0.9);
    }
  });
});

describe("7. US access to Russian resources reduces China's access to them", () => {
  it("when Russia sends its ore to the Pacific for US buyers, China buys less of it", () => {
    const s0 = game(rules, { scenario: "ceasefire" });
    const before = play(s0, 3, makePeace);
    const after = play(s0, 3, (t) => ({
      ...makePeace(t),
      ...(t === 3 ? reroute("ru", "siberia-far-east", ["trans-siberian", "china-northeast"]) : {}),
    }));
    expect(after.measures.access.us?.ru).toBeGreaterThan(before.measures.access.us?.ru ?? 0);
    expect(after.measures.access.cn?.ru ?? 0).toBeLessThan((before.measures.access.cn?.ru ?? 0) * 0.8);
  });
});
