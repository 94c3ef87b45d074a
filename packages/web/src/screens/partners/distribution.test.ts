import { describe, expect, it } from 'vitest';
import {
  changeForm,
  checkDraft,
  density,
  densityCurve,
  draftOf,
  expectedValue,
  pointMass,
  toDistribution,
} from './distribution';

/** The area under the density by the trapezium rule: a density integrates to 1. */
function area(curve: [number, number][]): number {
  let sum = 0;
  for (let i = 1; i < curve.length; i++) {
    const [x0, y0] = curve[i - 1] ?? [0, 0];
    const [x1, y1] = curve[i] ?? [0, 0];
    sum += ((y0 + y1) / 2) * (x1 - x0);
  }
  return sum;
}

describe('distribution drafts', () => {
  it('round-trips the API forms', () => {
    for (const d of [
      3,
      { uniform: [1, 2] as [number, number] },
      { triangular: [1, 2, 4] as [number, number, number] },
      { pert: [1, 2, 4] as [number, number, number] },
      { normal: [5, 1] as [number, number] },
      { lognormal: [0, 0.5] as [number, number] },
    ]) {
      const draft = draftOf(d);
      expect(draft).not.toBeNull();
      if (draft !== null) expect(toDistribution(draft)).toEqual(d);
    }
    expect(draftOf(null)).toBeNull();
  });

  it('names each missing parameter and each rule broken', () => {
    expect(checkDraft({ form: 'triangular', values: [1, null, 3] })).toEqual([
      { code: 'required', parameter: 'mode' },
    ]);
    expect(checkDraft({ form: 'triangular', values: [1, 5, 3] })).toEqual([
      { code: 'order', form: 'triangular' },
    ]);
    expect(checkDraft({ form: 'uniform', values: [4, 3] })).toEqual([
      { code: 'order', form: 'uniform' },
    ]);
    expect(checkDraft({ form: 'normal', values: [0, -1] })).toEqual([
      { code: 'negative', parameter: 'sd' },
    ]);
    expect(checkDraft({ form: 'pert', values: [1, 1, 1] })).toEqual([]);
    // Core's bound on a spec's numbers (NUMBER_LIMITS, ±1e12), said before the server does.
    expect(checkDraft({ form: 'uniform', values: [1, 1e13] })).toEqual([
      { code: 'range', parameter: 'max' },
    ]);
    expect(checkDraft({ form: 'number', values: [-1e12] })).toEqual([]);
    expect(toDistribution({ form: 'uniform', values: [4, 3] })).toBeUndefined();
  });

  it('keeps the range when the form changes', () => {
    expect(changeForm({ form: 'triangular', values: [1, 2, 6] }, 'uniform')).toEqual({
      form: 'uniform',
      values: [1, 6],
    });
    expect(changeForm({ form: 'uniform', values: [1, 6] }, 'pert')).toEqual({
      form: 'pert',
      values: [1, 3.5, 6],
    });
    expect(changeForm(null, 'number')).toEqual({ form: 'number', values: [null] });
  });
});

describe('densities and expected values', () => {
  it('gives the textbook means', () => {
    expect(expectedValue(2)).toBe(2);
    expect(expectedValue({ uniform: [1, 3] })).toBe(2);
    expect(expectedValue({ triangular: [260, 300, 380] })).toBeCloseTo(313.333, 3);
    expect(expectedValue({ pert: [0, 1, 8] })).toBe(2);
    expect(expectedValue({ normal: [5, 2] })).toBe(5);
    expect(expectedValue({ lognormal: [0, 1] })).toBeCloseTo(Math.exp(0.5), 12);
  });

  it('integrates to one', () => {
    expect(area(densityCurve({ uniform: [1, 3] }, 2001))).toBeCloseTo(1, 2);
    expect(area(densityCurve({ triangular: [260, 300, 380] }, 2001))).toBeCloseTo(1, 3);
    expect(area(densityCurve({ pert: [0, 1, 8] }, 2001))).toBeCloseTo(1, 3);
    expect(area(densityCurve({ normal: [5, 2] }, 2001))).toBeCloseTo(1, 3);
    expect(area(densityCurve({ lognormal: [0, 0.5] }, 4001))).toBeCloseTo(1, 2);
  });

  it('peaks at the mode of a triangle, and is zero outside it', () => {
    expect(density({ triangular: [0, 1, 4] }, 1)).toBeCloseTo(0.5, 12);
    expect(density({ triangular: [0, 1, 4] }, 5)).toBe(0);
    expect(density({ pert: [0, 1, 4] }, -1)).toBe(0);
  });

  it('treats a distribution without spread as a point', () => {
    expect(pointMass(7)).toBe(7);
    expect(pointMass({ triangular: [2, 2, 2] })).toBe(2);
    expect(pointMass({ normal: [3, 0] })).toBe(3);
    expect(pointMass({ normal: [3, 1] })).toBeUndefined();
    expect(densityCurve(7)).toEqual([]);
  });
});
