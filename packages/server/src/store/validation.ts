import {
  boundedNumber,
  distributionSchema,
  formatPath,
  type Issue,
  type IssuePath,
  idSchema,
  NORMALIZATIONS,
  PARTNER_KINDS,
  routeIssue,
  specSchema,
  toSpecDistribution,
  weightingSchema,
} from '@partnerfolio/core';
import { z } from 'zod';
import { StoreError } from './errors.js';

/**
 * Input schemas of the store, built from core's spec schemas wherever the field exists
 * in the spec, so a partner typed into the app obeys the same rules as one in a file.
 * Exported so that the HTTP layer can reuse them (and their OpenAPI form).
 */

/**
 * A spec id: core's one rule (NFC, well-formed, at most 200 characters, no invisible or
 * mixed-script look-alikes, not `__proto__`; see core's spec/input-rules.ts).
 */
export const keySchema = idSchema;

/** Validates a spec distribution and stores it in its canonical spec form. */
export const storedDistributionSchema = distributionSchema.transform(toSpecDistribution);

const nonNegative = boundedNumber().min(0, {
  error: 'cannot be negative; use 0 or a positive number',
});

export const contactSchema = z.strictObject({
  name: z.string().min(1),
  email: z.string().optional(),
  phone: z.string().optional(),
  role: z.string().optional(),
});

export const partnerKindSchema = z.enum(PARTNER_KINDS);
export const normalizationSchema = z.enum(NORMALIZATIONS);
export { weightingSchema };

export const criterionSchema = specSchema.shape.criteria.unwrap().element;

const settingsShape = specSchema.pick({
  organization: true,
  unit: true,
  netModel: true,
  objective: true,
  coordinationCost: true,
  resources: true,
  constraints: true,
  needs: true,
  vocabulary: true,
  rules: true,
});
/** The workspace's settings: the parts of a spec that are not lists of records. */
export const settingsSchema = settingsShape;

export const scoresSchema = z.record(keySchema, boundedNumber());
export const usesSchema = z.record(keySchema, nonNegative);

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod's issues into the store's `Issue`s (stable code, field path, message). For a
 * union (a distribution is a number or an object) the branch whose type fits the value
 * explains the error, as in core's spec reader: `cost.triangular: out of order`, not
 * "no union member matched".
 */
export function toIssues(issues: readonly ZodIssue[], prefix: IssuePath = []): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'invalid_union') {
      const fitting = issue.errors.find(
        (branch) =>
          !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
      );
      if (fitting) return toIssues(fitting, path);
      return [
        { code: 'invalid_type', path, message: 'expected a number or one of the allowed forms' },
      ];
    }
    // A refinement names its code (and its values, when its message has any); zod's own
    // refusals take core's codes with values, so the web app can say them in Chinese.
    const params =
      'params' in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
    if (typeof params?.code === 'string') {
      const values = params.values as Issue['params'] | undefined;
      return [
        values === undefined
          ? { code: params.code, path, message: issue.message }
          : { code: params.code, path, message: issue.message, params: values },
      ];
    }
    const named = routeIssue(issue.code, issue);
    return [
      named.params === undefined
        ? { code: named.code, path, message: issue.message }
        : { code: named.code, path, message: issue.message, params: named.params },
    ];
  });
}

/** Parses `value` or throws `invalid` with every issue found. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  prefix: IssuePath = [],
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toIssues(result.error.issues, prefix);
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${formatPath(first.path)}` : '';
  throw new StoreError('invalid', `${what} is not valid${where}: ${first?.message ?? ''}`, {
    issues,
  });
}
