/** Each order kind on a small game: what it does when applied, and a refusal it gets. */
import { describe, expect, it } from "vitest";
import { type GameState, type OrdersByAgent, resolveTurn, validateOrders } from "../../src/engine/index.ts";
import { game, quietRules } from "../support/rules.ts";

const rules = quietRules();
const turn = (s: GameState, orders: OrdersByAgent) => resolveTurn(s, rules, orders);
const refusal = (s: GameState, agent: string, order: unknown) =>
  validateOrders(s, rules, agent, [order]).rejections[0]?.reason;

describe("invest", () => {
  it("pays now and adds rare-earth output after the lag", () => {
    const s0 = game(rules);
    const order = { type: "invest", target: { kind: "mine", place: "kazakhstan-mines" }, amount: 500 };
    let s = turn(s0, { us: [order] }).state;
    expect(s.projects).toHaveLength(1);
    const lag = rules.actions.invest.lag;
    for (let i = 0; i < lag; i++) s = turn(s, {}).state;
    const added = 500 * rules.actions.invest.mineYield;
    expect(s.producers["kazakhstan-mines"]?.output["rare-earths"]).toBeCloseTo(
      (s0.producers["kazakhstan-mines"]?.output["rare-earths"] ?? 0) + added,
      3,
    );
    expect(s.investmentReceived.kz).toBeGreaterThan(0);
  });
  it("refuses a US–Russian joint project while the war is hot", () => {
    const s = game(rules);
    expect(
      refusal(s, "us", {
        type: "invest",
        target: { kind: "joint-project", place: "siberia-far-east" },
        amount: 100,
      }),
    ).toBe("not-allowed");
    const noSanctions = game(rules, {}, (d) => {
      (d.agents.us as { sanctions: string[] }).sanctions = [];
    });
    expect(
      refusal(noSanctions, "us", {
        type: "invest",
        target: { kind: "joint-project", place: "siberia-far-east" },
        amount: 100,
      }),
    ).toBe("gated");
  });
  it("refuses an amount not on offer", () => {
    expect(
      refusal(game(rules), "us", {
        type: "invest",
        target: { kind: "mine", place: "kazakhstan-mines" },
        amount: 7,
      }),
    ).toBe("malformed");
  });
});

describe("broker-peace and escalate", () => {
  it("a broker with good relations can calm a track; escalation heats it", () => {
    let calmed = 0;
    for (let i = 0; i < 20; i++) {
      const s0 = game(rules, { seed: `peace-${i}` });
      const r = turn(s0, { tr: [{ type: "broker-peace", track: "ukraine-war" }] });
      if ((r.state.tracks["ukraine-war"] ?? 0) < (s0.tracks["ukraine-war"] ?? 0)) calmed++;
      expect(r.report.orders.find((o) => o.agent === "tr")?.outcome).toMatch(/applied|failed/);
    }
    expect(calmed).toBeGreaterThan(0);
    expect(calmed).toBeLessThan(20);
    const s0 = game(rules);
    const up = turn(s0, { ru: [{ type: "escalate", track: "turkey-russia" }] }).state;
    expect(up.tracks["turkey-russia"]).toBe(
      (s0.tracks["turkey-russia"] ?? 0) + rules.actions.escalate.effect,
    );
    expect(up.relations.ru?.tr).toBeLessThan(s0.relations.ru?.tr ?? 0);
  });
  it("refuses an unknown track", () => {
    expect(refusal(game(rules), "us", { type: "broker-peace", track: "cold-war" })).toBe("unknown-id");
  });
});

describe("block-corridor, reopen-corridor and set-transit-fee", () => {
  it("Türkiye's block stops TRIPP until Türkiye reopens it", () => {
    const s0 = game(rules);
    const load = (s: GameState) =>
      s.flows.filter((f) => f.corridor === "tripp").reduce((a, f) => a + f.total, 0);
    expect(load(s0)).toBeGreaterThan(0);
    const blocked = turn(s0, { tr: [{ type: "block-corridor", corridor: "tripp" }] }).state;
    expect(load(blocked)).toBe(0);
    expect(blocked.relations.tr?.us).toBeLessThan(s0.relations.tr?.us ?? 0);
    const reopened = turn(blocked, { tr: [{ type: "reopen-corridor", corridor: "tripp" }] }).state;
    expect(load(reopened)).toBeGreaterThan(0);
  });
  it("only a controller may block, and only a blocker may reopen", () => {
    const s = game(rules);
    expect(refusal(s, "us", { type: "block-corridor", corridor: "tripp" })).toBe("not-controller");
    expect(refusal(s, "tr", { type: "reopen-corridor", corridor: "tripp" })).toBe("no-effect");
  });
  it("a high fee raises Türkiye's transit income", () => {
    const s0 = game(rules);
    const normal = turn(s0, {}).state;
    const high = turn(s0, { tr: [{ type: "set-transit-fee", corridor: "tripp", level: "high" }] }).state;
    expect(high.agents.tr?.income.transit).toBeGreaterThan(normal.agents.tr?.income.transit ?? 0);
  });
});

