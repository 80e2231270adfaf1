/**
 * The planner's candidates: its default first, then the sets that a one-turn lookahead may
 * misjudge: greedy's own choice, passing, the default with one order less (a taste that may cost
 * real score) or with one order put first (an investment or a deal whose payoff comes later,
 * swapped in when action points run short), and the search's runners-up.
 */
import type { Order } from "../engine/index.ts";
import { fits, type Single, setKey, singles } from "./candidates.ts";
import type { Pruning } from "./greedy-policy.ts";

/** An order set the planner plays out. */
export interface Candidate {
  orders: Order[];
  parts: Single[];
  /** The personality's bonuses for its orders: breaks near-ties between equally good sets. */
  taste: number;
}

const candidate = (parts: Single[]): Candidate => ({
  orders: parts.map((c) => c.order),
  parts,
  taste: parts.reduce((a, c) => a + c.bonus, 0),
});

const keyOf = (c: Single): string => JSON.stringify(c.order);

/** The parts in order, each kept while the set still fits. */
function packParts(pr: Pruning, ranked: Single[]): Single[] {
  const { s, rules, agent } = pr.x;
  const out: Single[] = [];
  for (const c of ranked) {
    const orders = [...out, c].map((p) => p.order);
    if (fits(s, rules, agent, orders)) out.push(c);
  }
  return out;
}

/** The default set first, then up to `n` other distinct sets that fit, `also` (e.g. greedy's choice) first among them. */
export function candidatePool(pr: Pruning, base: Single[], n: number, also: Single[][] = []): Candidate[] {
  const inBase = new Set(base.map(keyOf));
  const measured = new Map(pr.singles.map((e) => [JSON.stringify(e.orders[0]), e.value]));
  // Orders to put first: the measured ones by their one-turn value, the rest by their prior.
  const extras = singles(pr.x, pr.look.personality)
    .filter((c) => !inBase.has(keyOf(c)) && c.prior > 0)
    .map((c) => ({ c, rank: measured.get(keyOf(c)) ?? c.prior }))
    .sort((a, b) => b.rank - a.rank)
    .map((e) => packParts(pr, [e.c, ...base]));
  const fewer = base.length > 1 ? base.map((_, i) => base.filter((__, j) => j !== i)) : [];
  const others = pr.sets.filter((e) => e.value > -1).map((e) => e.parts);
  const queues = [[...also, []], fewer, extras, others];
  const out = [candidate(base)];
  const seen = new Set([setKey(out[0]?.orders ?? [])]);
  for (let round = 0; out.length <= n && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const parts = q[round];
      if (!parts || out.length > n) continue;
      const orders = parts.map((c) => c.order);
      const key = setKey(orders);
      if (seen.has(key) || !fits(pr.x.s, pr.x.rules, pr.x.agent, orders)) continue;
      seen.add(key);
      out.push(candidate(parts));
    }
  }
  return out;
}
