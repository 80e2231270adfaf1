/** Reading and checking rules for the batch CLI, through the rules validator (file and path in every problem). */
import { loadRulesDir } from "../../rules/load-node.ts";
import { formatProblem, type Problem, validateRules } from "../../rules/validate.ts";
import type { Rules, Scenario } from "./engine.ts";

/** Rules read from a directory, or the problems that stopped them (one line each). */
export interface RulesRead {
  rules: Rules | null;
  problems: string[];
}

const errors = (problems: Problem[]): string[] =>
  problems.filter((p) => p.severity === "error").map(formatProblem);

/** Read and check every rules file in `dir`. Never throws. */
export function readRulesDir(dir: string): RulesRead {
  const { rules, problems } = loadRulesDir(dir);
  return { rules, problems: errors(problems) };
}

/** Check an assembled ruleset (e.g. after a sweep changed a value, or a scenario was added). */
export function checkRules(rules: Rules): RulesRead {
  const scenarios = Object.fromEntries(rules.scenarios.map((s, i) => [`scenarios/${i}-${s.id}.json`, s]));
  const { rules: checked, problems } = validateRules(toFiles(rules), scenarios);
  return { rules: checked, problems: errors(problems) };
}

/** The rules as the files they are read from (file name → JSON). */
export function toFiles(rules: Rules): Record<string, unknown> {
  return {
    "agents.json": { agents: rules.agents },
    "regions.json": { regions: rules.regions },
    "places.json": { places: rules.places },
    "commodities.json": { commodities: rules.commodities },
    "corridors.json": { corridors: rules.corridors },
    "tracks.json": { tracks: rules.tracks },
    "actions.json": { actions: rules.actions },
    "events.json": { events: rules.events },
    "goals.json": rules.goals,
    "model.json": rules.model,
    ...(Object.keys(rules.personalities).length > 0 ? { "personalities.json": rules.personalities } : {}),
  };
}

/** The rules with a scenario added (replacing one with the same id). */
export function withScenario(rules: Rules, scenario: Scenario): Rules {
  return { ...rules, scenarios: [...rules.scenarios.filter((s) => s.id !== scenario.id), scenario] };
}
