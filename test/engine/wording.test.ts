/** The explanations read as English: names as they read in a sentence, possessives, articles, capitals. */
import { describe, expect, it } from "vitest";
import { playRandomGame } from "../../src/cli/random-play.ts";
import { possessive, sentence } from "../../src/engine/context.ts";
import { indexRules } from "../../src/engine/rules-index.ts";
import { rulesWith, shippedRules } from "../support/rules.ts";

const rules = shippedRules();

/** Every line a player reads from 18 random games: effects, order outcomes and rejections. */
function lines(): string[] {
  const out: string[] = [];
  for (const scenario of ["base-2026", "ceasefire", "tripp-crisis"])
    for (let g = 0; g < 6; g++) {
      const { reports } = playRandomGame(rules, { seed: `wording-${g}`, scenario, turns: 16 });
      for (const r of reports) {
        for (const e of r.effects) out.push(e.text);
        for (const o of r.orders) out.push(o.message);
        for (const o of r.rejections) out.push(o.message);
      }
    }
  return out;
}

const all = lines();

describe("wording of explanations", () => {
  it("covers thousands of lines", () => {
    expect(all.length).toBeGreaterThan(10_000);
  });
  it("starts every line with a capital", () => {
    expect(all.filter((t) => !/^[A-Z0-9(+−-]/.test(t)).slice(0, 5)).toEqual([]);
  });
  it("gives the United States its article mid-sentence and capitalises it at the start", () => {
    expect(all.some((t) => t.startsWith("The United States "))).toBe(true);
    expect(all.some((t) => t.includes(" the United States"))).toBe(true);
    expect(all.filter((t) => /(^|[^e] )United States/.test(t)).slice(0, 5)).toEqual([]);
  });
  it("never writes a possessive 's after a name ending in s", () => {
    expect(all.filter((t) => /s's\b/.test(t)).slice(0, 5)).toEqual([]);
    expect(all.some((t) => t.includes("the United States' "))).toBe(true);
  });
  it("never puts 'a' before a vowel, nor leaves an id's hyphen in running text", () => {
    expect(all.filter((t) => /\ba [aeiou]/i.test(t)).slice(0, 5)).toEqual([]);
    expect(all.filter((t) => /joint-project|a upgrade|project project/.test(t)).slice(0, 5)).toEqual([]);
  });
  it("writes commodities in lower case mid-sentence", () => {
    expect(all.some((t) => t.includes("kt of rare earths"))).toBe(true);
    expect(all.filter((t) => / kt of [A-Z]/.test(t)).slice(0, 5)).toEqual([]);
  });
  it("says a stability track is undermined or shored up, not escalated or brokered", () => {
    expect(all.filter((t) => /escalat\w+ South Caucasus stability/i.test(t)).slice(0, 5)).toEqual([]);
    expect(all.filter((t) => /Talks on South Caucasus stability/.test(t)).slice(0, 5)).toEqual([]);
    expect(all.some((t) => t.startsWith("Talks to shore up South Caucasus stability"))).toBe(true);
  });
});

describe("names in a sentence", () => {
  it("takes a rules entry's inText, and its name where it has none", () => {
    const ix = indexRules(rules);
    expect(ix.names.get("us")).toBe("the United States");
    expect(ix.names.get("ru")).toBe("Russia");
    const plain = rulesWith((r) => {
      for (const a of r.agents) delete a.inText;
    });
    expect(indexRules(plain).names.get("us")).toBe("United States");
  });
  it("makes possessives and sentence starts", () => {
    expect(possessive("Russia")).toBe("Russia's");
    expect(possessive("the United States")).toBe("the United States'");
    expect(sentence("the Ukraine war rose")).toBe("The Ukraine war rose");
    expect(sentence("Türkiye paid")).toBe("Türkiye paid");
    expect(sentence("")).toBe("");
  });
});
