import { loadHighsLpSolve } from '@partnerfolio/solver-highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LpSolve } from '../games/lp.js';
import { seededRng } from '../games/test-support/seeded-rng.js';
import { formatPath } from '../util/issues.js';
import { type FairShareInput, fairShareReport } from './fair-shares.js';

let lp: LpSolve;
beforeAll(async () => {
  lp = await loadHighsLpSolve();
});

// examples/games/consortium.yaml: Shapley us 800/3, univ-a 425/3, corp-b 395/3.
const CONSORTIUM: FairShareInput = {
  players: ['us', 'univ-a', 'corp-b'],
  values: {
    '': 0,
    us: 100,
    'univ-a': 0,
    'corp-b': 60,
    'us,univ-a': 320,
    'us,corp-b': 240,
    'univ-a,corp-b': 90,
    'us,univ-a,corp-b': 540,
  },
};

const report = async (input: FairShareInput, extra: { exactLimit?: number } = {}) => {
  const r = await fairShareReport(input, { lp, rng: seededRng(7), samples: 4000, ...extra });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
};

describe('fairShareReport', () => {
  it('compares a fixed split with the Shapley value, and both with the core', async () => {
    const r = await report({
      ...CONSORTIUM,
      fixedSplit: { us: 0.5, 'univ-a': 0.25, 'corp-b': 0.25 },
    });
    expect(r).toMatchObject({ type: 'profit', total: 540, exact: true });
    const [us, univ, corp] = r.rows;
    expect(us?.shapley).toBeCloseTo(800 / 3, 9);
    expect(univ?.shapley).toBeCloseTo(425 / 3, 9);
    expect(corp?.shapley).toBeCloseTo(395 / 3, 9);
    expect([us?.fixed, univ?.fixed, corp?.fixed]).toEqual([270, 135, 135]);
    expect(us?.difference).toBeCloseTo(10 / 3, 9);
    expect(univ?.difference).toBeCloseTo(-20 / 3, 9);
    expect(us?.ci).toBeUndefined();
    // 270/135/135 leaves no coalition short: every pair gets at least its value.
    expect(r.core).toMatchObject({ nonEmpty: true, shapleyInCore: true, fixedInCore: true });
  });

  it('finds a fixed split outside the core: corp-b alone earns 60 but would get 54', async () => {
    const r = await report({
      ...CONSORTIUM,
      fixedSplit: { us: 0.8, 'univ-a': 0.1, 'corp-b': 0.1 },
    });
    expect(r.rows.map((row) => row.fixed)).toEqual([432, 54, 54]);
    expect(r.core.fixedInCore).toBe(false);
  });

  it('leaves the fixed columns out without a split', async () => {
    const r = await report(CONSORTIUM);
    expect(r.rows[0]).not.toHaveProperty('fixed');
    expect(r.core.fixedInCore).toBeNull();
  });

  it('splits costs in a cost game: the fixed split must not charge anyone above going alone', async () => {
    const input: FairShareInput = {
      players: ['a', 'b'],
      values: { '': 0, a: 120, b: 200, 'a,b': 200 },
      type: 'cost',
      fixedSplit: { a: 0.5, b: 0.5 },
    };
    const even = await report(input);
    expect(even.rows[0]?.shapley).toBeCloseTo(60, 9);
    expect(even.rows[1]?.shapley).toBeCloseTo(140, 9);
    expect(even.core.fixedInCore).toBe(true);
    const skewed = await report({ ...input, fixedSplit: { a: 0.7, b: 0.3 } });
    expect(skewed.core.fixedInCore).toBe(false);
  });

  it('samples beyond the exact limit, with 95% intervals and no core answer', async () => {
    const r = await report(
      { ...CONSORTIUM, fixedSplit: { us: 0.5, 'univ-a': 0.25, 'corp-b': 0.25 } },
      { exactLimit: 2 },
    );
    expect(r.exact).toBe(false);
    expect(r.samples).toBe(4000);
    const exact = [800 / 3, 425 / 3, 395 / 3];
    r.rows.forEach((row, i) => {
      const [lo, hi] = row.ci ?? [Number.NaN, Number.NaN];
      expect(lo).toBeLessThan(row.shapley);
      expect(hi).toBeGreaterThan(row.shapley);
      expect(Math.abs(row.shapley - (exact[i] ?? 0))).toBeLessThan(hi - lo);
    });
    // Every sampled order shares out exactly v(N).
    expect(r.rows.reduce((s, row) => s + row.shapley, 0)).toBeCloseTo(540, 9);
    expect(r.core).toMatchObject({ nonEmpty: null, fixedInCore: null });
  });

  it('names a missing coalition and a split that does not add up', async () => {
    const { 'univ-a,corp-b': _, ...missing } = CONSORTIUM.values;
    const paths = async (input: FairShareInput) => {
      const r = await fairShareReport(input, { lp });
      return r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`);
    };
    expect(await paths({ ...CONSORTIUM, values: missing })).toEqual([
      'missing_coalition@values.univ-a,corp-b',
    ]);
    expect(await paths({ ...CONSORTIUM, fixedSplit: { us: 0.5, 'univ-a': 0.3 } })).toEqual([
      'split_sum@fixedSplit',
    ]);
    expect(await paths({ ...CONSORTIUM, fixedSplit: { us: 1.5, them: 0.1 } })).toEqual([
      'invalid_fraction@fixedSplit.us',
      'unknown_player@fixedSplit.them',
    ]);
    expect(await paths({ ...CONSORTIUM, players: ['us', 'us', 'corp-b'] })).toEqual([
      'duplicate_player@players[1]',
    ]);
  });
});
