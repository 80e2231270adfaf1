/**
 * The greedy policy: score the most promising single orders one turn ahead with the real engine,
 * combine the best into sets within budget, and keep the set its goals (and personality) like best.
 */
import { type GameState, type Order, type OrdersByAgent, orderCost } from "../engine/index.ts";
import { aiRulesFor, personalityFor } from "./ai-data.ts";
import { fits, pack, type Single, setKey, shortlist, singles } from "./candidates.ts";
import { type Judgement, rowGains } from "./goal-value.ts";
import { type Lookahead, makeLookahead } from "./lookahead.ts";
import { withoutRefusedOffers } from "./offers.ts";
import type { AiOrder, Policy, PolicyInput } from "./policy.ts";
import { directGoal, type Evidence, rationale } from "./rationale.ts";
import { riskPremium } from "./risk.ts";
import type { Situation } from "./situation.ts";

/** An order set after a one-turn lookahead. */
export interface Evaluated {
  orders: Order[];
  parts: Single[];
  state: GameState;
  judgement: Judgement;
  /** Goal points over passing as measured (the agent's talks succeeding). */
  gain: number;
  /** The measured gain with talks at their worth to the personality (see `riskPremium`), plus the personality's bonuses, less the capital's worth. */
  value: number;
}

/** Greedy's search: the lookahead, the measured singles and every evaluated set, best first. */
export interface Pruning {
  look: Lookahead;
  x: Situation;
  singles: Evaluated[];
  sets: Evaluated[];
  /** Evaluate another set in the same lookahead (one more resolution). */
  evaluate(parts: Single[]): Evaluated;
  /** Whether to write each order's rationale (`PolicyInput.rationales`). */
  rationales: boolean;
}

/** Score singles and combinations within a budget of resolutions (one goes to the pass baseline). */
export function prune(input: PolicyInput, budget: number, combos: number, expected?: OrdersByAgent): Pruning {
  const { view, rules, agent } = input;
  const p = personalityFor(rules, view.scenario, agent, input.personality);
  // Drawn even when unused, so that the search's later draws are the same with `likeliest` or without.
  const whim = input.rng.next();
  const x: Situation = { s: view, rules, agent, whim: input.likeliest ? undefined : whim };
  const nCombos = Math.min(combos, Math.floor(budget / 4));
  const short = shortlist(singles(x, p), Math.max(1, budget - 1 - nCombos));
  const floor = Math.min(1, ...short.map((c) => c.odds));
  const look = makeLookahead(view, rules, agent, p, `lookahead:${input.rng.next()}`, floor, expected);
  const noise = input.noise ?? 0;
  const successGain = new Map<Single, number>();
  const evaluate = (parts: Single[]): Evaluated => {
    const orders = parts.map((c) => c.order);
    const { state, judgement } = look.resolve(orders);
    const gain = judgement.value - look.base.value;
    // Talks fail with chance 1 − odds, and then bring (almost) nothing: their own gain counts at its
    // worth to the personality (the odds-weighted gain, more for a gambler, less for a worrier).
    const luck = parts.reduce((a, c) => {
      const own = successGain.get(c) ?? gain;
      return a + (1 - c.odds) * own - riskPremium(own, c.odds, p.risk);
    }, 0);
    const extra = parts.reduce((a, c) => a + c.bonus - c.cost, 0);
    const jitter = noise > 0 ? noise * (2 * input.rng.next() - 1) : 0;
    return { orders, parts, state, judgement, gain, value: gain - luck + extra + jitter };
  };
  const measured = short.map((c) => {
    const e = evaluate([c]);
    successGain.set(c, e.gain);
    return e;
  });
  const sets = [...measured];
  const seen = new Set(sets.map((e) => setKey(e.orders)));
  for (const parts of combinations(x, measured, nCombos)) {
    const key = setKey(parts.map((c) => c.order));
    if (seen.has(key)) continue;
    seen.add(key);
    sets.push(evaluate(parts));
  }
  sets.sort((a, b) => b.value - a.value);
  return {
    look,
    x,
    singles: measured,
    sets: withoutRefusedOffers(look, x, sets),
    evaluate,
    rationales: input.rationales !== false,
  };
}

