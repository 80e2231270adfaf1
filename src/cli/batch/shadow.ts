/**
 * Sweep paths whose value the scenario replaces at the start of a game (a scenario's corridor
 * capacities, track levels, capital and influence win over the base rules). Sweeping such a path
 * changes nothing, so the run warns and names the scenario path to sweep instead.
 */
import type { Rules } from "./engine.ts";

/** The scenario path that overrides `path`, or null when the scenario leaves it alone. */
export function shadowingPath(rules: Rules, scenario: string, path: string): string | null {
  const sc = rules.scenarios.find((s) => s.id === scenario);
  if (!sc) return null;
  const [kind, id, field, sub] = path.split(".");
  const at = (rest: string) => `scenarios.${scenario}.${rest}`;
  if (kind === "corridors" && id && field === "capacity" && sc.corridors[id]?.capacity !== undefined) {
    return at(`corridors.${id}.capacity`);
  }
  if (kind === "tracks" && id && field === "initial" && sc.tracks[id] !== undefined)
    return at(`tracks.${id}`);
  if (kind === "agents" && id && field === "capital" && sc.capital[id] !== undefined)
    return at(`capital.${id}`);
  if (kind === "regions" && id && field === "influence" && sub && sc.influence[id]?.[sub] !== undefined) {
    return at(`influence.${id}.${sub}`);
  }
  if (kind === "agents" && id && field === "relations" && sub) {
    const i = sc.relations.findIndex((r) => r.agents.includes(id) && r.agents.includes(sub));
    if (i >= 0) return at(`relations.${i}.value`);
  }
  return null;
}

/** A warning for each swept path the scenario overrides. */
export function shadowWarnings(rules: Rules, scenario: string, paths: string[]): string[] {
  return paths.flatMap((p) => {
    const by = shadowingPath(rules, scenario, p);
    return by === null
      ? []
      : [`warning: --sweep ${p} has no effect: scenario ${scenario} sets it itself; sweep ${by} instead`];
  });
}
