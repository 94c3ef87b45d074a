/** Schemas shared by several route groups. */
import { z } from 'zod';
import { ROLES } from '../auth/policies.js';

export const slugParam = z.object({
  slug: z.string().min(1).max(63).meta({ description: 'the workspace slug' }),
});

export const roleSchema = z.enum(ROLES);

export const userSchema = z
  .object({ email: z.string(), name: z.string(), createdAt: z.string() })
  .meta({ id: 'User' });

/** A non-negative whole number in a query string (`?limit=50`). */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The version a write is based on, as a number (body) or a quoted/bare If-Match header. */
export const versionSchema = z.int().min(0).meta({
  description: 'the version of the record this change is based on (from a previous read)',
});

export const noContent = z.null().meta({ description: 'no content' });

const pair = z.tuple([z.number(), z.number()]);
const triple = z.tuple([z.number(), z.number(), z.number()]);

/** A distribution as stored and answered: a number, or one form (the spec's notation). */
export const distributionOut = z
  .union([
    z.number(),
    z.object({ uniform: pair }),
    z.object({ triangular: triple }),
    z.object({ pert: triple }),
    z.object({ normal: pair }),
    z.object({ lognormal: pair }),
  ])
  .meta({ id: 'Distribution' });

/** `?limit=&offset=` of a paginated list. */
export const pageQuery = {
  limit: queryInt(1, 500).default(50).meta({ description: '1..500, default 50' }),
  offset: queryInt(0, 1_000_000_000).default(0),
};

/** A version in a query string (`DELETE ...?version=3`), as an alternative to If-Match. */
export const versionQuery = z.object({ version: queryInt(0, Number.MAX_SAFE_INTEGER).optional() });

/**
 * A filter given as `?kind=a,b` or `?kind=a&kind=b`: a list of allowed values.
 */
export const listQuery = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess((value) => {
    if (value === undefined) return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
    return parts.map((p) => p.trim()).filter((p) => p !== '');
  }, z.array(z.enum(values)).optional());