/** Up to `n` sets of two or more of the positive singles: the best pack, the best pair, and variants. */
function combinations(x: Situation, measured: Evaluated[], n: number): Single[][] {
  const good = measured.filter((e) => e.value > 0).sort((a, b) => b.value - a.value);
  const part = (e: Evaluated) => e.parts[0] as Single;
  const byOrder = new Map(good.map((e) => [JSON.stringify(e.orders[0]), part(e)]));
  const packed = (list: Evaluated[]) =>
    pack(
      x.s,
      x.rules,
      x.agent,
      list.map((e) => e.orders[0] as Order),
    ).map((o) => byOrder.get(JSON.stringify(o)) as Single);
  const perAp = [...good].sort((a, b) => b.value / apOf(x, b) - a.value / apOf(x, a));
  const out = [
    packed(good),
    packed(good.slice(0, 2)),
    packed(good.slice(1)),
    packed(perAp),
    packed(good.slice(0, 3)),
  ];
  return out.filter((s) => s.length >= 2).slice(0, Math.max(0, n));
}

const apOf = (x: Situation, e: Evaluated): number => {
  const o = e.orders[0];
  return o ? Math.max(1, orderCost(x.rules, o).ap) : 1;
};

/** Rationales for a chosen set, each from its own single-order lookahead (or the set's, over `horizon` turns). */
export function explain(
  pr: Pruning,
  chosen: Pick<Evaluated, "orders" | "parts"> | null,
  horizon = 1,
  set?: { before: Judgement; after: Judgement },
): AiOrder[] {
  const { look, x } = pr;
  if (!chosen || chosen.orders.length === 0) {
    const pass: Order = { type: "pass" };
    // In debt even a pass is refused (the engine checks a 0 $M cost against the treasury): give no orders.
    if (!fits(x.s, x.rules, x.agent, [pass])) return [];
    if (!pr.rationales) return [{ order: pass, rationale: "" }];
    return [
      toAiOrder(
        pass,
        rationale(x.rules, x.agent, pass, {
          gains: rowGains(look.base, look.base),
          horizon: 1,
          appeal: { appeal: 0, why: "" },
        }),
      ),
    ];
  }
  if (!pr.rationales) return chosen.parts.map((part) => ({ order: part.order, rationale: "" }));
  return chosen.parts.map((part) => {
    const single = pr.singles.find((e) => e.parts[0] === part);
    const own = single ? rowGains(look.base, single.judgement) : rowGains(look.base, look.base);
    let ev: Evidence = { gains: own, horizon: 1, appeal: part.appeal, odds: part.odds };
    if (set !== undefined && !own.some((g) => g.gain >= 0.05)) {
      // Nothing to show after one turn: show what the whole set does to this order's own goal over the horizon.
      const later = rowGains(set.before, set.after);
      const direct = directGoal(
        x.rules,
        part.order,
        later.map((g) => g.row),
      );
      const mine = later.filter((g) => g.row === direct);
      if (mine.length > 0) ev = { gains: mine, horizon, appeal: part.appeal };
    }
    return toAiOrder(part.order, rationale(x.rules, x.agent, part.order, ev));
  });
}

const toAiOrder = (order: Order, r: { text: string; goal?: string }): AiOrder =>
  r.goal === undefined ? { order, rationale: r.text } : { order, rationale: r.text, goal: r.goal };

/** Greedy: the best set one turn ahead, or a pass when nothing beats passing. */
export const greedyPolicy: Policy = {
  id: "greedy",
  choose(input) {
    const settings = aiRulesFor(input.rules).difficulty.greedy;
    const pr = prune(input, input.budget ?? settings.budget, settings.combos);
    const best = pr.sets[0];
    return explain(pr, best && best.value > 0 ? best : null);
  },
};
