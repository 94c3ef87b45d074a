import { describe, expect, it } from 'vitest';
import { createRng } from '../simulate/prng.js';
import { denseEstimate, densePlaceboSe } from './dense-reference.js';
import { sparsify } from './frank-wolfe.js';
import { placeboSe } from './inference.js';
import { defaultTuning, fitBlock, Prepared, range } from './synthdid.js';
import { simulatePanel } from './test-support/simulate-panel.js';

describe('sparsify', () => {
  it('drops weights at most a quarter of the largest and renormalises', () => {
    expect([...sparsify(Float64Array.of(0.5, 0.125, 0.3, 0.075))]).toEqual([
      0.5 / 0.8,
      0,
      0.3 / 0.8,
      0,
    ]);
  });
});

describe('the fast solver against the dense reference', () => {
  const panel = simulatePanel({ n0: 15, n1: 3, t0: 8, t1: 3, effect: 1, factor: 1 }, createRng(7));
  const prep = new Prepared(panel);
  const y = panel.units.map((_, u) => [...panel.y.slice(u * 11, u * 11 + 11)]);

  it.each(['did', 'sc', 'sdid'] as const)('%s: same estimate and weights', (method) => {
    const tuning = defaultTuning(prep, method);
    const fast = fitBlock(prep, method, range(0, 15), range(15, 18), tuning);
    const dense = denseEstimate(y, 15, 8, method, tuning);
    expect(fast.estimate).toBeCloseTo(dense.estimate, 9);
    dense.omega.forEach((w, j) => {
      expect(fast.omega[j]).toBeCloseTo(w, 9);
    });
  });

  it('same placebo replications when the dense path warm-starts as the package does', () => {
    const tuning = defaultTuning(prep, 'sdid');
    const fit = fitBlock(prep, 'sdid', range(0, 15), range(15, 18), tuning);
    const fast = placeboSe(prep, 'sdid', tuning, fit, 10, createRng(3));
    const dense = densePlaceboSe(
      y,
      15,
      8,
      'sdid',
      tuning,
      { omega: [...fit.omega], lambda: [...fit.lambda] },
      10,
      createRng(3),
      true,
    );
    dense.estimates.forEach((e, r) => {
      expect(fast.estimates[r]).toBeCloseTo(e, 8);
    });
    expect(fast.se).toBeCloseTo(dense.se, 8);
  });
});
