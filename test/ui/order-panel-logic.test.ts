/** What the order panel offers, previews and reports, computed by the engine without a DOM. */
import { describe, expect, it } from "vitest";
import {
  createGame,
  hashState,
  legalOrders,
  type Order,
  possessive,
  resolveTurn,
} from "../../src/engine/index.ts";
import { choiceKey, describeOrder } from "../../src/game/order-text.ts";
import { causeText, changesFor, revealedOrders } from "../../src/game/report-view.ts";
import { budgetLeft, orderOptions, refusal } from "../../src/ui/order-options.ts";
import { previewOrder, signed } from "../../src/ui/preview.ts";
import { shippedRules } from "./rules.ts";

const rules = shippedRules();
const start = () => createGame(rules, { seed: "panel", scenario: "base-2026" });

describe("order options", () => {
  it("lists every kind with costs, and gives the engine's reason for what is unavailable", () => {
    const s = start();
    const opts = orderOptions(s, rules, "tr", []);
    expect(opts.map((o) => o.type)).toContain("invest");
    const exportControls = opts.find((o) => o.type === "export-controls");
    const reason = exportControls?.none ?? exportControls?.choices[0]?.reason;
    expect(reason).toBeTruthy();
    const available = opts.flatMap((o) => o.choices.filter((c) => c.reason === null).map((c) => c.order));
    const legal = legalOrders(s, rules, "tr");
    for (const o of available) expect(legal).toContainEqual(o);
    expect(opts.find((o) => o.type === "invest")?.choices.every((c) => c.cost.ap >= 1)).toBe(true);
  });

  it("counts the pending orders against the budget", () => {
    const s = start();
    const soft = legalOrders(s, rules, "tr").filter((o) => o.type === "soft-power");
    const pending = soft.slice(0, 3);
    expect(budgetLeft(s, rules, "tr", pending).ap).toBe(0);
    const invest = legalOrders(s, rules, "tr").find((o) => o.type === "invest") as Order;
    expect(refusal(s, rules, "tr", pending, invest)).toMatch(/action points/);
    expect(refusal(s, rules, "tr", [], invest)).toBeNull();
  });

  it("describes orders in words and groups investments by target", () => {
    const a: Order = { type: "invest", target: { kind: "mine", place: "kazakhstan-mines" }, amount: 100 };
    const b: Order = { ...a, amount: 250 };
    expect(describeOrder(rules, a)).toBe("Invest 100 $M: Kazakh mines — new mine");
    expect(choiceKey(a)).toBe(choiceKey(b));
    expect(describeOrder(rules, { type: "block-corridor", corridor: "tripp" })).toBe("Block TRIPP");
    expect(describeOrder(rules, { type: "sign-agreement", partner: "cn", kind: "offtake" })).toBe(
      "Offer China an offtake agreement",
    );
    expect(describeOrder(rules, { type: "sign-agreement", partner: "tr", kind: "transit" })).toBe(
      "Offer Türkiye a transit agreement",
    );
    // On a stability track, escalating erodes it and brokering peace shores it up.
    expect(describeOrder(rules, { type: "escalate", track: "south-caucasus-stability" })).toBe(
      "Undermine South Caucasus stability",
    );
    expect(describeOrder(rules, { type: "broker-peace", track: "south-caucasus-stability" })).toBe(
      "Shore up South Caucasus stability",
    );
    expect(describeOrder(rules, { type: "escalate", track: "ukraine-war" })).toBe("Escalate the Ukraine war");
    expect(describeOrder(rules, { type: "broker-peace", track: "ukraine-war" })).toBe(
      "Broker peace on the Ukraine war",
    );
    expect(describeOrder(rules, { type: "soft-power", region: "kazakhstan" })).toBe(
      "Build soft power in Kazakhstan",
    );
  });
});

describe("previews", () => {
  it("computes an order's effect on a copy, without touching the game or revealing its random draws", () => {
    const s = start();
    const before = hashState(s);
    const invest = legalOrders(s, rules, "tr").find((o) => o.type === "invest") as Order;
    const p = previewOrder(s, rules, "tr", [], invest);
    expect(hashState(s)).toBe(before);
    expect(p.outcome).toBe("applied");
    const treasury = p.deltas.find((d) => d.label === "Treasury");
    expect((treasury?.to ?? 0) - (treasury?.from ?? 0)).toBeCloseTo(
      -("amount" in invest ? invest.amount : 0),
      6,
    );
    expect(p.effects.some((e) => e.includes("Türkiye"))).toBe(true);
    expect(signed(2.345)).toBe("+2.3");
    expect(signed(-120, 0)).toBe("−120");
    expect(signed(0)).toBe("±0");
  });
});

describe("reports", () => {
  it("lists a country's changes with their causes and reveals every order", () => {
    const s = start();
    const soft = legalOrders(s, rules, "tr").find((o) => o.type === "soft-power") as Order;
    const { report } = resolveTurn(s, rules, { tr: [soft], us: [{ type: "pass" }] });
    const rows = changesFor(rules, report, "tr");
    expect(rows.some((r) => r.cause === "Türkiye's order: Soft power")).toBe(true);
    expect(rows.some((r) => r.causeKind === "rule")).toBe(true);
    const revealed = revealedOrders(rules, report, { tr: ["because"] });
    expect(revealed.find((o) => o.agent === "tr")).toMatchObject({
      outcome: "applied",
      rationale: "because",
    });
    // A rationale that starts with its order's phrase loses it: the order's line already says it.
    const phrase = describeOrder(rules, soft);
    const why = revealedOrders(rules, report, { tr: [`${phrase}: a voice there (goal: be heard)`] });
    expect(why.find((o) => o.agent === "tr")?.rationale).toBe("A voice there (goal: be heard)");
    expect(causeText(rules, { type: "event", event: rules.events[0]?.id ?? "" })).toBe(
      `Event: ${rules.events[0]?.name}`,
    );
    expect(possessive("United States")).toBe("United States'");
  });
});
