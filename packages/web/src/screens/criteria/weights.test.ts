import { describe, expect, it } from 'vitest';
import {
  addCriterion,
  dropCriterion,
  gridMatrix,
  moveWeight,
  nearestSaaty,
  normalizeWeights,
  saatyLabel,
  setJudgement,
} from './weights';

describe('direct weights', () => {
  it('moves one weight and rescales the others in proportion, keeping the sum at 1', () => {
    const next = moveWeight([0.5, 0.3, 0.2], 0, 0.8);
    expect(next[0]).toBeCloseTo(0.8, 12);
    expect(next[1]).toBeCloseTo(0.12, 12);
    expect(next[2]).toBeCloseTo(0.08, 12);
    expect(next.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it('normalises saved weights, equal when none is given', () => {
    expect(normalizeWeights([2, 6])).toEqual([0.25, 0.75]);
    expect(normalizeWeights([undefined, undefined])).toEqual([0.5, 0.5]);
  });
});

describe('pairwise matrices', () => {
  it('labels and snaps values to Saaty’s scale', () => {
    expect(saatyLabel(1 / 3)).toBe('1/3');
    expect(saatyLabel(5)).toBe('5');
    expect(nearestSaaty(0.3333)).toBeCloseTo(1 / 3, 12);
    expect(nearestSaaty(12)).toBe(9);
  });

  it('keeps the lower triangle reciprocal', () => {
    const m = setJudgement(gridMatrix(undefined, 3), 0, 2, 5);
    expect(m[0]?.[2]).toBe(5);
    expect(m[2]?.[0]).toBeCloseTo(0.2, 12);
    expect(m[1]?.[1]).toBe(1);
  });

  it('reads a saved matrix, and grows and shrinks with the criteria', () => {
    const m = gridMatrix(
      [
        [1, 3],
        [0.3333, 1],
      ],
      2,
    );
    expect(m[1]?.[0]).toBeCloseTo(1 / 3, 12);
    expect(gridMatrix([[1]], 2)).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(addCriterion(m).map((r) => r.length)).toEqual([3, 3, 3]);
    expect(dropCriterion(addCriterion(m), 2)).toEqual(m);
  });
});
