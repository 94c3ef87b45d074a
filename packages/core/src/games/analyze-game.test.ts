import { loadHighsLpSolve } from '@partnerfolio/solver-highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeGame } from './analyze-game.js';
import type { LpSolve } from './lp.js';
import { popcount, tabulate } from './test-support/brute-force.js';
import { seededRng } from './test-support/seeded-rng.js';
import type { GameDefinition } from './types.js';

let lp: LpSolve;
beforeAll(async () => {
  lp = await loadHighsLpSolve();
});

async function analyzed(game: GameDefinition, extra: { exactLimit?: number } = {}) {
  const r = await analyzeGame(game, { lp, rng: seededRng(91), samples: 4000, ...extra });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r;
}

const glove: GameDefinition = {
  kind: 'table',
  players: ['left', 'right1', 'right2'],
  values: tabulate(3, (m) => (m & 1 && m & 6 ? 1 : 0)),
  type: 'profit',
};

describe('analyzeGame', () => {
  it('solves a table game exactly and checks its core', async () => {
    const { value } = await analyzed(glove);
    expect(value.exact).toBe(true);
    expect(value.shapley.left).toBeCloseTo(2 / 3, 12);
    expect(value.shapley.right1).toBeCloseTo(1 / 6, 12);
    expect(value.core).toMatchObject({ nonEmpty: true, shapleyInCore: false });
    expect(value.ci).toBeUndefined();
  });

  it('samples a table game above the exact limit, with intervals and no core answer', async () => {
    const game: GameDefinition = {
      kind: 'table',
      players: ['a', 'b', 'c', 'd', 'e'],
      values: tabulate(5, (m) => popcount(m) ** 2),
      type: 'cost',
    };
    const { value } = await analyzed(game, { exactLimit: 3 });
    expect(value.exact).toBe(false);
    expect(value.samples).toBe(4000);
    expect(value.type).toBe('cost');
    for (const p of game.players) {
      const [lo, hi] = value.ci?.[p] ?? [Number.NaN, Number.NaN];
      expect(lo).toBeLessThanOrEqual(5);
      expect(hi).toBeGreaterThanOrEqual(5);
    }
    expect(value.core.nonEmpty).toBeNull();
    expect(value.core.reason).toMatch(/exact limit of 3/);
    const noRng = await analyzeGame(game, { lp, exactLimit: 3 });
    expect(noRng.ok ? null : noRng.issues[0]?.code).toBe('rng_required');
  });

  it('computes voting power exactly, with the veto-player core', async () => {
    const players = [
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      ...Array.from({ length: 10 }, (_, i) => `e${i}`),
    ];
    const weights = [7, 7, 7, 7, 7, ...new Array<number>(10).fill(1)];
    const { value } = await analyzed({ kind: 'weightedVoting', players, quota: 39, weights });
    expect(value.exact).toBe(true);
    expect(value.shapley.p1).toBeCloseTo(0.19627, 5);
    expect(value.core).toMatchObject({ nonEmpty: true, shapleyInCore: false });
  });

  it('scales decimal voting weights, and samples weights no power of ten makes integer', async () => {
    const decimals = await analyzed({
      kind: 'weightedVoting',
      players: ['a', 'b', 'c'],
      quota: 0.6,
      weights: [0.5, 0.25, 0.25],
    });
    expect(decimals.value.exact).toBe(true);
    expect(decimals.value.shapley.a).toBeCloseTo(2 / 3, 12);
    expect(decimals.warnings.map((w) => w.code)).toEqual(['weights_scaled']);
    const irrational = await analyzed({
      kind: 'weightedVoting',
      players: ['a', 'b', 'c'],
      quota: 1.5,
      weights: [Math.SQRT2, 0.5, 0.5],
    });
    expect(irrational.value.exact).toBe(false);
    expect(irrational.warnings.map((w) => w.code)).toEqual(['non_integer_weights']);
    expect(irrational.value.shapley.a).toBeCloseTo(2 / 3, 1);
  });

  it('shares airport costs exactly, the core holding them by concavity', async () => {
    const { value } = await analyzed({
      kind: 'airport',
      players: ['s', 'm', 'l'],
      costs: [1, 3, 6],
    });
    expect(value.type).toBe('cost');
    expect(value.shapley.l).toBeCloseTo(1 / 3 + 1 + 3, 12);
    expect(value.core).toMatchObject({ nonEmpty: true, shapleyInCore: true });
  });

  it('handles synergy games: convex analytically, otherwise by the LP, above 25 without a core', async () => {
    const players = ['a', 'b', 'c'];
    const convex = await analyzed({
      kind: 'synergy',
      players,
      net: [0.2, 0.4, 0.2],
      synergies: [{ i: 0, j: 1, value: 0.3 }],
    });
    expect(convex.value.shapley).toEqual({ a: 0.35, b: 0.55, c: 0.2 });
    expect(convex.value.core.method).toMatch(/convex/);
    // Two rivals: together they are worth less than apart, and a third partner can't fix it.
    const rivals = await analyzed({
      kind: 'synergy',
      players,
      net: [1, 1, 0],
      synergies: [{ i: 0, j: 1, value: -1.5 }],
    });
    expect(rivals.value.core).toMatchObject({ nonEmpty: false, shapleyInCore: false });
    const n = 30;
    const big = await analyzed({
      kind: 'synergy',
      players: Array.from({ length: n }, (_, i) => `p${i}`),
      net: new Array<number>(n).fill(1),
      synergies: [{ i: 0, j: 1, value: -0.5 }],
    });
    expect(big.value.exact).toBe(true);
    expect(big.value.shapley.p0).toBe(0.75);
    expect(big.value.core.nonEmpty).toBeNull();
  });

  it('reports invalid games as issues with paths', async () => {
    const r = await analyzeGame(
      {
        kind: 'table',
        players: ['a', 'a'],
        values: Float64Array.from([1, 2, 3, 4]),
        type: 'profit',
      },
      { lp },
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_player', ['players', 1]],
      ['empty_coalition_value', ['values', 0]],
    ]);
    const bad = await analyzeGame(
      {
        kind: 'synergy',
        players: ['a', 'b'],
        net: [1],
        synergies: [{ i: 0, j: 0, value: Number.NaN }],
      },
      { lp },
    );
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual([
      'length_mismatch',
      'invalid_pair',
      'invalid_number',
    ]);
  });

  it('lowers an exact limit above 25 with a warning', async () => {
    const r = await analyzed(glove, { exactLimit: 40 });
    expect(r.warnings.map((w) => w.code)).toEqual(['exact_limit_clamped']);
  });
});
