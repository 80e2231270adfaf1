/**
 * How the planner picks among candidates played out in the same futures. The default stays unless
 * the evidence favours another: it beats the default in every future and on average by more than
 * the margin and the noise. The personality's risk attitude then ranks the candidates that qualify
 * by their worth over the futures (`certaintyEquivalent`), and breaks ties: when a candidate is no
 * worse on average than the default and not shown better, a gambler takes the one whose better
 * futures are better, a worrier the one whose worse futures are better, if that counts for more
 * than the margin.
 */
import { certaintyEquivalent } from "./risk.ts";

/** A candidate's rollouts: one value per future (the same futures for every candidate). */
export interface Played {
  values: number[];
  /** The personality's bonuses for the candidate's orders: breaks near-ties. */
  taste: number;
}

/** What the pick needs besides the outcomes. */
export interface PickRule {
  /** Standard errors of the paired difference by which a candidate must beat the default. */
  z: number;
  /** Points (in the values' units) by which a candidate must beat the default. */
  margin: number;
  /** The personality's risk attitude, −1 to 1. */
  risk: number;
}

/** The index of the outcome to play: 0 (the default) unless another qualifies (see the module doc). */
export function pickOutcome(outcomes: Played[], rule: PickRule): number {
  const base = outcomes[0];
  if (!base) return 0;
  const baseWorth = certaintyEquivalent(base.values, rule.risk);
  let best = 0;
  let bestGain = 0;
  outcomes.forEach((o, i) => {
    if (i === 0) return;
    const d = o.values.map((v, k) => v - (base.values[k] ?? 0));
    const n = d.length;
    const mean = d.reduce((a, x) => a + x, 0) / n;
    const sd = n > 1 ? Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : 0;
    const noise = rule.margin + (rule.z * sd) / Math.sqrt(n);
    const worth = certaintyEquivalent(o.values, rule.risk) - baseWorth;
    const proven = d.every((x) => x > 0) && mean > noise;
    const tie = rule.risk !== 0 && mean >= 0 && mean <= noise && worth > noise;
    if (!proven && !tie) return;
    const gain = worth + 0.01 * o.taste;
    if (gain > bestGain) {
      best = i;
      bestGain = gain;
    }
  });
  return best;
}
