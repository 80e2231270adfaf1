/** Loading a saved state is validation: a bad save gets a list of problems naming what and where. */
import type { Rules } from "../rules/schema.ts";
import { indexRules } from "./rules-index.ts";
import type { GameState } from "./types.ts";

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** Check that a parsed JSON value is a state these rules can continue. Never throws. */
export function validateSave(rules: Rules, json: unknown): { state: GameState | null; problems: string[] } {
  const problems: string[] = [];
  const p = (path: string, msg: string) => problems.push(`${path}: ${msg}`);
  if (!isObj(json)) return { state: null, problems: ["(root): a save must be a JSON object"] };
  const ix = indexRules(rules);
  if (json.schema !== 1) p("schema", `unsupported save version ${JSON.stringify(json.schema)} (expected 1)`);
  if (typeof json.scenario !== "string" || !rules.scenarios.some((s) => s.id === json.scenario)) {
    p("scenario", `unknown scenario ${JSON.stringify(json.scenario)}`);
  }
  if (typeof json.seed !== "string") p("seed", "must be a string");
  for (const k of ["turn", "turns", "nextProjectId"]) {
    if (!Number.isInteger(json[k]) || (json[k] as number) < 0) p(k, "must be a whole number");
  }
  const rng = json.rng;
  if (!isObj(rng) || !["c", "s0", "s1", "s2"].every((k) => typeof rng[k] === "number"))
    p("rng", "must hold c, s0, s1, s2 numbers");
  const keyed: [string, string[]][] = [
    ["agents", ix.agentIds],
    ["relations", ix.agentIds],
    ["tracks", [...ix.track.keys()]],
    ["corridors", [...ix.corridor.keys()]],
    ["producers", ix.producers],
    ["influence", [...ix.region.keys()]],
  ];
  for (const [field, ids] of keyed) {
    const v = json[field];
    if (!isObj(v)) {
      p(field, "must be an object");
      continue;
    }
    for (const id of ids) if (!(id in v)) p(`${field}.${id}`, "is missing");
    for (const id of Object.keys(v)) if (!ids.includes(id)) p(`${field}.${id}`, "is not in the rules");
  }
  for (const field of ["projects", "agreements", "modifiers", "flows", "history", "injects"]) {
    if (!Array.isArray(json[field])) p(field, "must be a list");
  }
  for (const field of [
    "exportControls",
    "investment",
    "investmentReceived",
    "softPower",
    "jointTrade",
    "eventLast",
    "measures",
    "scores",
    "scoreSum",
    "lastOrders",
  ]) {
    if (!isObj(json[field])) p(field, "must be an object");
  }
  if (isObj(json.agents)) {
    for (const [id, a] of Object.entries(json.agents)) {
      if (!isObj(a) || typeof a.treasury !== "number" || !Array.isArray(a.sanctions) || !isObj(a.income)) {
        p(`agents.${id}`, "must hold treasury, sanctions and income");
      }
    }
  }
  if (isObj(json.tracks)) {
    for (const [id, v] of Object.entries(json.tracks))
      if (typeof v !== "number" || v < 0 || v > 100) p(`tracks.${id}`, "must be 0–100");
  }
  walkNumbers(json, "", p);
  return {
    state: problems.length === 0 ? (json as unknown as GameState) : null,
    problems: problems.slice(0, 50),
  };
}

function walkNumbers(x: unknown, path: string, p: (path: string, msg: string) => void): void {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) p(path || "(root)", "must be a finite number");
  } else if (Array.isArray(x)) {
    for (const [i, v] of x.entries()) walkNumbers(v, `${path}[${i}]`, p);
  } else if (isObj(x)) {
    for (const [k, v] of Object.entries(x)) walkNumbers(v, path ? `${path}.${k}` : k, p);
  }
}
