import { describe, expect, test } from 'vitest';
import type { CriterionKind, PreferenceFunction } from '../model/types.js';
import { createRng } from '../simulate/prng.js';
import { gaiaPlane } from './gaia.js';
import { preferenceOf } from './preference.js';
import { partialRelation, prometheeFlows } from './promethee.js';

const input = (
  rows: number[][],
  kinds: CriterionKind[],
  weights: number[],
  preferences: (PreferenceFunction | undefined)[] = [],
) => ({
  values: Float64Array.from(rows.flat()),
  m: rows.length,
  n: kinds.length,
  kinds,
  weights,
  preferences,
});

describe('preference functions (Brans & Vincke 1985, Table 1; DESIGN.md "More methods")', () => {
  test.each([
    [{ type: 'usual' }, [-1, 0, 0.1, 5], [0, 0, 1, 1]],
    [{ type: 'ushape', q: 2 }, [1, 2, 2.1], [0, 0, 1]],
    [{ type: 'vshape', p: 4 }, [1, 2, 4, 9], [0.25, 0.5, 1, 1]],
    [{ type: 'level', q: 1, p: 3 }, [1, 2, 3, 3.5], [0, 0.5, 0.5, 1]],
    [{ type: 'linear', q: 1, p: 3 }, [1, 2, 3, 7], [0, 0.5, 1, 1]],
  ] as [PreferenceFunction, number[], number[]][])('%o', (f, ds, expected) => {
    expect(ds.map((d) => preferenceOf(f, d))).toStrictEqual(expected);
  });

  test('gaussian: 1 − exp(−d²/2s²), so P(s) = 1 − e^(−1/2)', () => {
    expect(preferenceOf({ type: 'gaussian', s: 2 }, 2)).toBeCloseTo(1 - Math.exp(-0.5), 15);
    expect(preferenceOf({ type: 'gaussian', s: 2 }, -2)).toBe(0);
  });
});

