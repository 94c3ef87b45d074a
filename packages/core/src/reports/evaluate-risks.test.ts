import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../model/types.js';
import { parseSpecText } from '../spec/parse-spec.js';
import { evaluateReport } from './analysis.js';

/** Two partners worth 10 and 6 for sure; a risk of 20 on a with probability 0.1. */
const spec = (risks: string) => `
version: 1
criteria: [{ id: fit, kind: benefit, weight: 1 }]
partners:
  - { id: a, kind: academic, scores: { fit: 1 }, cost: 0, return: 10 }
  - { id: b, kind: enterprise, scores: { fit: 2 }, cost: 0, return: 6 }
${risks}`;

const RISKS = `risks:
  - { id: lock-in, category: dependency, partners: [a], likelihood: 0.1, impact: 20 }
  - { id: ip, category: ip, partners: [a, b], likelihood: 0.1, impact: 30 }`;

function portfolioOf(text: string): Portfolio {
  const parsed = parseSpecText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value.portfolio;
}

function evaluated(text: string, options = {}) {
  const r = evaluateReport(portfolioOf(text), options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('evaluate with the risk register', () => {
  it('without risks: S as before, no loss in any scenario, no risks block', () => {
    const r = evaluated(spec(''));
    expect(r.S).toBe(16);
    expect(r.probLoss).toBe(0);
    expect(r.cvar5).toBe(16);
    expect(r.scenarios).toBe(10_000);
    expect(r.seed).toBe(1);
    expect(r.risks).toBeUndefined();
  });

  it('subtracts the expected loss and says what the risks cost', () => {
    const r = evaluated(spec(RISKS), { scenarios: 20_000, seed: 4 });
    // By hand: 0.1·20 + 0.1·30 (the shared risk once, though it hangs on both) = 5.
    expect(r.risks?.expectedLoss).toBeCloseTo(5, 12);
    expect(r.risks?.count).toBe(2);
    expect(r.S).toBeCloseTo(11, 12);
    expect(r.risks?.without).toEqual({ S: 16, probLoss: 0, cvar5: 16 });
    // Either event makes S negative (16 − 20, 16 − 30): P = 1 − 0.9² = 0.19. The worst 5%
    // hold the ~1% where both happen (−34) and ~4% of ip alone (−14): about −18.
    expect(r.probLoss).toBeCloseTo(0.19, 1);
    expect(Math.abs(r.probLoss - 0.19)).toBeLessThan(0.01);
    expect(Math.abs(r.cvar5 + 18)).toBeLessThan(0.5);
  });

  it('is reproducible for a seed', () => {
    expect(evaluated(spec(RISKS), { seed: 8 })).toEqual(evaluated(spec(RISKS), { seed: 8 }));
  });
});
