import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../api/types';
import { bodyOf, draftOf, idsValid } from './draft';

const saved: CriteriaSet = {
  version: 3,
  criteria: [
    { id: 'tech', name: 'Technical strength', kind: 'benefit' },
    { id: 'risk', kind: 'cost' },
  ],
  weighting: {
    method: 'ahp',
    matrices: [
      [
        [1, 3],
        [1 / 3, 1],
      ],
    ],
  },
  normalization: 'minmax',
  createdAt: null,
  createdBy: null,
};

describe('the criteria draft', () => {
  it('reads a saved AHP set and writes it back as one matrix', () => {
    const draft = draftOf(saved);
    expect(draft.method).toBe('ahp');
    expect(draft.criteria.map((c) => c.name)).toEqual(['Technical strength', 'risk']);
    const body = bodyOf(draft, 3);
    expect(body.version).toBe(3);
    expect(body.weighting).toEqual({
      method: 'ahp',
      matrices: [
        [
          [1, 3],
          [1 / 3, 1],
        ],
      ],
    });
    expect(body.criteria[0]).toEqual({ id: 'tech', name: 'Technical strength', kind: 'benefit' });
  });

  it('sends direct weights that sum to 1', () => {
    const draft = { ...draftOf(saved), method: 'direct' as const, weights: [0.7, 0.3] };
    const body = bodyOf(draft, 3);
    expect(body.weighting).toEqual({ method: 'direct' });
    expect(body.criteria.map((c) => c.weight)).toEqual([0.7, 0.3]);
  });

  it('rejects duplicate or malformed ids', () => {
    const draft = draftOf(saved);
    expect(idsValid(draft)).toBe(true);
    const dup = { ...draft, criteria: draft.criteria.map((c) => ({ ...c, id: 'x' })) };
    expect(idsValid(dup)).toBe(false);
    const bad = { ...draft, criteria: draft.criteria.map((c) => ({ ...c, id: 'a b' })) };
    expect(idsValid(bad)).toBe(false);
  });

  it('keeps an SMAA weighting and the preference functions it does not edit', () => {
    const smaa: CriteriaSet = {
      ...saved,
      criteria: [
        { id: 'tech', kind: 'benefit', weight: 2, preference: { type: 'vshape', p: 3 } },
        { id: 'risk', kind: 'cost', weight: 1 },
      ],
      weighting: { method: 'smaa', order: ['tech', 'risk'], ranges: { risk: [0.1, 0.4] } },
    };
    const draft = draftOf(smaa);
    expect(draft.method).toBe('direct');
    const body = bodyOf(draft, 3);
    expect(body.weighting).toEqual({
      method: 'smaa',
      order: ['tech', 'risk'],
      ranges: { risk: [0.1, 0.4] },
    });
    expect(body.criteria[0]).toMatchObject({ id: 'tech', preference: { type: 'vshape', p: 3 } });
    expect(body.criteria[0]?.weight).toBeCloseTo(2 / 3, 12);
  });
});