describe('PROMETHEE II', () => {
  test('Zhao, Peng & Li (2013), the usual criterion: net flows 0.1, −0.3, 0.2', () => {
    // Reference: Zhao, H., Peng, Y., Li, W. (2013) "Revised PROMETHEE II for improving
    // efficiency in emergency response", Procedia Computer Science 17, 181–188; the same
    // matrix, weights and answer are pymcdm's TestPROMETHEE_II (tests/test_methods.py).
    const flows = prometheeFlows(
      input(
        [
          [4, 3, 2],
          [3, 2, 4],
          [5, 1, 3],
        ],
        ['benefit', 'benefit', 'benefit'],
        [0.5, 0.3, 0.2],
      ),
    );
    expect([...flows.net].map((x) => Number(x.toFixed(12)))).toStrictEqual([0.1, -0.3, 0.2]);
    // Hand check of the flows behind them: π(A1, A2) = 0.8, π(A1, A3) = 0.3 → φ⁺(A1) = 0.55.
    expect(flows.phiPlus[0]).toBeCloseTo(0.55, 15);
    expect(flows.phiMinus[0]).toBeCloseTo(0.45, 15);
  });

  test('a cost criterion prefers the lower score', () => {
    const flows = prometheeFlows(input([[1], [3]], ['cost'], [1]));
    expect([...flows.net]).toStrictEqual([1, -1]);
  });

  test('the sort-based sums equal the pairwise definition for every function', () => {
    const rng = createRng(11);
    const m = 60;
    const kinds: CriterionKind[] = ['benefit', 'cost', 'benefit', 'cost', 'benefit', 'benefit'];
    // Integer scores put many pairs exactly on a threshold: both paths must agree there too.
    const rows = Array.from({ length: m }, () => kinds.map(() => Math.floor(rng.next() * 12)));
    const prefs: PreferenceFunction[] = [
      { type: 'usual' },
      { type: 'ushape', q: 2 },
      { type: 'vshape', p: 3 },
      { type: 'level', q: 1, p: 3 },
      { type: 'linear', q: 1, p: 4 },
      { type: 'gaussian', s: 2 },
    ];
    const data = input(rows, kinds, [0.1, 0.2, 0.15, 0.25, 0.2, 0.1], prefs);
    const fast = prometheeFlows(data);
    const slow = prometheeFlows(data, true);
    for (let a = 0; a < m; a++) {
      expect(fast.phiPlus[a]).toBeCloseTo(slow.phiPlus[a] ?? 0, 12);
      expect(fast.phiMinus[a]).toBeCloseTo(slow.phiMinus[a] ?? 0, 12);
    }
    for (let i = 0; i < fast.single.length; i++) {
      expect(fast.single[i]).toBeCloseTo(slow.single[i] ?? 0, 12);
    }
  });

  test('properties: net flows sum to 0, lie in [−1, 1]; a dominating partner outranks', () => {
    const rng = createRng(5);
    for (let trial = 0; trial < 20; trial++) {
      const rows = Array.from({ length: 8 }, () => [rng.next(), rng.next() * 10, rng.next()]);
      // Partner 0 dominates partner 1 (at least as good everywhere, better somewhere).
      rows[0] = [(rows[1]?.[0] ?? 0) + 0.1, (rows[1]?.[1] ?? 0) - 0.5, rows[1]?.[2] ?? 0];
      const flows = prometheeFlows(
        input(
          rows,
          ['benefit', 'cost', 'benefit'],
          [0.3, 0.3, 0.4],
          [{ type: 'linear', q: 0.05, p: 0.3 }, { type: 'vshape', p: 2 }, undefined],
        ),
      );
      const total = [...flows.net].reduce((s, x) => s + x, 0);
      expect(Math.abs(total)).toBeLessThan(1e-12);
      for (const x of flows.net) expect(Math.abs(x)).toBeLessThanOrEqual(1 + 1e-12);
      expect(flows.net[0]).toBeGreaterThan(flows.net[1] ?? 0);
      expect(['P', 'I']).toContain(partialRelation(flows, 0, 1));
    }
  });

  test('adding a constant to a criterion changes nothing (only differences count)', () => {
    const rows = [
      [4, 3, 2],
      [3, 2, 4],
      [5, 1, 3],
      [2, 5, 1],
    ];
    const prefs: PreferenceFunction[] = [
      { type: 'vshape', p: 2 },
      { type: 'level', q: 0.5, p: 2 },
    ];
    const base = prometheeFlows(
      input(rows, ['benefit', 'cost', 'benefit'], [0.4, 0.4, 0.2], prefs),
    );
    const shifted = prometheeFlows(
      input(
        rows.map(([a, b, c]) => [(a ?? 0) + 100, (b ?? 0) - 7, c ?? 0]),
        ['benefit', 'cost', 'benefit'],
        [0.4, 0.4, 0.2],
        prefs,
      ),
    );
    for (let a = 0; a < 4; a++) expect(shifted.net[a]).toBeCloseTo(base.net[a] ?? 0, 12);
  });
});

describe('PROMETHEE I', () => {
  test('conflicting flows make two partners incomparable', () => {
    // A wins big on one criterion, B narrowly on two: φ⁺ and φ⁻ disagree.
    const flows = {
      phiPlus: Float64Array.of(0.5, 0.4),
      phiMinus: Float64Array.of(0.3, 0.1),
      net: Float64Array.of(0.2, 0.3),
      single: new Float64Array(0),
    };
    expect(partialRelation(flows, 0, 1)).toBe('R');
    const dominated = { ...flows, phiMinus: Float64Array.of(0.1, 0.3) };
    expect(partialRelation(dominated, 0, 1)).toBe('P');
    expect(partialRelation(dominated, 1, 0)).toBe('P-');
  });
});

