/**
 * A zod refusal (`too_small`, `invalid_type`, ...) as one of the issue codes core lists
 * with their values (`ISSUE_PARAMS`: `too_short {minimum}`, `wrong_type {expected}`, ...),
 * so that the web app says it in the reader's language. The one mapping for the server's
 * route schemas and its store's input schemas. The English `message` stays zod's (or the
 * schema's own); an issue without a listed code keeps zod's code and no values.
 */
import type { IssueCodeWithParams } from './issue-params.js';

type Params = Readonly<Record<string, string | number>>;
export interface RouteIssue {
  readonly code: string;
  readonly params?: Params;
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : undefined;
const words = (value: unknown): string | undefined =>
  Array.isArray(value) ? value.map((v) => String(v)).join(', ') : undefined;

const SIZED = new Set(['string', 'array', 'set', 'file']);

function named(code: string, issue: Readonly<Record<string, unknown>>): RouteIssue | undefined {
  const origin = typeof issue.origin === 'string' ? issue.origin : '';
  const inclusive = issue.inclusive !== false;
  const withParams = (c: IssueCodeWithParams, params: Params): RouteIssue => ({
    code: c,
    params,
  });
  switch (code) {
    case 'too_small': {
      const minimum = num(issue.minimum);
      if (minimum === undefined) return undefined;
      if (origin === 'string') return withParams('too_short', { minimum });
      if (SIZED.has(origin)) return withParams('too_few', { minimum });
      return withParams('below_minimum', { bound: minimum, op: inclusive ? '≥' : '>' });
    }
    case 'too_big': {
      const maximum = num(issue.maximum);
      if (maximum === undefined) return undefined;
      if (origin === 'string') return withParams('too_long', { maximum });
      if (SIZED.has(origin)) return withParams('too_many', { maximum });
      return withParams('above_maximum', { bound: maximum, op: inclusive ? '≤' : '<' });
    }
    case 'invalid_type':
      return typeof issue.expected === 'string'
        ? withParams('wrong_type', { expected: issue.expected })
        : undefined;
    case 'invalid_format':
      return typeof issue.format === 'string'
        ? withParams('bad_format', { format: issue.format })
        : undefined;
    case 'invalid_value': {
      const allowed = words(issue.values);
      return allowed === undefined ? undefined : withParams('not_one_of', { allowed });
    }
    case 'unrecognized_keys': {
      const keys = words(issue.keys);
      return keys === undefined ? undefined : withParams('unknown_keys', { keys });
    }
    case 'not_multiple_of': {
      const divisor = num(issue.divisor);
      return divisor === undefined ? undefined : withParams('not_multiple', { divisor });
    }
    default:
      return undefined;
  }
}

/** `code` is zod's issue code; `issue` the rest of the issue (its limits, expected type, ...). */
export function routeIssue(code: string, issue: unknown): RouteIssue {
  const fields =
    typeof issue === 'object' && issue !== null ? (issue as Record<string, unknown>) : {};
  return named(code, fields) ?? { code };
}
