import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closestMatch, didYouMean, editDistance } from './edit-distance.js';

describe('editDistance', () => {
  test('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('cost', 'cost')).toBe(0);
    expect(editDistance('cots', 'cost')).toBe(1);
    expect(editDistance('cst', 'cost')).toBe(1);
    expect(editDistance('costs', 'cost')).toBe(1);
    expect(editDistance('cast', 'cost')).toBe(1);
    expect(editDistance('triangle', 'triangular')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('is symmetric, zero only for equal strings, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });
});

describe('closestMatch', () => {
  const keys = ['id', 'name', 'kind', 'cost', 'return', 'uses', 'maxPartners'];

  test('finds plausible typos, ignoring case', () => {
    expect(closestMatch('cots', keys)).toBe('cost');
    expect(closestMatch('retrun', keys)).toBe('return');
    expect(closestMatch('MaxPartners', keys)).toBe('maxPartners');
    expect(closestMatch('maxpartner', keys)).toBe('maxPartners');
  });

  test('stays silent for different words', () => {
    expect(closestMatch('colour', keys)).toBeUndefined();
    expect(closestMatch('x', ['a', 'b'])).toBeUndefined();
    expect(closestMatch('weight', keys)).toBeUndefined();
  });

  test('didYouMean formats the suggestion or nothing', () => {
    expect(didYouMean('kidn', keys)).toBe('; did you mean `kind`?');
    expect(didYouMean('zzzz', keys)).toBe('');
  });
});
