import { describe, expect, test } from 'vitest';
import { preferenceCurve, preferenceOf } from './preference.js';

describe('preference functions (Brans & Vincke 1985, Table 1; DESIGN.md "More methods")', () => {
  test('the six shapes at chosen differences', () => {
    expect(preferenceOf({ type: 'usual' }, 0.1)).toBe(1);
    expect(preferenceOf({ type: 'ushape', q: 2 }, 2)).toBe(0);
    expect(preferenceOf({ type: 'ushape', q: 2 }, 2.5)).toBe(1);
    expect(preferenceOf({ type: 'vshape', p: 4 }, 1)).toBe(0.25);
    expect(preferenceOf({ type: 'level', q: 1, p: 3 }, 2)).toBe(0.5);
    expect(preferenceOf({ type: 'linear', q: 1, p: 3 }, 2.5)).toBe(0.75);
    // Gaussian: 1 − e^{−d²/2s²}; at d = s that is 1 − e^{−½} = 0.393469.
    expect(preferenceOf({ type: 'gaussian', s: 2 }, 2)).toBeCloseTo(0.393469, 6);
  });

  test('curves run from 0 to the span, every point on the function, jumps drawn upright', () => {
    const level = preferenceCurve({ type: 'level', q: 1, p: 3 }, 4, 8);
    expect(level[0]).toStrictEqual([0, 0]);
    expect(level.at(-1)).toStrictEqual([4, 1]);
    // At q: ½ after the jump, 0 before; at p: ½ then 1.
    const atQ = level.filter(([d]) => d === 1).map(([, v]) => v);
    const atP = level.filter(([d]) => d === 3).map(([, v]) => v);
    expect(atQ).toStrictEqual([0, 0.5]);
    expect(atP).toStrictEqual([0.5, 1]);
    const linear = preferenceCurve({ type: 'linear', q: 0.7, p: 2.9 }, 4, 4);
    expect(linear.map(([d]) => d)).toContain(0.7);
    expect(linear.map(([d]) => d)).toContain(2.9);
    for (const [d, v] of linear)
      expect(v).toBe(preferenceOf({ type: 'linear', q: 0.7, p: 2.9 }, d));
    expect(preferenceCurve({ type: 'usual' }, 0, 2).slice(0, 2)).toStrictEqual([
      [0, 0],
      [0, 1],
    ]);
  });
});
