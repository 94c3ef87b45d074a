import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../api/types';
import {
  addAssessor,
  bodyOf,
  draftOf,
  idsValid,
  moveInOrder,
  removeAssessor,
  shownMatrix,
  shownWeights,
  smaaFormOf,
  smaaWeightingOf,
  withShownMatrix,
  withShownWeights,
} from './draft';
import { setJudgement } from './weights';

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
    const draft = { ...draftOf(saved), method: 'direct' as const, direct: [[0.7, 0.3]] };
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
    expect(draft.method).toBe('smaa');
    expect(draft.smaa).toEqual({
      order: ['tech', 'risk'],
      ranges: { risk: { low: 0.1, high: 0.4 } },
    });
    const body = bodyOf(draft, 3);
    expect(body.weighting).toEqual({
      method: 'smaa',
      order: ['tech', 'risk'],
      ranges: { risk: [0.1, 0.4] },
    });
    expect(body.criteria[0]).toMatchObject({ id: 'tech', preference: { type: 'vshape', p: 3 } });
    expect(body.criteria[0]?.weight).toBeCloseTo(2 / 3, 12);
  });

  // Regression: the draft read only `matrices[0]` and saved `[matrix]`, so a save dropped
  // every other assessor's judgements.
  it('keeps every assessor’s matrix through a save, and an edit changes only the shown one', () => {
    const two: CriteriaSet = {
      ...saved,
      weighting: {
        method: 'ahp',
        matrices: [
          [
            [1, 3],
            [1 / 3, 1],
          ],
          [
            [1, 1 / 5],
            [5, 1],
          ],
        ],
      },
    };
    const draft = draftOf(two);
    expect(draft.matrices).toHaveLength(2);
    expect(bodyOf(draft, 3).weighting).toEqual(two.weighting);

    const second = { ...draft, assessor: 1 };
    const edited = withShownMatrix(second, setJudgement(shownMatrix(second), 0, 1, 7));
    const body = bodyOf(edited, 3);
    expect(body.weighting).toEqual({
      method: 'ahp',
      matrices: [
        [
          [1, 3],
          [1 / 3, 1],
        ],
        [
          [1, 7],
          [1 / 7, 1],
        ],
      ],
    });
  });

  it('reads a single saved `matrix` as one assessor, adds and removes assessors', () => {
    const one: CriteriaSet = {
      ...saved,
      weighting: {
        method: 'ahp',
        matrix: [
          [1, 2],
          [1 / 2, 1],
        ],
      },
    };
    const draft = addAssessor(draftOf(one));
    expect(draft.assessor).toBe(1);
    expect(draft.matrices[1]).toEqual([
      [1, 1],
      [1, 1],
    ]);
    const back = removeAssessor(draft, 0);
    expect(back.matrices).toEqual([
      [
        [1, 1],
        [1, 1],
      ],
    ]);
    expect(back.assessor).toBe(0);
    expect(removeAssessor(back, 0)).toBe(back);
  });

  it('keeps each assessor’s direct weights; several go whole and the criteria carry none', () => {
    const direct: CriteriaSet = {
      ...saved,
      criteria: [
        { id: 'tech', kind: 'benefit' },
        { id: 'risk', kind: 'cost' },
      ],
      weighting: {
        method: 'direct',
        assessors: [
          { tech: 3, risk: 1 },
          { tech: 1, risk: 1 },
        ],
      },
    };
    const draft = draftOf(direct);
    expect(draft.direct).toEqual([
      [0.75, 0.25],
      [0.5, 0.5],
    ]);
    const second = { ...draft, assessor: 1 };
    expect(shownWeights(second)).toEqual([0.5, 0.5]);
    const edited = withShownWeights(second, [0.2, 0.8]);
    const body = bodyOf(edited, 3);
    expect(body.criteria.map((c) => c.weight)).toEqual([undefined, undefined]);
    expect(body.weighting).toEqual({
      method: 'direct',
      assessors: [
        { tech: 0.75, risk: 0.25 },
        { tech: 0.2, risk: 0.8 },
      ],
    });
    // Back to one assessor: plain direct weights on the criteria.
    const one = removeAssessor(edited, 0);
    expect(bodyOf(one, 3).weighting).toEqual({ method: 'direct' });
    expect(bodyOf(one, 3).criteria.map((c) => c.weight)).toEqual([0.2, 0.8]);
    // An AHP draft's assessors are its own: adding one there leaves the direct ones alone.
    const ahpDraft = addAssessor({ ...draft, method: 'ahp' });
    expect(ahpDraft.matrices).toHaveLength(2);
    expect(ahpDraft.direct).toHaveLength(2);
  });

  describe('the SMAA form ↔ weighting', () => {
    const criteria = [
      { key: 'tech', id: 'tech' },
      { key: 'market', id: 'market' },
      { key: 'new-1', id: 'risk' },
    ];

    it('says the order by the current ids and fills a half-typed range from [0, 1]', () => {
      const form = {
        order: ['tech', 'market', 'new-1'],
        ranges: { 'new-1': { low: 0.05 }, market: { high: 0.5 }, tech: {} },
      };
      expect(smaaWeightingOf(form, criteria)).toEqual({
        method: 'smaa',
        order: ['tech', 'market', 'risk'],
        ranges: { market: [0, 0.5], risk: [0.05, 1] },
      });
    });

    it('leaves out an empty order and ranges, and keys of removed criteria', () => {
      expect(smaaWeightingOf({ order: [], ranges: {} }, criteria)).toEqual({ method: 'smaa' });
      expect(
        smaaWeightingOf({ order: ['gone', 'market'], ranges: { gone: { low: 0.2 } } }, criteria),
      ).toEqual({ method: 'smaa', order: ['market'] });
    });

    it('reads back what it writes', () => {
      const weighting = {
        method: 'smaa' as const,
        order: ['market', 'tech'],
        ranges: { risk: [0.05, 0.3] },
      };
      const form = smaaFormOf(weighting, ['tech', 'market', 'risk']);
      expect(form).toEqual({
        order: ['market', 'tech'],
        ranges: { risk: { low: 0.05, high: 0.3 } },
      });
      const same = criteria.map((c) => ({ ...c, key: c.id }));
      expect(smaaWeightingOf(form, same)).toEqual(weighting);
    });

    it('moves a criterion one place, and not past either end', () => {
      expect(moveInOrder(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
      expect(moveInOrder(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
      expect(moveInOrder(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
      expect(moveInOrder(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    });

    it('a switch to SMAA keeps the direct weights for the other commands', () => {
      const draft = { ...draftOf(saved), method: 'smaa' as const };
      const body = bodyOf(
        { ...draft, smaa: { order: [draft.criteria[0]?.key ?? ''], ranges: {} } },
        1,
      );
      expect(body.weighting).toEqual({ method: 'smaa', order: [draft.criteria[0]?.id] });
      expect(body.criteria.every((c) => typeof c.weight === 'number')).toBe(true);
    });
  });
});
