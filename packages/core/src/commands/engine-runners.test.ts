import { readFileSync } from 'node:fs';
import { createHighsSolver } from '@partnerfolio/solver-highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio } from '../model/types.js';
import {
  cvarFrontierReport,
  evaluateReport,
  frontierReport,
  optimizeReport,
  portfolioGame,
  rankReport,
  selectionFor,
  shapleyReport,
  simulateReport,
  weightsReport,
} from '../reports/analysis.js';
import { portfolioMembership } from '../reports/portfolio-smaa.js';
import { smaaReport } from '../reports/smaa.js';
import { simulate } from '../simulate/engine.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { parseSpecText } from '../spec/parse-spec.js';
import type { Result } from '../util/issues.js';
import {
  ENGINE_COMMANDS,
  ENGINE_LIMITS,
  ENGINE_OPTIONS,
  type EngineCommand,
  type EngineLimits,
  SERVER_ENGINE_OPTIONS,
} from './engine-options.js';
import { ENGINE_RUNNERS, runEngineCommand, runShapleyGame } from './engine-runners.js';

const DEMO = new URL('../../../../examples/demo.yaml', import.meta.url);

let solver: MilpSolver;
let portfolio: Portfolio;

beforeAll(async () => {
  solver = await createHighsSolver();
  const parsed = parseSpecText(readFileSync(DEMO, 'utf8'), { file: 'demo.yaml' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  portfolio = parsed.value.portfolio;
});

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

/** Small runs of each command, and what the core reports answer for them called directly. */
const CASES: {
  readonly [C in EngineCommand]: {
    readonly options: Record<string, unknown>;
    readonly direct: () => Promise<Result<unknown>> | Result<unknown>;
  };
} = {
  evaluate: { options: {}, direct: () => evaluateReport(portfolio) },
  weights: {
    options: { method: 'entropy' },
    direct: () => weightsReport(portfolio, { method: 'entropy' }),
  },
  rank: {
    options: { method: 'topsis', sensitivity: true, v: 0.3 },
    direct: () => rankReport(portfolio, { method: 'topsis', sensitivity: true }),
  },
  optimize: {
    options: {},
    direct: () => optimizeReport(portfolio, solver, { explain: false, timeLimit: 60 }),
  },
  frontier: {
    options: { resource: 'budget', points: 3 },
    direct: () =>
      frontierReport(portfolio, solver, { resource: 'budget', points: 3, timeLimit: 60 }),
  },
  simulate: {
    options: { scenarios: 3000, seed: 7 },
    direct: () =>
      simulateReport(
        portfolio,
        { scenarios: 3000, seed: 7 },
        {
          solver,
          run: async (plan, o) => simulate(plan, { scenarios: o.scenarios, seed: o.seed }),
        },
      ),
  },
  shapley: {
    options: { seed: 3, samples: 200 },
    direct: async () => {
      const players = value(selectionFor(portfolio, solver));
      const game = value(portfolioGame(portfolio, players));
      return shapleyReport(game, { seed: 3, samples: 200 }, { solver });
    },
  },
  smaa: {
    options: { samples: 20, seed: 5, portfolio: true },
    direct: () => {
      const ranks = value(smaaReport(portfolio, { samples: 20, seed: 5, method: 'weighted-sum' }));
      const membership = value(portfolioMembership(portfolio, solver, { samples: 20, seed: 5 }));
      return { ok: true, value: { ...ranks, portfolio: membership }, warnings: [] };
    },
  },
};

describe('the engine command table', () => {
  it('has a runner, options and a case for every command, and nothing else', () => {
    expect(Object.keys(ENGINE_RUNNERS)).toEqual([...ENGINE_COMMANDS]);
    expect(Object.keys(ENGINE_OPTIONS)).toEqual([...ENGINE_COMMANDS]);
    expect(Object.keys(SERVER_ENGINE_OPTIONS)).toEqual([...ENGINE_COMMANDS]);
    expect(Object.keys(CASES).sort()).toEqual([...ENGINE_COMMANDS].sort());
  });

  it('builds each schema once, when first read', () => {
    expect(ENGINE_OPTIONS.rank).toBe(ENGINE_OPTIONS.rank);
    expect(ENGINE_OPTIONS.simulate).not.toBe(SERVER_ENGINE_OPTIONS.simulate);
    expect(SERVER_ENGINE_OPTIONS.simulate.safeParse({ scenarios: 1e9 }).success).toBe(false);
    expect(ENGINE_OPTIONS.simulate.safeParse({ scenarios: 1e9 }).success).toBe(true);
  });

  it.each(ENGINE_COMMANDS)('runs %s as the core reports answer it', async (command) => {
    const { options, direct } = CASES[command];
    const parsed = ENGINE_OPTIONS[command].parse(options);
    const got = await runEngineCommand(command, portfolio, parsed as never, {
      solver: async () => solver,
    });
    const want = await direct();
    expect(got.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(got))).toEqual(JSON.parse(JSON.stringify(want)));
  });

  it('loads the solver only for the commands that solve', async () => {
    let loads = 0;
    const counting = async () => {
      loads++;
      return solver;
    };
    for (const command of ['evaluate', 'weights', 'rank'] as const) {
      await runEngineCommand(command, portfolio, ENGINE_OPTIONS[command].parse({}) as never, {
        solver: counting,
      });
    }
    expect(loads).toBe(0);
    await runEngineCommand('optimize', portfolio, ENGINE_OPTIONS.optimize.parse({}), {
      solver: counting,
    });
    expect(loads).toBe(1);
  });

  it('adds a run’s locks to optimize, and names an unknown partner', async () => {
    const deps = { solver: async () => solver };
    const id = portfolio.partners[0]?.id as string;
    const kept = value(
      await runEngineCommand(
        'optimize',
        portfolio,
        ENGINE_OPTIONS.optimize.parse({ include: [id] }),
        deps,
      ),
    );
    expect(kept.selected).toContain(id);
    const left = value(
      await runEngineCommand(
        'optimize',
        portfolio,
        ENGINE_OPTIONS.optimize.parse({ exclude: [id] }),
        deps,
      ),
    );
    expect(left.selected).not.toContain(id);
    const unknown = await runEngineCommand(
      'optimize',
      portfolio,
      ENGINE_OPTIONS.optimize.parse({ include: ['nobody'] }),
      deps,
    );
    expect(unknown.ok ? [] : unknown.issues.map((i) => i.path)).toEqual([['include', 0]]);
  });

  it('keeps smaa with portfolio within the host’s limit, before any work', async () => {
    let ranked = false;
    const over = await runEngineCommand(
      'smaa',
      portfolio,
      SERVER_ENGINE_OPTIONS.smaa.parse({
        samples: ENGINE_LIMITS.server.portfolioSamples + 1,
        portfolio: true,
      }),
      {
        solver: async () => solver,
        limits: ENGINE_LIMITS.server,
        smaaRanks: async (p, o) => {
          ranked = true;
          return smaaReport(p, o);
        },
      },
    );
    expect(over.ok ? [] : over.issues.map((i) => [i.code, i.path])).toEqual([
      ['too_big', ['samples']],
    ]);
    // 1,001 partners: a rank acceptability table past the server's, refused before any work.
    const many = {
      ...portfolio,
      partners: Array.from({ length: 1_001 }, (_, i) => ({
        ...(portfolio.partners[i % portfolio.partners.length] as (typeof portfolio.partners)[0]),
        id: `p${i}`,
      })),
    };
    const wide = await runEngineCommand('smaa', many, SERVER_ENGINE_OPTIONS.smaa.parse({}), {
      solver: async () => solver,
      limits: ENGINE_LIMITS.server,
      smaaRanks: async (p, o) => {
        ranked = true;
        return smaaReport(p, o);
      },
    });
    expect(wide.ok ? [] : wide.issues.map((i) => [i.code, i.path])).toEqual([
      ['smaa_too_many_partners', ['partners']],
    ]);
    expect(ranked).toBe(false);
  });

  it('keeps a PROMETHEE rank within the host’s Gaussian pairs, before any work', async () => {
    const [first, ...rest] = portfolio.criteria;
    const gaussian: Portfolio = {
      ...portfolio,
      criteria: [
        { ...(first as Portfolio['criteria'][0]), preference: { type: 'gaussian', s: 1 } },
        ...rest,
      ],
    };
    const m = portfolio.partners.length;
    const rank = (gaussianPairs: number, method: 'promethee' | 'topsis') =>
      runEngineCommand('rank', gaussian, ENGINE_OPTIONS.rank.parse({ method }), {
        solver: async () => solver,
        limits: { ...ENGINE_LIMITS.server, gaussianPairs },
      });
    // m² pairs on the one Gaussian criterion: at the limit it ranks, one under it refuses.
    expect(value(await rank(m * m, 'promethee')).method).toBe('promethee');
    const over = await rank(m * m - 1, 'promethee');
    expect(over.ok ? [] : over.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['promethee_too_many_pairs', ['method'], { partners: m, gaussian: 1, maximum: m * m - 1 }],
    ]);
    // Other methods never sum pairs.
    expect(value(await rank(0, 'topsis')).method).toBe('topsis');
  });

  it('reports smaa progress as ranks for the first tenth, then membership', async () => {
    const seen: number[] = [];
    await runEngineCommand(
      'smaa',
      portfolio,
      ENGINE_OPTIONS.smaa.parse({ samples: 5, portfolio: true }),
      {
        solver: async () => solver,
        onProgress: (f) => seen.push(f),
        smaaRanks: async (p, o, progress) => {
          await progress(1);
          return smaaReport(p, o);
        },
        membership: async (p, s, o, progress) => {
          await progress(0.5);
          await progress(1);
          return portfolioMembership(p, s, o);
        },
      },
    );
    expect(seen).toEqual([0.1, 0.55, 1]);
  });

  it('runs frontier with cvar as the core report answers it, with progress', async () => {
    const seen: number[] = [];
    const got = value(
      await runEngineCommand(
        'frontier',
        portfolio,
        ENGINE_OPTIONS.frontier.parse({ cvar: true, points: 3, scenarios: 200, seed: 2 }),
        { solver: async () => solver, onProgress: (f) => seen.push(f) },
      ),
    );
    const want = value(
      cvarFrontierReport(portfolio, solver, { points: 3, scenarios: 200, seed: 2, timeLimit: 60 }),
    );
    expect(JSON.parse(JSON.stringify(got))).toEqual(JSON.parse(JSON.stringify(want)));
    expect(seen).toEqual([1 / 5, 2 / 5, 3 / 5, 4 / 5, 1]);
  });

  it('asks frontier for a resource or cvar, and keeps cvar within the host’s cells', async () => {
    const deps = { solver: async () => solver };
    const run = async (
      options: Record<string, unknown>,
      limits: EngineLimits = ENGINE_LIMITS.command,
    ) => {
      const r = await runEngineCommand(
        'frontier',
        portfolio,
        SERVER_ENGINE_OPTIONS.frontier.parse(options),
        { ...deps, limits },
      );
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
    };
    expect(await run({})).toEqual([['missing_resource', ['resource']]]);
    expect(await run({ resource: 'budget', cvar: true })).toEqual([
      ['resource_with_cvar', ['resource']],
    ]);
    expect(await run({ resource: 'budget', scenarios: 100 })).toEqual([
      ['cvar_only', ['scenarios']],
    ]);
    // The demo's 38 partners × 20,000 scenarios are over the server's 400,000 cells.
    expect(await run({ cvar: true, scenarios: 20_000 }, ENGINE_LIMITS.server)).toEqual([
      ['too_big', ['scenarios']],
    ]);
  });

  it('runs shapley of a game file with the table’s options, as the report would', async () => {
    // The airport game of Littlechild and Owen (1973): runways of 1, 2 and 3; each
    // segment's cost is split equally among those who need it: 1/3, 1/3 + 1/2, … + 1.
    const game = { kind: 'airport' as const, players: ['a', 'b', 'c'], costs: [1, 2, 3] };
    const options = ENGINE_OPTIONS.shapley.parse({});
    const ran = value(await runShapleyGame(game, options, { solver: async () => solver }));
    const direct = value(await shapleyReport(game, { seed: options.seed }, { solver }));
    expect(ran).toEqual(direct);
    expect(ran.shapley.a).toBeCloseTo(1 / 3, 12);
    expect(ran.shapley.b).toBeCloseTo(5 / 6, 12);
    expect(ran.shapley.c).toBeCloseTo(11 / 6, 12);
  });
});
