import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("the AI's code", () => {
  const files = readdirSync("src/ai").filter((f) => f.endsWith(".ts"));

  it("never reads the clock or Math.random: its randomness is the seeded stream", () => {
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(`src/ai/${f}`, "utf8");
      expect(text, f).not.toMatch(/Math\.random|Date\.now|new Date|performance\.now/);
    }
  });

  it("imports only the engine, the rules layer and itself", () => {
    for (const f of files) {
      const text = readFileSync(`src/ai/${f}`, "utf8");
      for (const [, from] of text.matchAll(/from "([^"]+)"/g)) {
        expect(from, `${f} imports ${from}`).toMatch(
          /^\.\/|^\.\.\/engine\/index\.ts$|^\.\.\/rules\/ai-schema\.ts$|^\.\.\/\.\.\/rules\/[a-z-]+\.json$/,
        );
      }
    }
  });
});
