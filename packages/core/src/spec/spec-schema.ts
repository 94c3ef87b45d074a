/**
 * The portfolio spec as users write it (DESIGN.md "The portfolio spec"). Field names are
 * fixed by the design; every object is strict so that a misspelt field is an error, not
 * a silently ignored line. Checks that span several fields live in `check-*.ts`.
 */
import { z } from 'zod';
import { rulesSchema } from '../graph/rules-schema.js';
import { NORMALIZATIONS, PARTNER_KINDS, type PartnerKind } from '../model/types.js';
import { riskSchema } from '../risk/risk-schema.js';
import { PARTNER_STATUSES } from '../workspace/lifecycle.js';
import { coordinationCostSchema } from './coordination-schema.js';
import { distributionSchema } from './distribution-schema.js';
import { FRACTION_PATTERN, parseFraction } from './fraction.js';
import { boundedNumber, idSchema } from './input-rules.js';
import { preferenceSchema, smaaWeightingSchema } from './method-schemas.js';

const id = idSchema;

const nonNegative = (what: string) =>
  boundedNumber().min(0, {
    error: (issue) =>
      `${what} is ${String(issue.input)} but cannot be negative; use 0 or a positive number`,
  });

const count = (what: string) =>
  z
    .int({ error: (issue) => `${what} must be a whole number (found ${String(issue.input)})` })
    .min(0, {
      error: (issue) => `${what} is ${String(issue.input)} but cannot be negative`,
    });

const criterion = z.strictObject({
  id,
  /** Defaults to `id`. */
  name: z.string().optional(),
  kind: z.enum(['benefit', 'cost']),
  weight: nonNegative('a weight').optional(),
  preference: preferenceSchema.optional(),
});

const ahpCell = z
  .union([
    z.number(),
    z
      .string()
      .regex(FRACTION_PATTERN, {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not a judgement; write a number or a fraction such as "1/3"`,
      })
      .transform((text, ctx) => {
        const value = parseFraction(text);
        if (value !== undefined) return value;
        ctx.issues.push({
          code: 'custom',
          input: text,
          params: { code: 'invalid_format' },
          message: `${JSON.stringify(text)} divides by zero; a judgement is a positive number`,
        });
        return z.NEVER;
      }),
  ])
  .meta({ description: 'a positive number or a fraction string such as "1/3"' });

const matrix = z.array(z.array(ahpCell)).meta({
  description: 'a square matrix of pairwise judgements, one row per criterion in `criteria` order',
});

export const weightingSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('direct'),
    /**
     * One set of direct weights per assessor (criterion id → weight ≥ 0); the criteria's
     * weights are then the group's: the mean of each assessor's weights scaled to sum 1.
     */
    assessors: z
      .array(z.record(z.string(), nonNegative('an assessor’s weight')))
      .min(1)
      .optional(),
  }),
  z
    .strictObject({
      method: z.literal('ahp'),
      matrix: matrix.optional(),
      /** One matrix per assessor, aggregated by geometric mean. */
      matrices: z.array(matrix).min(1).optional(),
    })
    .superRefine((value, ctx) => {
      const both = value.matrix !== undefined && value.matrices !== undefined;
      if (!both && (value.matrix !== undefined || value.matrices !== undefined)) return;
      ctx.addIssue({
        code: 'custom',
        params: { code: 'invalid_weighting' },
        message: both
          ? 'give either `matrix` (one assessor) or `matrices` (several), not both'
          : 'AHP weighting needs `matrix: [[...], ...]` or `matrices: [[[...]], ...]`',
      });
    }),
  smaaWeightingSchema,
]);

const partner = z.strictObject({
  id,
  /** Defaults to `id`. */
  name: z.string().optional(),
  kind: z.enum(PARTNER_KINDS),
  domains: z.array(z.string()).default([]),
  offers: z.array(z.string()).default([]),
  /** One raw score per criterion id. */
  scores: z.record(z.string(), boundedNumber()),
  /** Uncertain scores for SMAA, by criterion id (DESIGN.md "More methods"). */
  scoreDistributions: z.record(z.string(), distributionSchema).optional(),
  cost: distributionSchema,
  return: distributionSchema,
  uses: z.record(z.string(), nonNegative('a resource use')).default({}),
  alpha: boundedNumber().optional(),
  beta: boundedNumber().optional(),
  /** Lifecycle (DESIGN.md "Lifecycle in the spec"). */
  status: z.enum(PARTNER_STATUSES).default('candidate'),
  exitCost: distributionSchema.optional(),
  onboardingCost: distributionSchema.optional(),
  /** Probability of delivery as Beta(α, β) (trust/delivery.ts); scales the return. */
  delivery: z
    .strictObject({
      beta: z
        .tuple([z.number().positive(), z.number().positive()])
        .meta({ description: 'Beta(alpha, beta): both positive' }),
    })
    .optional(),
});

/** A required capability, optionally in one domain, with how many providers it needs. */
const need = z.strictObject({
  capability: z.string().min(1, { error: 'a need names a capability' }),
  domain: z
    .string()
    .min(1, { error: 'a domain cannot be empty; leave it out for any domain' })
    .optional(),
  min: z
    .int({ error: (issue) => `min must be a whole number (found ${String(issue.input)})` })
    .min(1, {
      error: (issue) => `min is ${String(issue.input)} but a need asks for at least 1 provider`,
    })
    .default(1),
});

/** Adds terms or synonyms to the capability vocabulary (graph/vocabulary.ts). */
const vocabularyEntry = z.strictObject({
  id: z.string().min(1, { error: 'a vocabulary term needs an id' }),
  synonyms: z.array(z.string().min(1)).optional(),
  labels: z.strictObject({ en: z.string().optional(), 'zh-CN': z.string().optional() }).optional(),
});

const synergy = z.strictObject({
  between: z.tuple([id, id]).meta({ description: 'two partner ids: [a, b]' }),
  value: distributionSchema,
});

const pair = z.tuple([id, id]).meta({ description: 'two partner ids: [a, b]' });

const group = z
  .strictObject({
    name: z.string().optional(),
    members: z.array(id).min(1),
    min: count('a group minimum').optional(),
    max: count('a group maximum').optional(),
  })
  .superRefine(({ min, max }, ctx) => {
    if (min === undefined || max === undefined || min <= max) return;
    ctx.addIssue({
      code: 'custom',
      params: { code: 'min_greater_than_max' },
      message: `the group's min (${min}) is greater than its max (${max}); no selection can satisfy it`,
    });
  });

