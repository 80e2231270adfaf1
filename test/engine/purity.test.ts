/** The engine, the AI, the reports and the game in words stay pure: no clock, no Math.random, no DOM, Node or Phaser, no imports from outer layers. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const pure = [
  ...files("src/engine"),
  ...files("src/ai"),
  ...files("src/report"),
  ...files("src/game"),
  ...files("src/rules").filter((f) => !f.endsWith("load-node.ts") && !f.endsWith("bundled.ts")),
];

describe("purity", () => {
  it("finds the files it checks", () => {
    expect(pure.length).toBeGreaterThan(20);
  });
  it.each(pure)("%s uses no clock, Math.random or outside module", (file) => {
    const text = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    expect(text).not.toMatch(/Math\.random|Date\.now|new Date\(|performance\.now/);
    expect(text).not.toMatch(/from ["'](phaser|node:[a-z_/]+|fs|path|os|worker_threads|child_process)["']/);
    if (file.startsWith("src/engine") || file.startsWith("src/rules"))
      expect(text).not.toMatch(/from ["']\.\.\/+(\.\.\/)*(ui|ai|cli|game)\//);
    if (file.startsWith("src/ai")) expect(text).not.toMatch(/from ["']\.\.\/(ui|cli|game)\//);
    // A game in words serves the browser and the command line alike: no DOM, and neither of them.
    if (file.startsWith("src/game")) {
      expect(text).not.toMatch(/from ["']\.\.\/(ui|cli)\//);
      expect(text).not.toMatch(/\b(document|window|HTMLElement)\b/);
    }
    // The reports' drawing code stands alone: the batch runner and the browser both use it.
    if (file.startsWith("src/report")) expect(text).not.toMatch(/from ["']\.\.\//);
    // The engine depends on no package at all: every import is one of its own files or the rules'.
    if (file.startsWith("src/engine"))
      for (const m of text.matchAll(
        /^\s*(?:import|export)\s+(?:type\s+)?(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*\{[^}]*\})?)\s*from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm,
      ))
        expect(m[1] ?? m[2]).toMatch(/^\.\.?\//);
  });
});
