import { describe, expect, it } from 'vitest';
import {
  compileSimulation,
  runSimulation,
  type SimulationPlan,
  simulate,
  simulateRange,
  summarize,
} from './index.js';
import { makePortfolio, seedExample, triangular } from './test-support/portfolio.js';

const portfolio = makePortfolio(
  [
    { id: 'univ-a', cost: triangular(0.6, 0.8, 1.1), return: triangular(0.9, 1.2, 1.6) },
    { id: 'corp-b', cost: triangular(0.5, 0.7, 0.9), return: triangular(0.8, 1.5, 2.4) },
    { id: 'gov-c', cost: triangular(0.5, 0.6, 0.8), return: triangular(0.4, 1, 1.3) },
  ],
  {
    synergies: [{ between: ['univ-a', 'corp-b'], value: triangular(-0.1, 0.3, 0.5) }],
    coordinationCost: 0.05,
  },
);

describe('runSimulation', () => {
  it('summarises S for the selection, reproducibly', () => {
    const options = { selected: ['corp-b', 'univ-a'], scenarios: 20_000, seed: 7 };
    const first = runSimulation(portfolio, options);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const s = first.value;
    expect(s.selected).toEqual(['univ-a', 'corp-b']);
    expect(s.scenarios).toBe(20_000);
    expect(s.min).toBeLessThanOrEqual(s.cvar5);
    expect(s.cvar5).toBeLessThanOrEqual(s.p5);
    expect(s.p5).toBeLessThan(s.p50);
    expect(s.p50).toBeLessThan(s.p95);
    expect(s.p95).toBeLessThanOrEqual(s.max);
    // E[S] = (1.2333 − 0.8333) + (1.5667 − 0.7) + 0.2333 − 0.1 = 1.4
    expect(Math.abs(s.mean - 1.4)).toBeLessThan(5 * (s.sd / Math.sqrt(20_000)));
    expect(runSimulation(portfolio, options)).toEqual(first);
  });

  it('gives the document example its corrected S = 0.8 with no spread', () => {
    const result = runSimulation(seedExample(), {
      selected: ['A', 'B', 'C'],
      scenarios: 100,
      seed: 1,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.mean).toBeCloseTo(0.8, 12);
    expect(result.value.p5).toBe(result.value.p95);
    expect(result.value.sd).toBe(0);
    expect(result.value.probLoss).toBe(0);
  });

  it('turns unknown ids and bad options into issues', () => {
    const unknown = runSimulation(portfolio, {
      selected: ['univ-a', 'corp-z'],
      scenarios: 10,
      seed: 1,
    });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.issues[0]?.message).toContain('"corp-z"');
    for (const [scenarios, seed, code] of [
      [0, 1, 'invalid_scenarios'],
      [1.5, 1, 'invalid_scenarios'],
      [10, Number.NaN, 'invalid_seed'],
      [10, 2 ** 60, 'invalid_seed'],
    ] as const) {
      const r = runSimulation(portfolio, { selected: ['univ-a'], scenarios, seed });
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual([code]);
    }
  });

  it('passes warnings on and reports progress', () => {
    const seen: number[] = [];
    const r = runSimulation(portfolio, {
      selected: ['gov-c', 'gov-c'],
      scenarios: 40_000,
      seed: 3,
      onProgress: (done) => seen.push(done),
    });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['duplicate_selection']);
    expect(seen.at(-1)).toBe(40_000);
    expect(seen.length).toBe(3);
  });

  it('agrees with the pieces a worker pool would use', () => {
    const compiled = compileSimulation(portfolio, ['univ-a', 'corp-b', 'gov-c']);
    if (!compiled.ok) throw new Error('plan failed');
    const plan: SimulationPlan = structuredClone(compiled.value);
    const whole = simulate(plan, { scenarios: 40_000, seed: 11 });
    const shared = new Float64Array(40_000);
    simulateRange(plan, 11, 40_000, 2, 1, shared.subarray(32_768));
    simulateRange(plan, 11, 40_000, 0, 2, shared.subarray(0, 32_768));
    expect(summarize(shared)).toEqual(summarize(whole));
    const direct = runSimulation(portfolio, {
      selected: ['univ-a', 'corp-b', 'gov-c'],
      scenarios: 40_000,
      seed: 11,
    });
    expect(direct.ok && direct.value.p50).toBe(summarize(whole).p50);
  });
});
