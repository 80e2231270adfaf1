import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRulesDir } from "../../src/rules/load-node.ts";
import { tempRules } from "./rules-fixture.ts";

const dirs: string[] = [];
const temp = (fixture?: string): string => {
  const dir = tempRules(fixture);
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loading a rules folder from disk", () => {
  it("reports a JSON syntax error with its line and column, and nothing more about that file", () => {
    const dir = temp();
    writeFileSync(join(dir, "tracks.json"), '{\n  "tracks": [\n    { "id": "x", },\n  ]\n}\n');
    const { rules, problems } = loadRulesDir(dir);
    expect(rules).toBeNull();
    expect(problems.filter((p) => p.file === "tracks.json")).toEqual([
      {
        severity: "error",
        file: "tracks.json",
        path: "",
        message: "invalid JSON: Expected double-quoted property name at line 3, column 18",
        hint: "rules files are plain JSON: no comments, no trailing commas",
      },
    ]);
  });

  it("reports a folder that does not exist", () => {
    const dir = join(tmpdir(), "corridors-no-such-rules");
    const { rules, problems } = loadRulesDir(dir);
    expect(rules).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(dir);
    expect(problems[0]?.message).toMatch(/^cannot read the rules directory/);
  });

  it("reports a folder with no scenarios and no files", () => {
    const dir = mkdtempSync(join(tmpdir(), "corridors-empty-"));
    dirs.push(dir);
    const { rules, problems } = loadRulesDir(dir);
    expect(rules).toBeNull();
    expect(problems.filter((p) => p.message === "file is missing")).toHaveLength(10);
    expect(problems.at(-1)).toEqual({
      severity: "error",
      file: "scenarios",
      path: "",
      message: "no scenarios",
      hint: "add at least one file under scenarios/",
    });
  });

  it("names a misspelt corridor in a scenario fixture", () => {
    const { rules, problems } = loadRulesDir(temp("scenario-route-typo"));
    expect(rules).toBeNull();
    expect(problems).toEqual([
      {
        severity: "error",
        file: "scenarios/base-2026.json",
        path: "routes.kazakhstan-mines[2]",
        message: 'unknown corridor "trans-siberain"',
        hint: 'did you mean "trans-siberian"?',
      },
    ]);
  });

  it("names a misspelt model constant in a fixture", () => {
    const { problems } = loadRulesDir(temp("model-field-typo"));
    expect(problems).toEqual([
      { severity: "error", file: "model.json", path: "usDemand", message: 'missing field "usDemand"' },
      {
        severity: "error",
        file: "model.json",
        path: "usDemnad",
        message: 'unknown field "usDemnad"',
        hint: 'did you mean "usDemand"?',
      },
    ]);
  });

  it("lists the known ids when none is close to an unknown one", () => {
    const { problems } = loadRulesDir(temp("commodity-missing"));
    expect(problems).toEqual([
      {
        severity: "error",
        file: "places.json",
        path: "places[3].output.aluminium",
        message: 'unknown commodity "aluminium"',
        hint: "known: rare-earths, uranium, lithium, copper, coal, nickel",
      },
    ]);
  });
});
