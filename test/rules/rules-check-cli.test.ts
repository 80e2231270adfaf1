import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempRules } from "./rules-fixture.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function check(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/rules-check.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run rules:check", () => {
  it("passes the shipped rules with exit code 0", () => {
    const run = check();
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(
      "rules: ok, 0 errors, 0 warnings; scenarios: base-2026, ceasefire, tripp-crisis",
    );
  });

  it("prints each problem of a bad folder and exits 1", () => {
    const dir = tempRules("scenario-route-typo");
    try {
      const run = check(dir);
      expect(run.status).toBe(1);
      expect(run.stdout.split("\n")).toEqual([
        'error scenarios/base-2026.json routes.kazakhstan-mines[2]: unknown corridor "trans-siberain" (did you mean "trans-siberian"?)',
        `${dir}: 1 error, 0 warnings; the rules cannot be used`,
        "",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints help with exit code 0", () => {
    const run = check("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run rules:check/);
  });

  it("exits 2 on bad usage", () => {
    expect(check("a", "b").status).toBe(2);
    const run = check("--frobnicate");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: /);
  });
});
