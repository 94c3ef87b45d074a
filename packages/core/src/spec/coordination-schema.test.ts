import { describe, expect, test } from 'vitest';
import { ISSUE_PARAMS } from '../messages/issue-params.js';
import { coordinationCostSchema } from './coordination-schema.js';
import { fromZodIssues } from './zod-issues.js';

const issuesOf = (value: unknown) => {
  const parsed = coordinationCostSchema.safeParse(value);
  if (parsed.success) return [];
  return fromZodIssues(parsed.error.issues, { schema: coordinationCostSchema, document: value });
};

describe('coordination cost bands', () => {
  test('a band that does not end after the previous one: a code with both counts', () => {
    const [issue] = issuesOf({
      overhead: [
        { upTo: 4, perPartner: 1 },
        { upTo: 3, perPartner: 2 },
      ],
    });
    expect(issue).toMatchObject({
      code: 'bands_not_increasing',
      path: ['overhead', 1, 'upTo'],
      params: { value: 3, previous: 4 },
    });
  });

  test('a falling marginal rate (not convex): a code with both rates', () => {
    const [issue] = issuesOf({
      overhead: [
        { upTo: 2, perPartner: 1 },
        { upTo: 4, perPartner: 0.5 },
      ],
    });
    expect(issue).toMatchObject({
      code: 'not_convex',
      path: ['overhead', 1, 'perPartner'],
      params: { value: 0.5, previous: 1 },
    });
    expect(Object.keys(issue?.params ?? {}).sort()).toEqual([...ISSUE_PARAMS.not_convex]);
  });

  test('by kind and rising bands are accepted', () => {
    expect(
      issuesOf({
        perPartner: { academic: 2 },
        overhead: [
          { upTo: 2, perPartner: 0 },
          { upTo: 5, perPartner: 1 },
        ],
      }),
    ).toEqual([]);
  });
});
