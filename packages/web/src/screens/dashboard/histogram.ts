/**
 * Equal-width bins over the Monte Carlo samples of S, for the dashboard's histogram. Pure,
 * so the chart's numbers can be checked without a browser.
 */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** `bins` equal-width bins from the smallest to the largest sample (one bin when all are equal). */
export function binSamples(samples: Float64Array, bins = 40): HistogramBin[] {
  if (samples.length === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of samples) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (!(max > min)) return [{ from: min, to: max, count: samples.length }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const x of samples) {
    // The largest sample belongs to the last bin, not to one past it.
    const index = Math.min(bins - 1, Math.floor((x - min) / width));
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts.map((count, i) => ({
    from: min + i * width,
    to: i === bins - 1 ? max : min + (i + 1) * width,
    count,
  }));
}

/** The index of the bin holding `value` (clamped to the first and last bin). */
export function binIndexOf(bins: readonly HistogramBin[], value: number): number {
  const index = bins.findIndex((bin) => value < bin.to);
  return index < 0 ? bins.length - 1 : index;
}
