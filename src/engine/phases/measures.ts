/** Phase 5, measures: dependence, supply security, processing share, influence and relations. */

import { baselineRelations } from "../baseline.ts";
import {
  decimal,
  nameOf,
  possessive,
  record,
  round,
  setNumber,
  type TurnContext,
  titleOf,
} from "../context.ts";
import { computeMeasures, interdependence, leverage } from "../measures/compute.ts";
import { hostPull, influencePull, influenceTargets, outsidePowers } from "../measures/influence.ts";
import type { Cause, GameState, Measures } from "../types.ts";
import { adopt, writable } from "../working-copy.ts";

const MEASURE: Cause = { type: "rule", rule: "measures" };
const INFLUENCE: Cause = { type: "rule", rule: "influence" };
const DRIFT: Cause = { type: "rule", rule: "relations-drift" };

/** Recompute the measures and move influence and relations. */
export function measures(ctx: TurnContext): void {
  const s = ctx.state;
  const before = s.measures;
  const next = computeMeasures(s, ctx.rules, ctx.ix, s.flows, before.lost);
  adopt(ctx, "measures", next);
  if (ctx.explain) explainMeasures(ctx, before, next);
  adopt(ctx, "influence", nextInfluence(ctx, s, next.dep));
  driftRelations(ctx);
}

/** A share as a percentage to a tenth. */
function pct(x: number): string {
  return `${decimal(Math.round(x * 1000) / 10)}%`;
}

function explainMeasures(
  ctx: TurnContext,
  a: TurnContext["state"]["measures"],
  b: TurnContext["state"]["measures"],
): void {
  record(
    ctx,
    "measures.usSupplySecurity",
    a.usSupplySecurity,
    b.usSupplySecurity,
    MEASURE,
    `US supply security is ${decimal(b.usSupplySecurity)} (was ${decimal(a.usSupplySecurity)}): ${decimal(b.usNonChineseSupply)} kt of non-Chinese rare earths reached the US${b.usChineseSupply > 0 ? `, plus ${decimal(b.usChineseSupply)} kt processed in China` : " and none from China"}, route concentration ${decimal(b.usRouteHhi)}.`,
    ["us"],
  );
  record(
    ctx,
    "measures.usRouteHhi",
    a.usRouteHhi,
    b.usRouteHhi,
    MEASURE,
    `US route concentration (Herfindahl over routes) is ${decimal(b.usRouteHhi)} (was ${decimal(a.usRouteHhi)}); 1 means a single route.`,
    ["us"],
  );
  record(
    ctx,
    "measures.chinaProcessingShare",
    a.chinaProcessingShare,
    b.chinaProcessingShare,
    MEASURE,
    `China's share of rare-earth processing is ${pct(b.chinaProcessingShare)} (was ${pct(a.chinaProcessingShare)}), from how much of the region's ore goes to China.`,
    ["cn", "us"],
  );
  const ids = ctx.ix.agentIds;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const x = ids[i] ?? "";
      const y = ids[j] ?? "";
      const from = round(interdependence(a.dep, x, y), 3);
      const to = round(interdependence(b.dep, x, y), 3);
      if (Math.abs(to - from) < 0.005) continue;
      const lev = leverage(b.dep, y, x);
      const holder = lev >= 0 ? y : x;
      record(
        ctx,
        `interdependence.${x}.${y}`,
        from,
        to,
        MEASURE,
        `Interdependence of ${nameOf(ctx.ix, x)} and ${nameOf(ctx.ix, y)} is ${pct(to)} (was ${pct(from)}); ${nameOf(ctx.ix, holder)} holds leverage ${pct(Math.abs(lev))}.`,
        [x, y],
      );
    }
  }
}

// Scratch for one region's pulls, then targets, and (to explain) the pulls kept: a turn never
// yields, so one pair serves every turn.
const pulls: number[] = [];
const raw: number[] = [];

/**
 * Influence after this turn's move towards the targets (a new object; the old one is not touched,
 * and a region's row that does not move is shared with it).
 */
