/**
 * How the rivals answer a candidate. The rollouts used to have every rival repeat its anticipated
 * orders after the first turn, so they missed what a candidate provokes: Uzbekistan rerouting its
 * exports away from China a turn early lost the joint project China would have put into its mines
 * the next turn (ten points in one game). The planner now works out, for each rival a candidate's
 * orders concern (a partner, a host, a corridor's controller, a track's parties), that rival's own
 * greedy choice on the turn after the candidate, and the rollouts play it on their second turn.
 */
import {
  type AgentId,
  type GameState,
  indexRules,
  type Order,
  type OrdersByAgent,
  playerView,
  type Rules,
  resolveTurn,
  resumeRng,
} from "../engine/index.ts";
import { setKey } from "./candidates.ts";
import { prune } from "./greedy-policy.ts";
import { FAST, withoutTalks } from "./lookahead.ts";
import type { PolicyInput } from "./policy.ts";
import { childRngState } from "./stream.ts";

/** The agents an order concerns besides the one who gives it. */
export function concerned(rules: Rules, order: Order): AgentId[] {
  const ix = indexRules(rules);
  const controllers = (id: string): AgentId[] => ix.corridor.get(id)?.controllers ?? [];
  switch (order.type) {
    case "sign-agreement":
      return [order.partner];
    case "sanction":
    case "lift-sanctions":
      return [order.target];
    case "invest": {
      const t = order.target;
      if (t.kind === "mine" || t.kind === "joint-project") {
        const country = ix.place.get(t.place)?.country;
        return country ? [country] : [];
      }
      return controllers(t.corridor);
    }
    case "block-corridor":
    case "reopen-corridor":
    case "set-transit-fee":
      return controllers(order.corridor);
    case "reroute-exports":
      return order.routes.flatMap(controllers);
    case "soft-power": {
      const host = ix.region.get(order.region)?.host;
      return host ? [host] : [];
    }
    case "broker-peace":
    case "escalate":
      return ix.track.get(order.track)?.parties ?? [];
    default:
      return [];
  }
}

/** The rivals concerned by the orders in which `set` differs from `base`. */
export function concernedBy(rules: Rules, agent: AgentId, set: Order[], base: Order[]): Set<AgentId> {
  const key = (o: Order) => setKey([o]);
  const inBase = new Set(base.map(key));
  const inSet = new Set(set.map(key));
  const changed = [...set.filter((o) => !inBase.has(key(o))), ...base.filter((o) => !inSet.has(key(o)))];
  return new Set(changed.flatMap((o) => concerned(rules, o)).filter((a) => a !== agent));
}

/** How much the answers may cost, in engine resolutions. */
export interface AnswerBudget {
  /** Each rival's greedy search (greedy's own budget, so that it answers as greedy would). */
  each: number;
  /** All answers of the turn together; rivals past it answer as they answer the default, or not at all. */
  cap: number;
  /** Greedy's pairs and triples. */
  combos: number;
}

/**
 * The rivals' answers to each candidate: each concerned rival's greedy choice (at `budget`) on the
 * turn after the candidate is played against the anticipated orders. A rival that another
 * candidate concerns but this one does not answers as it answers the default (`sets[0]`). Returns,
 * for each candidate (by index), the second-turn orders of the rivals that answer it, and the
 * resolutions spent.
 */
export function reactions(
  input: PolicyInput,
  start: GameState,
  expected: OrdersByAgent,
  sets: Order[][],
  budget: AnswerBudget,
): { answers: OrdersByAgent[]; used: number } {
  const { rules, agent } = input;
  const base = sets[0] ?? [];
  const inBase = new Set(base.map((o) => setKey([o])));
  // A candidate that only holds back orders of the default meets the default's answers: the
  // rollouts have the agent play its default next turn, so answers to a delay (a partner offering
  // again the deal it was refused) would reward postponing what a planner, choosing again next
  // turn, may postpone again.
  const touched = sets.map((s, i) =>
    i === 0 || s.every((o) => inBase.has(setKey([o])))
      ? new Set<AgentId>()
      : concernedBy(rules, agent, s, base),
  );
  const all = new Set(touched.flatMap((t) => [...t]));
  // Rivals' talks are left out of the first turn, as in the lookahead.
  const firm = withoutTalks(expected, agent);
  let used = 0;
  const seeds = new Map([...all].map((r) => [r, childRngState(input.rng, `react:${r}`)]));
  const answer = (orders: Order[], who: Set<AgentId>): OrdersByAgent => {
    const out: OrdersByAgent = {};
    if (who.size === 0 || used + 1 + budget.each > budget.cap) return out;
    used += 1;
    const next = resolveTurn(start, rules, { ...firm, [agent]: orders }, FAST).state;
    if (next.turn > next.turns) return out;
    for (const r of who) {
      const seed = seeds.get(r);
      if (!seed || used + budget.each > budget.cap) continue;
      const pr = prune(
        { view: playerView(next, r), rules, agent: r, rng: resumeRng(seed), rationales: false },
        budget.each,
        budget.combos,
      );
      used += pr.look.used;
      const best = pr.sets[0];
      out[r] = best && best.value > 0 ? best.orders : [];
    }
    return out;
  };
  const first = answer(base, all);
  // Only rivals that answered the default answer the others: each candidate is compared with it.
  const answered = (t: Set<AgentId> | undefined) => new Set([...(t ?? [])].filter((r) => r in first));
  const answers = sets.map((s, i) => (i === 0 ? first : { ...first, ...answer(s, answered(touched[i])) }));
  return { answers, used };
}
