/**
 * The planner. Greedy's one-turn search assumes the others repeat last turn's orders; the planner
 * first works out what each of them will actually order (its own greedy choice on the public view,
 * with the personality its scenario names) and runs greedy's search again against those orders,
 * so it sees a deal its partner signs this turn or a sanction lifted before it reroutes. It then
 * builds candidate sets around that choice (greedy's own among them, passing, one order more or
 * one less, the search's runners-up) and plays each out over the next turns in Monte Carlo
 * rollouts with sampled events, valuing each future by the goal score the game counts (tastes
 * only break ties). On the rollouts' second turn, the rivals a candidate concerns play their own
 * greedy answer to it (`reactions.ts`). Every candidate meets the same futures (common random
 * numbers), and one replaces the default only if it beats it in every future and on average by
 * more than the noise, and still wins on average once the futures where a rare event fires this
 * turn are added, each weighed by its odds (`rare-events.ts`). Every budget is data (difficulty.json).
 */
import { type GameState, type OrdersByAgent, resumeRng, seedRng } from "../engine/index.ts";
import { aiRulesFor, personalityFor } from "./ai-data.ts";
import type { Judgement } from "./goal-value.ts";
import { explain, greedyPolicy, type Pruning, prune } from "./greedy-policy.ts";
import { type Candidate, candidatePool } from "./planner-candidates.ts";
import { pickOutcome } from "./planner-pick.ts";
import type { Policy, PolicyInput } from "./policy.ts";
import { forcedStart, quietState, type RareEvent, rareEvents, rareHorizon } from "./rare-events.ts";
import { reactions } from "./reactions.ts";
import { meanJudgement, type RolloutContext, rollout } from "./rollout.ts";
import { childRngState } from "./stream.ts";

/** A candidate's rollouts: the value of each future, and the mean judgement at the horizon. */
interface Outcome {
  c: Candidate;
  values: number[];
  last: Judgement;
}

/** Planner: greedy's search against the anticipated rivals, checked by paired rollouts. */
export const plannerPolicy: Policy = {
  id: "planner",
  choose(input) {
    const { greedy, planner } = aiRulesFor(input.rules).difficulty;
    const budget = input.budget ?? planner.budget;
    // Greedy's search, on the same draws as greedy's own: its choice is exactly the set greedy plays.
    const pr = prune(input, greedy.budget, greedy.combos);
    const top = pr.sets[0];
    const fallback = top && top.value > 0 ? top : null;
    const rivalCost = planner.rivals * (input.rules.agents.length - 1);
    if (planner.rivals < 2 || budget - pr.look.used < rivalCost + planner.search + 1)
      return explain(pr, fallback);
    const expected = anticipate(input, planner.rivals);
    const ahead = prune(input, planner.search, greedy.combos, expected);
    const mine = ahead.evaluate(fallback?.parts ?? []);
    const first = ahead.sets[0];
    const chosen = first && first.value > Math.max(0, mine.value) ? first : fallback ? mine : null;
    const start = pr.look.start;
    const horizon = Math.max(1, Math.min(planner.horizon, start.turns - start.turn + 1));
    const spare = budget - pr.look.used - rivalCost - ahead.look.used;
    // The rivals' answers are set aside first, if the rollouts can still compare two candidates.
    const answering =
      horizon > 1 && planner.reaction > 0 && spare - planner.reactions >= 2 * horizon * planner.futures;
    const left = answering ? spare - planner.reactions : spare;
    // As many candidates as the budget plays out in the fewest futures allowed.
    const room = Math.min(planner.candidates, Math.floor(left / (horizon * planner.futures)) - 1);
    const pool = room > 0 ? candidatePool(ahead, chosen?.parts ?? [], room, [fallback?.parts ?? []]) : [];
    if (pool.length < 2) return explain(ahead, chosen);
    const answered = answering
      ? reactions(
          input,
          start,
          expected,
          pool.map((c) => c.orders),
          {
            each: planner.reaction,
            cap: planner.reactions,
            combos: greedy.combos,
          },
        )
      : { answers: [], used: 0 };
    const futures = Math.floor(left / (pool.length * horizon));
    const play = player(input, ahead, pool, expected, horizon, answered.answers);
    const outcomes = pool.map((_, i) => play.ordinary(i, futures));
    const rule = {
      z: planner.confidence,
      margin: planner.margin * start.turns,
      risk: ahead.look.personality.risk,
    };
    const played = (o: Outcome, shocks: number[] = []) => ({
      values: [...o.values, ...shocks],
      taste: o.c.taste,
    });
    let pick = pickOutcome(
      outcomes.map((o) => played(o)),
      rule,
    );
    // A departure must also hold up when a rare event fires this turn: it and the default meet one
    // future per rare event, likeliest first as far as the budget goes, each weighed by its odds
    // (the ordinary futures share the rest). See rare-events.ts.
    let after = spare - answered.used - pool.length * futures * horizon;
    const turnsLeft = start.turns - start.turn + 1;
    const rare = pick === 0 ? [] : rareEvents(start, input.rules, planner.rare);
    const events = rare.filter((e) => {
      after -= 2 * rareHorizon(e, horizon, turnsLeft);
      return after >= 0;
    });
    if (events.length > 0) {
      const rest = Math.max(0, 1 - events.reduce((a, e) => a + e.odds, 0));
      const chances = {
        weights: [...outcomes[0]!.values.map(() => rest / futures), ...events.map((e) => e.odds)],
        ordinary: futures,
      };
      const shocks = (i: number) =>
        events.map((e) => play.shocked(i, e.id, rare, rareHorizon(e, horizon, turnsLeft)));
      const pair = [
        played(outcomes[0] as Outcome, shocks(0)),
        played(outcomes[pick] as Outcome, shocks(pick)),
      ];
      if (pickOutcome(pair, rule, chances) === 0) pick = 0;
    }
    const best = outcomes[pick] as Outcome;
    if (best.c.orders.length === 0) return explain(ahead, null);
    const base = outcomes.find((o) => o.c.orders.length === 0) ?? (outcomes[0] as Outcome);
    return explain(ahead, best.c, horizon, { before: base.last, after: best.last });
  },
};