describe('GAIA plane', () => {
  test('two criteria are kept whole (δ = 1) and each partner projects to its flows, rotated', () => {
    const flows = prometheeFlows(
      input(
        [
          [1, 5],
          [2, 3],
          [4, 4],
          [3, 1],
        ],
        ['benefit', 'benefit'],
        [0.5, 0.5],
      ),
    );
    const plane = gaiaPlane(flows.single, 4, 2, [0.5, 0.5]);
    expect(plane.delta).toBeCloseTo(1, 12);
    // A rotation keeps each partner's distance from the origin.
    for (let a = 0; a < 4; a++) {
      const [x, y] = plane.partners[a] ?? [0, 0];
      const r2 = (flows.single[a * 2] ?? 0) ** 2 + (flows.single[a * 2 + 1] ?? 0) ** 2;
      expect(x * x + y * y).toBeCloseTo(r2, 12);
    }
    for (const [u, v] of plane.criteria) expect(u * u + v * v).toBeCloseTo(1, 12);
  });
});

describe('GAIA plane against an independent principal component analysis', () => {
  test('axes, coordinates, decision stick and δ match power iteration with deflation', () => {
    const rows = [
      [8, 3, 120, 5],
      [6, 7, 90, 4],
      [9, 2, 150, 9],
      [4, 8, 60, 2],
      [7, 5, 110, 6],
      [5, 6, 80, 7],
    ];
    const weights = [0.4, 0.3, 0.2, 0.1];
    const flows = prometheeFlows({
      ...input(rows, ['benefit', 'benefit', 'cost', 'benefit'], weights),
      preferences: [
        { type: 'vshape', p: 4 },
        { type: 'usual' },
        { type: 'linear', q: 10, p: 50 },
        { type: 'gaussian', s: 2 },
      ],
    });
    const m = rows.length;
    const n = 4;
    const plane = gaiaPlane(flows.single, m, n, weights);
    // Reference: the covariance ΦᵀΦ/m, its two leading eigenvectors by power iteration.
    const cov = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => {
        let s = 0;
        for (let a = 0; a < m; a++)
          s += (flows.single[a * n + i] ?? 0) * (flows.single[a * n + j] ?? 0);
        return s / m;
      }),
    );
    const times = (A: number[][], v: number[]) =>
      A.map((row) => row.reduce((s, x, j) => s + x * (v[j] ?? 0), 0));
    const leading = (A: number[][]) => {
      let v = [1, 0.5, 0.25, 0.125];
      for (let it = 0; it < 5000; it++) {
        const w = times(A, v);
        const norm = Math.hypot(...w);
        v = w.map((x) => x / norm);
      }
      const lambda = times(A, v).reduce((s, x, j) => s + x * (v[j] ?? 0), 0);
      return { v, lambda };
    };
    const first = leading(cov);
    const deflated = cov.map((row, i) =>
      row.map((x, j) => x - first.lambda * (first.v[i] ?? 0) * (first.v[j] ?? 0)),
    );
    const second = leading(deflated);
    const trace = cov.reduce((s, row, i) => s + (row[i] ?? 0), 0);
    expect(plane.delta).toBeCloseTo((first.lambda + second.lambda) / trace, 9);
    const axes = [first.v, second.v];
    axes.forEach((u, c) => {
      const ours = plane.criteria.map((axis) => axis[c] ?? 0);
      const dot = ours.reduce((s, x, k) => s + x * (u[k] ?? 0), 0);
      expect(Math.abs(dot)).toBeCloseTo(1, 9);
      const sign = Math.sign(dot);
      for (let a = 0; a < m; a++) {
        let x = 0;
        for (let k = 0; k < n; k++) x += (flows.single[a * n + k] ?? 0) * (u[k] ?? 0);
        expect(plane.partners[a]?.[c]).toBeCloseTo(sign * x, 9);
      }
      const stick = weights.reduce((s, w, k) => s + w * (u[k] ?? 0), 0);
      expect(plane.decisionStick[c]).toBeCloseTo(sign * stick, 9);
    });
  });
});
