import { describe, expect, it } from 'vitest';
import { binIndexOf, binSamples } from './histogram';

describe('binSamples', () => {
  it('puts every sample in one equal-width bin, the largest in the last', () => {
    const bins = binSamples(Float64Array.from([0, 1, 2, 3, 4, 10]), 5);
    expect(bins.map((b) => b.count)).toEqual([2, 2, 1, 0, 1]);
    expect(bins[0]?.from).toBe(0);
    expect(bins[4]?.to).toBe(10);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(6);
  });

  it('gives one bin when every sample is the same, none without samples', () => {
    expect(binSamples(Float64Array.from([3, 3, 3]))).toEqual([{ from: 3, to: 3, count: 3 }]);
    expect(binSamples(new Float64Array(0))).toEqual([]);
  });

  it('finds the bin of a value', () => {
    const bins = binSamples(Float64Array.from([0, 10]), 10);
    expect(binIndexOf(bins, 0.5)).toBe(0);
    expect(binIndexOf(bins, 5.5)).toBe(5);
    expect(binIndexOf(bins, 10)).toBe(9);
  });
});
