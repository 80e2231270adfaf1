/** Test support: the shipped rules, loaded once, and small builders over them. */
import { produce } from "immer";
import { createGame, type GameState, type Rules } from "../../src/engine/index.ts";
import { loadRulesDir } from "../../src/rules/load-node.ts";

let cached: Rules | null = null;

/** The shipped rules (validated; a test fails loudly if they are not clean). */
export function shippedRules(): Rules {
  if (cached) return cached;
  const { rules, problems } = loadRulesDir("rules");
  if (!rules)
    throw new Error(
      `shipped rules are invalid:\n${problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join("\n")}`,
    );
  cached = rules;
  return rules;
}

/** A copy of the rules with changes, for a test that needs, e.g., no random events. */
export function rulesWith(change: (r: Rules) => void): Rules {
  const r = structuredClone(shippedRules());
  change(r);
  return r;
}

/** Rules without random events or corridor risk, so that a story is shaped only by its orders. */
export function quietRules(change: (r: Rules) => void = () => {}): Rules {
  return rulesWith((r) => {
    for (const e of r.events) {
      e.odds = 0;
      e.trackOdds = {};
    }
    for (const c of r.corridors) c.risk = 0;
    for (const t of r.tracks) t.drift = 0;
    for (const s of r.scenarios) s.injects = [];
    change(r);
  });
}

/** A new game, optionally edited (through immer, like every state change). */
export function game(
  rules: Rules,
  opts: { scenario?: string; seed?: string; turns?: number } = {},
  edit?: (s: GameState) => void,
): GameState {
  const s = createGame(rules, {
    scenario: opts.scenario ?? "base-2026",
    seed: opts.seed ?? "test",
    turns: opts.turns ?? 16,
  });
  return edit ? produce(s, edit) : s;
}
