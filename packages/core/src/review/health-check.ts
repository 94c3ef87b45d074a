/**
 * The partnership health check: people on both sides score five dimensions from 1 (poor)
 * to 5 (excellent). Where the sides' means differ most is where the partnership needs a
 * conversation, even when the overall mean looks fine.
 */
import { z } from 'zod';
import { validateWithSchema } from '../spec/validate-schema.js';
import { fail, ok, type Result } from '../util/issues.js';

export const HEALTH_DIMENSIONS = [
  'strategy',
  'operations',
  'relationship',
  'governance',
  'culture',
] as const;
export type HealthDimension = (typeof HEALTH_DIMENSIONS)[number];

const score = z
  .number()
  .min(1)
  .max(5)
  .optional()
  .meta({ description: 'a score from 1 (poor) to 5 (excellent)' });

/** A respondent may skip a dimension they cannot judge; fractional scores are allowed. */
export const healthResponseSchema = z.strictObject({
  respondent: z.string().min(1),
  side: z.enum(['us', 'partner']),
  scores: z.strictObject({
    strategy: score,
    operations: score,
    relationship: score,
    governance: score,
    culture: score,
  }),
  comment: z.string().optional(),
});
export type HealthResponse = z.output<typeof healthResponseSchema>;

const responsesSchema = z.strictObject({ responses: z.array(healthResponseSchema) });

export interface DimensionHealth {
  /** Mean score of each side, null when that side gave none. */
  readonly us: number | null;
  readonly partner: number | null;
  /** Mean over every score given, both sides together. */
  readonly mean: number | null;
  /** |us − partner|, null unless both sides scored the dimension. */
  readonly gap: number | null;
  /** Scores given for the dimension. */
  readonly n: number;
}

export interface HealthSummary {
  readonly dimensions: Readonly<Record<HealthDimension, DimensionHealth>>;
  /** Mean of the dimension means, so a dimension many people scored weighs no more. */
  readonly overall: number | null;
  readonly maxGap: number | null;
  /** The dimension where the sides disagree most (the first in order on a tie). */
  readonly widestGap: HealthDimension | null;
  readonly respondents: number;
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

export function summarizeHealth(responses: readonly HealthResponse[]): Result<HealthSummary> {
  const checked = validateWithSchema(responsesSchema, { responses });
  if (!checked.ok) return fail(checked.issues);
  const dimensions = {} as Record<HealthDimension, DimensionHealth>;
  let maxGap: number | null = null;
  let widestGap: HealthDimension | null = null;
  const means: number[] = [];
  for (const d of HEALTH_DIMENSIONS) {
    const given = (side?: 'us' | 'partner') =>
      responses.flatMap((r) =>
        (side === undefined || r.side === side) && r.scores[d] !== undefined ? [r.scores[d]] : [],
      );
    const us = mean(given('us'));
    const partner = mean(given('partner'));
    const all = given();
    const gap = us === null || partner === null ? null : Math.abs(us - partner);
    dimensions[d] = { us, partner, mean: mean(all), gap, n: all.length };
    if (all.length > 0) means.push(mean(all) ?? 0);
    if (gap !== null && (maxGap === null || gap > maxGap)) {
      maxGap = gap;
      widestGap = d;
    }
  }
  return ok({
    dimensions,
    overall: mean(means),
    maxGap,
    widestGap,
    respondents: new Set(responses.map((r) => r.respondent)).size,
  });
}
