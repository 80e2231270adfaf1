/** Bad input never throws: unknown agents, malformed orders, other agents' orders, orders over budget, bad saves. */
import { describe, expect, it } from "vitest";
import { chooseOrders } from "../../src/ai/index.ts";
import { playRandomGame, randomTurn } from "../../src/cli/random-play.ts";
import { createGame, parseOrder, resolveTurn, validateOrders, validateSave } from "../../src/engine/index.ts";
import { damagedCopies } from "../support/damage.ts";
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
    expect(validateSave(rules, broken).problems).toEqual([
      "agents.us.treasury: must be a finite number",
      "tracks.ukraine-war: must be 0–100",
      "corridors.tripp: is missing",
    ]);
    expect(validateSave(rules, broken).state).toBeNull();
  });

  it("goes all the way down: list items, ids and orders deep in the state are named with their place", () => {
    const mid = playRandomGame(rules, { seed: "deep", scenario: "base-2026", turns: 4 }).state;
    const broken = JSON.parse(JSON.stringify(mid));
    broken.projects = [{ ...broken.projects[0], kind: "mine", target: "atlantis-mines" }, null];
    broken.corridors.tripp.blockedBy = "tr";
    broken.producers["uzbekistan-mines"].routes = ["tripp", "nowhere"];
    broken.lastOrders.tr = [{ type: "teleport" }];
    broken.agreements = [{ agents: ["us"], kind: "transit", until: 9 }];
    broken.history[0].events = [3];
    expect(validateSave(rules, broken).problems).toEqual([
      "corridors.tripp.blockedBy: must be a list",
      'producers.uzbekistan-mines.routes[1]: must be a corridor of the rules, not "nowhere"',
      'projects[0].target: must be a producer of the rules, not "atlantis-mines"',
      "projects[1]: must be an object",
      "agreements[0].agents: must be a pair of agents",
      expect.stringMatching(/^lastOrders\.tr\[0\]: unknown order type "teleport"/),
      "history[0].events[0]: must be a string",
    ]);
  });

  it("passes only states the engine and the AI can play on: 300 damaged saves are refused or play to the end", () => {
    let mid = createGame(rules, { seed: "fuzz", scenario: "ceasefire", turns: 10 });
    while (mid.turn <= 6) mid = resolveTurn(mid, rules, randomTurn(mid, rules)).state;
    let refused = 0;
    // Every place but the history's (charted, never played from).
    for (const { copy, place } of damagedCopies(mid, "save-fuzz", 300, (p) => p[0] !== "history")) {
      const where = place.join(".");
      const v = validateSave(rules, copy);
      if (v.state === null) {
        refused += 1;
        expect(v.problems.length, where).toBeGreaterThan(0);
        continue;
      }
      let state = v.state;
      while (state.turn <= state.turns) {
        const orders = randomTurn(state, rules);
        for (const a of ["kz", "uz"])
          orders[a] = chooseOrders("greedy", state, rules, a, { rationales: false }).map((c) => c.order);
        state = resolveTurn(state, rules, orders).state;
      }
      expect(validateSave(rules, JSON.parse(JSON.stringify(state))).problems, where).toEqual([]);
    }
    // Most junk breaks the state; some (a number for a number) is a state still.
    expect(refused).toBeGreaterThan(150);
    expect(refused).toBeLessThan(300);
  });
});
