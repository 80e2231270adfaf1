/**
 * The AI's data: personalities (from the loaded rules, else the bundled `rules/personalities.json`)
 * and difficulty levels (the bundled `rules/difficulty.json`), validated once and cached.
 */

import bundledDifficulty from "../../rules/difficulty.json" with { type: "json" };
import bundledPersonalities from "../../rules/personalities.json" with { type: "json" };
import type { AgentId, Rules } from "../engine/index.ts";
import { type AiRules, type Personality, validateAiRules } from "../rules/ai-schema.ts";

/** Thrown only when the bundled AI data is invalid (a build error, caught by the tests). */
export class AiDataError extends Error {}

let bundled: AiRules | null = null;
const cache = new WeakMap<Rules, AiRules>();

/** The AI data shipped with the game, validated. */
export function bundledAiRules(): AiRules {
  if (bundled) return bundled;
  const { value, problems } = validateAiRules(bundledPersonalities, bundledDifficulty);
  if (!value)
    throw new AiDataError(
      `bundled AI data is invalid: ${problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("; ")}`,
    );
  bundled = value;
  return value;
}

/** The AI data for a ruleset: its own personalities when they are valid, else the bundled ones. */
export function aiRulesFor(rules: Rules): AiRules {
  const hit = cache.get(rules);
  if (hit) return hit;
  const base = bundledAiRules();
  const own =
    Object.keys(rules.personalities ?? {}).length > 0
      ? validateAiRules(rules.personalities, base.difficulty).value
      : null;
  const result = own ?? base;
  cache.set(rules, result);
  return result;
}

/** The id of the personality an agent plays: the one asked for, else the scenario's, else its default. */
export function personalityId(
  ai: AiRules,
  rules: Rules,
  scenario: string,
  agent: AgentId,
  asked?: string,
): string {
  const ids = Object.keys(ai.personalities);
  if (asked !== undefined && ids.includes(asked)) return asked;
  const named = rules.scenarios.find((s) => s.id === scenario)?.personalities?.[agent];
  if (named !== undefined && ids.includes(named)) return named;
  return ids.find((id) => ai.personalities[id]?.agents.includes(agent)) ?? ids[0] ?? "";
}

/** The personality an agent plays (see `personalityId`). */
export function personalityFor(rules: Rules, scenario: string, agent: AgentId, asked?: string): Personality {
  const ai = aiRulesFor(rules);
  const p = ai.personalities[personalityId(ai, rules, scenario, agent, asked)];
  if (!p) throw new AiDataError("the AI data has no personalities");
  return p;
}
