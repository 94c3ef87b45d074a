/**
 * The spec's fields for the outranking and stochastic methods (DESIGN.md "More methods"):
 * a criterion's PROMETHEE preference function and the SMAA weighting. Kept apart from
 * spec-schema.ts so that file stays the plain shape of the portfolio.
 */
import { z } from 'zod';
import { PREFERENCE_TYPES, type PreferenceType } from '../model/types.js';
import { boundedNumber } from './input-rules.js';

const threshold = (name: string) =>
  boundedNumber().min(0, {
    error: (issue) => `the threshold ${name} is ${String(issue.input)} but cannot be negative`,
  });

/** The thresholds each preference function reads (docs/model.md). */
export const PREFERENCE_THRESHOLDS: Readonly<Record<PreferenceType, readonly ('q' | 'p' | 's')[]>> =
  {
    usual: [],
    ushape: ['q'],
    vshape: ['p'],
    level: ['q', 'p'],
    linear: ['q', 'p'],
    gaussian: ['s'],
  };

export const preferenceSchema = z
  .strictObject({
    type: z.enum(PREFERENCE_TYPES).default('usual'),
    q: threshold('q').optional(),
    p: threshold('p').optional(),
    s: threshold('s').optional(),
  })
  .superRefine((value, ctx) => {
    for (const name of PREFERENCE_THRESHOLDS[value.type]) {
      if (value[name] !== undefined) continue;
      ctx.addIssue({
        code: 'custom',
        path: [name],
        params: { code: 'missing_threshold' },
        message: `the ${value.type} preference function needs the threshold \`${name}\``,
      });
    }
    if (value.q !== undefined && value.p !== undefined && value.q > value.p) {
      ctx.addIssue({
        code: 'custom',
        path: ['q'],
        params: { code: 'q_greater_than_p' },
        message: `the indifference threshold q (${value.q}) is greater than the preference threshold p (${value.p}); q ≤ p`,
      });
    }
    if (value.type === 'vshape' && value.p === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['p'],
        params: { code: 'zero_threshold' },
        message: 'a V-shape needs p > 0 (p = 0 is the usual function: write `type: usual`)',
      });
    }
    if (value.type === 'gaussian' && value.s === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['s'],
        params: { code: 'zero_threshold' },
        message: 'a Gaussian needs s > 0 (s = 0 is the usual function: write `type: usual`)',
      });
    }
  });

const share = z.number().min(0, { error: 'a weight bound cannot be negative' }).max(1, {
  error: 'a weight bound cannot exceed 1 (weights sum to 1)',
});

export const smaaWeightingSchema = z.strictObject({
  method: z.literal('smaa'),
  /** Criterion ids, most important first: w[order[0]] ≥ w[order[1]] ≥ … */
  order: z.array(z.string().min(1)).optional(),
  /** Bounds on a criterion's weight (weights sum to 1). */
  ranges: z
    .record(
      z.string(),
      z
        .tuple([share, share])
        .meta({ description: '[lowest, highest] weight' })
        .superRefine(([lo, hi], ctx) => {
          if (lo <= hi) return;
          ctx.addIssue({
            code: 'custom',
            params: { code: 'min_greater_than_max' },
            message: `the range's low end (${lo}) is above its high end (${hi})`,
          });
        }),
    )
    .optional(),
});
