/**
 * `--sweep PATH=v1,v2`: numeric rules values addressed by dotted paths, with array items found
 * by id (`corridors.tripp.capacity`) or, for items without one, by index (`actions.invest.amounts.0`).
 */
import { editDistance } from "../../rules/did-you-mean.ts";
import type { Rules } from "./engine.ts";
import { checkRules } from "./rules-io.ts";
import type { SweepAxis, SweepPoint } from "./types.ts";
import { UsageError } from "./usage-error.ts";

type Json = unknown;
const isRecord = (x: Json): x is Record<string, Json> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const segmentOf = (item: Json, index: number): string =>
  isRecord(item) && typeof item.id === "string" ? item.id : String(index);

/** Every path to a number in the rules, in document order. */
export function numericPaths(rules: Rules): string[] {
  const out: string[] = [];
  const walk = (value: Json, prefix: string): void => {
    const join = (seg: string) => (prefix === "" ? seg : `${prefix}.${seg}`);
    if (typeof value === "number") out.push(prefix);
    else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, join(segmentOf(item, i)));
      });
    } else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walk(v, join(k));
  };
  walk(rules, "");
  return out;
}

/** The child of a container named by one path segment, with the key to set it by. */
function child(container: Json, seg: string): { key: string | number; value: Json } | undefined {
  if (Array.isArray(container)) {
    const byId = container.findIndex((item) => isRecord(item) && item.id === seg);
    const index = byId >= 0 ? byId : /^\d+$/.test(seg) ? Number(seg) : -1;
    return index >= 0 && index < container.length ? { key: index, value: container[index] } : undefined;
  }
  if (isRecord(container) && Object.hasOwn(container, seg)) return { key: seg, value: container[seg] };
  return undefined;
}

/** Walk a path as far as it goes: the containers passed through and how many segments matched. */
function walkPath(
  rules: Rules,
  path: string,
): { chain: { container: Json; key: string | number }[]; value: Json; depth: number } {
  const chain: { container: Json; key: string | number }[] = [];
  let value: Json = rules;
  const segs = path.split(".");
  for (const seg of segs) {
    const next = child(value, seg);
    if (!next) break;
    chain.push({ container: value, key: next.key });
    value = next.value;
  }
  return { chain, value, depth: chain.length };
}

/** The numeric paths nearest to a mistyped one: under its longest valid prefix, by edit distance. */
export function nearestPaths(rules: Rules, path: string, count = 3): string[] {
  const all = numericPaths(rules);
  const segs = path.split(".");
  const { depth } = walkPath(rules, path);
  const prefix = segs.slice(0, depth).join(".");
  const under = depth > 0 ? all.filter((p) => p.startsWith(`${prefix}.`)) : [];
  const pool = under.length > 0 ? under : all;
  return pool
    .map((p) => ({ p, d: editDistance(path.toLowerCase(), p.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || (a.p < b.p ? -1 : 1))
    .slice(0, count)
    .map((x) => x.p);
}

/** Throw a UsageError naming the nearest valid paths unless `path` leads to a number. */
export function checkPath(rules: Rules, path: string): void {
  const { value, depth } = walkPath(rules, path);
  const whole = depth === path.split(".").length;
  if (whole && typeof value === "number") return;
  const near = nearestPaths(rules, whole ? `${path}.` : path);
  const what = whole ? `${path} is not a number` : `no rules value at ${path}`;
  throw new UsageError(`--sweep: ${what}; did you mean ${near.join(", ")}?`);
}

/** A copy of the rules with each path set to its value. Paths must have passed `checkPath`. */
export function applyValues(rules: Rules, values: Record<string, number>): Rules {
  const copy = structuredClone(rules);
  for (const [path, v] of Object.entries(values)) {
    const last = walkPath(copy, path).chain.at(-1);
    if (!last) throw new Error(`sweep path ${path} does not resolve`);
    (last.container as Record<string | number, Json>)[last.key] = v;
  }
  return copy;
}

/** The grid of sweep points: every combination of the axes' values, the first axis outermost. */
export function sweepPoints(axes: SweepAxis[]): SweepPoint[] {
  let combos: Record<string, number>[] = [{}];
  for (const axis of axes) combos = combos.flatMap((c) => axis.values.map((v) => ({ ...c, [axis.path]: v })));
  return combos.map((values, index) => ({ index, values }));
}

/** Check every axis against the rules and every point's rules against the schema; throws UsageError. */
export function checkSweep(rules: Rules, axes: SweepAxis[]): SweepPoint[] {
  const seen = new Set<string>();
  for (const axis of axes) {
    if (seen.has(axis.path))
      throw new UsageError(`--sweep ${axis.path} is given twice; list all its values in one flag`);
    seen.add(axis.path);
    checkPath(rules, axis.path);
  }
  for (const axis of axes) {
    for (const v of axis.values) {
      const { problems } = checkRules(applyValues(rules, { [axis.path]: v }));
      if (problems.length > 0)
        throw new UsageError(`--sweep ${axis.path}=${v} makes the rules invalid: ${problems[0]}`);
    }
  }
  return sweepPoints(axes);
}
