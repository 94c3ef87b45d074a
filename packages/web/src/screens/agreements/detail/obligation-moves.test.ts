import { describe, expect, it } from 'vitest';
import { needsEvidence, nextStates } from './obligation-moves';

describe('obligation moves', () => {
  it('follow core: nothing goes back to open, a final outcome is reopened as disputed', () => {
    expect(nextStates('open')).toEqual(['kept', 'broken', 'waived', 'disputed']);
    expect(nextStates('disputed')).toEqual(['kept', 'broken', 'waived']);
    expect(nextStates('broken')).toEqual(['disputed']);
  });

  it('want evidence for everything but keeping an open obligation', () => {
    expect(needsEvidence('open', 'kept')).toBe(false);
    expect(needsEvidence('open', 'broken')).toBe(true);
    expect(needsEvidence('open', 'waived')).toBe(true);
    expect(needsEvidence('disputed', 'kept')).toBe(true);
    expect(needsEvidence('kept', 'disputed')).toBe(true);
  });
});
