import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../util/issues.js';
import { type TrustEvent, type TrustScore, trustScore } from './beta-reputation.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 1);

function score(
  events: TrustEvent[],
  options: Partial<Parameters<typeof trustScore>[1]> = {},
): TrustScore {
  const r = trustScore(events, { now: NOW, ...options });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
}

describe('trustScore', () => {
  it('is the uniform prior with no history', () => {
    const s = score([]);
    expect(s.score).toBe(0.5);
    // Beta(1, 1) is uniform on [0, 1]: sd = 1/√12.
    expect(s.uncertainty).toBeCloseTo(1 / Math.sqrt(12), 15);
    expect(s).toMatchObject({ kept: 0, broken: 0 });
  });

  it('counts fresh events at full weight: Beta(1 + 3, 1 + 1)', () => {
    const s = score([
      { at: NOW, outcome: 'kept' },
      { at: NOW, outcome: 'kept' },
      { at: NOW, outcome: 'kept', weight: 1 },
      { at: NOW, outcome: 'broken' },
    ]);
    expect(s.kept).toBe(3);
    expect(s.broken).toBe(1);
    expect(s.score).toBeCloseTo(4 / 6, 15);
    // Var = αβ/((α+β)²(α+β+1)) = 4·2/(36·7)
    expect(s.uncertainty).toBeCloseTo(Math.sqrt(8 / 252), 15);
  });

  it('halves an event’s weight every half-life', () => {
    expect(score([{ at: NOW - 365 * DAY, outcome: 'kept' }]).kept).toBeCloseTo(0.5, 15);
    expect(score([{ at: NOW - 730 * DAY, outcome: 'kept', weight: 2 }]).kept).toBeCloseTo(0.5, 15);
    expect(
      score([{ at: NOW - 30 * DAY, outcome: 'broken' }], { halfLifeDays: 30 }).broken,
    ).toBeCloseTo(0.5, 15);
    expect(
      score([{ at: NOW - 3000 * DAY, outcome: 'kept' }], { halfLifeDays: Number.POSITIVE_INFINITY })
        .kept,
    ).toBe(1);
  });

  it('uses the given prior', () => {
    const s = score([{ at: NOW, outcome: 'kept' }], { prior: { kept: 2, broken: 8 } });
    expect(s.score).toBeCloseTo(3 / 11, 15);
  });

  it('lets recent behaviour outweigh old behaviour', () => {
    const oldBroken = score([
      { at: NOW - 1000 * DAY, outcome: 'broken' },
      { at: NOW - DAY, outcome: 'kept' },
    ]);
    const newBroken = score([
      { at: NOW - 1000 * DAY, outcome: 'kept' },
      { at: NOW - DAY, outcome: 'broken' },
    ]);
    expect(oldBroken.score).toBeGreaterThan(0.5);
    expect(newBroken.score).toBeLessThan(0.5);
  });

  it('drops when an obligation is broken, rises when one is kept, and gets more certain', () => {
    const history = fc.array(
      fc.record({
        at: fc.integer({ min: NOW - 2000 * DAY, max: NOW }),
        outcome: fc.constantFrom('kept' as const, 'broken' as const),
        weight: fc.double({ min: 0.1, max: 5, noNaN: true }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(history, fc.integer({ min: NOW - 2000 * DAY, max: NOW }), (events, at) => {
        const before = score(events);
        const broken = score([...events, { at, outcome: 'broken' }]);
        const kept = score([...events, { at, outcome: 'kept' }]);
        expect(broken.score).toBeLessThan(before.score);
        expect(kept.score).toBeGreaterThan(before.score);
        expect(before.score).toBeGreaterThan(0);
        expect(before.score).toBeLessThan(1);
      }),
      { seed: 31, numRuns: 300 },
    );
    // More evidence of the same kind narrows the Beta.
    const one = score([
      { at: NOW, outcome: 'kept' },
      { at: NOW, outcome: 'broken' },
    ]);
    const many = score(
      Array.from({ length: 40 }, (_, i) => ({ at: NOW, outcome: i % 2 ? 'kept' : 'broken' })),
    );
    expect(many.uncertainty).toBeLessThan(one.uncertainty);
  });

  it('refuses events in the future and bad options, naming where', () => {
    const r = trustScore(
      [
        { at: NOW + 1, outcome: 'kept' },
        { at: NOW, outcome: 'broken', weight: -1 },
      ],
      { now: NOW, halfLifeDays: 0, prior: { kept: 0, broken: 1 } },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.code}@${formatPath(i.path)}`)).toEqual([
      'half_life@halfLifeDays',
      'prior@prior.kept',
      'future_event@events[0].at',
      'negative_weight@events[1].weight',
    ]);
    expect(r.issues[2]?.message).toContain('2026-01-01T00:00:00.001Z');
  });
});
