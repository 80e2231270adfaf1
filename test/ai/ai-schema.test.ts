import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledAiRules, policyForDifficulty } from "../../src/ai/index.ts";
import { validateAiRules } from "../../src/rules/ai-schema.ts";
import { rules } from "./support.ts";

const read = (name: string): unknown => JSON.parse(readFileSync(`rules/${name}`, "utf8"));

describe("the AI's data files", () => {
  it("validate with no problem at all against the shipped agents", () => {
    const agents = rules().agents.map((a) => a.id);
    const { value, problems } = validateAiRules(read("personalities.json"), read("difficulty.json"), {
      agents,
    });
    expect(problems).toEqual([]);
    expect(Object.keys(value?.personalities ?? {})).toEqual(
      expect.arrayContaining(["hawkish", "dovish", "hedging", "mercantile"]),
    );
  });

  it("are what the loaded rules carry and what the AI uses", () => {
    expect(Object.keys(rules().personalities).sort()).toEqual(
      Object.keys(bundledAiRules().personalities).sort(),
    );
  });

  it("give every agent a personality in every scenario, and only known ones", () => {
    const known = Object.keys(bundledAiRules().personalities);
    for (const s of rules().scenarios) {
      for (const a of rules().agents) expect(known).toContain(s.personalities?.[a.id]);
    }
  });

  it("map easy and normal to greedy and hard to the planner", () => {
    expect(policyForDifficulty("easy").policy).toBe("greedy");
    expect(policyForDifficulty("easy").noise).toBeGreaterThan(0);
    expect(policyForDifficulty("normal")).toEqual({ policy: "greedy", noise: 0 });
    expect(policyForDifficulty("hard").policy).toBe("planner");
  });
});

describe("bad AI data", () => {
  const good = read("personalities.json") as Record<string, Record<string, unknown>>;
  const difficulty = read("difficulty.json") as Record<string, unknown>;

  it("names the file, the path and a did-you-mean for an unknown measure or order kind", () => {
    const bad = { ...good, hawkish: { ...good.hawkish, measures: { influense: 2 }, orders: { escalte: 1 } } };
    const { value, problems } = validateAiRules(bad, difficulty);
    expect(value).toBeNull();
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: "error",
        file: "personalities.json",
        path: expect.stringContaining("hawkish.measures"),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "personalities.json",
        path: expect.stringContaining("hawkish.orders"),
      }),
    );
  });

  it("reports a risk out of range and a missing level", () => {
    const bad = { ...good, dovish: { ...good.dovish, risk: 3 } };
    const levels = { ...(difficulty.levels as object), hard: undefined };
    const { problems } = validateAiRules(bad, { ...difficulty, levels });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "personalities.json",
        path: "dovish.risk",
        message: expect.stringContaining("at most 1"),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: "difficulty.json", path: "levels.hard" }),
    );
  });

  it("reports an unknown agent with a hint, and an agent two personalities claim", () => {
    const bad = { ...good, dovish: { ...good.dovish, agents: ["kk", "cn"] } };
    const { problems } = validateAiRules(bad, difficulty, { agents: rules().agents.map((a) => a.id) });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "dovish.agents[0]",
        message: 'unknown agent "kk"',
        hint: 'did you mean "kz"?',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "dovish.agents[1]",
        message: expect.stringContaining("already plays"),
      }),
    );
  });

  it("never throws on garbage", () => {
    for (const junk of [null, 3, "x", [], { a: null }]) {
      expect(() => validateAiRules(junk, junk)).not.toThrow();
      expect(validateAiRules(junk, junk).value).toBeNull();
    }
  });
});
