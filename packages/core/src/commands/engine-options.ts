/**
 * The engine commands' options, once: for each command one zod schema with the options'
 * names, defaults and limits. The CLI builds its flags from it (`timeLimit` is
 * `--time-limit <seconds>`), the server its request bodies, job inputs and OpenAPI.
 * Objects are strict: an unknown option is an error naming it, never silently ignored.
 *
 * Where a command runs decides one thing only, how much work it may take on: a command
 * run alone (the command line) takes the `command` limits, a server that answers other
 * requests meanwhile the `server` ones. This file imports zod and nothing of the engine,
 * so that the CLI can read it without loading the engine (`@partnerfolio/core/commands`).
 */
import { z } from 'zod';
import type { Portfolio } from '../model/types.js';
import { fail, type Result } from '../util/issues.js';
import { DEFAULT_VIKOR_V, RANK_METHODS, WEIGHTS_METHODS } from './methods.js';

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

/**
 * Scenarios of `evaluate`'s P(loss) and 5% CVaR: by default, and at most (a figure of a
 * quick answer any member may ask for; `simulate` runs more).
 */
export const EVALUATE_SCENARIOS = { default: 10_000, max: 200_000 } as const;

export const ENGINE_DEFAULTS = {
  scenarios: 100_000,
  seed: 1,
  /** Seconds for each solver run. */
  timeLimit: 60,
  points: 11,
  smaaSamples: 10_000,
} as const;

export interface EngineLimits {
  /** Monte Carlo scenarios of `simulate` (a run holds 8 bytes per scenario). */
  readonly scenarios: number;
  /** Weight samples of `smaa`. */
  readonly smaaSamples: number;
  /** Seconds for each solver run. */
  readonly timeLimit: number;
  /** Samples of `smaa` with `portfolio` (one MILP each). */
  readonly portfolioSamples: number;
  /** `frontier --cvar`: scenarios × partners (one row per scenario, one entry per partner). */
  readonly cvarCells: number;
  /** `smaa`: partners ranked (the rank acceptabilities are a partners × partners table). */
  readonly smaaPartners: number;
  /**
   * `smaa`: samples × partners × criteria, the scoring's work (every sample scores every
   * partner on every criterion) and the first-rank weight sums a run keeps per block of
   * samples (blocks × partners × criteria numbers, added in block order at the end).
   */
  readonly smaaCells: number;
  /**
   * `rank` by PROMETHEE: partners² × criteria with a Gaussian preference function. Every
   * other preference function is summed over a sorted column (m log m); the Gaussian over
   * every pair of partners, about 30 ns a pair on the machines measured.
   */
  readonly gaussianPairs: number;
}

/** What the size limits read of a workspace's portfolio. */
export interface EngineSize {
  readonly partners: number;
  readonly criteria: number;
  /** Criteria whose PROMETHEE preference function is Gaussian (summed pair by pair). */
  readonly gaussianCriteria: number;
}

export function engineSize(p: Pick<Portfolio, 'partners' | 'criteria'>): EngineSize {
  return {
    partners: p.partners.length,
    criteria: p.criteria.length,
    gaussianCriteria: p.criteria.filter((c) => c.preference?.type === 'gaussian').length,
  };
}

/** The pairs PROMETHEE sums one by one: partners² for each Gaussian criterion. */
export const gaussianPairs = (size: Pick<EngineSize, 'partners' | 'gaussianCriteria'>): number =>
  size.partners * size.partners * size.gaussianCriteria;

/**
 * A server answers a `rank` by PROMETHEE at once up to this many Gaussian pairs (1.5–2 s
 * of work) and runs a larger one as a job (`rankRunsAsJob`): the server's long-run rule,
 * and the web app's, which does not ask the server to check a ranking that large.
 */
export const RANK_AT_ONCE_GAUSSIAN_PAIRS = 50_000_000;

export const rankRunsAsJob = (
  method: unknown,
  size: Pick<EngineSize, 'partners' | 'gaussianCriteria'>,
): boolean => method === 'promethee' && gaussianPairs(size) > RANK_AT_ONCE_GAUSSIAN_PAIRS;

/**
 * `frontier --cvar`'s points and scenarios: defaults and limits (core's cvar-frontier.ts
 * checks the same numbers; this file must not import the engine).
 */
export const CVAR_FRONTIER = {
  points: { default: 8, max: 50 },
  scenarios: { default: 1000, min: 20, max: 20_000 },
} as const;

/** `smaa` with `portfolio` solves one MILP per sample: a server runs at most this many. */
export const MAX_PORTFOLIO_SAMPLES = 20_000;

