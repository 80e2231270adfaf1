/**
 * A personality's attitude to risk, as one rule for both policies: an uncertain prospect is worth
 * its mean blended with the mean of its better half of outcomes (risk above 0) or of its worse half
 * (below 0), by |risk|. At 1 a gambler counts only its luckier half, at −1 a worrier only its
 * unluckier half, at 0 the mean. The weights never go negative, so a prospect better in every
 * outcome is always worth more, whatever the attitude.
 */

/** The mean of a list (0 when empty). */
const meanOf = (xs: number[]): number => xs.reduce((a, x) => a + x, 0) / Math.max(1, xs.length);

/**
 * Outcomes' worth to a personality with this `risk` (−1 to 1). The outcomes are equally likely
 * unless `weights` (summing to 1) gives each one's chance; the better or worse half is then the
 * outcomes, from the top or the bottom, that first reach half the chance.
 */
export function certaintyEquivalent(outcomes: number[], risk: number, weights?: number[]): number {
  const n = outcomes.length;
  if (!weights) {
    const mean = meanOf(outcomes);
    if (risk === 0 || n < 2) return mean;
    const sorted = [...outcomes].sort((a, b) => a - b);
    const half = Math.ceil(n / 2);
    const side = risk > 0 ? sorted.slice(-half) : sorted.slice(0, half);
    return (1 - Math.abs(risk)) * mean + Math.abs(risk) * meanOf(side);
  }
  const w = (i: number): number => weights[i] ?? 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += w(i) * (outcomes[i] as number);
  if (risk === 0 || n < 2) return mean;
  const order = outcomes.map((_, i) => i).sort((a, b) => (outcomes[a] as number) - (outcomes[b] as number));
  if (risk > 0) order.reverse();
  let mass = 0;
  let sum = 0;
  for (const i of order) {
    mass += w(i);
    sum += w(i) * (outcomes[i] as number);
    if (mass >= 0.5 - 1e-9) break;
  }
  return (1 - Math.abs(risk)) * mean + Math.abs(risk) * (mass > 0 ? sum / mass : mean);
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
