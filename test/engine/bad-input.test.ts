/** Bad input never throws: unknown agents, malformed orders, other agents' orders, orders over budget, bad saves. */
import { describe, expect, it } from "vitest";
import { createGame, parseOrder, resolveTurn, validateOrders, validateSave } from "../../src/engine/index.ts";
import { shippedRules } from "../support/rules.ts";

const rules = shippedRules();
const s = createGame(rules, { seed: "bad", scenario: "base-2026" });
const reasons = (agent: unknown, orders: unknown) =>
  validateOrders(s, rules, agent, orders).rejections.map((r) => r.reason);

describe("bad orders", () => {
  it("an unknown agent gets a typed rejection, also in resolveTurn", () => {
    expect(reasons("atlantis", [{ type: "pass" }])).toEqual(["unknown-agent"]);
    const r = resolveTurn(s, rules, { atlantis: [{ type: "pass" }] });
    expect(r.report.rejections.map((x) => x.reason)).toEqual(["unknown-agent"]);
    expect(r.state.turn).toBe(2);
  });
  it("malformed orders are rejected one by one", () => {
    const junk = [
      null,
      3,
      "pass",
      [],
      {},
      { type: "teleport" },
      { type: "invest" },
      { type: "invest", target: { kind: "moon" }, amount: 100 },
      { type: "reroute-exports", producer: "mongolia-mines", routes: "trans-siberian" },
      { type: "sign-agreement", partner: "tr", kind: "marriage" },
    ];
    expect(reasons("us", junk)).toEqual(Array(junk.length).fill("malformed"));
    expect(reasons("us", "not a list")).toEqual(["malformed"]);
    expect(() => resolveTurn(s, rules, { us: junk as unknown[] })).not.toThrow();
  });
  it("an order for another agent is refused", () => {
    expect(reasons("us", [{ type: "pass", agent: "cn" }])).toEqual(["not-your-agent"]);
  });
  it("orders over budget are refused, in the order given", () => {
    const ap = rules.agents.find((a) => a.id === "kz")?.actionPoints ?? 0;
    const many = Array.from({ length: ap + 2 }, (_, i) => ({
      type: "soft-power",
      region: ["mongolia", "uzbekistan", "south-caucasus"][i % 3],
    }));
    const v = validateOrders(s, rules, "kz", many);
    expect(v.rejections.length).toBeGreaterThan(0);
    expect(new Set(v.rejections.map((r) => r.reason))).toEqual(
      new Set(["over-budget", "duplicate"].filter((x) => v.rejections.some((r) => r.reason === x))),
    );
    const rich = validateOrders(s, rules, "mn", [
      { type: "invest", target: { kind: "mine", place: "mongolia-mines" }, amount: 500 },
    ]);
    expect(rich.rejections.map((r) => r.reason)).toEqual(["over-budget"]);
  });
  it("a country in debt can still give orders that cost no capital", () => {
    const broke = {
      ...s,
      agents: { ...s.agents, mn: { ...(s.agents.mn as (typeof s.agents)["mn"] & object), treasury: -20 } },
    };
    expect(validateOrders(broke, rules, "mn", [{ type: "pass" }]).rejections).toEqual([]);
    expect(
      validateOrders(broke, rules, "mn", [{ type: "soft-power", region: "kazakhstan" }]).rejections.map(
        (r) => r.reason,
      ),
    ).toEqual(["over-budget"]);
  });
  it("a contradictory pair is refused as a duplicate", () => {
    expect(
      reasons("tr", [
        { type: "block-corridor", corridor: "tripp" },
        { type: "set-transit-fee", corridor: "tripp", level: "high" },
      ]),
    ).toEqual([]);
    expect(
      reasons("us", [
        { type: "sanction", target: "cn" },
        { type: "sanction", target: "cn" },
      ]),
    ).toEqual(["duplicate"]);
  });
  it("orders after the game is over are refused", () => {
    const over = { ...s, turn: s.turns + 1 };
    expect(reasons("us", [{ type: "pass" }])).toEqual([]);
    expect(validateOrders(over, rules, "us", [{ type: "pass" }]).rejections.map((r) => r.reason)).toEqual([
      "game-over",
    ]);
    expect(resolveTurn(over, rules, {}).state).toBe(over);
  });
  it("a frozen order that parses to itself is kept as it is; any other is copied", () => {
    const invest = {
      type: "invest",
      target: Object.freeze({ kind: "mine", place: "mongolia-mines" }),
      amount: 100,
    };
    const frozen = Object.freeze({ ...invest });
    expect(parseOrder(frozen)).toBe(frozen);
    expect(parseOrder(frozen)).toBe(frozen);
    for (const other of [
      invest,
      Object.freeze({ ...invest, target: { kind: "mine", place: "mongolia-mines" } }),
      Object.freeze({ ...invest, agent: "us" }),
      Object.freeze({ amount: 100, type: "invest", target: invest.target }),
      Object.freeze(Object.assign(Object.create({ note: "x" }), invest)),
    ]) {
      const parsed = parseOrder(other);
      expect(parsed).not.toBe(other);
      expect(parsed).toEqual({
        type: "invest",
        target: { kind: "mine", place: "mongolia-mines" },
        amount: 100,
      });
    }
  });
});

describe("bad saves", () => {
  it("a good state validates; a broken one lists what and where", () => {
    expect(validateSave(rules, JSON.parse(JSON.stringify(s))).problems).toEqual([]);
    expect(validateSave(rules, null).problems[0]).toMatch(/JSON object/);
    const broken = JSON.parse(JSON.stringify(s));
    broken.tracks["ukraine-war"] = 900;
    delete broken.corridors.tripp;
    broken.agents.us.treasury = "lots";
    const p = validateSave(rules, broken).problems;
    expect(p).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tracks\.ukraine-war: /),
        expect.stringMatching(/^corridors\.tripp: is missing/),
        expect.stringMatching(/^agents\.us: /),
      ]),
    );
    expect(validateSave(rules, broken).state).toBeNull();
  });
});
