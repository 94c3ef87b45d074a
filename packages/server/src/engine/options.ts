/**
 * The options of each engine command, as the API takes them in a request body and a job
 * keeps them in its input: the CLI's options under the same names and defaults
 * (`partnerfolio simulate --scenarios 100000 --seed 7` ↔ `{ "scenarios": 100000, "seed": 7 }`).
 * Objects are strict: an unknown option is an error naming it, never silently ignored.
 */
import { RANK_METHODS, WEIGHTS_METHODS } from '@partnerfolio/core';
import { z } from 'zod';

export const ENGINE_COMMANDS = [
  'evaluate',
  'weights',
  'rank',
  'optimize',
  'frontier',
  'simulate',
  'shapley',
  'smaa',
] as const;
export type EngineCommand = (typeof ENGINE_COMMANDS)[number];

export const isEngineCommand = (value: string): value is EngineCommand =>
  (ENGINE_COMMANDS as readonly string[]).includes(value);

/** The CLI's defaults (packages/cli/src/commands). */
export const DEFAULTS = {
  scenarios: 100_000,
  seed: 1,
  timeLimit: 60,
  points: 11,
  smaaSamples: 10_000,
} as const;

/**
 * The CLI accepts up to 10^9 scenarios; a server holds every sample of a run in memory
 * (8 bytes each) while other requests are served, so it stops at 20 million (160 MB).
 */
export const MAX_SERVER_SCENARIOS = 20_000_000;

const id = z.string().min(1);
/** A list of partner ids: `["a", "b"]`, or the CLI's `"a,b"`. */
const idList = z
  .union([
    z.array(id),
    z.string().transform((text) =>
      text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ])
  .meta({ description: 'partner ids; default: the optimal portfolio' });
const seed = z
  .int()
  .min(0)
  .max(2 ** 32 - 1)
  .meta({ description: 'random seed: the same seed gives the same answer' });
const timeLimit = z
  .number()
  .positive()
  .max(3600)
  .meta({ description: 'seconds for each solver run' });

export const evaluateOptions = z.strictObject({});
export const weightsOptions = z.strictObject({
  method: z
    .enum(WEIGHTS_METHODS)
    .optional()
    .meta({ description: "objective weights from the partners' scores instead of the spec's" }),
});
export const rankOptions = z.strictObject({
  method: z.enum(RANK_METHODS).default('weighted-sum'),
  v: z.number().min(0).max(1).optional().meta({
    description: 'VIKOR: weight of group utility against individual regret (default 0.5)',
  }),
  sensitivity: z
    .boolean()
    .default(false)
    .meta({ description: 'also each weight’s stability interval' }),
});
/** Partner ids pinned for one run, on top of the workspace's own constraints. */
const lockList = (description: string) =>
  z.array(id.max(200)).max(10_000).optional().meta({ description });

export const optimizeOptions = z.strictObject({
  include: lockList(
    'partner ids that must be selected in this run, added to the constraints’ `include` (a “keep” lock)',
  ),
  exclude: lockList(
    'partner ids that must not be selected in this run, added to the constraints’ `exclude` (an “exit” lock)',
  ),
  explain: z
    .boolean()
    .default(false)
    .meta({ description: 'also each partner’s regret (one extra solve per partner)' }),
  timeLimit: timeLimit.default(DEFAULTS.timeLimit),
});
export const frontierOptions = z.strictObject({
  resource: id.meta({ description: 'the resource whose capacity is swept, e.g. budget' }),
  points: z.int().min(2).max(1000).default(DEFAULTS.points),
  timeLimit: timeLimit.default(DEFAULTS.timeLimit),
});
export const simulateOptions = z.strictObject({
  scenarios: z.int().min(1).max(MAX_SERVER_SCENARIOS).default(DEFAULTS.scenarios),
  seed: seed.default(DEFAULTS.seed),
  selected: idList.optional(),
});
export const shapleyOptions = z.strictObject({
  samples: z
    .int()
    .min(100)
    .max(100_000_000)
    .optional()
    .meta({ description: 'random orders when the game is too large to solve exactly' }),
  seed: seed.default(DEFAULTS.seed),
  selected: idList.optional(),
});

export const smaaOptions = z.strictObject({
  samples: z.int().min(1).max(1_000_000).default(DEFAULTS.smaaSamples),
  seed: seed.default(DEFAULTS.seed),
  method: z.enum(RANK_METHODS).default('weighted-sum'),
});

export const ENGINE_OPTIONS = {
  evaluate: evaluateOptions,
  weights: weightsOptions,
  rank: rankOptions,
  optimize: optimizeOptions,
  frontier: frontierOptions,
  simulate: simulateOptions,
  shapley: shapleyOptions,
  smaa: smaaOptions,
} as const satisfies Record<EngineCommand, z.ZodType>;

/**
 * `schema` for a request body or a job input: a missing body means "all defaults", and an
 * unknown option is an issue at its own path (`sceanrios`) that names the options there
 * are, rather than zod's one "unrecognized keys" issue at the root.
 */
export function withKnownKeys<T extends z.ZodObject>(what: string, schema: T) {
  const known = Object.keys(schema.shape);
  return z.preprocess((value, ctx) => {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const kept: Record<string, unknown> = {};
    for (const [key, option] of Object.entries(value)) {
      if (known.includes(key)) {
        kept[key] = option;
        continue;
      }
      ctx.addIssue({
        code: 'custom',
        path: [key],
        input: option,
        params: { code: 'unknown_option' },
        message: `${what} has no option "${key}"; ${known.length === 0 ? 'it takes none' : `its options are ${known.join(', ')}`}`,
      });
    }
    return kept;
  }, schema);
}

export type EngineOptions<C extends EngineCommand> = z.output<(typeof ENGINE_OPTIONS)[C]>;
export type EngineOptionsInput<C extends EngineCommand> = z.input<(typeof ENGINE_OPTIONS)[C]>;
