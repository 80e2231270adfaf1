/** What every CLI entry shares: loading rules with clear errors, and usage errors with exit code 2. */
import type { Rules } from "../engine/index.ts";
import { loadRulesDir } from "../rules/load-node.ts";
import { formatProblem } from "../rules/validate.ts";

/** Load a rules folder, or print every problem and exit 1. */
export function loadRulesOrExit(dir: string): Rules {
  const { rules, problems } = loadRulesDir(dir);
  for (const p of problems) if (p.severity === "warning" || !rules) console.error(formatProblem(p));
  if (!rules) {
    console.error(`The rules in ${dir} have errors; nothing was run.`);
    process.exit(1);
  }
  return rules;
}

/** Print a usage error and exit 2. */
export function usageError(message: string, help: string): never {
  console.error(`error: ${message}`);
  console.error("");
  console.error(help.split("\n")[0]);
  console.error("(--help for more)");
  process.exit(2);
}
