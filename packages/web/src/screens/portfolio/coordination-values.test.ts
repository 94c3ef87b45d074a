import { describe, expect, it } from 'vitest';
import { bandIssue } from './coordination-values';

const bands = [
  { upTo: 3, perPartner: 2 },
  { upTo: 3, perPartner: 1 },
  { upTo: null, perPartner: 5 },
];

describe('overhead bands', () => {
  it('say which of core’s rules a band breaks, with both values', () => {
    expect(bandIssue(bands, 1, 'upTo')).toEqual({
      code: 'bands_not_increasing',
      value: 3,
      previous: 3,
    });
    expect(bandIssue(bands, 1, 'perPartner')).toEqual({
      code: 'not_convex',
      value: 1,
      previous: 2,
    });
  });

  it('judge a row only once both numbers are there, and never the first', () => {
    expect(bandIssue(bands, 0, 'upTo')).toBeUndefined();
    expect(bandIssue(bands, 2, 'upTo')).toBeUndefined();
    expect(bandIssue(bands, 2, 'perPartner')).toBeUndefined();
    expect(
      bandIssue(
        [
          { upTo: 2, perPartner: 1 },
          { upTo: 4, perPartner: 1 },
        ],
        1,
        'perPartner',
      ),
    ).toBeUndefined();
  });
});