/** `20000` → `20,000`, as `toLocaleString('en')` writes a whole number, without Intl (whose
 * first use costs a fresh process about 12 ms; these schemas are built at import). */
const withThousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export const ENGINE_LIMITS = {
  command: {
    scenarios: 1e9,
    smaaSamples: 10_000_000,
    timeLimit: Number.POSITIVE_INFINITY,
    portfolioSamples: Number.POSITIVE_INFINITY,
    cvarCells: Number.POSITIVE_INFINITY,
    smaaPartners: Number.POSITIVE_INFINITY,
    smaaCells: Number.POSITIVE_INFINITY,
    gaussianPairs: Number.POSITIVE_INFINITY,
  },
  /** 20 million scenarios are 160 MB held while other requests are served. */
  server: {
    scenarios: 20_000_000,
    smaaSamples: 1_000_000,
    timeLimit: 3600,
    portfolioSamples: MAX_PORTFOLIO_SAMPLES,
    /** 200 partners × 2,000 scenarios: the speed target, under 30 s. */
    cvarCells: 400_000,
    /**
     * A table of a million shares (8 MB; the answer's JSON about 6 MB): a run on 20,000
     * partners held 1.6 GB of rank counts per thread before its thread ran out of heap.
     */
    smaaPartners: 1_000,
    /**
     * The most samples (1,000,000) on 1,000 partners × 10 criteria: about 80 MB of block
     * weight sums, and about a minute on one thread.
     */
    smaaCells: 10_000_000_000,
    /**
     * About a minute on one thread (30–40 ns a pair measured): 14,000 partners with 10
     * Gaussian criteria, or 44,000 with one. A rank past 50 million pairs runs as a job
     * (`rankRunsAsJob`).
     */
    gaussianPairs: 2_000_000_000,
  },
} as const satisfies Record<string, EngineLimits>;
export type EngineHost = keyof typeof ENGINE_LIMITS;

/**
 * The refusal of a `smaa` run over the host's limits, or undefined: at most `smaaPartners`
 * partners, at most `smaaCells` samples × partners × criteria, and with `portfolio` at
 * most `portfolioSamples` samples (one MILP each). The server asks before it queues a
 * job; the runner, and a host that splits the run itself (the server's job threads), ask
 * again.
 */
export function smaaRefusal(
  o: { readonly portfolio?: boolean | undefined; readonly samples: number },
  size: { readonly partners: number; readonly criteria: number },
  limits: EngineLimits,
): Result<never> | undefined {
  const { partners, criteria } = size;
  if (partners > limits.smaaPartners) {
    return fail([
      {
        code: 'smaa_too_many_partners',
        path: ['partners'],
        params: { partners, maximum: limits.smaaPartners },
        message: `SMAA on this server ranks at most ${withThousands(limits.smaaPartners)} partners (its rank acceptabilities are a partners × partners table); the workspace has ${withThousands(partners)}: run \`partnerfolio smaa\` on its exported spec`,
      },
    ]);
  }
  const perSample = partners * Math.max(1, criteria);
  if (o.samples * perSample > limits.smaaCells) {
    const maximum = Math.floor(limits.smaaCells / perSample);
    return fail([
      {
        code: 'smaa_too_many_samples',
        path: ['samples'],
        params: { maximum, partners, criteria },
        message: `samples must be at most ${withThousands(maximum)} for ${withThousands(partners)} partners × ${withThousands(criteria)} criteria (samples × partners × criteria at most ${withThousands(limits.smaaCells)})`,
      },
    ]);
  }
  if (o.portfolio !== true || o.samples <= limits.portfolioSamples) return undefined;
  return fail([
    {
      code: 'too_big',
      path: ['samples'],
      message: `with portfolio, samples must be at most ${limits.portfolioSamples} (one MILP each)`,
    },
  ]);
}

/**
 * The refusal of a `frontier` run with `cvar` over the host's `cvarCells` (scenarios ×
 * partners), or undefined. The server asks before it queues a job, the runner again.
 */
export function cvarCellsRefusal(
  options: { readonly cvar?: boolean; readonly scenarios?: number | undefined },
  partners: number,
  limits: EngineLimits,
): Result<never> | undefined {
  if (options.cvar !== true) return undefined;
  const scenarios = options.scenarios ?? CVAR_FRONTIER.scenarios.default;
  if (scenarios * partners <= limits.cvarCells) return undefined;
  return fail([
    {
      code: 'too_big',
      path: ['scenarios'],
      message: `with cvar, scenarios × partners must be at most ${limits.cvarCells.toLocaleString('en')} (${scenarios} × ${partners})`,
    },
  ]);
}

