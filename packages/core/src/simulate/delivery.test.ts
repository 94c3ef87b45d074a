import { describe, expect, it } from 'vitest';
import { parseSpecText } from '../spec/parse-spec.js';
import { simulate } from './engine.js';
import { compileSimulation, planMoments } from './plan.js';

const spec = (delivery: string) => `
version: 1
partners:
  - { id: a, kind: academic, scores: {}, cost: 1, return: 10, ${delivery} }
  - { id: b, kind: enterprise, scores: {}, cost: 0, return: { uniform: [0, 4] } }
`;

function planOf(text: string) {
  const parsed = parseSpecText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const plan = compileSimulation(parsed.value.portfolio, ['a', 'b']);
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  return plan.value;
}

function moments(xs: Float64Array): { mean: number; sd: number } {
  let s = 0;
  for (const x of xs) s += x;
  const mean = s / xs.length;
  let v = 0;
  for (const x of xs) v += (x - mean) ** 2;
  return { mean, sd: Math.sqrt(v / (xs.length - 1)) };
}

describe('Monte Carlo with a delivery probability per scenario', () => {
  for (const [a, b] of [
    [0.5, 1.5],
    [3, 2],
  ] as const) {
    it(`draws P ~ Beta(${a}, ${b}) per scenario: mean and sd agree with the exact moments`, () => {
      const plan = planOf(spec(`delivery: { beta: [${a}, ${b}] }`));
      // By hand: E[S] = 10·a/(a+b) − 1 + 2; Var = 100·Var(P) + 16/12.
      const ep = a / (a + b);
      const varP = (a * b) / ((a + b) ** 2 * (a + b + 1));
      const exact = planMoments(plan);
      expect(exact.mean).toBeCloseTo(10 * ep + 1, 12);
      expect(exact.variance).toBeCloseTo(100 * varP + 16 / 12, 12);
      const n = 200_000;
      const samples = simulate(plan, { scenarios: n, seed: 11 });
      const got = moments(samples);
      const sd = Math.sqrt(exact.variance);
      // Four standard errors of the mean; the sd within 2%.
      expect(Math.abs(got.mean - exact.mean)).toBeLessThan((4 * sd) / Math.sqrt(n));
      expect(Math.abs(got.sd / sd - 1)).toBeLessThan(0.02);
      for (const x of samples) expect(x).toBeGreaterThanOrEqual(-1 - 1e-12);
    });
  }

  it('is reproducible for a seed and differs from the plan without delivery', () => {
    const plan = planOf(spec('delivery: { beta: [2, 2] }'));
    const one = simulate(plan, { scenarios: 1000, seed: 3 });
    const two = simulate(plan, { scenarios: 1000, seed: 3 });
    expect(one).toEqual(two);
    const plain = simulate(planOf(spec('uses: {}')), { scenarios: 1000, seed: 3 });
    expect(one).not.toEqual(plain);
  });
});
