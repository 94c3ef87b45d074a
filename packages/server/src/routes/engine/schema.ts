/**
 * The engine endpoints' schemas: a body per command (the CLI's options, plus `async`), the
 * `?save=` query, and, for the OpenAPI document, the shape of each answer. The answers are
 * the CLI's `--json` documents ("more fields are welcome"): objects are loose, and the
 * routes send them as they are rather than through these schemas.
 */
import { RANK_METHODS } from '@partnerfolio/core';
import { z } from 'zod';
import { ENGINE_OPTIONS, type EngineCommand, withKnownKeys } from '../../engine/options.js';
import { messageSchema } from '../../http/message-schema.js';
import { jobSchema } from '../../presenters/job.js';

const asyncOption = z.boolean().optional().meta({
  description:
    'true: run as a job and answer 202 at once. Long runs (simulate over 200,000 scenarios, frontier over 21 points or with cvar over 20,000 scenarios × partners) are jobs anyway.',
});

const trustWeightedOption = z.boolean().optional().meta({
  description:
    "count each partner's return times its probability of delivery: a Beta posterior over its kept and broken obligations, centred on the workspace's record (a partner without a record gets the workspace's base rate)",
});

const bodyOf = <C extends EngineCommand>(command: C) =>
  withKnownKeys(
    command,
    ENGINE_OPTIONS[command].extend({ async: asyncOption, trustWeighted: trustWeightedOption }),
  );

export const ENGINE_BODIES = {
  evaluate: bodyOf('evaluate'),
  weights: bodyOf('weights'),
  rank: bodyOf('rank'),
  optimize: bodyOf('optimize'),
  frontier: bodyOf('frontier'),
  simulate: bodyOf('simulate'),
  shapley: bodyOf('shapley'),
  smaa: bodyOf('smaa'),
} as const;

export const saveQuery = z.object({
  save: z.string().trim().min(1).max(200).optional().meta({
    description:
      'also keep the options and the answer as a saved scenario of this name (rank, optimize, frontier, simulate; editor)',
  }),
});

const num = z.number();
const ids = z.array(z.string());
const interval = z.looseObject({ low: num, high: num });
const optimizeStatus = z.enum(['optimal', 'infeasible', 'time-limit']);

export const ENGINE_DOCUMENTS: Record<EngineCommand, z.ZodType> = {
  smaa: z
    .looseObject({
      samples: z.int(),
      rankAcceptability: z.record(z.string(), z.array(num)),
      centralWeights: z.record(z.string(), z.record(z.string(), num)),
      confidence: z.record(z.string(), num),
      portfolio: z
        .looseObject({
          samples: z.int(),
          membership: z.record(z.string(), num),
          optimal: ids,
          infeasible: z.int(),
        })
        .optional()
        .meta({ description: 'with `portfolio: true`: how often each partner is in the optimum' }),
    })
    .meta({ id: 'SmaaDocument' }),
  evaluate: z
    .looseObject({
      partners: z.array(
        z.looseObject({ id: z.string(), cost: num, return: num, net: num, score: num }),
      ),
      S: num,
      probLoss: num,
      cvar5: num,
      scenarios: z.int(),
      seed: z.int(),
      risks: z
        .looseObject({
          count: z.int(),
          expectedLoss: num,
          without: z.looseObject({ S: num, probLoss: num, cvar5: num }),
        })
        .optional()
        .meta({ description: 'what the risk register costs: S and its figures without it' }),
    })
    .meta({ id: 'EvaluateDocument' }),
  weights: z
    .looseObject({
      weights: z.record(z.string(), num),
      ahp: z.looseObject({ lambdaMax: num, ci: num, cr: num, consistent: z.boolean() }).optional(),
    })
    .meta({ id: 'WeightsDocument' }),
  rank: z
    .looseObject({
      method: z.enum(RANK_METHODS),
      ranking: z.array(z.looseObject({ id: z.string(), score: num, rank: z.int() })),
      sensitivity: z
        .array(
          z.looseObject({ criterion: z.string(), weight: num, top: interval, ranking: interval }),
        )
        .optional(),
    })
    .meta({ id: 'RankDocument' }),
  optimize: z
    .looseObject({
      status: optimizeStatus,
      selected: ids,
      objective: num.nullable(),
      gap: num.nullable(),
      resources: z.record(z.string(), z.looseObject({ used: num, capacity: num })),
      conflicts: z
        .array(
          z.looseObject({
            constraint: z.string(),
            message: z.string().meta({ description: "`because`'s English" }),
            because: messageSchema,
          }),
        )
        .optional(),
      regret: z
        .array(
          z.looseObject({
            id: z.string(),
            selected: z.boolean(),
            regret: num.nullable(),
            message: z.string().meta({ description: "`because`'s English" }),
            because: messageSchema,
          }),
        )
        .optional(),
      current: z
        .looseObject({ selected: ids, objective: num.nullable() })
        .optional()
        .meta({ description: 'when incumbents exist: the portfolio run today and its S' }),
      changes: z
        .looseObject({
          keep: ids,
          add: ids,
          exit: ids,
          exitCost: num,
          onboardingCost: num,
          deltaS: num,
        })
        .optional()
        .meta({ description: 'when reallocating: the move from `current` to `selected`' }),
      excluded: z
        .array(z.looseObject({ id: z.string(), status: z.string(), reason: z.string() }))
        .optional(),
    })
    .meta({ id: 'OptimizeDocument' }),
  frontier: z.union([
    z
      .looseObject({
        resource: z.string(),
        points: z.array(
          z.looseObject({
            capacity: num,
            status: optimizeStatus,
            objective: num.nullable(),
            selected: ids,
          }),
        ),
      })
      .meta({ id: 'FrontierDocument' }),
    z
      .looseObject({
        measure: z.literal('cvar5'),
        status: z.enum(['optimal', 'infeasible']),
        scenarios: z.int(),
        seed: z.int(),
        points: z.array(
          z.looseObject({
            floor: num,
            status: optimizeStatus,
            expected: num.nullable(),
            cvar5: num.nullable(),
            selected: ids,
          }),
        ),
        current: z
          .looseObject({ selected: ids, expected: num, cvar5: num })
          .optional()
          .meta({ description: 'when reallocating: the incumbents on the same scenarios' }),
      })
      .meta({
        id: 'CvarFrontierDocument',
        description:
          'with `cvar`: the best expected S at each 5% CVaR floor, in increasing floor (the first point is the unconstrained optimum, the last the safest portfolio)',
      }),
  ]),
  simulate: z
    .looseObject({
      scenarios: z.int(),
      mean: num,
      sd: num,
      p5: num,
      p50: num,
      p95: num,
      probLoss: num,
      cvar5: num,
      seed: z.int(),
      selected: ids,
      expected: num,
    })
    .meta({ id: 'SimulateDocument' }),
  shapley: z
    .looseObject({
      shapley: z.record(z.string(), num),
      exact: z.boolean(),
      core: z.looseObject({
        nonEmpty: z.boolean().nullable(),
        shapleyInCore: z.boolean().nullable(),
      }),
      ci: z.record(z.string(), z.tuple([num, num])).optional(),
    })
    .meta({ id: 'ShapleyDocument' }),
};

export const jobLinks = z.object({
  self: z.string(),
  events: z
    .string()
    .meta({ description: 'Server-Sent Events: progress, then done / failed / cancelled' }),
  cancel: z.string(),
});

export const acceptedJob = z
  .object({ job: jobSchema, links: jobLinks })
  .meta({ id: 'AcceptedJob', description: 'the run continues as a job' });
