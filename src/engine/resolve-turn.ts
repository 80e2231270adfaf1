/** Turn resolution: validate every agent's orders, then run the phases over a working copy of the state. */
import type { Rules } from "../rules/schema.ts";
import { makeContext, type TurnContext } from "./context.ts";
import { hashState } from "./hash.ts";
import { byPhase } from "./phases/apply-orders.ts";
import { type Phase, PIPELINE } from "./phases/pipeline.ts";
import { derivedRng, type Rng, resumeRng } from "./rng.ts";
import { indexRules } from "./rules-index.ts";
import type { GameState, OrderResult, OrdersByAgent, Rejection, TurnReport } from "./types.ts";
import { validateOrders } from "./validate-orders.ts";
import { workingCopy } from "./working-copy.ts";

/**
 * The random streams of a turn, one per phase, each seeded from the game's stream (which this
 * advances by one draw per phase). AI lookahead uses it to know the draws a turn will meet.
 */
export function turnStreams(main: Rng): Map<string, Rng> {
  const streams = phaseStreams(main);
  return new Map(PIPELINE.map((p, i) => [p.id, streams[i] as Rng]));
}

/** The streams of `turnStreams`, in `PIPELINE` order. */
function phaseStreams(main: Rng): Rng[] {
  const out: Rng[] = [];
  for (let i = 0; i < PIPELINE.length; i++) out.push(derivedRng(main.next()));
  return out;
}

/** Options for `resolveTurn`: lookahead can skip the explanations and the hash, which it does not read. */
export interface ResolveOptions {
  /** Log every effect with its cause and explanation (default true). */
  explain?: boolean;
  /** Hash the new state into the report (default true; "" when off). */
  hash?: boolean;
  /**
   * Events the facilitator injects this turn, by id: each fires in the events phase, after the
   * scenario's, whatever its odds (unknown ids are skipped; `checkInject` tells why). Unlike the
   * other options this changes the game, so a log records it (`GameLog.injects`).
   */
  injects?: readonly string[];
  /**
   * For profiling: a clock (milliseconds) and a table that each stage's time is added to, under
   * "validate", "copy", each phase's id and "report" (the order results, and the hash unless off). The engine reads no clock of its own.
   */
  timing?: { clock: () => number; spent: Record<string, number> };
}

/** Add the time since `since` to a stage's total, and return the time now. */
function lap(t: NonNullable<ResolveOptions["timing"]>, stage: string, since: number): number {
  const now = t.clock();
  t.spent[stage] = (t.spent[stage] ?? 0) + now - since;
  return now;
}

/**
 * Sort results by agent, then by the order's index, in place and stably (an insertion sort: a turn
 * has a few dozen, and a comparator would be called from the builtin sort).
 */
function byAgentAndIndex(list: OrderResult[]): void {
  for (let i = 1; i < list.length; i++) {
    const x = list[i] as OrderResult;
    let j = i - 1;
    for (; j >= 0; j--) {
      const y = list[j] as OrderResult;
      if (y.agent === x.agent ? y.index <= x.index : y.agent < x.agent) break;
      list[j + 1] = y;
    }
    list[j + 1] = x;
  }
}

/** Resolve one turn. Agents missing from `ordersByAgent` pass; unknown agents' orders are rejected. */
export function resolveTurn(
  state: GameState,
  rules: Rules,
  ordersByAgent: OrdersByAgent,
  opts: ResolveOptions = {},
): { state: GameState; report: TurnReport } {
  const timing = opts.timing;
  let t = timing ? timing.clock() : 0;
  const ix = indexRules(rules);
  const rejections: Rejection[] = [];
  const orders: TurnContext["orders"] = {};
  const input = (
    typeof ordersByAgent === "object" && ordersByAgent !== null ? ordersByAgent : {}
  ) as OrdersByAgent;
  for (const [agent, list] of Object.entries(input)) {
    if (!ix.agent.has(agent)) {
      const items = Array.isArray(list) ? list : [list];
      for (const [i, o] of items.entries())
        rejections.push({
          agent,
          index: i,
          order: o,
          reason: "unknown-agent",
          message: `There is no agent "${agent}".`,
        });
    }
  }
  for (const agent of ix.agentIds) {
    if (!(agent in input)) continue;
    const v = validateOrders(state, rules, agent, input[agent]);
    orders[agent] = v.accepted;
    rejections.push(...v.rejections);
  }
  if (state.turn > state.turns) {
    return {
      state,
      report: {
        turn: state.turn,
        orders: [],
        rejections,
        events: [],
        effects: [],
        hash: opts.hash === false ? "" : hashState(state),
      },
    };
  }
  if (timing) t = lap(timing, "validate", t);
  // One stream per phase, each seeded from the game's stream at the start of the turn: the game's
  // stream advances the same every turn, and a peace attempt cannot shift which events fire.
  const main = resumeRng(state.rng);
  const streams = phaseStreams(main);
  const next = workingCopy(state);
  next.rng = main.state();
  const done = makeContext(
    rules,
    state,
    next,
    main,
    orders,
    byPhase(ix, orders),
    opts.explain !== false,
    Array.isArray(opts.injects) ? opts.injects : [],
  );
  if (timing) t = lap(timing, "copy", t);
  for (let i = 0; i < PIPELINE.length; i++) {
    const phase = PIPELINE[i] as Phase;
    done.rng = streams[i] as Rng;
    for (const step of phase.steps) step(done);
    if (timing) t = lap(timing, phase.id, t);
  }
  const results = done.results;
  for (const r of rejections)
    results.push({ agent: r.agent, index: r.index, order: r.order, outcome: "rejected", message: r.message });
  byAgentAndIndex(results);
  const hash = opts.hash === false ? "" : hashState(next);
  if (timing) lap(timing, "report", t);
  return {
    state: next,
    report: {
      turn: state.turn,
      orders: results,
      rejections,
      events: done.events,
      effects: done.effects,
      hash,
    },
  };
}
