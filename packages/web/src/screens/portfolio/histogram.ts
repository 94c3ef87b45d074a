/** The histogram of simulated values of S: equal-width bins from the smallest to the largest sample. */
export interface Histogram {
  /** Lower edge of the first bin. */
  readonly start: number;
  readonly width: number;
  readonly counts: readonly number[];
}

export function histogramOf(samples: Float64Array, bins: number): Histogram {
  if (samples.length === 0 || bins < 1) return { start: 0, width: 0, counts: [] };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of samples) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  // All samples equal (a portfolio without uncertainty): one bin holds them all.
  if (!(max > min)) return { start: min, width: 0, counts: [samples.length] };
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const x of samples) {
    // The largest sample belongs to the last bin, not to one past it.
    const bin = Math.min(bins - 1, Math.floor((x - min) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { start: min, width, counts };
}
