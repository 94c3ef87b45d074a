import { createHighsSolver } from '@partnerfolio/solver-highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio } from '../model/types.js';
import { simulate } from '../simulate/engine.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { parseSpecText } from '../spec/parse-spec.js';
import {
  evaluateReport,
  optimizeReport,
  portfolioGame,
  rankReport,
  type SampleRunner,
  selectionFor,
  shapleyReport,
  simulateReport,
  weightsReport,
} from './analysis.js';

const SEED_EXAMPLE = `
version: 1
netModel: seed
criteria:
  - { id: tech, kind: benefit, weight: 2 }
  - { id: risk, kind: cost, weight: 1 }
resources: { budget: 10 }
partners:
  - { id: a, kind: academic, scores: { tech: 9, risk: 3 }, cost: 0.8, return: 1.2, alpha: 0.5, beta: 0.5, uses: { budget: 4 } }
  - { id: b, kind: enterprise, scores: { tech: 6, risk: 2 }, cost: 0.7, return: 1.5, alpha: 0.5, beta: 0.5, uses: { budget: 4 } }
  - { id: c, kind: government, scores: { tech: 4, risk: 1 }, cost: 0.6, return: 1.0, alpha: 0.5, beta: 0.5, uses: { budget: 4 } }
synergies:
  - { between: [a, b], value: 0.3 }
`;

function portfolioOf(text: string): Portfolio {
  const parsed = parseSpecText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value.portfolio;
}

const inThread: SampleRunner = async (plan, o) =>
  simulate(plan, { scenarios: o.scenarios, seed: o.seed });

describe('analysis reports', () => {
  let solver: MilpSolver;
  const portfolio = portfolioOf(SEED_EXAMPLE);
  beforeAll(async () => {
    solver = await createHighsSolver();
  });

  it('evaluate: the document’s formula gives N = 0.2, 0.4, 0.2 and S adds the synergy', () => {
    const r = evaluateReport(portfolio);
    if (!r.ok) throw new Error('failed');
    expect(r.value.partners.map((p) => p.net)).toEqual([
      expect.closeTo(0.2, 12),
      expect.closeTo(0.4, 12),
      expect.closeTo(0.2, 12),
    ]);
    expect(r.value.S).toBeCloseTo(1.1, 12);
  });

  it('weights: direct weights are normalised and carry no AHP block', () => {
    const r = weightsReport(portfolio);
    expect(r.ok && r.value).toEqual({ weights: { tech: 2 / 3, risk: 1 / 3 } });
  });

  it('rank: sensitivity only when asked', () => {
    const plain = rankReport(portfolio, { method: 'weighted-sum' });
    const withSens = rankReport(portfolio, { method: 'topsis', sensitivity: true });
    expect(plain.ok && plain.value.sensitivity).toBeUndefined();
    expect(withSens.ok && withSens.value.sensitivity?.map((s) => s.criterion)).toEqual([
      'tech',
      'risk',
    ]);
  });

  it('optimize: the budget of 10 fits two partners, and the synergy picks a and b', () => {
    const r = optimizeReport(portfolio, solver);
    expect(r.ok && r.value.selected).toEqual(['a', 'b']);
    expect(r.ok && r.value.objective).toBeCloseTo(0.9, 12);
  });

  it('simulate: fixed values give S exactly, over the optimal selection by default', async () => {
    const r = await simulateReport(
      portfolio,
      { scenarios: 1000, seed: 3 },
      { solver, run: inThread },
    );
    if (!r.ok) throw new Error('failed');
    expect(r.value.selected).toEqual(['a', 'b']);
    expect(r.value.mean).toBeCloseTo(0.9, 12);
    expect(r.value.sd).toBeCloseTo(0, 12);
    expect(r.value.expected).toBeCloseTo(0.9, 12);
  });

  it('selection: an infeasible portfolio is an issue, not a silent empty selection', () => {
    const infeasible = portfolioOf(`${SEED_EXAMPLE}constraints: { include: [a, b, c] }\n`);
    const r = selectionFor(infeasible, solver);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.code).toBe('infeasible');
  });

  it('shapley: the synergy is split half and half', async () => {
    const game = portfolioGame(portfolio, ['a', 'b', 'c']);
    if (!game.ok) throw new Error('failed');
    const r = await shapleyReport(game.value, { seed: 1 }, { solver });
    if (!r.ok) throw new Error('failed');
    expect(r.value.players).toEqual(['a', 'b', 'c']);
    expect(r.value.shapley.a).toBeCloseTo(0.35, 12);
    expect(r.value.shapley.b).toBeCloseTo(0.55, 12);
    expect(r.value.shapley.c).toBeCloseTo(0.2, 12);
    expect(r.value.core.shapleyInCore).toBe(true);
  });

  it('portfolioGame names an unknown player', () => {
    const r = portfolioGame(portfolio, ['a', 'zz']);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'unknown_partner', path: ['selected', 1] });
  });
});
