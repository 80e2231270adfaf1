/**
 * The planner's candidates: its default first, then the sets that a one-turn lookahead may
 * misjudge: greedy's own choice, passing, the default with one order less (a taste that may cost
 * real score) or with one order put first (an investment or a deal whose payoff comes later,
 * swapped in when action points run short), the search's runners-up, and the default with one
 * order exchanged for another of its kind (another project, another region). No candidate drops
 * an order of the default whose worth the rollouts cannot see (see `kept`).
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

/** Goal points of one-turn gain (weighed by the odds) above which an order of the default is kept. */
const MEASURED = 0.05;

/**
 * The orders of the default that every candidate keeps: those whose one-turn lookahead already
 * measured a gain (the rollouts, replaying the default afterwards, would count dropping them as
 * money saved), and peace talks, whose worth lies past the rollouts' horizon: a track that crosses
 * a gate, relations that make a partner invest later. Rollouts once dropped them for a point or two
 * of noise and lost several in the game.
 */
function kept(pr: Pruning, base: Single[]): string[] {
  const gains = new Map(
    pr.singles.map((e) => [JSON.stringify(e.orders[0]), e.gain * (e.parts[0]?.odds ?? 1)]),
  );
  return base
    .filter((c) => c.order.type === "broker-peace" || (gains.get(keyOf(c)) ?? 0) > MEASURED)
    .map(keyOf);
}

/**
 * How promising an order is to put first: one that the lookahead measured as worth playing
 * (value above zero) before any that was not measured (by its prior), and those measured as not
 * worth it last. Priors and measured values are not on one scale: a measured order must not trail
 * an unmeasured one for having been checked.
 */
function rankExtra(measured: number | undefined, prior: number): number {
  if (measured === undefined) return prior;
  return measured > 0 ? 1000 + measured : -1000 + measured;
}

/** The default set first, then up to `n` other distinct sets that fit, `also` (e.g. greedy's choice) first among them. */
export function candidatePool(pr: Pruning, base: Single[], n: number, also: Single[][] = []): Candidate[] {
  const inBase = new Set(base.map(keyOf));
  const measured = new Map(pr.singles.map((e) => [JSON.stringify(e.orders[0]), e.value]));
  const must = kept(pr, base);
  const ranked = singles(pr.x, pr.look.personality)
    .filter((c) => !inBase.has(keyOf(c)) && c.prior > 0)
    .map((c) => ({ c, rank: rankExtra(measured.get(keyOf(c)), c.prior) }))
    .sort((a, b) => b.rank - a.rank);
  const extras = ranked.map((e) => packParts(pr, [e.c, ...base]));
  const fewer = base.length > 1 ? base.map((_, i) => base.filter((__, j) => j !== i)) : [];
  // One order of the default exchanged for the most promising other order of its kind.
  const swaps = base.flatMap((c, i) => {
    const alt = ranked.find((e) => e.c.order.type === c.order.type);
    return alt ? [base.map((p, j) => (j === i ? alt.c : p))] : [];
  });
  const others = pr.sets.filter((e) => e.value > -1).map((e) => e.parts);
  // Exchanges come a round late: the other kinds' first candidates keep their places.
  const queues: (Single[] | undefined)[][] = [[...also, []], fewer, extras, others, [undefined, ...swaps]];
  const out = [candidate(base)];
  const seen = new Set([setKey(out[0]?.orders ?? [])]);
  for (let round = 0; out.length <= n && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const parts = q[round];
      if (!parts || out.length > n) continue;
      const orders = parts.map((c) => c.order);
      const key = setKey(orders);
      if (seen.has(key) || !fits(pr.x.s, pr.x.rules, pr.x.agent, orders)) continue;
      if (must.some((k) => !parts.some((p) => keyOf(p) === k))) continue;
      seen.add(key);
      out.push(candidate(parts));
    }
  }
  return out;
}
