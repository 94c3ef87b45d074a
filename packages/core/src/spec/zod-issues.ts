/**
 * Turns zod's issues into Partnerfolio issues: stable codes, messages in the user's
 * terms (what is wrong, what to do), one `unknown_field` per misspelt key with a
 * suggestion drawn from the keys that object really accepts.
 */
import type { z } from 'zod';
import { formatPath, type Issue, type IssuePath } from '../util/issues.js';
import { describeExpected, describeValue } from './describe-value.js';
import { didYouMean } from './edit-distance.js';
import { isMissing, valueAt } from './raw.js';
import { descriptionAt, knownKeysAt } from './schema-walk.js';

type ZodIssue = z.core.$ZodIssue;

/** Marks a message zod made up itself (the schema gave none), so we write our own. */
export const DEFAULT_MESSAGE = '\u0000';

export interface IssueContext {
  readonly schema: z.core.$ZodType;
  readonly document: unknown;
}

export function fromZodIssues(
  issues: readonly ZodIssue[],
  context: IssueContext,
  prefix: IssuePath = [],
): Issue[] {
  return issues.flatMap((issue) => fromZodIssue(issue, context, prefix));
}

const isNonFinite = (value: unknown): boolean =>
  typeof value === 'number' && !Number.isFinite(value);

const relation = (atLeast: boolean, inclusive: boolean): string =>
  atLeast ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';

const quote = (values: readonly unknown[]): string =>
  values.map((value) => `\`${String(value)}\``).join(', ');

function fromZodIssue(issue: ZodIssue, context: IssueContext, prefix: IssuePath): Issue[] {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const given = issue.message === DEFAULT_MESSAGE ? undefined : issue.message;
  const name = String(path.at(-1) ?? 'the document');
  // The root's description names the whole file format: no help in a message.
  const description = () =>
    path.length === 0 ? undefined : descriptionAt(context.schema, path, context.document);
  // A schema's own message says something the code's text does not: no params then.
  const make = (code: string, message: string, params?: Issue['params']): Issue[] => [
    given === undefined && params !== undefined
      ? { code, path, message, params }
      : { code, path, message: given ?? message },
  ];
  const missing = () => {
    const hint = description();
    return make('missing_field', `\`${name}\` is required${hint ? ` (${hint})` : ''}; add it`, {
      field: name,
    });
  };

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownField(path, key, context));
    case 'invalid_union':
      return fromUnion(issue, path, context, given);
    case 'invalid_type': {
      if (isMissing(context.document, path)) return missing();
      if (isNonFinite(issue.input) && (issue.expected === 'number' || issue.expected === 'int')) {
        return notFinite(path, issue.input);
      }
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return make('not_integer', `must be a whole number (found ${issue.input})`, {
          value: issue.input,
        });
      }
      const hint = description();
      return make(
        'invalid_type',
        `expected ${describeExpected(issue.expected)}${hint ? ` (${hint})` : ''} but found ${describeValue(issue.input)}`,
      );
    }
    case 'invalid_value':
      if (isMissing(context.document, path)) return missing();
      return make(
        'invalid_value',
        `${describeValue(issue.input)} is not allowed here; use one of ${quote(issue.values)}${didYouMean(plainText(issue.input), issue.values.map(String))}`,
        { value: plainText(issue.input), allowed: issue.values.map(String).join(', ') },
      );
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'number') {
        const code =
          small && bound === 0 ? (issue.inclusive ? 'negative' : 'not_positive') : 'out_of_range';
        const op = relation(small, issue.inclusive === true);
        const value = typeof issue.input === 'number' ? issue.input : String(issue.input);
        return make(code, `is ${describeValue(issue.input)} but must be ${op} ${bound}`, {
          value,
          op,
          bound,
        });
      }
      const length =
        Array.isArray(issue.input) || typeof issue.input === 'string' ? issue.input.length : 0;
      const hint = description();
      return make(
        'invalid_length',
        `has ${length} item(s) but ${small ? 'needs at least' : 'allows at most'} ${bound}${hint ? `; write ${hint}` : ''}`,
      );
    }
    case 'invalid_format':
      return make(
        'invalid_format',
        `${describeValue(issue.input)} does not have the expected form`,
      );
    case 'custom': {
      // A refinement names its code and, when its message has values, gives them too.
      const code = issue.params?.code;
      const values = issue.params?.values as Issue['params'] | undefined;
      const own = typeof code === 'string' ? code : 'invalid_value';
      return [
        values === undefined
          ? { code: own, path, message: given ?? 'is not valid here' }
          : { code: own, path, message: given ?? 'is not valid here', params: values },
      ];
    }
    default:
      return make('invalid_value', `${describeValue(issue.input)} is not valid here`);
  }
}

export function notFinite(path: IssuePath, value: unknown): Issue[] {
  return [
    {
      code: 'not_finite',
      path,
      message: `${describeValue(value)} is not a finite number; write an ordinary number (.nan, .inf and numbers beyond ±1.8e308 are not allowed)`,
    },
  ];
}

function unknownField(objectPath: IssuePath, key: string, context: IssueContext): Issue {
  const known = knownKeysAt(context.schema, objectPath, context.document);
  const where = objectPath.length > 0 ? ` in \`${formatPath(objectPath)}\`` : '';
  const advice =
    didYouMean(key, known) ||
    (known.length > 0 ? `; remove it, or use one of ${quote(known)}` : '; remove it');
  return {
    code: 'unknown_field',
    path: [...objectPath, key],
    message: `unknown field \`${key}\`${where}${advice}`,
    params: { field: key },
  };
}

function fromUnion(
  issue: Extract<ZodIssue, { code: 'invalid_union' }>,
  path: IssuePath,
  context: IssueContext,
  given: string | undefined,
): Issue[] {
  const value = valueAt(context.document, path);
  if (issue.errors.length === 0 && 'options' in issue && issue.options !== undefined) {
    // A discriminated union whose tag (the last path part) matched no option.
    const tag = String(path.at(-1));
    const message = isMissing(context.document, path)
      ? `\`${tag}\` is required; use one of ${quote(issue.options)}`
      : `${describeValue(value)} is not allowed here; use one of ${quote(issue.options)}${didYouMean(String(value), issue.options.map(String))}`;
    return [
      {
        code: isMissing(context.document, path) ? 'missing_field' : 'invalid_value',
        path,
        message,
      },
    ];
  }
  if (isMissing(context.document, path)) {
    const hint = descriptionAt(context.schema, path, context.document);
    return [
      {
        code: 'missing_field',
        path,
        message: `\`${String(path.at(-1))}\` is required${hint ? ` (${hint})` : ''}; add it`,
      },
    ];
  }
  // The branches whose type fits the value explain the error best.
  const fitting = issue.errors.filter(
    (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
  );
  const [first] = fitting;
  if (first !== undefined) return fromZodIssues(first, context, path);
  if (isNonFinite(value)) return notFinite(path, value);
  const hint = descriptionAt(context.schema, path, context.document);
  return [
    {
      code: 'invalid_type',
      path,
      message:
        given ??
        `expected ${hint ?? 'a different kind of value'} but found ${describeValue(value)}`,
    },
  ];
}

/**
 * A value as text for a message's parameters: a primitive as written, anything else as
 * `describeValue` says it (`String()` of a mapping may throw: `{ toString: "" }`).
 */
function plainText(value: unknown): string {
  return value === null || typeof value !== 'object' ? String(value) : describeValue(value);
}
