/** Turning checked options into a plan: rules, scenario, policies, sweep points with their setups, and jobs. */
import { rulesHash } from "./canonical.ts";
import type { Shape } from "./columns.ts";
import type { Rules } from "./engine.ts";
import { packageVersion } from "./paths.ts";
import { planJobs } from "./plan.ts";
import { DEFAULT_DIFFICULTY, resolvePlays } from "./policies.ts";
import type { PointSetup } from "./record.ts";
import { readRulesDir } from "./rules-io.ts";
import { chooseScenario } from "./scenario.ts";
import { shadowWarnings } from "./shadow.ts";
import { applyValues, checkSweep } from "./sweep.ts";
import type { BatchOptions, Job, SweepPoint } from "./types.ts";
import { UsageError } from "./usage-error.ts";

/** Everything needed to play this run's games and write their results. */
export interface BatchPlan {
  rules: Rules;
  scenario: string;
  points: SweepPoint[];
  setups: PointSetup[];
  jobs: Job[];
  /** The games in the whole run (all shards). */
  total: number;
  shape: Shape;
  /** Whether every agent plays the random policy (games are cheap: they go to workers in chunks). */
  cheap: boolean;
  /** Things worth knowing that do not stop the run (e.g. a swept value the scenario overrides). */
  warnings: string[];
}

/** Load and check everything the options name. Throws UsageError naming the flag at fault. */
export function preparePlan(o: BatchOptions): BatchPlan {
  const read = readRulesDir(o.rulesDir);
  if (!read.rules)
    throw new UsageError(`--rules ${o.rulesDir}: the rules have problems:\n  ${read.problems.join("\n  ")}`);
  const { rules, scenario } = chooseScenario(read.rules, o.scenario);
  const plays = resolvePlays(rules, o);
  const byDifficulty =
    o.policy === undefined && rules.agents.some((a) => o.agentPolicies[a.id] === undefined);
  const difficulty = byDifficulty ? (o.difficulty ?? DEFAULT_DIFFICULTY) : null;
  const points = checkSweep(rules, o.sweeps);
  const version = packageVersion();
  const setups = points.map((p) => ({
    version,
    rulesHash: rulesHash(applyValues(rules, p.values)),
    scenario,
    turns: o.turns,
    plays,
    difficulty,
    sweep: p.values,
    orders: o.ordersCsv !== undefined,
  }));
  const shape: Shape = {
    agents: rules.agents.map((a) => a.id),
    regions: rules.regions.map((r) => r.id),
    tracks: rules.tracks.map((t) => t.id),
    sweep: o.sweeps.map((s) => s.path),
  };
  const jobs = planJobs(points.length, o.games, o.seed, o.shard);
  const warnings = shadowWarnings(
    rules,
    scenario,
    o.sweeps.map((s) => s.path),
  );
  const cheap = Object.values(plays).every((p) => p.policy === "random");
  return { rules, scenario, points, setups, jobs, total: points.length * o.games, shape, cheap, warnings };
}
