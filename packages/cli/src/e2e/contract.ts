/**
 * The `--json` documents of the command-line contract (docs/cli.md), as zod schemas: a test
 * that parses a command's output with one of these checks that every documented field is
 * there with its type. Extra fields are allowed ("more are welcome").
 */
import { z } from 'zod';

const num = z.number();
const interval = z.object({ low: num, high: num });

export const IssueJson = z.object({
  path: z.string(),
  message: z.string().min(1),
  code: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
});

export const ErrorJson = z.object({
  error: z.object({
    code: z.enum(['usage', 'invalid-input']),
    message: z.string().min(1),
    issues: z.array(IssueJson),
  }),
});

export const ValidateJson = z.discriminatedUnion('valid', [
  z.object({ valid: z.literal(true), warnings: z.array(IssueJson) }),
  z.object({ valid: z.literal(false), errors: z.array(IssueJson).min(1) }),
]);

export const EvaluateJson = z.object({
  netModel: z.enum(['net', 'seed']),
  partners: z.array(z.object({ id: z.string(), cost: num, return: num, net: num, score: num })),
  S: num,
});

export const WeightsJson = z.object({
  weights: z.record(z.string(), num),
  ahp: z.object({ lambdaMax: num, ci: num, cr: num, consistent: z.boolean() }).optional(),
});

export const RankJson = z.object({
  method: z.enum(['weighted-sum', 'topsis']),
  ranking: z.array(z.object({ id: z.string(), score: num, rank: z.number().int().positive() })),
  sensitivity: z
    .array(z.object({ criterion: z.string(), weight: num, top: interval, ranking: interval }))
    .optional(),
});

export const OptimizeJson = z.object({
  status: z.enum(['optimal', 'infeasible', 'time-limit']),
  selected: z.array(z.string()),
  objective: num.nullable(),
  gap: num.nullable(),
  resources: z.record(z.string(), z.object({ used: num, capacity: num })),
  conflicts: z.array(z.object({ constraint: z.string(), message: z.string().min(1) })).optional(),
  regret: z
    .array(
      z.object({
        id: z.string(),
        selected: z.boolean(),
        regret: num.nullable(),
        message: z.string().min(1),
      }),
    )
    .optional(),
});

export const FrontierJson = z.object({
  resource: z.string(),
  points: z.array(
    z.object({
      capacity: num,
      status: z.enum(['optimal', 'infeasible', 'time-limit']),
      objective: num.nullable(),
      selected: z.array(z.string()),
    }),
  ),
});

/** `frontier --cvar`: expected S against the 5% scenario CVaR, in increasing floor. */
export const CvarFrontierJson = z.object({
  measure: z.literal('cvar5'),
  points: z.array(
    z.object({
      floor: num,
      status: z.enum(['optimal', 'infeasible', 'time-limit']),
      expected: num.nullable(),
      cvar5: num.nullable(),
      selected: z.array(z.string()),
    }),
  ),
});

const simulationSummary = {
  scenarios: z.number().int().positive(),
  mean: num,
  sd: num,
  p5: num,
  p50: num,
  p95: num,
  probLoss: num,
  cvar5: num,
  seed: z.number().int(),
};

export const SimulateJson = z.object({
  ...simulationSummary,
  selected: z.array(z.string()),
  expected: num,
});

export const ShapleyJson = z.object({
  shapley: z.record(z.string(), num),
  exact: z.boolean(),
  core: z.object({ nonEmpty: z.boolean().nullable(), shapleyInCore: z.boolean().nullable() }),
  ci: z.record(z.string(), z.tuple([num, num])).optional(),
});

export const SchemaJson = z.object({
  type: z.literal('object'),
  properties: z
    .object({
      partners: z.object({
        type: z.literal('array'),
        items: z.object({ properties: z.record(z.string(), z.unknown()) }),
      }),
    })
    .catchall(z.unknown()),
});

export const AnalyzeJson = z.object({
  ranking: RankJson,
  optimize: OptimizeJson,
  simulation: z.object(simulationSummary).nullable(),
});
