import { describe, expect, it } from 'vitest';
import { coalitions, coalitionTable, missingCoalitions } from './coalitions';

describe('coalitions', () => {
  it('lists every non-empty group once, members in party order, by size', () => {
    expect(coalitions(['us', 'univ-a', 'corp-b']).map((c) => c.key)).toEqual([
      'us',
      'univ-a',
      'corp-b',
      'us,univ-a',
      'us,corp-b',
      'univ-a,corp-b',
      'us,univ-a,corp-b',
    ]);
    expect(coalitions(['a', 'b']).map((c) => c.members)).toEqual([['a'], ['b'], ['a', 'b']]);
    expect(coalitions(['a', 'b', 'c', 'd'])).toHaveLength(15);
  });

  it('keys follow the party order, not the alphabet', () => {
    expect(coalitions(['z', 'a']).at(-1)?.key).toBe('z,a');
  });
});

describe('coalitionTable', () => {
  it('adds the empty coalition and leaves out missing values', () => {
    expect(coalitionTable(['a', 'b'], { a: 0, b: null, 'a,b': 60, 'b,a': 5, c: 1 })).toEqual({
      '': 0,
      a: 0,
      'a,b': 60,
    });
    expect(missingCoalitions(['a', 'b'], { a: 1 }).map((c) => c.key)).toEqual(['b', 'a,b']);
  });
});