/**
 * The refusal of a `rank` by PROMETHEE over the host's `gaussianPairs`, or undefined: its
 * Gaussian preference functions are summed over every pair of partners. The server asks
 * before it answers or queues the run, the runner again.
 */
export function prometheeRefusal(
  o: { readonly method: string },
  size: EngineSize,
  limits: EngineLimits,
): Result<never> | undefined {
  if (o.method !== 'promethee') return undefined;
  const pairs = gaussianPairs(size);
  if (pairs <= limits.gaussianPairs) return undefined;
  const { partners, gaussianCriteria: gaussian } = size;
  return fail([
    {
      code: 'promethee_too_many_pairs',
      path: ['method'],
      params: { partners, gaussian, maximum: limits.gaussianPairs },
      message: `PROMETHEE on this server sums a Gaussian preference over at most ${withThousands(limits.gaussianPairs)} partner pairs × Gaussian criteria; the workspace has ${withThousands(partners)} partners and ${withThousands(gaussian)} Gaussian criteria: give those criteria a linear or V-shape preference, rank by another method, or run \`partnerfolio rank\` on its exported spec`,
    },
  ]);
}

/**
 * The refusal of an engine command over the host's size limits, from its options as a
 * request states them (the defaults filled in here), or undefined: `frontier` with `cvar`
 * (`cvarCellsRefusal`), `smaa` (`smaaRefusal`) and `rank` by PROMETHEE (`prometheeRefusal`).
 * A host asks before it runs the command or queues it as a job; each runner asks again
 * with its parsed options.
 */
export function engineSizeRefusal(
  command: EngineCommand,
  asked: Readonly<Record<string, unknown>>,
  size: EngineSize,
  limits: EngineLimits,
): Result<never> | undefined {
  const numberOr = <T>(value: unknown, fallback: T): number | T =>
    typeof value === 'number' ? value : fallback;
  if (command === 'rank') {
    const method = typeof asked.method === 'string' ? asked.method : 'weighted-sum';
    return prometheeRefusal({ method }, size, limits);
  }
  if (command === 'smaa') {
    const samples = numberOr(asked.samples, ENGINE_DEFAULTS.smaaSamples);
    return smaaRefusal({ portfolio: asked.portfolio === true, samples }, size, limits);
  }
  if (command !== 'frontier') return undefined;
  const scenarios = numberOr(asked.scenarios, undefined);
  return cvarCellsRefusal({ cvar: asked.cvar === true, scenarios }, size.partners, limits);
}

/** Pieces several commands share, built with the first command that asks. */
function makeParts() {
  const id = z.string().min(1);
  return {
    id,
    /** A list of partner ids: `["a", "b"]`, or the command line's `"a,b"`. */
    idList: z
      .union([
        z.array(id),
        z.string().transform((text) =>
          text
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        ),
      ])
      .meta({ description: 'partner ids; default: the optimal portfolio' }),
    seed: z
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .meta({ description: 'random seed: the same seed gives the same answer' }),
    rankMethod: z.enum(RANK_METHODS).default('weighted-sum'),
  };
}
let sharedParts: ReturnType<typeof makeParts> | undefined;
const parts = () => {
  sharedParts ??= makeParts();
  return sharedParts;
};

/** Partner ids pinned for one run, on top of the workspace's own constraints. */
const lockList = (description: string) =>
  z.array(parts().id.max(200)).max(10_000).optional().meta({ description });

function timeLimitOf(limits: EngineLimits) {
  const positive = z.number().positive();
  const bounded = Number.isFinite(limits.timeLimit) ? positive.max(limits.timeLimit) : positive;
  return bounded
    .meta({ description: 'seconds for each solver run' })
    .default(ENGINE_DEFAULTS.timeLimit);
}

/**
 * Each command's options under one host's limits. Functions, called when a command's
 * schema is first read: building every schema (zod objects are not cheap to make) is
 * work a command that runs alone, such as `partnerfolio validate`, must not pay at start.
 */
