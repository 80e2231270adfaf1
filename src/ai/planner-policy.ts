/**
 * The planner: it first anticipates each rival's orders this turn (the rival's own greedy choice on
 * the public view, at a small budget), then greedy's pruning, run against those expectations,
 * proposes candidate sets; each (and passing) is played out several turns ahead in Monte Carlo
 * rollouts with sampled rivals and events. Every budget is data (difficulty.json). Common random
 * numbers: every candidate meets the same futures.
 */
import { type Order, type OrdersByAgent, resumeRng, seedRng } from "../engine/index.ts";
import { aiRulesFor, personalityFor } from "./ai-data.ts";
import type { Judgement } from "./goal-value.ts";
import { type Evaluated, explain, greedyPolicy, prune } from "./greedy-policy.ts";
import type { Policy, PolicyInput } from "./policy.ts";
import { meanJudgement, type RolloutContext, rollout } from "./rollout.ts";
import { childRngState } from "./stream.ts";

/** A candidate's rollouts summed up. */
interface Outcome {
  value: number;
  last: Judgement;
}

/** Planner: the candidate with the best risk-adjusted value over the horizon. */
export const plannerPolicy: Policy = {
  id: "planner",
  choose(input) {
    const { greedy, planner } = aiRulesFor(input.rules).difficulty;
    const budget = input.budget ?? planner.budget;
    const expected = anticipate(input, planner.rivals);
    const spent = expected ? planner.rivals * (input.rules.agents.length - 1) : 0;
    const pr = prune(input, Math.max(2, Math.floor(budget * planner.search)), greedy.combos, expected);
    const { look } = pr;
    const p = look.personality;
    const pool = candidatePool(pr.sets, planner.candidates);
    const horizon = Math.max(1, Math.min(planner.horizon, look.start.turns - look.start.turn + 1));
    const rollouts = Math.floor((budget - spent - look.used) / ((pool.length + 1) * horizon));
    if (pool.length === 0) return explain(pr, null);
    if (rollouts < 1) {
      // Too small a budget to play anything out: the one-turn search decides, as greedy's would.
      const top = pr.sets[0];
      return explain(pr, top && top.value > 0 ? top : null);
    }
    const seed = input.rng.next();
    const ctx: RolloutContext = {
      start: look.start,
      rules: input.rules,
      agent: input.agent,
      personality: p,
      personalities: Object.fromEntries(
        input.rules.agents.map((a) => [a.id, personalityFor(input.rules, look.start.scenario, a.id)]),
      ),
      spec: { horizon, discount: planner.discount, repeat: planner.repeat },
      expected,
    };
    const play = (orders: Order[]): Outcome => {
      const values: number[] = [];
      const lasts: Judgement[] = [];
      for (let r = 0; r < rollouts; r++) {
        const res = rollout(
          ctx,
          orders,
          seedRng(`plan:${seed}:${r}`),
          resumeRng(seedRng(`rivals:${seed}:${r}`)),
        );
        values.push(res.value);
        lasts.push(res.last);
      }
      const mean = values.reduce((a, v) => a + v, 0) / values.length;
      const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
      return { value: mean + p.risk * sd, last: meanJudgement(lasts) };
    };
    const pass = play([]);
    const noise = input.noise ?? 0;
    let best: { e: Evaluated; value: number; last: Judgement } | null = null;
    for (const e of pool) {
      const o = play(e.orders);
      const extra = planner.bonus * e.parts.reduce((a, c) => a + c.bonus - c.cost, 0);
      const value = o.value - pass.value + extra + (noise > 0 ? noise * (2 * input.rng.next() - 1) : 0);
      if (best === null || value > best.value) best = { e, value, last: o.last };
    }
    if (!best || best.value <= 0) return explain(pr, null);
    return explain(pr, best.e, horizon, { before: pass.last, after: best.last });
  },
};

/** The `n` best sets by greedy's value, one of them the best by measured gain alone (bonuses aside). */
function candidatePool(all: Evaluated[], n: number): Evaluated[] {
  const sets = all.filter((e) => e.value > 0 || e.gain > 0);
  const pool = sets.slice(0, Math.max(1, n - 1));
  const measured = [...sets].sort((a, b) => b.gain - a.gain).find((e) => !pool.includes(e));
  const next = sets[pool.length];
  const extra = measured && measured.gain > 0 ? measured : next;
  return extra && pool.length < n ? [...pool, extra] : pool;
}

/**
 * What the others will order this turn, as the agent expects it: each one's own greedy choice on
 * the public view (with its scenario personality and a small budget), drawn from the agent's stream.
 */
function anticipate(input: PolicyInput, budget: number): OrdersByAgent | undefined {
  if (budget < 2) return undefined;
  const out: OrdersByAgent = {};
  for (const a of input.rules.agents) {
    if (a.id === input.agent) continue;
    const rng = resumeRng(childRngState(input.rng, `rival:${a.id}`));
    const view = { ...input.view, viewer: a.id };
    out[a.id] = greedyPolicy
      .choose({ view, rules: input.rules, agent: a.id, rng, budget })
      .map((c) => c.order);
  }
  return out;
}
