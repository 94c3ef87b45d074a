import { describe, expect, it } from 'vitest';
import { validateAgreement } from './validate.js';

const agreement = (amount: number, writeOff: number) => ({
  id: 'a1',
  type: 'joint-rnd',
  parties: ['us', 'lab'],
  start: '2026-01-01',
  end: '2027-12-31',
  exit: { writeOff },
  terms: [{ milestone: { id: 'm1', payer: 'us', payee: 'lab', amount } }],
});

describe('amounts above zero', () => {
  it('name their values, so that every language can say what is wrong', () => {
    const result = validateAgreement(agreement(-5, -100));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: ['exit', 'writeOff'],
        code: 'negative',
        message: 'is -100 but cannot be negative',
        params: { value: -100, op: '≥', bound: 0 },
      }),
      expect.objectContaining({
        path: ['terms', 0, 'milestone', 'amount'],
        code: 'not_positive',
        message: 'is -5 but must be > 0',
        params: { value: -5, op: '>', bound: 0 },
      }),
    ]);
  });

  it('take zero as a write-off but not as a milestone', () => {
    expect(validateAgreement(agreement(1, 0)).ok).toBe(true);
    expect(validateAgreement(agreement(0, 0)).ok).toBe(false);
  });
});
