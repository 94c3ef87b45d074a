/**
 * SMAA for the portfolio: the probability that each partner belongs to the optimal
 * portfolio when the weights (as `smaa` samples them), the uncertain scores, the costs and returns and the
 * synergies (from their distributions) all vary. Each sample re-solves the MILP on the
 * caller's warm solver. Sample s draws from stream s of the seed, so the answer depends
 * only on (portfolio, samples, seed), whichever process runs which sample.
 */
import { partnerScores } from '../mcdm/partner-scores.js';
import { WeightSampler, weightConstraints } from '../mcdm/smaa-weights.js';
import type { Distribution, Portfolio } from '../model/types.js';
import { preparePortfolio } from '../optimize/prepare.js';
import { selectedIds, solvePortfolio } from '../optimize/solve-portfolio.js';
import { createRng, type Xoshiro128StarStar } from '../simulate/prng.js';
import { fillSamples } from '../simulate/samplers.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { fail, ok, type Result } from '../util/issues.js';
import { optimizeReport } from './analysis.js';

export interface PortfolioMembership {
  readonly samples: number;
  /** Share of the samples whose optimal portfolio includes the partner. */
  readonly membership: Record<string, number>;
  /** The optimal portfolio at expected values and the spec's weights (`optimize`). */
  readonly optimal: string[];
  /** Samples in which no portfolio met the constraints (they count for no partner). */
  readonly infeasible: number;
}

export interface MembershipOptions {
  readonly samples: number;
  readonly seed: number;
  readonly timeLimit?: number;
  readonly onProgress?: (done: number) => void;
}

/**
 * What one part of a membership run sends back (the run split as `dealRoundRobin` deals
 * samples): how often each partner was chosen in the part's samples, and how many of
 * them had no feasible portfolio.
 */
export interface MembershipPart {
  readonly solved: number;
  readonly counts: Record<string, number>;
  readonly infeasible: number;
  readonly optimal: string[];
}

/**
 * A membership run that a caller can step through (the server yields to its event loop
 * and checks for cancellation between steps): `step(k)` solves the next k samples.
 */
export interface MembershipRun {
  /** Samples solved so far. */
  readonly done: () => number;
  step(count: number): Result<number>;
  finish(): PortfolioMembership;
  /** The counts so far, to be combined with other parts' (`combineMembership`). */
  part(): MembershipPart;
}

export function startPortfolioMembership(
  portfolio: Portfolio,
  solver: MilpSolver,
  options: Omit<MembershipOptions, 'onProgress'> & {
    /** The samples this run solves (a part of a split run); all of them by default. */
    readonly indices?: readonly number[];
  },
): Result<MembershipRun> {
  const base = optimizeReport(portfolio, solver);
  if (!base.ok) return base;
  const n = portfolio.criteria.length;
  const sampler = new WeightSampler(weightConstraints(portfolio));
  const w = new Float64Array(n);
  const draw = new Float64Array(1);
  const counts = new Map(portfolio.partners.map((p) => [p.id, 0]));
  let infeasible = 0;
  // `s` counts the samples solved; `index(s)` is the sample (and stream) it solves next.
  let s = 0;
  const { indices } = options;
  const total = indices === undefined ? options.samples : indices.length;
  const index = (k: number): number => (indices === undefined ? k : (indices[k] ?? k));
  const limit = options.timeLimit === undefined ? {} : { timeLimit: options.timeLimit };
  const one = (): Result<void> => {
    const rng = createRng(options.seed, index(s));
    if (n > 0 && !sampler.draw(rng, w, 1_000_000)) {
      return fail([
        {
          code: 'smaa_constraints_too_narrow',
          path: ['weighting'],
          message:
            'almost no weight vector fits the order and ranges of `weighting`; widen the ranges or drop a constraint',
        },
      ]);
    }
    const value = (d: Distribution): Distribution => fixed(d, draw, rng);
    const sample: Portfolio = {
      ...portfolio,
      partners: portfolio.partners.map((p) => ({
        ...p,
        scores: drawnScores(p.scores, p.scoreDistributions, draw, rng),
        cost: value(p.cost),
        return: value(p.return),
      })),
      synergies: portfolio.synergies.map((x) => ({ ...x, value: value(x.value) })),
    };
    const scores = partnerScores(sample, n > 0 ? Array.from(w) : undefined);
    if (!scores.ok) return scores;
    const prepared = preparePortfolio(sample, scores.value);
    if (!prepared.ok) return prepared;
    const solution = solvePortfolio(prepared.value, solver, limit);
    if (solution.status === 'error') {
      return fail([
        { code: 'solver_failed', path: [], message: solution.message ?? 'the solver failed' },
      ]);
    }
    if (solution.chosen === null) infeasible++;
    else {
      for (const id of selectedIds(prepared.value, solution.chosen)) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    s++;
    return ok(undefined);
  };
  return ok({
    done: () => s,
    step(count) {
      const end = Math.min(total, s + count);
      while (s < end) {
        const r = one();
        if (!r.ok) return r;
      }
      return ok(s);
    },
    finish: () => ({
      samples: options.samples,
      membership: Object.fromEntries([...counts].map(([id, c]) => [id, c / options.samples])),
      optimal: base.value.selected,
      infeasible,
    }),
    part: () => ({
      solved: s,
      counts: Object.fromEntries(counts),
      infeasible,
      optimal: base.value.selected,
    }),
  });
}

/** The parts of a split membership run as the run's answer (counts are whole: exact). */
export function combineMembership(
  parts: readonly MembershipPart[],
  samples: number,
): PortfolioMembership {
  const counts = new Map<string, number>();
  let infeasible = 0;
  for (const part of parts) {
    for (const [id, c] of Object.entries(part.counts)) counts.set(id, (counts.get(id) ?? 0) + c);
    infeasible += part.infeasible;
  }
  return {
    samples,
    membership: Object.fromEntries([...counts].map(([id, c]) => [id, c / samples])),
    optimal: parts[0]?.optimal ?? [],
    infeasible,
  };
}

export function portfolioMembership(
  portfolio: Portfolio,
  solver: MilpSolver,
  options: MembershipOptions,
): Result<PortfolioMembership> {
  const run = startPortfolioMembership(portfolio, solver, options);
  if (!run.ok) return run;
  while (run.value.done() < options.samples) {
    const r = run.value.step(1);
    if (!r.ok) return r;
    options.onProgress?.(r.value);
  }
  return ok(run.value.finish());
}

/** The partner's scores with each uncertain one drawn (from their `scoreDistributions`). */
function drawnScores(
  scores: Readonly<Record<string, number>>,
  spread: Readonly<Record<string, Distribution>> | undefined,
  buffer: Float64Array,
  rng: Xoshiro128StarStar,
): Record<string, number> {
  if (spread === undefined) return { ...scores };
  const out = { ...scores };
  for (const [id, d] of Object.entries(spread)) {
    if (d.kind === 'fixed' || !Object.hasOwn(out, id)) continue;
    fillSamples(buffer, d, rng);
    out[id] = buffer[0] ?? 0;
  }
  return out;
}

/** One draw of `d` as a fixed value (a fixed value stays as it is, drawing nothing). */
function fixed(d: Distribution, buffer: Float64Array, rng: Xoshiro128StarStar): Distribution {
  if (d.kind === 'fixed') return d;
  fillSamples(buffer, d, rng);
  return { kind: 'fixed', value: buffer[0] ?? 0 };
}