/**
 * Plays the candidates out. Every candidate meets the same futures (common random numbers), and
 * in each the agent plays the default on later turns. Ordinary futures draw their events at the
 * events' odds; a shocked future injects one rare event on this turn and keeps the other rare
 * events quiet then.
 */
function player(
  input: PolicyInput,
  pr: Pruning,
  pool: Candidate[],
  expected: OrdersByAgent,
  horizon: number,
  answers: OrdersByAgent[],
) {
  const start = pr.look.start;
  const ctx: RolloutContext = {
    start,
    rules: input.rules,
    agent: input.agent,
    personality: pr.look.personality,
    personalities: Object.fromEntries(
      input.rules.agents.map((a) => [a.id, personalityFor(input.rules, start.scenario, a.id)]),
    ),
    spec: { horizon, repeat: aiRulesFor(input.rules).difficulty.planner.repeat },
    expected,
    // Candidates differ in this turn's orders only: later the agent plays its default set again.
    later: pool[0]?.orders ?? [],
  };
  const seed = input.rng.next();
  const contexts = pool.map((_, i) => (answers[i] ? { ...ctx, reactions: answers[i] } : ctx));
  const play = (i: number, from: GameState, label: string, length: number) =>
    rollout(
      { ...(contexts[i] as RolloutContext), start: from, spec: { ...ctx.spec, horizon: length } },
      (pool[i] as Candidate).orders,
      from.rng,
      resumeRng(seedRng(`rivals:${seed}:${label}`)),
    );
  return {
    /** Candidate `i` in `futures` ordinary futures. */
    ordinary(i: number, futures: number): Outcome {
      const values: number[] = [];
      const lasts: Judgement[] = [];
      for (let r = 0; r < futures; r++) {
        const res = play(i, { ...start, rng: seedRng(`plan:${seed}:${r}`) }, `${r}`, horizon);
        values.push(res.value);
        lasts.push(res.last);
      }
      return { c: pool[i] as Candidate, values, last: meanJudgement(lasts) };
    },
    /** Candidate `i`'s value in the future where `event` (of `rare`) fires this turn, over `length` turns. */
    shocked(i: number, event: string, rare: RareEvent[], length: number): number {
      const from = forcedStart(start, quietState(`rare:${seed}:${event}`, rare), event);
      return play(i, from, `rare:${event}`, length).value;
    },
  };
}

/**
 * What the others will order this turn, as the agent expects it: each one's likeliest greedy
 * choice on the public view (with its scenario personality, without a rare mood), searched on
 * draws from the agent's stream.
 */
export function anticipate(input: PolicyInput, budget: number): OrdersByAgent {
  const out: OrdersByAgent = {};
  for (const a of input.rules.agents) {
    if (a.id === input.agent) continue;
    const rng = resumeRng(childRngState(input.rng, `rival:${a.id}`));
    const view = { ...input.view, viewer: a.id };
    out[a.id] = greedyPolicy
      .choose({ view, rules: input.rules, agent: a.id, rng, budget, likeliest: true })
      .map((c) => c.order);
  }
  return out;
}
