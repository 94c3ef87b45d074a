import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MilpSolver } from '../solver/milp-model.js';
import { optimize } from './optimize.js';
import { five } from './test-support/fixtures.js';

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

describe('optimize with explain: regret', () => {
  it('prices forcing each partner out or in (budget 7, optimum p1 + p2 = 9)', () => {
    const { portfolio, scores } = five({ resources: { budget: 7 } });
    const r = optimize(portfolio, solver, { scores, explain: true });
    expect(r.selected).toEqual(['p1', 'p2']);
    // Without p1: p2 + p3 = 7. Without p2: p1 + p3 = 8. With p3: p1 + p3 = 8.
    // With p4: p1 + p4 = 7. With p5: p1 + p3 + p5 = 5.
    expect(r.regret?.map((x) => [x.id, x.selected, x.regret])).toEqual([
      ['p1', true, 2],
      ['p2', true, 1],
      ['p3', false, 1],
      ['p4', false, 2],
      ['p5', false, 4],
    ]);
    expect(r.regret?.[0]?.message).toBe('dropping p1 lowers the objective by 2');
    expect(r.regret?.[4]?.message).toBe('p5 would need 4 more net value to be worth choosing');
  });

  it('says when a partner could be swapped at no loss', () => {
    // p3 and p4 exclude each other and are worth the same (p4 gains 1 with p2): a tie.
    const { portfolio, scores } = five({
      constraints: { exclusive: [['p3', 'p4']] },
      synergies: [['p4', 'p2', 1]],
    });
    const r = optimize(portfolio, solver, { scores, explain: true });
    expect(r.objective).toBeCloseTo(12, 12);
    const [chosen, other] = r.selected.includes('p3') ? ['p3', 'p4'] : ['p4', 'p3'];
    const byId = (id: string) => r.regret?.find((x) => x.id === id);
    expect(byId(chosen)).toMatchObject({ selected: true, regret: 0 });
    expect(byId(chosen)?.message).toMatch(/costs nothing/);
    expect(byId(other)).toMatchObject({ selected: false, regret: 0 });
    expect(byId(other)?.message).toBe(
      `${other} could be chosen at no loss: an equally good portfolio includes it`,
    );
  });

  it('gives null with the reason when forcing a partner out or in is infeasible', () => {
    const { portfolio, scores } = five({ constraints: { include: ['p1'], exclude: ['p5'] } });
    const r = optimize(portfolio, solver, { scores, explain: true });
    const p1 = r.regret?.find((x) => x.id === 'p1');
    expect(p1).toEqual({
      id: 'p1',
      selected: true,
      regret: null,
      message: 'p1 cannot be dropped: constraints.include[0] (p1 must be chosen)',
      because: {
        code: 'optimize.regret.cannot_drop',
        params: {
          id: 'p1',
          reasons: {
            list: [
              {
                code: 'optimize.regret.reason',
                params: {
                  constraint: 'constraints.include[0]',
                  statement: { code: 'optimize.include', params: { id: 'p1' } },
                },
              },
            ],
            join: 'semicolon',
          },
        },
      },
    });
    const p5 = r.regret?.find((x) => x.id === 'p5');
    expect(p5).toEqual({
      id: 'p5',
      selected: false,
      regret: null,
      message: 'p5 cannot be chosen: constraints.exclude[0] (p5 may not be chosen)',
      because: expect.objectContaining({ code: 'optimize.regret.cannot_choose' }),
    });
  });

  it('prices a forced choice with everything it pushes out', () => {
    const { portfolio, scores } = five({
      constraints: { requires: [['p2', 'p3']], exclusive: [['p3', 'p4']] },
    });
    const r = optimize(portfolio, solver, { scores, explain: true });
    expect(r.selected).toEqual(['p1', 'p2', 'p3']);
    const p4 = r.regret?.find((x) => x.id === 'p4');
    // Forcing p4 in forces p3 out, and with it p2 (which requires p3): 5 + 2 = 7.
    expect(p4?.regret).toBeCloseTo(12 - 7, 12);
  });

  it('regret is measured in score with objective score', () => {
    const { portfolio, scores } = five({ objective: 'score', constraints: { maxPartners: 1 } });
    const r = optimize(portfolio, solver, { scores, explain: true });
    expect(r.selected).toEqual(['p1']);
    expect(r.regret?.find((x) => x.id === 'p3')?.regret).toBeCloseTo(0.1, 12);
    expect(r.regret?.find((x) => x.id === 'p3')?.message).toMatch(/more score/);
  });

  it('is absent without explain and when infeasible', () => {
    const { portfolio, scores } = five();
    expect(optimize(portfolio, solver, { scores }).regret).toBeUndefined();
    const bad = five({ constraints: { include: ['p1'], exclude: ['p1'] } });
    expect(
      optimize(bad.portfolio, solver, { scores: bad.scores, explain: true }).regret,
    ).toBeUndefined();
  });
});
