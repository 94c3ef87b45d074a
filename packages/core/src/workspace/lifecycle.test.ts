import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  EXCLUDED_STATUSES,
  INCUMBENT_STATUSES,
  isExcludedStatus,
  isIncumbentStatus,
  isPartnerStatus,
  PARTNER_STATUSES,
} from './lifecycle.js';

describe('partner lifecycle', () => {
  it('reaches every status from candidate and ends in exited or rejected', () => {
    const seen = new Set<string>(['candidate']);
    const queue = ['candidate' as const] as (typeof PARTNER_STATUSES)[number][];
    while (queue.length > 0) {
      const from = queue.shift();
      if (from === undefined) break;
      for (const to of allowedTransitions(from)) {
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    expect([...seen].sort()).toEqual([...PARTNER_STATUSES].sort());
    expect(allowedTransitions('exited')).toEqual([]);
    expect(allowedTransitions('rejected')).toEqual([]);
  });

  it('names incumbents and excluded statuses as the spec rules say', () => {
    expect(INCUMBENT_STATUSES).toEqual(['active', 'under-review']);
    expect([...EXCLUDED_STATUSES].sort()).toEqual(['exited', 'exiting', 'rejected']);
    expect(isIncumbentStatus('active')).toBe(true);
    expect(isIncumbentStatus('negotiating')).toBe(false);
    expect(isExcludedStatus('exiting')).toBe(true);
    expect(isExcludedStatus('candidate')).toBe(false);
    expect(isPartnerStatus('under-review')).toBe(true);
    expect(isPartnerStatus('gone')).toBe(false);
  });
});
