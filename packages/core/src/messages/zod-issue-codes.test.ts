import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ISSUE_PARAMS } from './issue-params.js';
import { routeIssue } from './zod-issue-codes.js';

/** zod's first issue for `value`, as the error handler receives it. */
function issueOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  const [issue] = result.error.issues;
  if (issue === undefined) throw new Error('no issue');
  return issue;
}

describe('a route schema refusal as a code with values', () => {
  it.each([
    [z.string().min(3), 'ab', { code: 'too_short', params: { minimum: 3 } }],
    [z.string().max(2), 'abc', { code: 'too_long', params: { maximum: 2 } }],
    [z.array(z.number()).min(1), [], { code: 'too_few', params: { minimum: 1 } }],
    [z.array(z.number()).max(1), [1, 2], { code: 'too_many', params: { maximum: 1 } }],
    [z.number().int().min(1), 0, { code: 'below_minimum', params: { bound: 1, op: '≥' } }],
    [z.number().lt(10), 10, { code: 'above_maximum', params: { bound: 10, op: '<' } }],
    [z.string(), 4, { code: 'wrong_type', params: { expected: 'string' } }],
    [z.email(), 'x', { code: 'bad_format', params: { format: 'email' } }],
    [z.enum(['a', 'b']), 'c', { code: 'not_one_of', params: { allowed: 'a, b' } }],
    [z.strictObject({}), { x: 1 }, { code: 'unknown_keys', params: { keys: 'x' } }],
    [z.number().multipleOf(5), 3, { code: 'not_multiple', params: { divisor: 5 } }],
  ] as const)('%#: %o', (schema, value, expected) => {
    const { code, ...rest } = issueOf(schema, value);
    const named = routeIssue(code, rest);
    expect(named).toEqual(expected);
    // The values are exactly those core lists for the code (the web's tables rely on it).
    const names = ISSUE_PARAMS[named.code as keyof typeof ISSUE_PARAMS];
    expect(Object.keys(named.params ?? {}).sort()).toEqual([...names].sort());
  });

  it("keeps zod's code, without values, for a refusal it does not know", () => {
    const { code, ...rest } = issueOf(
      z.string().refine(() => false, 'no'),
      'x',
    );
    expect(routeIssue(code, rest)).toEqual({ code: 'custom' });
    expect(routeIssue('too_small', null)).toEqual({ code: 'too_small' });
  });
});