const OPTION_BUILDERS = {
  evaluate: (limits: EngineLimits) =>
    z.strictObject({
      scenarios: z
        .int()
        .min(1)
        .max(Math.min(limits.scenarios, EVALUATE_SCENARIOS.max))
        .default(EVALUATE_SCENARIOS.default)
        .meta({ description: 'Monte Carlo scenarios of P(loss) and CVaR (simulate for more)' }),
      seed: parts().seed.default(ENGINE_DEFAULTS.seed),
    }),
  weights: () =>
    z.strictObject({
      method: z.enum(WEIGHTS_METHODS).optional().meta({
        description: "objective weights from the partners' scores instead of the spec's",
      }),
    }),
  rank: () =>
    z.strictObject({
      method: parts().rankMethod,
      v: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .meta({
          description: `VIKOR: weight of group utility against individual regret (default ${DEFAULT_VIKOR_V})`,
        }),
      sensitivity: z
        .boolean()
        .default(false)
        .meta({ description: 'also each weight’s stability interval' }),
    }),
  optimize: (limits: EngineLimits) =>
    z.strictObject({
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
      timeLimit: timeLimitOf(limits),
    }),
  frontier: (limits: EngineLimits) =>
    z.strictObject({
      resource: parts().id.optional().meta({
        description: 'the resource whose capacity is swept, e.g. budget (or give `cvar`)',
      }),
      cvar: z.boolean().default(false).meta({
        description:
          'instead of a resource: expected S against the 5% scenario CVaR, the floor swept from the unconstrained optimum’s CVaR to the best reachable',
      }),
      points: z
        .int()
        .min(2)
        .max(1000)
        .optional()
        .meta({
          description: `points of the frontier (default ${ENGINE_DEFAULTS.points} capacities; with cvar ${CVAR_FRONTIER.points.default} floors, at most ${CVAR_FRONTIER.points.max})`,
        }),
      scenarios: z
        .int()
        .min(CVAR_FRONTIER.scenarios.min)
        .max(CVAR_FRONTIER.scenarios.max)
        .optional()
        .meta({
          description: `with cvar: sampled scenarios shared by every point (default ${CVAR_FRONTIER.scenarios.default}; on a server at most ${limits.cvarCells.toLocaleString('en')} scenarios × partners)`,
        }),
      seed: parts().seed.default(ENGINE_DEFAULTS.seed),
      timeLimit: timeLimitOf(limits),
    }),
  simulate: (limits: EngineLimits) =>
    z.strictObject({
      scenarios: z.int().min(1).max(limits.scenarios).default(ENGINE_DEFAULTS.scenarios),
      seed: parts().seed.default(ENGINE_DEFAULTS.seed),
      selected: parts().idList.optional(),
    }),
  shapley: () =>
    z.strictObject({
      samples: z.int().min(100).max(100_000_000).optional().meta({
        description: 'random orders when the game is too large to solve exactly',
      }),
      seed: parts().seed.default(ENGINE_DEFAULTS.seed),
      selected: parts().idList.optional(),
    }),
  smaa: (limits: EngineLimits) =>
    z.strictObject({
      samples: z.int().min(1).max(limits.smaaSamples).default(ENGINE_DEFAULTS.smaaSamples),
      seed: parts().seed.default(ENGINE_DEFAULTS.seed),
      method: parts().rankMethod,
      portfolio: z
        .boolean()
        .default(false)
        .meta({
          description: `also the probability that each partner is in the optimal portfolio (one MILP per sample; on a server always a job, at most ${withThousands(MAX_PORTFOLIO_SAMPLES)} samples)`,
        }),
    }),
} as const satisfies { readonly [C in EngineCommand]: (limits: EngineLimits) => z.ZodObject };

export type EngineOptionSchemas = {
  readonly [C in EngineCommand]: ReturnType<(typeof OPTION_BUILDERS)[C]>;
};

/**
 * The options of every command under one host's limits: a table whose entries are built
 * when first read (then kept), in the order of `ENGINE_COMMANDS`.
 */
export function engineOptionSchemas(limits: EngineLimits): EngineOptionSchemas {
  const table = {};
  for (const command of ENGINE_COMMANDS) {
    let schema: z.ZodObject | undefined;
    Object.defineProperty(table, command, {
      enumerable: true,
      get: () => {
        schema ??= OPTION_BUILDERS[command](limits);
        return schema;
      },
    });
  }
  return table as EngineOptionSchemas;
}

/** The options as a command run alone takes them (the command line). */
export const ENGINE_OPTIONS: EngineOptionSchemas = engineOptionSchemas(ENGINE_LIMITS.command);
/** The options as a server takes them (request bodies, job inputs). */
export const SERVER_ENGINE_OPTIONS: EngineOptionSchemas = engineOptionSchemas(ENGINE_LIMITS.server);

export type EngineOptions<C extends EngineCommand> = z.output<EngineOptionSchemas[C]>;
export type EngineOptionsInput<C extends EngineCommand> = z.input<EngineOptionSchemas[C]>;
