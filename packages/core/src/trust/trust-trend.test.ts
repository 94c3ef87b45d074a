import { describe, expect, it } from 'vitest';
import { type TrustEvent, trustScore } from './beta-reputation.js';
import { trustTrend } from './trust-trend.js';

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

const EVENTS: TrustEvent[] = [
  { at: START + 10 * DAY, outcome: 'kept' },
  { at: START + 40 * DAY, outcome: 'broken', weight: 2 },
  { at: START + 70 * DAY, outcome: 'kept' },
];

describe('trustTrend', () => {
  it('gives the score at each step from the events that had happened by then', () => {
    const r = trustTrend(EVENTS, {
      from: START,
      to: START + 90 * DAY,
      step: 30 * DAY,
      halfLifeDays: 90,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((p) => p.at)).toEqual([0, 30, 60, 90].map((d) => START + d * DAY));
    expect(r.value[0]).toMatchObject({ score: 0.5, kept: 0, broken: 0 });
    for (const point of r.value) {
      const direct = trustScore(
        EVENTS.filter((e) => e.at <= point.at),
        { now: point.at, halfLifeDays: 90 },
      );
      expect(direct.ok && direct.value.score).toBe(point.score);
    }
    // Day 30: one kept event 20 days old; day 60: the broken one (weight 2) pulls it down.
    expect(r.value[1]?.kept).toBeCloseTo(0.5 ** (20 / 90), 15);
    expect(r.value[2]?.score).toBeLessThan(r.value[1]?.score ?? 0);
  });

  it('includes `to` when the steps land on it, and stops before it otherwise', () => {
    const r = trustTrend([], { from: 0, to: 10, step: 4 });
    expect(r.ok && r.value.map((p) => p.at)).toEqual([0, 4, 8]);
  });

  it('refuses a backwards range, a non-positive step and a runaway number of points', () => {
    const codes = (o: Parameters<typeof trustTrend>[1]) => {
      const r = trustTrend([], o);
      return r.ok ? [] : r.issues.map((i) => i.code);
    };
    expect(codes({ from: 10, to: 0, step: 1 })).toEqual(['range']);
    expect(codes({ from: 0, to: 10, step: 0 })).toEqual(['step']);
    expect(codes({ from: 0, to: 1e9, step: 1 })).toEqual(['too_many_points']);
  });
});
