import { describe, expect, it } from "vitest";
import { RulesFiles } from "../../src/rules/schema.ts";
import { formatProblem, validateRules } from "../../src/rules/validate.ts";
import { readRules } from "./rules-fixture.ts";

const GARBAGE: unknown[] = [null, undefined, 0, 42, "rules", true, [], [1, 2], {}, [{ id: "x" }]];

describe("the validator never throws", () => {
  for (const junk of GARBAGE) {
    it(`takes ${JSON.stringify(junk)} as the files and as the scenarios`, () => {
      const { rules, problems } = validateRules(
        junk as Record<string, unknown>,
        junk as Record<string, unknown>,
      );
      expect(rules).toBeNull();
      const missing = problems.filter((p) => p.message === "file is missing").map((p) => p.file);
      expect(missing).toEqual(Object.keys(RulesFiles));
      expect(problems).toContainEqual({
        severity: "error",
        file: "scenarios",
        path: "",
        message: "no scenarios",
        hint: "add at least one file under scenarios/",
      });
    });
  }

  for (const file of Object.keys(RulesFiles)) {
    it(`names ${file} when it holds junk instead of its content`, () => {
      for (const junk of GARBAGE) {
        const raw = readRules();
        raw.files[file] = junk;
        const { rules, problems } = validateRules(raw.files, raw.scenarios);
        expect(rules).toBeNull();
        expect(problems.some((p) => p.file === file && p.severity === "error")).toBe(true);
        for (const p of problems) expect(formatProblem(p)).toMatch(/^(error|warning) \S+/);
      }
    });
  }

  it("names a scenario that is not an object", () => {
    const raw = readRules();
    const { rules, problems } = validateRules(raw.files, { "scenarios/odd.json": 1 });
    expect(rules).toBeNull();
    expect(problems).toEqual([
      { severity: "error", file: "scenarios/odd.json", path: "", message: "expected an object, got 1" },
    ]);
  });

  it("survives junk inside every list and every scenario", () => {
    const raw = readRules();
    for (const [file, value] of Object.entries(raw.files)) {
      const obj = value as Record<string, unknown>;
      for (const key of Object.keys(obj))
        if (Array.isArray(obj[key])) obj[key] = [null, 3, "x", [], { id: 5 }];
      raw.files[file] = obj;
    }
    for (const name of Object.keys(raw.scenarios))
      raw.scenarios[name] = { id: [], routes: { "kazakhstan-mines": 7 } };
    const { rules, problems } = validateRules(raw.files, raw.scenarios);
    expect(rules).toBeNull();
    expect(problems).toContainEqual({
      severity: "error",
      file: "corridors.json",
      path: "corridors[0]",
      message: "expected an object, got null",
    });
    expect(problems).toContainEqual({
      severity: "error",
      file: "scenarios/base-2026.json",
      path: "routes.kazakhstan-mines",
      message: "expected an array, got 7",
    });
  });
});
