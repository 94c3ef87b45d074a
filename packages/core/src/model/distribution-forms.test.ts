import { describe, expect, it } from 'vitest';
import { densityCurve, pointMass } from './density.js';
import { fromSpecDistribution, toSpecDistribution } from './distribution-forms.js';
import { expectedValue } from './distributions.js';
import type { Distribution } from './types.js';

const EXAMPLES: Distribution[] = [
  { kind: 'fixed', value: 3 },
  { kind: 'uniform', min: 1, max: 5 },
  { kind: 'triangular', min: 1, mode: 2, max: 6 },
  { kind: 'pert', min: 0, mode: 1, max: 10 },
  { kind: 'normal', mean: 4, sd: 2 },
  { kind: 'lognormal', mu: 0.5, sigma: 0.4 },
];

describe('spec forms of distributions', () => {
  it.each(EXAMPLES)('round-trips %o', (d) => {
    expect(fromSpecDistribution(toSpecDistribution(d))).toEqual(d);
  });

  it('writes the forms a spec file uses', () => {
    expect(toSpecDistribution({ kind: 'fixed', value: 0.8 })).toBe(0.8);
    expect(toSpecDistribution({ kind: 'triangular', min: 1, mode: 2, max: 6 })).toEqual({
      triangular: [1, 2, 6],
    });
  });
});

describe('densities', () => {
  // The trapezoid rule over the drawn support: each density integrates to about 1 and its
  // mean matches the closed form (the lognormal's support is cut at e^(μ+3σ), so its mass
  // and mean fall short a little).
  it.each(EXAMPLES.filter((d) => d.kind !== 'fixed'))('integrates to 1: %o', (d) => {
    const curve = densityCurve(d, 4001);
    let mass = 0;
    let mean = 0;
    for (let i = 1; i < curve.length; i++) {
      const [x0, y0] = curve[i - 1] ?? [0, 0];
      const [x1, y1] = curve[i] ?? [0, 0];
      mass += ((y0 + y1) / 2) * (x1 - x0);
      mean += ((x0 * y0 + x1 * y1) / 2) * (x1 - x0);
    }
    const tolerance = d.kind === 'lognormal' ? 0.01 : 1e-3;
    expect(mass).toBeCloseTo(1, d.kind === 'lognormal' ? 2 : 3);
    expect(Math.abs(mean - expectedValue(d)) / expectedValue(d)).toBeLessThan(
      d.kind === 'lognormal' ? 0.05 : tolerance,
    );
  });

  it('has no density for a point mass', () => {
    expect(pointMass({ kind: 'uniform', min: 2, max: 2 })).toBe(2);
    expect(pointMass({ kind: 'normal', mean: 1, sd: 1 })).toBeUndefined();
    expect(densityCurve({ kind: 'fixed', value: 1 })).toEqual([]);
  });
});
