/**
 * A personality's attitude to risk, as one rule for both policies: an uncertain prospect is worth
 * its mean blended with the mean of its better half of outcomes (risk above 0) or of its worse half
 * (below 0), by |risk|. At 1 a gambler counts only its luckier half, at −1 a worrier only its
 * unluckier half, at 0 the mean. The weights never go negative, so a prospect better in every
 * outcome is always worth more, whatever the attitude.
 */

/** The mean of a list (0 when empty). */
const meanOf = (xs: number[]): number => xs.reduce((a, x) => a + x, 0) / Math.max(1, xs.length);

/** Equally likely outcomes' worth to a personality with this `risk` (−1 to 1). */
export function certaintyEquivalent(outcomes: number[], risk: number): number {
  const mean = meanOf(outcomes);
  if (risk === 0 || outcomes.length < 2) return mean;
  const sorted = [...outcomes].sort((a, b) => a - b);
  const half = Math.ceil(sorted.length / 2);
  const side = risk > 0 ? sorted.slice(-half) : sorted.slice(0, half);
  return (1 - Math.abs(risk)) * mean + Math.abs(risk) * meanOf(side);
}

/**
 * The worth of a chancy order that brings `gain` with chance `odds` and nothing otherwise (peace
 * talks): `odds × gain` at risk 0, plus `risk × min(odds, 1 − odds) × |gain|`, the same blend as
 * `certaintyEquivalent` for these two outcomes. A hawk (0.5) counts 38% talks at 1.5 times their
 * expected gain, a dove (−0.6) at 0.4 times.
 */
export function chancyWorth(gain: number, odds: number, risk: number): number {
  return odds * gain + riskPremium(gain, odds, risk);
}

/** What a personality adds to (or takes from) a chancy order's odds-weighted gain: see `chancyWorth`. */
export function riskPremium(gain: number, odds: number, risk: number): number {
  const p = Math.min(1, Math.max(0, odds));
  return risk * Math.min(p, 1 - p) * Math.abs(gain);
}
