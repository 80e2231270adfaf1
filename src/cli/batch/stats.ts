/** Small statistics for the summary and the report: means with 95% intervals, Wilson intervals, quantiles. */

const Z95 = 1.959964;

/** A mean and its 95% confidence interval (normal approximation); the interval is null below two values. */
export interface Estimate {
  n: number;
  mean: number;
  lo: number | null;
  hi: number | null;
}

/** The mean of `xs` with a 95% normal-approximation interval. */
export function meanCi(xs: readonly number[]): Estimate {
  const n = xs.length;
  if (n === 0) return { n, mean: 0, lo: null, hi: null };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean, lo: null, hi: null };
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  const half = Z95 * Math.sqrt(variance / n);
  return { n, mean, lo: mean - half, hi: mean + half };
}

/** A proportion k/n with its 95% Wilson score interval. */
export function wilson(k: number, n: number): Estimate {
  if (n === 0) return { n, mean: 0, lo: null, hi: null };
  const p = k / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { n, mean: p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** The mean difference b − a over paired values, with its 95% interval. */
export function pairedDiff(a: readonly number[], b: readonly number[]): Estimate {
  return meanCi(a.map((x, i) => (b[i] ?? x) - x));
}

/** The q-quantile (0–1) of sorted values, interpolating linearly between neighbours. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (b - a) * (at - lo);
}

/** Several quantiles of unsorted values. */
export function quantiles(xs: readonly number[], qs: readonly number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  return qs.map((q) => quantileSorted(sorted, q));
}
