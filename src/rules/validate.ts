/**
 * Validates a whole ruleset: every file against its schema, then every cross-reference between
 * files. Collects every problem, never throws, and runs anywhere (no Node or DOM APIs).
 */
import * as v from "valibot";
import { type Checker, report } from "./checker.ts";
import {
  checkAgents,
  checkCommodities,
  checkCorridors,
  checkPlaces,
  checkRegions,
} from "./cross-refs-map.ts";
import { checkActions, checkEvents, checkGoals, checkTracks } from "./cross-refs-play.ts";
import { checkPar, checkScenario } from "./cross-refs-scenario.ts";
import { isRecord, looseRules, looseScenario } from "./loose.ts";
import { formatProblem, type Problem } from "./problem.ts";
import { ParSchema, type Rules, RulesFiles, type Scenario, ScenarioSchema } from "./schema.ts";
import { schemaProblems } from "./schema-issues.ts";

export { formatProblem, type Problem };

/** What validation returns: the rules when there is no error, and every problem found. */
export interface Validation {
  rules: Rules | null;
  problems: Problem[];
}

type FileName = keyof typeof RulesFiles;
const FILE_NAMES = Object.keys(RulesFiles) as FileName[];
const PERSONALITIES = "personalities.json";
/** The AI's data files, checked by `ai-schema.ts`; the rules pass them through unread. */
const AI_FILES = new Set([PERSONALITIES, "difficulty.json"]);
/** The optional par of each scenario (see `ParSchema`). */
const PAR = "par.json";

/**
 * Validates rules files (file name → parsed JSON, e.g. `"agents.json"`) and scenarios
 * (`"scenarios/base-2026.json"` → parsed JSON). `rules` is null if any problem is an error.
 */
export function validateRules(
  files: Record<string, unknown>,
  scenarios: Record<string, unknown>,
): Validation {
  try {
    return validate(isRecord(files) ? files : {}, isRecord(scenarios) ? scenarios : {});
  } catch (error) {
    // A last resort: a bug in a check must not crash a game that is loading rules.
    const message = `the validator failed: ${error instanceof Error ? error.message : String(error)}`;
    return { rules: null, problems: [{ severity: "error", file: "(rules)", path: "", message }] };
  }
}

function validate(files: Record<string, unknown>, scenarios: Record<string, unknown>): Validation {
  const problems: Problem[] = [];
  for (const name of FILE_NAMES) problems.push(...checkFile(files, name));
  for (const name of Object.keys(files)) {
    if (!(name in RulesFiles) && !AI_FILES.has(name) && name !== PAR) {
      problems.push({
        severity: "warning",
        file: name,
        path: "",
        message: "not a rules file; it is ignored",
      });
    }
  }
  const personalities = files[PERSONALITIES];
  if (personalities !== undefined && !isRecord(personalities)) {
    problems.push({
      severity: "error",
      file: PERSONALITIES,
      path: "",
      message: "must be an object of personalities by id",
    });
  }
  if (files[PAR] !== undefined)
    problems.push(
      ...schemaProblems(
        PAR,
        ParSchema,
        files[PAR],
        'the file is an object with "games", "seeds" and "scenarios"',
      ),
    );
  for (const [name, raw] of Object.entries(scenarios))
    problems.push(...schemaProblems(name, ScenarioSchema, raw));
  problems.push(...crossReferences(files, scenarios));
  const failed = problems.some((p) => p.severity === "error");
  return { rules: failed ? null : assemble(files, scenarios), problems };
}

function checkFile(files: Record<string, unknown>, name: FileName): Problem[] {
  if (!(name in files)) {
    return [
      {
        severity: "error",
        file: name,
        path: "",
        message: "file is missing",
        hint: `every ruleset has ${name}`,
      },
    ];
  }
  return schemaProblems(name, RulesFiles[name], files[name], rootHint(name));
}

function rootHint(name: FileName): string {
  const key = name.replace(/\.json$/, "");
  if (name === "goals.json") return 'the file is an object with "agents" and "crisis"';
  if (name === "model.json") return "the file is an object of the model's constants";
  if (name === "actions.json") return 'the file is an object like { "actions": { … } }';
  return `the file is an object like { "${key}": [ … ] }`;
}

function crossReferences(files: Record<string, unknown>, scenarios: Record<string, unknown>): Problem[] {
  const personalities = files[PERSONALITIES];
  const ck: Checker = {
    problems: [],
    rules: looseRules(files),
    personalities: isRecord(personalities) ? Object.keys(personalities) : null,
  };
  for (const check of [checkAgents, checkRegions, checkPlaces, checkCommodities, checkCorridors]) check(ck);
  for (const check of [checkTracks, checkActions, checkEvents, checkGoals]) check(ck);
  checkScenarios(ck, scenarios);
  checkPar(ck, PAR, files[PAR], scenarios);
  return ck.problems;
}

function checkScenarios(ck: Checker, scenarios: Record<string, unknown>): void {
  const names = Object.keys(scenarios);
  if (names.length === 0) {
    report(ck, "error", "scenarios", "", "no scenarios", "add at least one file under scenarios/");
  }
  const seen = new Map<string, string>();
  for (const name of names) {
    const scenario = looseScenario(scenarios[name]);
    checkScenario(ck, name, scenario);
    if (scenario.id === undefined) continue;
    const first = seen.get(scenario.id);
    if (first !== undefined)
      report(
        ck,
        "error",
        name,
        "id",
        `duplicate scenario id ${JSON.stringify(scenario.id)}`,
        `also in ${first}`,
      );
    else seen.set(scenario.id, name);
  }
}

/** Builds the typed ruleset; only called when every file passed its schema. */
function assemble(files: Record<string, unknown>, scenarios: Record<string, unknown>): Rules | null {
  const parse = <S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> | null => {
    const result = v.safeParse(schema, raw);
    return result.success ? result.output : null;
  };
  const f = RulesFiles;
  const agents = parse(f["agents.json"], files["agents.json"]);
  const regions = parse(f["regions.json"], files["regions.json"]);
  const places = parse(f["places.json"], files["places.json"]);
  const commodities = parse(f["commodities.json"], files["commodities.json"]);
  const corridors = parse(f["corridors.json"], files["corridors.json"]);
  const tracks = parse(f["tracks.json"], files["tracks.json"]);
  const actions = parse(f["actions.json"], files["actions.json"]);
  const events = parse(f["events.json"], files["events.json"]);
  const goals = parse(f["goals.json"], files["goals.json"]);
  const model = parse(f["model.json"], files["model.json"]);
  const parsedScenarios = Object.values(scenarios).map((raw) => parse(ScenarioSchema, raw));
  if (!agents || !regions || !places || !commodities || !corridors || !tracks || !actions || !events)
    return null;
  if (!goals || !model || parsedScenarios.some((s) => s === null)) return null;
  const personalities = files[PERSONALITIES];
  return {
    agents: agents.agents,
    regions: regions.regions,
    places: places.places,
    commodities: commodities.commodities,
    corridors: corridors.corridors,
    tracks: tracks.tracks,
    actions: actions.actions,
    events: events.events,
    goals,
    model,
    scenarios: parsedScenarios.filter((s): s is Scenario => s !== null),
    personalities: isRecord(personalities) ? personalities : {},
    par: (files[PAR] === undefined ? null : parse(ParSchema, files[PAR]))?.scenarios ?? {},
  };
}
