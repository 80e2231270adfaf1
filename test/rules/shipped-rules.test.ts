import { describe, expect, it } from "vitest";
import { loadRulesDir } from "../../src/rules/load-node.ts";
import { validateRules } from "../../src/rules/validate.ts";
import { RULES_DIR, readRules } from "./rules-fixture.ts";

describe("the shipped rules", () => {
  const { files, scenarios } = readRules();

  it("validate with no problem at all, not even a warning", () => {
    const { rules, problems } = validateRules(files, scenarios);
    expect(problems).toEqual([]);
    expect(rules).not.toBeNull();
  });

  it("load the same from disk", () => {
    const { rules, problems } = loadRulesDir(RULES_DIR);
    expect(problems).toEqual([]);
    expect(rules?.scenarios.map((s) => s.id).sort()).toEqual(["base-2026", "ceasefire", "tripp-crisis"]);
  });

  for (const name of Object.keys(scenarios)) {
    it(`${name} validates on its own`, () => {
      const { rules, problems } = validateRules(files, { [name]: scenarios[name] });
      expect(problems).toEqual([]);
      expect(rules?.scenarios).toHaveLength(1);
    });
  }

  it("have the seven agents, each related to every other", () => {
    const rules = validateRules(files, scenarios).rules!;
    const ids = rules.agents.map((a) => a.id);
    expect(ids).toEqual(["us", "ru", "tr", "cn", "kz", "uz", "mn"]);
    for (const a of rules.agents)
      expect(Object.keys(a.relations).sort()).toEqual(ids.filter((b) => b !== a.id).sort());
  });

  it("give every scenario a route order for every producer, China routes before the Trans-Siberian", () => {
    const rules = validateRules(files, scenarios).rules!;
    const producers = rules.places.filter((p) => p.kind === "producer").map((p) => p.id);
    for (const s of rules.scenarios) {
      expect(Object.keys(s.routes).sort()).toEqual([...producers].sort());
      for (const routes of Object.values(s.routes)) {
        const ts = routes.indexOf("trans-siberian");
        const china = routes.findIndex((c) => c.startsWith("china-"));
        if (ts >= 0 && china >= 0) expect(china).toBeLessThan(ts);
      }
    }
  });

  it("keep TRIPP modest: about a fifth of what Kazakhstan and Uzbekistan produce", () => {
    const rules = validateRules(files, scenarios).rules!;
    const volume = (id: string) =>
      Object.values(rules.places.find((p) => p.id === id)?.output ?? {}).reduce((a, b) => a + b, 0);
    const tripp = rules.corridors.find((c) => c.id === "tripp")!;
    const share = tripp.capacity / (volume("kazakhstan-mines") + volume("uzbekistan-mines"));
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.3);
  });

  it("include at least 18 events, the crises damped by interdependence", () => {
    const rules = validateRules(files, scenarios).rules!;
    expect(rules.events.length).toBeGreaterThanOrEqual(18);
    const crises = rules.events.filter((e) => e.crisis);
    expect(crises.length).toBeGreaterThan(0);
    for (const e of crises) expect(e.damping, e.id).toBeDefined();
  });
});
