import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../api/types';
import { correctionOf, eventBody, shortHash } from './ledger-event';

describe('eventBody', () => {
  it('keeps the fields of the kind only', () => {
    expect(
      eventBody({
        kind: 'revenue',
        date: '2026-02-01',
        source: 'product-x',
        amount: 600000,
        pool: 'ignored',
        ref: ' inv-1 ',
        note: '',
      }),
    ).toEqual({
      date: '2026-02-01',
      kind: 'revenue',
      source: 'product-x',
      amount: 600000,
      ref: 'inv-1',
    });
    expect(eventBody({ kind: 'milestone', date: '2026-03-20', milestone: 'm1' })).toEqual({
      date: '2026-03-20',
      kind: 'milestone',
      id: 'm1',
    });
    expect(
      eventBody({ kind: 'usage', date: '2026-03-15', pool: 'gpu', party: 'b', quantity: 120 }),
    ).toEqual({ date: '2026-03-15', kind: 'usage', pool: 'gpu', party: 'b', quantity: 120 });
    expect(eventBody({ kind: 'cost', amount: null })).toEqual({ kind: 'cost' });
  });
});

describe('correctionOf', () => {
  const entry = (kind: string, event: Record<string, unknown>): LedgerEntry => ({
    seq: 4,
    agreementId: 'x',
    kind,
    eventDate: '2026-05-20',
    event: { kind, date: '2026-05-20', ...event },
    author: null,
    at: '2026-05-20T10:00:00Z',
    prevHash: '0'.repeat(64),
    hash: 'abcdef0123456789',
  });

  it('reverses the amount and names the ref it corrects', () => {
    expect(
      correctionOf(entry('revenue', { source: 'p', amount: 350000, ref: 'inv-21' }), '2026-05-28'),
    ).toMatchObject({
      kind: 'revenue',
      date: '2026-05-28',
      source: 'p',
      amount: -350000,
      corrects: 'inv-21',
    });
    expect(
      correctionOf(entry('usage', { pool: 'gpu', party: 'b', quantity: 5 }), 'd'),
    ).toMatchObject({ quantity: -5, corrects: undefined });
  });

  it('does not correct milestones or obligation outcomes', () => {
    expect(correctionOf(entry('milestone', { id: 'm1' }), 'd')).toBeUndefined();
    expect(correctionOf(entry('obligation', { outcome: 'kept' }), 'd')).toBeUndefined();
    expect(shortHash('abcdef0123456789')).toBe('abcdef0123');
  });
});
