import { describe, expect, it } from 'vitest';
import { diffEntry } from './audit-diff';

describe('diffEntry', () => {
  it('lists the changed fields only, without bookkeeping', () => {
    expect(
      diffEntry(
        { name: 'A', status: 'candidate', version: 1, domains: ['x'] },
        { name: 'A', status: 'negotiating', version: 2, domains: ['x', 'y'] },
      ),
    ).toEqual([
      { field: 'status', before: 'candidate', after: 'negotiating' },
      { field: 'domains', before: '["x"]', after: '["x","y"]' },
    ]);
  });

  it('treats a missing side as nothing (a creation or a deletion)', () => {
    expect(diffEntry(null, { cost: { triangular: [1, 2, 3] } })).toEqual([
      { field: 'cost', before: undefined, after: '{"triangular":[1,2,3]}' },
    ]);
  });
});
