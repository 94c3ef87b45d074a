/**
 * Everything the dashboard shows, read from the API in one go: partner counts (the list's
 * `total` under each filter), the optimal portfolio, the server's Monte Carlo summary of
 * it, the partners' expected values, the weights' consistency, the running partnerships'
 * operations (obligations, reviews due, falling trust or net, the ledger), and the spec,
 * from which the browser runs the same seeded Monte Carlo for the histogram.
 */
import { isApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type {
  AcceptedJob,
  OperationsSummary,
  OptimizeDocument,
  Partner,
  SimulateDocument,
} from '../../api/types';
import {
  compileSimulation,
  type Portfolio,
  parseSpecText,
  type SimulationSummary,
  simulate,
  summarize,
} from '../../engine';
import type { SayableIssue } from '../../i18n/codes/say-issue';
import { type Locks, lockOptions } from './move-plan';

export const KINDS = ['academic', 'enterprise', 'government', 'other'] as const;
export const STATUSES = [
  'candidate',
  'negotiating',
  'active',
  'under-review',
  'exiting',
  'exited',
  'rejected',
] as const satisfies readonly Partner['status'][];

/** One seed and size for both runs, so the browser's samples and the server's summary agree. */
export const SIMULATION = { scenarios: 100_000, seed: 7 } as const;
/**
 * The current portfolio's spread beside the proposal's: its p5 and p95 only, so a fifth of
 * the scenarios keeps the dashboard's current-vs-proposed answer fast (bench/dashboard-move.mjs).
 */
export const CURRENT_SIMULATION = { scenarios: 20_000, seed: 7 } as const;

export interface Evaluated {
  readonly id: string;
  readonly net: number;
}

export interface Ahp {
  readonly cr: number;
  readonly consistent: boolean;
}

/** Why the engine could not run on this workspace (its spec is not a valid portfolio yet). */
export interface Invalid {
  readonly code: string;
  readonly detail: string;
  /** Each with its code and values, to be said in the reader's language (`sayIssue`). */
  readonly issues: readonly (SayableIssue & { readonly path: string })[];
}

export interface DashboardData {
  readonly total: number;
  readonly unit: string;
  readonly byKind: readonly { readonly kind: (typeof KINDS)[number]; readonly count: number }[];
  readonly byStatus: readonly {
    readonly status: (typeof STATUSES)[number];
    readonly count: number;
  }[];
  /** Present when the workspace is a valid portfolio. */
  readonly engine?: {
    readonly optimize: OptimizeDocument;
    readonly evaluated: readonly Evaluated[];
    readonly ahp?: Ahp;
    /** The server's summary and the browser's samples, when a portfolio was selected. */
    readonly simulation?: { readonly summary: SimulateDocument; readonly samples: Float64Array };
    /** The workspace as the engine reads it (names, statuses, exit and onboarding costs). */
    readonly portfolio: Portfolio;
    /** The distribution of S of the portfolio we run (its incumbents), from this browser. */
    readonly current?: SimulationSummary;
    /** The locks the optimal portfolio was solved under. */
    readonly locks: Locks;
  };
  readonly invalid?: Invalid;
  /** The running partnerships: obligations due, reviews due, falling trust or net, the ledger. */
  readonly operations: OperationsSummary;
}

async function countPartners(
  slug: string,
  filter: { kind?: Partner['kind'][]; status?: Partner['status'][] },
): Promise<number> {
  const page = await unwrap(
    api.GET('/api/workspaces/{slug}/partners', {
      params: { path: { slug }, query: { limit: 1, ...filter } },
    }),
  );
  return page.total;
}

/** An engine answer run inline (200), not handed to a job (202: only asked for long runs). */
function inline<T extends object>(answer: T | AcceptedJob): T {
  if ('job' in answer && 'links' in answer) throw new Error('the engine answered with a job');
  return answer as T;
}

/** The workspace's spec as the engine reads it (the browser's Monte Carlo runs on it). */
async function loadSpecPortfolio(slug: string): Promise<Portfolio> {
  const spec = await unwrap(
    api.GET('/api/workspaces/{slug}/spec', {
      params: { path: { slug }, query: { format: 'json' } },
    }),
  );
  const parsed = parseSpecText(JSON.stringify(spec));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));
  return parsed.value.portfolio;
}

