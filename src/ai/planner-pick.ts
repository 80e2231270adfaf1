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

/**
 * How likely each future is when they are not equally likely: the ordinary futures first, then
 * one future per rare event in which it fires (see `rare-events.ts`).
 */
export interface Chances {
  /** Each future's chance, summing to 1. */
  weights: number[];
  /** How many futures, from the first, are ordinary: a candidate must beat the default in each. */
  ordinary: number;
}

/**
 * A paired difference's mean and spread, the futures weighed by `chances` if given: its standard
 * error is `sd / root`.
 */
function pairedMean(d: number[], chances?: Chances): { mean: number; sd: number; root: number } {
  const n = d.length;
  if (!chances) {
    const mean = d.reduce((a, x) => a + x, 0) / n;
    const sd = n > 1 ? Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : 0;
    return { mean, sd, root: Math.sqrt(n) };
  }
  // The spread is measured in the ordinary futures; each rare event's future is taken to vary as much.
  const ordinary = d.slice(0, chances.ordinary);
  const m = ordinary.reduce((a, x) => a + x, 0) / Math.max(1, ordinary.length);
  const sd =
    ordinary.length > 1
      ? Math.sqrt(ordinary.reduce((a, x) => a + (x - m) ** 2, 0) / (ordinary.length - 1))
      : 0;
  let mean = 0;
  let w2 = 0;
  d.forEach((x, k) => {
    const w = chances.weights[k] ?? 0;
    mean += w * x;
    w2 += w * w;
  });
  return { mean, sd, root: 1 / Math.sqrt(w2) };
}

/** The index of the outcome to play: 0 (the default) unless another qualifies (see the module doc). */
export function pickOutcome(outcomes: Played[], rule: PickRule, chances?: Chances): number {
  const base = outcomes[0];
  if (!base) return 0;
  const weights = chances?.weights;
  const baseWorth = certaintyEquivalent(base.values, rule.risk, weights);
  let best = 0;
  let bestGain = 0;
  outcomes.forEach((o, i) => {
    if (i === 0) return;
    const d = o.values.map((v, k) => v - (base.values[k] ?? 0));
    const { mean, sd, root } = pairedMean(d, chances);
    const noise = rule.margin + (rule.z * sd) / root;
    const worth = certaintyEquivalent(o.values, rule.risk, weights) - baseWorth;
    const proven = d.slice(0, chances?.ordinary ?? d.length).every((x) => x > 0) && mean > noise;
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
