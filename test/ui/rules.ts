/** The shipped rules, loaded once for the UI tests. */
import type { Rules } from "../../src/engine/index.ts";
import { loadRulesDir } from "../../src/rules/load-node.ts";

/** The validated rules from rules/ (throws if they have errors: every UI test needs them). */
export function shippedRules(): Rules {
  const { rules, problems } = loadRulesDir(new URL("../../rules", import.meta.url).pathname);
  if (!rules) throw new Error(`rules have problems: ${JSON.stringify(problems.slice(0, 3))}`);
  return rules;
}
