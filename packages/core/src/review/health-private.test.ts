import { describe, expect, it } from 'vitest';
import type { HealthResponse } from './health-check.js';
import { healthFacts, summarizePrivateHealth } from './health-private.js';

const answer = (
  respondent: string,
  side: 'us' | 'partner',
  s: number,
  culture?: number,
): HealthResponse => ({
  respondent,
  side,
  scores: {
    strategy: s,
    operations: s,
    relationship: s,
    governance: s,
    ...(culture === undefined ? {} : { culture }),
  },
});

describe('summarizePrivateHealth', () => {
  it('shows a side by dimension only when at least 3 of its people answered', () => {
    const summary = summarizePrivateHealth([
      answer('a', 'us', 4),
      answer('b', 'us', 4),
      answer('c', 'us', 5, 5),
      answer('x', 'partner', 2),
      answer('y', 'partner', 3),
    ]);
    expect(summary.sides.us.respondents).toBe(3);
    expect(summary.sides.us.dimensions?.strategy).toBeCloseTo(13 / 3);
    expect(summary.sides.us.dimensions?.culture).toBe(5);
    // Two people of the partner: nothing of theirs is shown but the overall gap.
    expect(summary.sides.partner).toEqual({ respondents: 2, overall: null, dimensions: null });
    expect(summary.gaps).toBeNull();
    expect(summary.overall).toBeNull();
    expect(summary.overallGap).toBeCloseTo(((13 / 3) * 4 + 5) / 5 - 2.5);
    expect(healthFacts(summary)).toEqual({ healthGap: summary.overallGap });
  });

  it('gives the dimension gaps and the overall mean when both sides are large enough', () => {
    const summary = summarizePrivateHealth(
      ['a', 'b', 'c'].flatMap((r) => [answer(r, 'us', 4), answer(`p${r}`, 'partner', 2)]),
    );
    expect(summary.gaps?.strategy).toBe(2);
    expect(summary.gaps?.culture).toBeNull();
    expect(summary.overall).toBe(3);
    expect(healthFacts(summary)).toEqual({ health: 3, healthGap: 2 });
  });

  it('has no gap while one side has not answered', () => {
    const summary = summarizePrivateHealth([answer('a', 'us', 4)]);
    expect(summary.overallGap).toBeNull();
    expect(healthFacts(summary)).toEqual({});
  });
});