/** The samples of S for `selected`, computed in this browser with the core's own engine. */
function simulateInBrowser(
  portfolio: Portfolio,
  selected: readonly string[],
  options: { readonly scenarios: number; readonly seed: number } = SIMULATION,
): Float64Array {
  const plan = compileSimulation(portfolio, selected);
  if (!plan.ok) throw new Error(plan.issues.map((issue) => issue.message).join('\n'));
  return simulate(plan.value, options);
}

/**
 * The optimal portfolio under the workspace's constraints and the `locks` (keep: must be
 * selected, exit: must not be), its value and distribution, and the current portfolio's.
 */
export async function loadEngine(
  slug: string,
  locks: Locks = {},
): Promise<NonNullable<DashboardData['engine']>> {
  const path = { path: { slug } };
  const [optimize, evaluate, weights, portfolio] = await Promise.all([
    unwrap(
      api.POST('/api/workspaces/{slug}/optimize', { params: path, body: lockOptions(locks) }),
    ).then(inline),
    unwrap(api.POST('/api/workspaces/{slug}/evaluate', { params: path, body: {} })).then(inline),
    unwrap(api.POST('/api/workspaces/{slug}/weights', { params: path, body: {} })).then(inline),
    loadSpecPortfolio(slug),
  ]);
  const evaluated = evaluate.partners.map(({ id, net }) => ({ id, net }));
  const ahp =
    weights.ahp === undefined
      ? undefined
      : { cr: weights.ahp.cr, consistent: weights.ahp.consistent };
  const incumbents = optimize.current?.selected ?? [];
  const current =
    optimize.current?.objective === null || incumbents.length === 0
      ? undefined
      : summarize(simulateInBrowser(portfolio, incumbents, CURRENT_SIMULATION));
  const base = {
    optimize,
    evaluated,
    portfolio,
    locks,
    ...(ahp === undefined ? {} : { ahp }),
    ...(current === undefined ? {} : { current }),
  };
  if (optimize.status !== 'optimal' || optimize.selected.length === 0) return base;

  const selected = optimize.selected;
  const summary = await unwrap(
    api.POST('/api/workspaces/{slug}/simulate', {
      params: path,
      body: { ...SIMULATION, selected },
    }),
  ).then((answer): SimulateDocument => inline(answer));
  return { ...base, simulation: { summary, samples: simulateInBrowser(portfolio, selected) } };
}

export async function loadDashboard(slug: string): Promise<DashboardData> {
  const [total, settings, byKind, byStatus, operations] = await Promise.all([
    countPartners(slug, {}),
    unwrap(api.GET('/api/workspaces/{slug}/settings', { params: { path: { slug } } })),
    Promise.all(
      KINDS.map(async (kind) => ({ kind, count: await countPartners(slug, { kind: [kind] }) })),
    ),
    Promise.all(
      STATUSES.map(async (status) => ({
        status,
        count: await countPartners(slug, { status: [status] }),
      })),
    ),
    unwrap(api.GET('/api/workspaces/{slug}/operations', { params: { path: { slug } } })),
  ]);
  const base = { total, unit: settings.settings.unit, byKind, byStatus, operations };
  if (total === 0) return base;
  try {
    return { ...base, engine: await loadEngine(slug) };
  } catch (error) {
    // 422: the workspace's data is not a valid portfolio yet; the dashboard says what to fix.
    if (isApiError(error) && error.status === 422) {
      return {
        ...base,
        invalid: {
          code: error.code,
          detail: error.detail,
          issues: error.fieldErrors.map(({ path, message, code, params }) => ({
            path,
            message,
            ...(code === undefined ? {} : { code }),
            ...(params === undefined ? {} : { params }),
          })),
        },
      };
    }
    throw error;
  }
}
