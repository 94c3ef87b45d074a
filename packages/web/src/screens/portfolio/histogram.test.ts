import { describe, expect, it } from 'vitest';
import { histogramOf } from './histogram';

describe('histogramOf', () => {
  it('counts every sample once, the largest in the last bin', () => {
    const h = histogramOf(Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 10]), 5);
    expect(h.start).toBe(0);
    expect(h.width).toBe(2);
    expect(h.counts).toEqual([2, 2, 2, 2, 2]);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('puts equal samples in one bin and handles nothing', () => {
    expect(histogramOf(Float64Array.from([3, 3, 3]), 10)).toEqual({
      start: 3,
      width: 0,
      counts: [3],
    });
    expect(histogramOf(new Float64Array(0), 10).counts).toEqual([]);
  });
});
