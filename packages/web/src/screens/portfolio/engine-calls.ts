/**
 * The engine commands this screen runs on the server. Each answers 200 with the CLI's
 * --json document, or 202 with a job when the run is long (or `async` was asked for);
 * `save` also keeps the options and the answer as a named scenario.
 */
import { api, unwrap } from '../../api/client';
import type {
  AcceptedJob,
  CvarFrontierDocument,
  FrontierDocument,
  OptimizeDocument,
  SimulateDocument,
  SmaaDocument,
} from '../../api/types';

export type EngineAnswer<D> =
  | { readonly kind: 'result'; readonly document: D }
  | { readonly kind: 'job'; readonly jobId: string };

const isAccepted = (data: object): data is AcceptedJob => 'job' in data && 'links' in data;

function answerOf<D extends object>(data: D | AcceptedJob): EngineAnswer<D> {
  return isAccepted(data)
    ? { kind: 'job', jobId: data.job.id }
    : { kind: 'result', document: data };
}

const queryOf = (save: string | undefined) => (save === undefined ? {} : { save });

export interface OptimizeOptions {
  readonly explain: boolean;
  /** Scale each partner's return by its trust (partners without a record keep theirs). */
  readonly trustWeighted?: boolean;
}
export interface FrontierOptions {
  readonly resource: string;
  readonly points: number;
}
export interface CvarFrontierOptions {
  readonly points: number;
  readonly scenarios: number;
  readonly seed: number;
}
export interface SimulateOptions {
  readonly scenarios: number;
  readonly seed: number;
  readonly selected?: readonly string[];
  readonly trustWeighted?: boolean;
}

export async function runOptimize(
  slug: string,
  options: OptimizeOptions,
  save?: string,
): Promise<EngineAnswer<OptimizeDocument>> {
  const data = await unwrap(
    api.POST('/api/workspaces/{slug}/optimize', {
      params: { path: { slug }, query: queryOf(save) },
      body: {
        explain: options.explain,
        ...(options.trustWeighted === true ? { trustWeighted: true } : {}),
      },
    }),
  );
  return answerOf(data);
}

export async function runFrontier(
  slug: string,
  options: FrontierOptions,
  save?: string,
): Promise<EngineAnswer<FrontierDocument>> {
  const data = await unwrap(
    api.POST('/api/workspaces/{slug}/frontier', {
      params: { path: { slug }, query: queryOf(save) },
      body: { resource: options.resource, points: options.points },
    }),
  );
  if (isAccepted(data)) return { kind: 'job', jobId: data.job.id };
  if (!isResourceFrontier(data)) throw new Error('expected the frontier over a resource');
  return { kind: 'result', document: data };
}

/** The frontier answers over a resource, or (`cvar`) expected S against CVaR 5%. */
const isResourceFrontier = (
  data: FrontierDocument | CvarFrontierDocument,
): data is FrontierDocument => typeof data.resource === 'string';

export async function runCvarFrontier(
  slug: string,
  options: CvarFrontierOptions,
): Promise<EngineAnswer<CvarFrontierDocument>> {
  const data = await unwrap(
    api.POST('/api/workspaces/{slug}/frontier', {
      params: { path: { slug }, query: {} },
      body: { cvar: true, ...options },
    }),
  );
  if (isAccepted(data)) return { kind: 'job', jobId: data.job.id };
  if (isResourceFrontier(data)) throw new Error('expected the CVaR frontier');
  return { kind: 'result', document: data };
}

export async function runSimulate(
  slug: string,
  options: SimulateOptions,
  save?: string,
): Promise<EngineAnswer<SimulateDocument>> {
  const data = await unwrap(
    api.POST('/api/workspaces/{slug}/simulate', {
      params: { path: { slug }, query: queryOf(save) },
      body: {
        scenarios: options.scenarios,
        seed: options.seed,
        ...(options.selected === undefined ? {} : { selected: [...options.selected] }),
        ...(options.trustWeighted === true ? { trustWeighted: true } : {}),
      },
    }),
  );
  return answerOf(data);
}

/** `smaa --portfolio`: rank acceptabilities and optimal-portfolio membership (always a job). */
export async function runMembership(
  slug: string,
  options: { readonly samples: number; readonly seed: number },
): Promise<EngineAnswer<SmaaDocument>> {
  const data = await unwrap(
    api.POST('/api/workspaces/{slug}/smaa', {
      params: { path: { slug } },
      body: { samples: options.samples, seed: options.seed, portfolio: true },
    }),
  );
  return answerOf(data);
}