const minPerKind = z.strictObject({
  academic: count('minPerKind.academic').optional(),
  enterprise: count('minPerKind.enterprise').optional(),
  government: count('minPerKind.government').optional(),
  other: count('minPerKind.other').optional(),
} satisfies Record<PartnerKind, unknown>);

const constraints = z.strictObject({
  minPerKind: minPerKind.default({}),
  maxPartners: count('maxPartners').optional(),
  exclusive: z.array(pair).default([]),
  /** `[a, b]`: selecting a requires b. */
  requires: z.array(pair).default([]),
  include: z.array(id).default([]),
  exclude: z.array(id).default([]),
  cover: z.array(z.string()).default([]),
  groups: z.array(group).default([]),
  minScore: boundedNumber().optional(),
  /** The scenario CVaR floor: a number, or the floor with its level, scenarios and seed. */
  cvar: z
    .union([
      boundedNumber(),
      z.strictObject({
        floor: boundedNumber(),
        level: z.number().gt(0).max(1).default(0.05),
        scenarios: z.int().min(20).max(20_000).default(1000),
        seed: z.int().default(1),
      }),
    ])
    .optional(),
});

export const specSchema = z
  .strictObject({
    version: z.literal(1, { error: 'the spec version must be 1; write `version: 1`' }),
    organization: z.string().default(''),
    unit: z.string().default(''),
    netModel: z.enum(['net', 'seed']).default('net'),
    criteria: z.array(criterion).default([]),
    weighting: weightingSchema.default({ method: 'direct' }),
    normalization: z.enum(NORMALIZATIONS).default('vector'),
    resources: z.record(z.string(), nonNegative('a capacity')).default({}),
    partners: z.array(partner),
    synergies: z.array(synergy).default([]),
    risks: z.array(riskSchema).max(10_000).default([]),
    needs: z.array(need).default([]),
    vocabulary: z.array(vocabularyEntry).default([]),
    rules: rulesSchema.default([]),
    constraints: constraints.prefault({}),
    objective: z.enum(['net', 'score']).default('net'),
    coordinationCost: coordinationCostSchema.default(0),
  })
  .meta({ description: 'a Partnerfolio portfolio spec' });

/** A spec as written (defaults optional, judgements may be fraction strings). */
export type SpecInput = z.input<typeof specSchema>;
/** A spec after validation: defaults filled, distributions tagged, fractions evaluated. */
export type Spec = z.output<typeof specSchema>;
