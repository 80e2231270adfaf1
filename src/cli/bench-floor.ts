/**
 * `npm run bench:floor`: what a turn's state and report cost at the least, whatever the rules
 * engine does: how many values a state holds and a turn changes, what it costs to walk, hash,
 * copy and write them, and what building the turn's explanations costs at the least. These are
 * the floors under `npm run bench`'s figures (see docs/speed.md).
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { decimal } from "../engine/context.ts";
import { createGame, type GameState, hashState, type Rules, resolveTurn } from "../engine/index.ts";
import { loadRulesOrExit, usageError } from "./cli-support.ts";
import { randomTurn } from "./random-play.ts";

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === "object" && v !== null;

/** The state without its history (each history record is hashed once, when it is made). */
function body(s: GameState): Obj {
  const { history: _, ...rest } = s;
  return rest;
}

/** Leaves (numbers, strings, booleans, null) and objects (arrays included) in a value. */
export function countValues(v: Json): { leaves: number; objects: number } {
  if (!isObj(v)) return { leaves: 1, objects: 0 };
  let leaves = 0;
  let objects = 1;
  for (const k in v) {
    const c = countValues(v[k]);
    leaves += c.leaves;
    objects += c.objects;
  }
  return { leaves, objects };
}

/**
 * What a turn changed, place by place (list items by position): leaves whose value differs and
 * objects that are not the previous state's object at the same place.
 */
export function changedValues(before: Json, after: Json): { leaves: number; objects: number } {
  if (!isObj(after)) return { leaves: before === after ? 0 : 1, objects: 0 };
  const old = isObj(before) ? before : undefined;
  let leaves = 0;
  let objects = old === after ? 0 : 1;
  for (const k in after) {
    const c = changedValues(old?.[k], after[k]);
    leaves += c.leaves;
    objects += c.objects;
  }
  return { leaves, objects };
}

/** Visit every value and count the leaves, mixing nothing: what any walk of a state pays. */
function bareWalk(v: Json): number {
  if (!isObj(v)) return 1;
  let n = 0;
  for (const k in v) n += bareWalk(v[k]);
  return n;
}

/** A plain deep copy: what writing a whole new state costs. */
function deepCopy(v: Json): Json {
  if (!isObj(v)) return v;
  if (Array.isArray(v)) return v.map(deepCopy);
  const out: Obj = {};
  for (const k in v) out[k] = deepCopy(v[k]);
  return out;
}

/** The same values with every table keyed by agent ids turned into an array in the rules' order. */
function asArrays(v: Json, ids: string[]): Json {
  if (!isObj(v)) return v;
  if (Array.isArray(v)) return v.map((x) => asArrays(x, ids));
  const keys = Object.keys(v);
  if (keys.length > 0 && keys.every((k) => ids.includes(k)))
    return ids.map((id) => asArrays(v[id] ?? 0, ids));
  const out: Obj = {};
  for (const k of keys) out[k] = asArrays(v[k], ids);
  return out;
}

/** The fastest of `rounds` passes of `f` over `items`, µs per item. */
function fastest<T>(items: T[], f: (x: T) => unknown, rounds = 15): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const x of items) f(x);
    best = Math.min(best, ((performance.now() - t0) * 1000) / items.length);
  }
  return best;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const us = (x: number) => `${x.toFixed(1)} µs`;

/** Random games as the bench plays them: every turn's state before and after, and its report's size. */
function play(rules: Rules, games: number) {
  const pairs: [GameState, GameState][] = [];
  const effects: number[] = [];
  const textChars: number[] = [];
  const pathChars: number[] = [];
  for (let g = 0; g < games; g++) {
    let s = createGame(rules, { seed: `floor-${g}`, scenario: "base-2026", turns: 16 });
    while (s.turn <= s.turns) {
      const { state, report } = resolveTurn(s, rules, randomTurn(s, rules));
      pairs.push([s, state]);
      effects.push(report.effects.length);
      textChars.push(report.effects.reduce((n, e) => n + e.text.length, 0));
      pathChars.push(report.effects.reduce((n, e) => n + e.path.length, 0));
      s = state;
    }
  }
  return { pairs, effects: mean(effects), textChars: mean(textChars), pathChars: mean(pathChars) };
}

