import { describe, expect, it } from 'vitest';
import { diffDocuments } from './diff-documents.js';

describe('diffDocuments', () => {
  it('names each changed leaf by its path, and nothing when only key order differs', () => {
    const before = { id: 'a', noticeDays: 30, terms: [{ milestone: { id: 'm1', amount: 100 } }] };
    const after = { noticeDays: 60, id: 'a', terms: [{ milestone: { amount: 250, id: 'm1' } }] };
    expect(diffDocuments(before, after)).toEqual([
      { path: 'noticeDays', before: 30, after: 60 },
      { path: 'terms[0].milestone.amount', before: 100, after: 250 },
    ]);
    expect(diffDocuments(before, { ...before })).toEqual([]);
  });

  it('shows an added or removed field or term with null on the side that lacks it', () => {
    expect(diffDocuments({ terms: [] }, { terms: [{ m: 1 }], end: '2027-01-01' })).toEqual([
      { path: 'end', before: null, after: '2027-01-01' },
      { path: 'terms[0]', before: null, after: { m: 1 } },
    ]);
  });
});