describe("reroute-exports", () => {
  it("Mongolia can put the Trans-Siberian first; others cannot route its mines", () => {
    const s0 = game(rules);
    const s = turn(s0, {
      mn: [
        { type: "reroute-exports", producer: "mongolia-mines", routes: ["trans-siberian", "china-north"] },
      ],
    }).state;
    expect(s.producers["mongolia-mines"]?.routes[0]).toBe("trans-siberian");
    expect(
      refusal(s0, "cn", { type: "reroute-exports", producer: "mongolia-mines", routes: ["china-north"] }),
    ).toBe("not-allowed");
    expect(
      refusal(s0, "mn", { type: "reroute-exports", producer: "mongolia-mines", routes: ["tripp"] }),
    ).toBe("unknown-id");
  });
});

describe("sanction and lift-sanctions", () => {
  it("a sanction cuts the target's cargo to the sanctioner and costs the target", () => {
    const s0 = game(rules);
    const toUs = (s: GameState, seller: string) =>
      s.flows.filter((f) => f.seller === seller && f.buyer === "us").reduce((a, f) => a + f.total, 0);
    expect(toUs(s0, "kz")).toBeGreaterThan(0);
    const s = turn(s0, { us: [{ type: "sanction", target: "kz" }] }).state;
    expect(s.agents.us?.sanctions).toContain("kz");
    expect(toUs(s, "kz")).toBe(0);
    expect(s.agents.kz?.income.penalties).toBe(rules.actions.sanction.penalty);
    const lifted = turn(s, { us: [{ type: "lift-sanctions", target: "kz" }] }).state;
    expect(toUs(lifted, "kz")).toBeGreaterThan(0);
  });
  it("US sanctions on Russia cannot be lifted while the war is hot", () => {
    expect(refusal(game(rules), "us", { type: "lift-sanctions", target: "ru" })).toBe("gated");
    expect(
      refusal(game(rules, { scenario: "ceasefire" }), "us", { type: "lift-sanctions", target: "ru" }),
    ).toBeUndefined();
  });
});

describe("export-controls", () => {
  it("only China may impose them; they cut US supply security", () => {
    const s0 = game(rules);
    expect(refusal(s0, "us", { type: "export-controls" })).toBe("not-allowed");
    const base = turn(s0, {}).state;
    const s = turn(s0, { cn: [{ type: "export-controls" }] }).state;
    expect(s.measures.usChineseSupply).toBe(0);
    expect(s.measures.usSupplySecurity).toBeLessThan(base.measures.usSupplySecurity);
  });
});

describe("sign-agreement", () => {
  it("binds only when both sides order it the same turn", () => {
    const s0 = game(rules);
    const one = turn(s0, { kz: [{ type: "sign-agreement", partner: "tr", kind: "transit" }] });
    expect(one.state.agreements).toHaveLength(0);
    expect(one.report.orders.find((o) => o.agent === "kz")?.outcome).toBe("failed");
    const both = turn(s0, {
      kz: [{ type: "sign-agreement", partner: "tr", kind: "transit" }],
      tr: [{ type: "sign-agreement", partner: "kz", kind: "transit" }],
    }).state;
    expect(both.agreements).toEqual([
      { agents: ["kz", "tr"], kind: "transit", until: rules.actions["sign-agreement"].duration },
    ]);
  });
  it("an agreement in force cannot be signed again until it runs out", () => {
    const both = turn(game(rules), {
      kz: [{ type: "sign-agreement", partner: "cn", kind: "offtake" }],
      cn: [{ type: "sign-agreement", partner: "kz", kind: "offtake" }],
    }).state;
    expect(refusal(both, "kz", { type: "sign-agreement", partner: "cn", kind: "offtake" })).toBe("no-effect");
    expect(refusal(both, "kz", { type: "sign-agreement", partner: "cn", kind: "security" })).toBeUndefined();
  });
  it("a transit agreement halves the fees Kazakhstan pays Türkiye", () => {
    const s0 = game(rules);
    const fee = (s: GameState) =>
      s.flows
        .filter((f) => f.seller === "kz" && f.corridor === "tripp")
        .reduce((a, f) => a + (f.fees.tr ?? 0), 0);
    const before = fee(turn(s0, {}).state);
    const after = fee(
      turn(s0, {
        kz: [{ type: "sign-agreement", partner: "tr", kind: "transit" }],
        tr: [{ type: "sign-agreement", partner: "kz", kind: "transit" }],
      }).state,
    );
    expect(after).toBeCloseTo(before * (1 - rules.actions["sign-agreement"].feeDiscount), 1);
  });
});

describe("soft-power and pass", () => {
  it("soft power builds a stock that lifts influence over the turns", () => {
    let a = game(rules);
    let b = game(rules);
    for (let i = 0; i < 6; i++) {
      a = turn(a, { us: [{ type: "soft-power", region: "mongolia" }] }).state;
      b = turn(b, { us: [{ type: "pass" }] }).state;
    }
    expect(a.influence.mongolia?.us).toBeGreaterThan((b.influence.mongolia?.us ?? 0) + 1);
    expect(refusal(a, "mn", { type: "soft-power", region: "mongolia" })).toBe("not-allowed");
  });
  it("pass changes nothing that the same turn without orders would not", () => {
    const s0 = game(rules);
    expect(turn(s0, { us: [{ type: "pass" }] }).report.hash).not.toBe("");
    const withPass = turn(s0, { us: [{ type: "pass" }] }).state;
    const without = turn(s0, {}).state;
    expect({ ...withPass, lastOrders: {} }).toEqual({ ...without, lastOrders: {} });
  });
});