/**
 * The least a turn's explanations can cost: `count` effects, each an object with a path, two
 * numbers written as text, a cause and its agents, and a text of `chars` characters from a template
 * that names two agents (what the engine's explanations are made of), µs per turn.
 */
function explanationFloor(rules: Rules, count: number, chars: number, pathChars: number): number {
  const ids = rules.agents.map((a) => a.id);
  const names = rules.agents.map((a) => a.name);
  const cause = { type: "rule", rule: "floor" } as const;
  const filler = "x".repeat(Math.max(0, Math.round(chars - 40)));
  const pad = "y".repeat(Math.max(0, Math.round(pathChars - 12)));
  const turn = (k: number) => {
    const out = [];
    for (let i = 0; i < count; i++) {
      const a = i % ids.length;
      const b = (i * 3 + 1) % ids.length;
      const from = Math.round((k + i) * 137.13) / 100;
      const to = Math.round((k * 7 + i) * 91.7) / 100;
      out.push({
        path: `relations.${ids[a]}.${ids[b]}${pad}`,
        from,
        to,
        cause,
        text: `${names[a]} and ${names[b]}: ${decimal(from)} to ${decimal(to)}${filler}`,
        agents: [ids[a] as string, ids[b] as string],
      });
    }
    return out;
  };
  return fastest(
    Array.from({ length: 2000 }, (_, k) => k),
    turn,
    5,
  );
}

const HELP = `Usage: npm run bench:floor

What any engine with this state and report pays at the least: values per state and per turn,
hashing, walking and copying a state, and building a turn's explanations (docs/speed.md).`;

function main(): void {
  try {
    const { values } = parseArgs({ options: { help: { type: "boolean", default: false } }, strict: true });
    if (values.help) {
      console.log(HELP);
      return;
    }
  } catch (e) {
    usageError((e as Error).message, HELP);
  }
  const rules = loadRulesOrExit("rules");
  const { pairs, effects, textChars, pathChars } = play(rules, 40);
  const states = pairs.map(([, after]) => after);
  const sizes = states.map((s) => countValues(body(s)));
  const changed = pairs.map(([a, b]) => changedValues(body(a), body(b)));
  console.log(
    `floor   ${pairs.length} turns of 40 random-order games (base-2026, 16 turns); per state outside its history: ${mean(sizes.map((x) => x.leaves)).toFixed(0)} values in ${mean(sizes.map((x) => x.objects)).toFixed(0)} objects`,
  );
  console.log(
    `floor   per turn: ${mean(changed.map((x) => x.leaves)).toFixed(0)} values differ from the state before (list items compared by position) and ${mean(changed.map((x) => x.objects)).toFixed(0)} objects are new`,
  );
  const hot = states.slice(100, 108);
  const bodies = states.map(body);
  const hotBodies = hot.map(body);
  console.log(
    `floor   hashState: ${us(fastest(states, hashState))} a state (over all ${states.length} states), ${us(fastest(hot, hashState, 300))} (the same 8 states again and again, in cache)`,
  );
  console.log(
    `floor   a bare walk of the same values, mixing nothing: ${us(fastest(bodies, bareWalk))}, in cache ${us(fastest(hotBodies, bareWalk, 300))}`,
  );
  console.log(
    `floor   a plain deep copy of the state: ${us(fastest(bodies, deepCopy))}; JSON.stringify: ${us(fastest(bodies, (b) => JSON.stringify(b)))}`,
  );
  const ids = rules.agents.map((a) => a.id);
  const arrays = states.map((s) => {
    const a = asArrays(s, ids) as GameState;
    for (const r of a.history) Object.freeze(r);
    return a;
  });
  const arrayBodies = arrays.map(body);
  console.log(
    `floor   with every agent-keyed table an array (${mean(arrayBodies.map((b) => countValues(b).leaves)).toFixed(0)} values): hashState ${us(fastest(arrays, hashState))}, deep copy ${us(fastest(arrayBodies, deepCopy))}`,
  );
  console.log(
    `floor   explanations: ${effects.toFixed(1)} effects a turn, ${textChars.toFixed(0)} characters of text and ${pathChars.toFixed(0)} of paths; the same built from one template: ${us(explanationFloor(rules, Math.round(effects), textChars / effects, pathChars / effects))} a turn`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
