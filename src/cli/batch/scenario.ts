/** `--scenario NAME|PATH`: a scenario id from the rules, or a scenario file checked and added to them. */
import { existsSync, readFileSync } from "node:fs";
import { didYouMean } from "../../rules/did-you-mean.ts";
import { formatProblem, validateRules } from "../../rules/validate.ts";
import type { Rules } from "./engine.ts";
import { toFiles } from "./rules-io.ts";
import { UsageError } from "./usage-error.ts";

/** Whether the flag's value names a file rather than a scenario id. */
const looksLikePath = (value: string): boolean =>
  value.endsWith(".json") || value.includes("/") || existsSync(value);

/** The rules with the chosen scenario in them, and its id. Throws UsageError on any problem. */
export function chooseScenario(rules: Rules, value: string | undefined): { rules: Rules; scenario: string } {
  const ids = rules.scenarios.map((s) => s.id);
  if (value === undefined) {
    const first = ids[0];
    if (first === undefined)
      throw new UsageError("--scenario: the rules have no scenarios; give a scenario file");
    return { rules, scenario: first };
  }
  if (ids.includes(value)) return { rules, scenario: value };
  if (looksLikePath(value)) return addScenarioFile(rules, value);
  const hint = didYouMean(value, ids);
  throw new UsageError(
    `--scenario: no scenario "${value}"${hint ? `; ${hint}` : ""} (the rules have ${ids.join(", ")})`,
  );
}

/** Read a scenario file, validate it with the rules (shape and every id it names), and add it. */
function addScenarioFile(rules: Rules, path: string): { rules: Rules; scenario: string } {
  if (!existsSync(path)) throw new UsageError(`--scenario: file ${path} does not exist`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UsageError(`--scenario: ${path} is not valid JSON: ${(e as Error).message}`);
  }
  const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
  const others = rules.scenarios
    .filter((s) => s.id !== id)
    .map((s) => [`scenarios/${s.id}.json`, s] as const);
  const checked = validateRules(toFiles(rules), Object.fromEntries([...others, [path, raw]]));
  const problems = checked.problems.filter((p) => p.severity === "error").map(formatProblem);
  if (!checked.rules || problems.length > 0) {
    throw new UsageError(`--scenario: ${path} is not a valid scenario:\n  ${problems.join("\n  ")}`);
  }
  return { rules: checked.rules, scenario: String(id) };
}
