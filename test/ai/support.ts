/** Test support for the AI: the shipped rules loaded once, and policy maps for whole games. */

import type { PolicyName } from "../../src/ai/index.ts";
import type { Rules } from "../../src/engine/index.ts";
import { loadRulesDir } from "../../src/rules/load-node.ts";

let cached: Rules | null = null;

/** The shipped rules (the test fails loudly if they do not load). */
export function rules(): Rules {
  if (cached) return cached;
  const loaded = loadRulesDir("rules");
  if (!loaded.rules)
    throw new Error(loaded.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n"));
  cached = loaded.rules;
  return cached;
}

/** Every agent on one policy, with some agents on others. */
export function policies(
  all: PolicyName,
  except: Record<string, PolicyName> = {},
): Record<string, PolicyName> {
  return { ...Object.fromEntries(rules().agents.map((a) => [a.id, all])), ...except };
}

/** The mean of a list. */
export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
