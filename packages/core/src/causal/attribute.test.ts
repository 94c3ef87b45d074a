import { describe, expect, it } from 'vitest';
import { createRng } from '../simulate/prng.js';
import { attribute } from './attribute.js';
import { simulatePanel } from './test-support/simulate-panel.js';

const codes = (r: ReturnType<typeof attribute>) =>
  r.ok ? r.value.warnings.map((w) => w.code) : r.issues.map((i) => i.code);

describe('attribute', () => {
  it('warns when there are few controls and few pre-treatment periods', () => {
    const panel = simulatePanel({ n0: 6, n1: 1, t0: 3, t1: 2, effect: 1 }, createRng(1));
    const r = attribute(panel, { method: 'sdid', placebo: 20, rng: createRng(2) });
    expect(codes(r)).toEqual(expect.arrayContaining(['few_controls', 'few_pre_periods']));
    expect(r.ok && r.value.se).toBeGreaterThan(0);
  });

  it('gives no interval when there are no more controls than treated units', () => {
    const panel = simulatePanel({ n0: 2, n1: 2, t0: 6, t1: 2, effect: 1 }, createRng(1));
    const r = attribute(panel, { method: 'did', placebo: 20, rng: createRng(2) });
    expect(codes(r)).toContain('placebo_impossible');
    expect(r.ok && r.value.se).toBeNull();
    expect(r.ok && r.value.ci).toBeNull();
  });

  it('refuses sc and sdid with one pre-treatment period, and runs did', () => {
    const panel = simulatePanel({ n0: 12, n1: 1, t0: 1, t1: 2, effect: 1 }, createRng(1));
    expect(codes(attribute(panel, { method: 'sdid', placebo: 20, rng: createRng(2) }))).toEqual([
      'too_few_pre_periods',
    ]);
    expect(attribute(panel, { method: 'did', placebo: 20, rng: createRng(2) }).ok).toBe(true);
  });

  it('the counterfactual path averages to the estimate after treatment, and weights sum to one', () => {
    const panel = simulatePanel(
      { n0: 20, n1: 3, t0: 8, t1: 4, effect: 2, factor: 1 },
      createRng(4),
    );
    for (const method of ['did', 'sc', 'sdid'] as const) {
      const r = attribute(panel, { method, placebo: 10, rng: createRng(5) });
      if (!r.ok) throw new Error('failed');
      const mean = r.value.effects.reduce((s, e) => s + e.effect, 0) / r.value.effects.length;
      expect(mean).toBeCloseTo(r.value.estimate, 10);
      expect(Object.values(r.value.unitWeights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(r.value.series.start).toBe('2008');
      // Three treated units: the jackknife applies (not for sc, as the package advises).
      expect(r.value.jackknifeSe === null).toBe(method === 'sc');
    }
  });

  it('the same seed gives the same answer', () => {
    const panel = simulatePanel({ n0: 20, n1: 1, t0: 8, t1: 4, effect: 2 }, createRng(4));
    const a = attribute(panel, { method: 'sdid', placebo: 15, rng: createRng(9) });
    const b = attribute(panel, { method: 'sdid', placebo: 15, rng: createRng(9) });
    expect(a).toEqual(b);
  });

  it('refuses to weigh more controls than it can hold a Gram matrix for', () => {
    const panel = simulatePanel({ n0: 5_001, n1: 1, t0: 2, t1: 1, effect: 2 }, createRng(4));
    expect(codes(attribute(panel, { method: 'sdid', placebo: 2, rng: createRng(9) }))).toEqual([
      'too_many_controls',
    ]);
  });

  it('rejects a placebo count below 2', () => {
    const panel = simulatePanel({ n0: 20, n1: 1, t0: 8, t1: 4, effect: 2 }, createRng(4));
    expect(codes(attribute(panel, { method: 'did', placebo: 1, rng: createRng(9) }))).toEqual([
      'bad_placebo',
    ]);
  });
});
