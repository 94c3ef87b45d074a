/** Schemas of the outcome and attribution routes. */
import { MAX_LABEL_LENGTH, MAX_OUTCOME_ROWS } from '@partnerfolio/core/causal';
import { z } from 'zod';
import { attributionOptions } from '../../engine/attribution.js';
import { acceptedJob } from '../engine/schema.js';

const label = z.string().trim().min(1).max(MAX_LABEL_LENGTH);
const linkKey = z.string().trim().min(1).max(200);

export const outcomePoint = z.strictObject({
  unit: label,
  period: label.meta({
    description: '`2025`, `2025-03`, `2025-03-31` or `2025-Q1` to be placed by an agreement start',
  }),
  outcome: label.meta({ description: 'revenue, active users, papers, ...' }),
  value: z.number(),
});

export const outcomeUnitInput = z.strictObject({
  unit: label,
  kind: z.string().trim().min(1).max(50).optional().meta({
    description: '`line`, `region`, `segment`, `partner`, ...',
  }),
  partner: linkKey
    .nullable()
    .optional()
    .meta({ description: 'the partner this unit is (its id); null unlinks' }),
  agreement: linkKey.nullable().optional().meta({
    description: 'the agreement (its code) whose start treats this unit; null makes it a control',
  }),
});

export const outcomeBatchBody = z
  .strictObject({
    points: z.array(outcomePoint).max(MAX_OUTCOME_ROWS),
    units: z.array(outcomeUnitInput).max(10_000).optional(),
  })
  .meta({ id: 'OutcomeBatch' });

export const outcomeWriteSummary = z
  .object({
    points: z.int(),
    units: z.int(),
    outcomes: z.array(z.string()),
    treatedUnits: z.array(z.string()).optional(),
  })
  .meta({ id: 'OutcomeWriteSummary' });

export const outcomesSummary = z
  .object({
    outcomes: z.array(
      z.object({
        name: z.string(),
        units: z.int(),
        periods: z.int(),
        observations: z.int(),
        from: z.string(),
        to: z.string(),
      }),
    ),
    units: z.array(
      z.object({
        unit: z.string(),
        kind: z.string(),
        partner: z.string().nullable(),
        agreement: z.string().nullable(),
        treatedFrom: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Outcomes' });

export const seriesQuery = z.object({
  outcome: label.meta({ description: 'the stored outcome' }),
});

export const outcomeSeries = z
  .object({
    outcome: z.string(),
    points: z.array(z.object({ unit: z.string(), period: z.string(), value: z.number() })),
    truncated: z.boolean(),
  })
  .meta({ id: 'OutcomeSeries' });

export const fileHeaders = z.object({ headers: z.array(z.string()) }).meta({ id: 'FileHeaders' });

const column = z.string().trim().min(1).max(MAX_LABEL_LENGTH);

export const outcomeImportQuery = z.object({
  unit: column.meta({ description: 'the column naming the unit' }),
  time: column.meta({ description: 'the column naming the period' }),
  outcomes: z
    .string()
    .trim()
    .min(1)
    .max(5_000)
    .transform((s) =>
      s
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    )
    .optional()
    .meta({
      description:
        'value columns, comma-separated; each is an outcome named after it (a wide file)',
    }),
  outcomeName: column
    .optional()
    .meta({ description: 'a long file: the column naming the outcome' }),
  value: column.optional().meta({ description: 'a long file: the column of the value' }),
  treated: column
    .optional()
    .meta({ description: 'a 0/1 column: units with a 1 are linked to `agreement`' }),
  agreement: linkKey
    .optional()
    .meta({ description: 'the agreement (code) the treated units are linked to' }),
  kind: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .optional()
    .meta({ description: 'the kind of every unit in the file' }),
});

export { importBody as outcomeImportBody } from '../imports/schema.js';

export const attributeBody = attributionOptions
  .extend({
    async: z.boolean().optional().meta({
      description: 'true: run as a job and answer 202 at once (large panels are jobs anyway)',
    }),
  })
  .meta({ id: 'AttributeRequest' });

const num = z.number();

export const attributionDocument = z
  .looseObject({
    method: z.enum(['did', 'sc', 'sdid']),
    estimate: num,
    se: num.nullable(),
    ci: z.tuple([num, num]).nullable(),
    treatedUnits: z.array(z.string()),
    controls: z.int(),
    prePeriods: z.int(),
    postPeriods: z.int(),
    unitWeights: z.record(z.string(), num),
    timeWeights: z.record(z.string(), num),
    placebo: z.looseObject({ replications: z.int(), estimates: z.array(num) }).nullable(),
    jackknifeSe: num.nullable(),
    tuning: z.looseObject({ noiseLevel: num, zetaOmega: num, zetaLambda: num }),
    series: z.looseObject({
      periods: z.array(z.string()),
      treated: z.array(num),
      counterfactual: z.array(num),
      start: z.string(),
    }),
    effects: z.array(z.looseObject({ period: z.string(), effect: num })),
    eventStudy: z.array(
      z.looseObject({
        period: z.string(),
        relative: z.int(),
        coefficient: num,
        se: num.nullable(),
      }),
    ),
    preTrend: z
      .looseObject({ slope: num, pValue: num.nullable(), flagged: z.boolean() })
      .nullable(),
    warnings: z.array(z.looseObject({ code: z.string(), message: z.string() })),
    seed: z.int(),
    outcome: z.string(),
    agreement: z.string(),
  })
  .meta({ id: 'AttributionDocument' });

export { learnOptions as learnBody } from '../../engine/learn-standard.js';

import { SUCCESS_MEASURES } from '../../engine/learn-standard.js';

export { acceptedJob };

const interval = z.tuple([num, num]).nullable();

export const learnDocument = z
  .looseObject({
    status: z.enum(['ok', 'insufficient']),
    reviewed: z.int(),
    needed: z.int().optional(),
    reason: z.enum(['too_few_reviewed', 'no_variation']).optional(),
    criteria: z
      .array(
        z.object({
          criterion: z.string(),
          rho: num.nullable(),
          ci: interval,
          partners: z.int(),
        }),
      )
      .optional(),
    today: z.object({ weights: z.record(z.string(), num), rho: num.nullable() }).optional(),
    proposed: z
      .looseObject({
        weights: z.record(z.string(), num),
        rho: num.nullable(),
        looRho: num.nullable(),
      })
      .optional(),
    changes: z.array(z.object({ id: z.string(), today: z.int(), proposed: z.int() })).optional(),
    criteriaVersion: z.int(),
    success: z.enum(SUCCESS_MEASURES),
    outcome: z.string().optional(),
    measured: z.int().meta({ description: 'partnerships with the success measure' }),
    unscored: z.array(z.string()).meta({
      description: 'partners with the measure but no scores recorded by their selection (left out)',
    }),
    seed: z.int(),
  })
  .meta({ id: 'LearnedStandard' });
