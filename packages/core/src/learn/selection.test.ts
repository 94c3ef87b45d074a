import { describe, expect, it } from 'vitest';
import { type ScoreEvent, scoresAt, selectionMoment, settledNet } from './selection.js';

describe('scores at selection', () => {
  const events: ScoreEvent[] = [
    { criterion: 'fit', assessor: 'ana', score: 4, at: '2024-01-10T09:00:00.000Z' },
    { criterion: 'fit', assessor: 'bo', score: 6, at: '2024-01-11T09:00:00.000Z' },
    { criterion: 'risk', assessor: 'ana', score: 3, at: '2024-01-12T09:00:00.000Z' },
    // Revised with hindsight, after the partner was chosen:
    { criterion: 'fit', assessor: 'ana', score: 9, at: '2025-06-01T09:00:00.000Z' },
    { criterion: 'risk', assessor: 'ana', score: null, at: '2025-06-01T09:00:00.000Z' },
  ];

  it('takes each assessor’s last score by the moment, averaged over assessors', () => {
    expect(scoresAt(events, '2024-02-01')).toEqual({ fit: 5, risk: 3 });
    expect(scoresAt(events, '2025-07-01')).toEqual({ fit: 7.5 });
    // A date counts its whole day; before any score there is nothing.
    expect(scoresAt(events, '2024-01-11')).toEqual({ fit: 5 });
    expect(scoresAt(events, '2023-12-31')).toEqual({});
  });

  it('dates the selection by its earliest sign', () => {
    expect(selectionMoment({})).toBeUndefined();
    expect(
      selectionMoment({
        activated: '2024-03-05T10:00:00.000Z',
        agreementStarts: ['2024-02-01', '2024-09-01'],
        reviewStarts: ['2025-01-01'],
      }),
    ).toBe('2024-02-01T23:59:59.999Z');
    expect(
      selectionMoment({ activated: '2024-01-05T10:00:00.000Z', reviewStarts: ['2024-02-01'] }),
    ).toBe('2024-01-05T10:00:00.000Z');
  });
});

describe('settled net', () => {
  it('sums our balances over the statements in force', () => {
    const statements = [
      { number: 1, supersedes: null, balances: { us: 100, lab: -100 } },
      { number: 2, supersedes: null, balances: { us: 50.5, lab: -50.5 } },
      // Statement 3 corrects statement 2.
      { number: 3, supersedes: 2, balances: { us: 40.25, lab: -40.25 } },
    ];
    expect(settledNet(statements, ['us'])).toBe(140.25);
    expect(settledNet(statements, ['lab'])).toBe(-140.25);
    expect(settledNet([], ['us'])).toBeUndefined();
  });
});
