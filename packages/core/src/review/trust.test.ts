import { describe, expect, it } from 'vitest';
import { formatPath } from '../util/issues.js';
import type { Obligation, ObligationState } from './obligations.js';
import { trustDirection, trustFromObligations } from './trust.js';

const ob = (
  id: string,
  owner: string,
  state: ObligationState,
  dueDate: string,
  resolvedAt?: string,
): Obligation => ({
  id,
  title: id,
  kind: 'obligation',
  owner,
  dueDate,
  state,
  ...(resolvedAt === undefined ? {} : { resolvedAt }),
});

const HISTORY = [
  ob('k1', 'acme', 'kept', '2025-12-20', '2026-01-01'),
  ob('b1', 'acme', 'broken', '2024-12-15', '2025-01-01'),
  ob('w1', 'acme', 'waived', '2025-06-01', '2025-06-01'),
  ob('d1', 'acme', 'disputed', '2025-07-01'),
  ob('o1', 'acme', 'open', '2026-05-01'),
  ob('x1', 'globex', 'broken', '2025-11-01', '2025-11-01'),
];

describe('trustFromObligations', () => {
  it('counts only the party’s kept and broken obligations, decayed by age', () => {
    const r = trustFromObligations(HISTORY, { today: '2026-01-01', party: 'acme' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Kept today (weight 1), broken a year ago (half-life 365 days: weight 0.5).
    expect(r.value.counted).toBe(2);
    expect(r.value.kept).toBeCloseTo(1, 12);
    expect(r.value.broken).toBeCloseTo(0.5, 12);
    expect(r.value.score).toBeCloseTo(2 / 3.5, 12);
  });

  it('gives a trend ending today, stepping back 30 days at a time over a year', () => {
    const r = trustFromObligations(HISTORY, { today: '2026-01-01', party: 'acme' });
    if (!r.ok) throw new Error('expected ok');
    const { trend } = r.value;
    expect(trend).toHaveLength(13);
    expect(trend[0]?.date).toBe('2025-01-06');
    expect(trend.at(-1)?.date).toBe('2026-01-01');
    // On 2025-01-06 only the broken obligation (5 days old) had happened.
    expect(trend[0]?.score).toBeCloseTo(1 / (2 + 0.5 ** (5 / 365)), 12);
    expect(trend.at(-1)?.score).toBeCloseTo(r.value.score, 12);
    expect(r.value.direction).toBe('rising');
  });

  it('dates an outcome without resolvedAt by its due date, or today if kept early', () => {
    const r = trustFromObligations(
      [ob('early', 'acme', 'kept', '2026-02-01'), ob('late', 'acme', 'broken', '2025-01-01')],
      { today: '2026-01-01', party: 'acme', trendDays: 60 },
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.kept).toBeCloseTo(1, 12);
    expect(r.value.broken).toBeCloseTo(0.5, 12);
    expect(r.value.trend.map((p) => p.date)).toEqual(['2025-11-02', '2025-12-02', '2026-01-01']);
  });

  it('is the uniform prior, steady, for a party with no record', () => {
    const r = trustFromObligations(HISTORY, { today: '2026-01-01', party: 'initech' });
    expect(r.ok && r.value).toMatchObject({ score: 0.5, counted: 0, direction: 'steady' });
  });

  it('refuses an outcome dated after today and bad options, naming where', () => {
    const r = trustFromObligations(
      [
        ob('k1', 'acme', 'kept', '2026-01-01', '2026-01-02'),
        ob('k2', 'acme', 'kept', '2026-13-01'),
      ],
      { today: '2026-01-01', party: 'acme', trendStepDays: 0 },
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`)).toEqual([
      'future_resolution@obligations[0].resolvedAt',
      'invalid_date@obligations[1].dueDate',
      'invalid_days@trendStepDays',
    ]);
    const h = trustFromObligations([], { today: '2026-01-01', party: 'a', halfLifeDays: -1 });
    expect(h.ok ? [] : h.issues.map((i) => i.code)).toEqual(['half_life']);
  });
});

describe('trustDirection', () => {
  it('needs a change of more than 0.05 between the first and last points', () => {
    const s = (...scores: number[]) => scores.map((score) => ({ score }));
    expect(trustDirection(s(0.5, 0.3, 0.56))).toBe('rising');
    expect(trustDirection(s(0.5, 0.9, 0.46))).toBe('steady');
    expect(trustDirection(s(0.5, 0.44))).toBe('falling');
    expect(trustDirection(s(0.5))).toBe('steady');
    expect(trustDirection([])).toBe('steady');
    expect(trustDirection(s(0.5, 0.46), 0.01)).toBe('falling');
  });
});
