import { describe, expect, it } from 'vitest';
import { formatPath } from '../util/issues.js';
import { type HealthResponse, summarizeHealth } from './health-check.js';

const RESPONSES: HealthResponse[] = [
  {
    respondent: 'u1',
    side: 'us',
    scores: { strategy: 4, operations: 3, relationship: 5, governance: 4 },
  },
  { respondent: 'u2', side: 'us', scores: { strategy: 5, operations: 3, relationship: 4 } },
  {
    respondent: 'p1',
    side: 'partner',
    scores: { strategy: 4, operations: 2, relationship: 2, governance: 4 },
    comment: 'we hear about changes late',
  },
  {
    respondent: 'p2',
    side: 'partner',
    scores: { strategy: 3, operations: 2, relationship: 3, governance: 3 },
  },
];

describe('summarizeHealth', () => {
  it('gives each side’s mean, the gap and the dimension the sides disagree on most', () => {
    const r = summarizeHealth(RESPONSES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.value;
    expect(s.dimensions.strategy).toEqual({ us: 4.5, partner: 3.5, mean: 4, gap: 1, n: 4 });
    expect(s.dimensions.operations).toEqual({ us: 3, partner: 2, mean: 2.5, gap: 1, n: 4 });
    expect(s.dimensions.relationship).toEqual({ us: 4.5, partner: 2.5, mean: 3.5, gap: 2, n: 4 });
    expect(s.dimensions.governance.n).toBe(3);
    expect(s.dimensions.governance.mean).toBeCloseTo(11 / 3, 12);
    expect(s.dimensions.governance.gap).toBe(0.5);
    // Mean of the four dimension means: (4 + 2.5 + 3.5 + 11/3) / 4.
    expect(s.overall).toBeCloseTo(41 / 12, 12);
    expect(s.maxGap).toBe(2);
    expect(s.widestGap).toBe('relationship');
    expect(s.respondents).toBe(4);
  });

  it('has no gap when only one side answered, and nothing at all with no answers', () => {
    const ours = summarizeHealth(RESPONSES.slice(0, 2));
    expect(ours.ok && ours.value.dimensions.strategy).toEqual({
      us: 4.5,
      partner: null,
      mean: 4.5,
      gap: null,
      n: 2,
    });
    expect(ours.ok && [ours.value.maxGap, ours.value.widestGap]).toEqual([null, null]);
    const none = summarizeHealth([]);
    expect(none.ok && [none.value.overall, none.value.dimensions.governance.n]).toEqual([null, 0]);
  });

  it('refuses scores off the scale, unknown dimensions and sides, naming where', () => {
    const r = summarizeHealth([
      { respondent: 'u1', side: 'us', scores: { strategy: 6 } },
      { respondent: 'u2', side: 'them', scores: { morale: 3 } },
    ] as unknown as HealthResponse[]);
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`)).toEqual([
      'out_of_range@responses[0].scores.strategy',
      'invalid_value@responses[1].side',
      'unknown_field@responses[1].scores.morale',
    ]);
  });
});
