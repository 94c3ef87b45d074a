import { describe, expect, it } from 'vitest';
import { airportSplit } from './airport-split.js';

describe('airportSplit', () => {
  it('shares each capacity increment among those who need it; the shares add up to the largest cost', () => {
    const r = airportSplit({
      'vision-team': 120,
      'nlp-team': 200,
      'univ-a': 200,
      'corp-b': 350,
      'speech-team': 500,
      'gov-lab': 800,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 120/6 = 20; + 80/5 = 36; + 150/3 = 86; + 150/2 = 161; + 300 = 461.
    const expected = {
      'vision-team': 20,
      'nlp-team': 36,
      'univ-a': 36,
      'corp-b': 86,
      'speech-team': 161,
      'gov-lab': 461,
    };
    for (const [player, share] of Object.entries(expected)) {
      expect(r.value.shares[player]).toBeCloseTo(share, 9);
    }
    expect(r.value.total).toBe(800);
    expect(Object.values(r.value.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(800, 9);
  });

  it('handles no players, and refuses a negative or missing cost by player', () => {
    expect(airportSplit({})).toMatchObject({ ok: true, value: { shares: {}, total: 0 } });
    const r = airportSplit({ a: 10, b: -5, c: Number.NaN });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([
      ['costs', 'b'],
      ['costs', 'c'],
    ]);
  });
});