function nextInfluence(ctx: TurnContext, s: GameState, dep: Measures["dep"]): GameState["influence"] {
  const m = ctx.rules.model;
  const powers = outsidePowers(ctx.rules, ctx.ix);
  const out: GameState["influence"] = {};
  for (const region of ctx.rules.regions) {
    influencePull(s, ctx.rules, ctx.ix, region.id, dep, s.flows, pulls);
    if (ctx.explain) raw.splice(0, raw.length, ...pulls);
    influenceTargets(pulls, hostPull(ctx.rules, ctx.ix, region.id), m.influenceCap);
    const before = s.influence[region.id];
    let row = before ?? {};
    let strongest: string | undefined; // the two strongest pulls, named (for the explanations)
    for (let i = 0; i < pulls.length; i++) {
      const agent = powers[i] as string;
      const t = pulls[i] as number;
      const from = row[agent] ?? 0;
      const to = (1 - m.influenceRate) * from + m.influenceRate * t;
      if (Math.abs(round(to, 2) - from) < 0.05) continue;
      if (row === before) row = { ...before };
      if (!ctx.explain) {
        row[agent] = round(to, 2);
        continue;
      }
      strongest ??= strongestPulls(ctx, powers, raw);
      const top = strongest;
      setNumber(
        ctx,
        row,
        agent,
        to,
        `influence.${region.id}.${agent}`,
        INFLUENCE,
        () =>
          `${possessive(titleOf(ctx.ix, agent))} influence in ${nameOf(ctx.ix, region.id)} moved towards ${Math.round(t)} (its investment, trade share, soft power, agreements and ties there; strongest pull: ${top}).`,
        [agent, region.host ?? agent],
      );
    }
    out[region.id] = row;
  }
  return out;
}

/** The two strongest pulls, named (for the explanations); of equal pulls, the first listed. */
function strongestPulls(ctx: TurnContext, powers: string[], pull: number[]): string {
  let first = -1;
  let second = -1;
  for (let i = 0; i < powers.length; i++) {
    const p = pull[i] as number;
    if (first < 0 || p > (pull[first] as number)) {
      second = first;
      first = i;
    } else if (second < 0 || p > (pull[second] as number)) second = i;
  }
  if (first < 0) return "";
  const top = nameOf(ctx.ix, powers[first] as string);
  return second < 0 ? top : `${top} and ${nameOf(ctx.ix, powers[second] as string)}`;
}

/** A pair's drift effect: its path and its explanation, which name only the pair and its starting relation. */
interface DriftNote {
  path: string;
  text: string;
}

/** The drift notes of each pair, by the scenario's starting relations (cached per ruleset and scenario). */
const driftNotes = new WeakMap<object, Record<string, Record<string, DriftNote>>>();

/** The drift note of a pair (a, b), written once per scenario: a turn logs a dozen or more. */
function driftNote(
  ctx: TurnContext,
  base: Record<string, Record<string, number>>,
  a: string,
  b: string,
  target: number,
): DriftNote {
  let byPair = driftNotes.get(base);
  if (byPair === undefined) {
    byPair = {};
    driftNotes.set(base, byPair);
  }
  let row = byPair[a];
  if (row === undefined) {
    row = {};
    byPair[a] = row;
  }
  let note = row[b];
  if (note === undefined) {
    note = {
      path: `relations.${a}.${b}`,
      text: `Relations between ${nameOf(ctx.ix, a)} and ${nameOf(ctx.ix, b)} drifted back towards ${decimal(target)}.`,
    };
    row[b] = note;
  }
  return note;
}

/** Relations drift a share of the way back to the scenario's starting relations. */
function driftRelations(ctx: TurnContext): void {
  const k = ctx.rules.model.relationDrift;
  if (k === 0) return;
  const base = baselineRelations(ctx.rules, ctx.state.scenario);
  // Rows are written through `writable`, so the rows that do not move stay shared with the old table.
  for (const a in ctx.state.relations) {
    const row = ctx.state.relations[a] as Record<string, number>;
    const baseRow = base[a];
    let mine: Record<string, number> | null = null;
    for (const b in row) {
      if (a > b) continue;
      const v = row[b] as number;
      const target = baseRow?.[b] ?? 0;
      const to = round(v + k * (target - v), 1);
      if (to === v) continue;
      mine ??= writable.relations(ctx, a);
      if (!ctx.explain) mine[b] = to;
      else {
        const note = driftNote(ctx, base, a, b, target);
        setNumber(ctx, mine, b, to, note.path, DRIFT, note.text, [a, b], 1);
      }
      if (ctx.state.relations[b]) writable.relations(ctx, b)[a] = to;
    }
  }
}
