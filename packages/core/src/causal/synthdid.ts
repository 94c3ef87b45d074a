/**
 * The three block-design estimators of the synthdid package (Arkhangelsky, Athey,
 * Hirshberg, Imbens & Wager, "Synthetic Difference-in-Differences", AER 2021), with the
 * package's defaults:
 *
 * - `sdid`, Algorithm 1 (`synthdid_estimate`): time weights λ with an intercept and ridge
 *   zeta.lambda = 1e-6·σ, unit weights ω with an intercept and ridge
 *   zeta.omega = (N_tr·T_post)^¼·σ, σ the sd of the controls' first differences before
 *   treatment; Frank-Wolfe with min.decrease = 1e-5·σ, max.iter = 10,000, and the
 *   sparsification round (≤ 100 iterations, drop weights ≤ max/4, solve again).
 * - `sc` (`sc_estimate`): ω only, no intercept, eta.omega = 1e-6; λ = 0.
 * - `did` (`did_estimate`): uniform ω and λ; in a balanced block design this is exactly
 *   the two-way fixed-effects estimate.
 *
 * τ = (−ω, 1/N_tr)ᵀ Y (−λ, 1/T_post).
 */
import { type FwProblem, solveSparsified } from './frank-wolfe.js';
import type { BlockPanel } from './panel.js';

export type CausalMethod = 'did' | 'sc' | 'sdid';
export const CAUSAL_METHODS: readonly CausalMethod[] = ['did', 'sc', 'sdid'];

export const MAX_ITER = 10_000;
export const MAX_ITER_PRE_SPARSIFY = 100;

/** The tuning an estimate was made with; placebo replications reuse it unchanged. */
export interface Tuning {
  readonly noiseLevel: number;
  readonly zetaOmega: number;
  readonly zetaLambda: number;
  readonly minDecrease: number;
}

export interface Fit {
  readonly estimate: number;
  /** One weight per unit of `controls`, in that order. */
  readonly omega: Float64Array;
  /** One weight per pre-treatment period. */
  readonly lambda: Float64Array;
}

/** Sums and matrices of one panel that every fit and replication reuses. */
export class Prepared {
  readonly n: number;
  readonly t: number;
  readonly n0: number;
  readonly t0: number;
  /** Mean over the treated periods, per unit. */
  readonly postMean: Float64Array;
  /** Pre-treatment outcomes, unit-major (n × t0). */
  readonly pre: Float64Array;
  /** The same, each unit minus its pre-treatment mean (ω's intercept). */
  readonly preCentered: Float64Array;
  private omegaGrams = new Map<boolean, Float64Array>();
  private lambdaMoments: { m: Float64Array; z: Float64Array } | undefined;

  constructor(readonly panel: BlockPanel) {
    const { units, periods, n0, t0, y } = panel;
    this.n = units.length;
    this.t = periods.length;
    this.n0 = n0;
    this.t0 = t0;
    const { n, t } = this;
    this.postMean = new Float64Array(n);
    this.pre = new Float64Array(n * t0);
    this.preCentered = new Float64Array(n * t0);
    for (let u = 0; u < n; u++) {
      let post = 0;
      for (let s = t0; s < t; s++) post += y[u * t + s] as number;
      this.postMean[u] = post / (t - t0);
      let mean = 0;
      for (let s = 0; s < t0; s++) {
        const v = y[u * t + s] as number;
        this.pre[u * t0 + s] = v;
        mean += v;
      }
      mean /= t0;
      for (let s = 0; s < t0; s++) this.preCentered[u * t0 + s] = (y[u * t + s] as number) - mean;
    }
  }

  /** Gram matrix of the controls' pre-treatment series (n0 × n0), raw or centred. */
  omegaGram(centered: boolean): Float64Array {
    const cached = this.omegaGrams.get(centered);
    if (cached) return cached;
    const { n0, t0 } = this;
    const a = centered ? this.preCentered : this.pre;
    const g = new Float64Array(n0 * n0);
    for (let i = 0; i < n0; i++) {
      for (let j = i; j < n0; j++) {
        let s = 0;
        for (let k = 0; k < t0; k++) s += (a[i * t0 + k] as number) * (a[j * t0 + k] as number);
        g[i * n0 + j] = s;
        g[j * n0 + i] = s;
      }
    }
    this.omegaGrams.set(centered, g);
    return g;
  }

  /**
   * Second moments of z_u = (pre series, post mean) − the controls' mean, summed over all
   * controls ((t0+1)²): a placebo's centred Gram matrix is this minus its treated units'
   * terms, so it costs O(N_tr·T0²) instead of O(N0·T0²).
   */
  lambdaMomentsAll(): { m: Float64Array; z: Float64Array } {
    if (this.lambdaMoments) return this.lambdaMoments;
    const { n0, t0 } = this;
    const d = t0 + 1;
    const mu = new Float64Array(d);
    for (let u = 0; u < n0; u++) {
      for (let s = 0; s < t0; s++) mu[s] = (mu[s] as number) + (this.pre[u * t0 + s] as number);
      mu[t0] = (mu[t0] as number) + (this.postMean[u] as number);
    }
    for (let s = 0; s < d; s++) mu[s] = (mu[s] as number) / n0;
    const z = new Float64Array(n0 * d);
    for (let u = 0; u < n0; u++) {
      for (let s = 0; s < t0; s++)
        z[u * d + s] = (this.pre[u * t0 + s] as number) - (mu[s] as number);
      z[u * d + t0] = (this.postMean[u] as number) - (mu[t0] as number);
    }
    const m = new Float64Array(d * d);
    for (let u = 0; u < n0; u++) addOuter(m, z, u * d, d, 1);
    this.lambdaMoments = { m, z };
    return this.lambdaMoments;
  }
}

function addOuter(m: Float64Array, z: Float64Array, off: number, d: number, sign: number): void {
  for (let i = 0; i < d; i++) {
    const zi = sign * (z[off + i] as number);
    if (zi === 0) continue;
    for (let j = 0; j < d; j++)
      m[i * d + j] = (m[i * d + j] as number) + zi * (z[off + j] as number);
  }
}

/** σ: the sample sd of the controls' first differences before treatment. */
export function noiseLevel(prep: Prepared): number {
  const { n0, t0, pre } = prep;
  let count = 0;
  let mean = 0;
  let m2 = 0;
  for (let u = 0; u < n0; u++) {
    for (let s = 1; s < t0; s++) {
      const d = (pre[u * t0 + s] as number) - (pre[u * t0 + s - 1] as number);
      count++;
      const delta = d - mean;
      mean += delta / count;
      m2 += delta * (d - mean);
    }
  }
  return count > 1 ? Math.sqrt(m2 / (count - 1)) : Number.NaN;
}

export function defaultTuning(prep: Prepared, method: CausalMethod): Tuning {
  const sigma = noiseLevel(prep);
  const etaOmega = method === 'sc' ? 1e-6 : ((prep.n - prep.n0) * (prep.t - prep.t0)) ** 0.25;
  return {
    noiseLevel: sigma,
    zetaOmega: etaOmega * sigma,
    zetaLambda: 1e-6 * sigma,
    minDecrease: 1e-5 * sigma,
  };
}

/** λ for the controls in `controls` (indices < n0): the centred collapsed panel, rows = units. */
function solveLambda(
  prep: Prepared,
  controls: Int32Array,
  start: Float64Array,
  tuning: Tuning,
): Float64Array {
  const { n0, t0, pre, postMean } = prep;
  const d = t0 + 1;
  const rows = controls.length;
  // Centred Gram of the subset from the all-controls moments, minus the units left out.
  const { m: mAll, z } = prep.lambdaMomentsAll();
  const m = Float64Array.from(mAll);
  const sum = new Float64Array(d);
  if (rows !== n0) {
    const kept = new Uint8Array(n0);
    for (const u of controls) kept[u] = 1;
    for (let u = 0; u < n0; u++) {
      if (kept[u]) continue;
      addOuter(m, z, u * d, d, -1);
      for (let s = 0; s < d; s++) sum[s] = (sum[s] as number) - (z[u * d + s] as number);
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        m[i * d + j] = (m[i * d + j] as number) - ((sum[i] as number) * (sum[j] as number)) / rows;
      }
    }
  }
  // Columns (periods) centred over the subset, for the residual kept in row space.
  const a = new Float64Array(t0 * rows);
  const b = new Float64Array(rows);
  for (let s = 0; s < t0; s++) {
    let mean = 0;
    for (let r = 0; r < rows; r++) mean += pre[(controls[r] as number) * t0 + s] as number;
    mean /= rows;
    for (let r = 0; r < rows; r++)
      a[s * rows + r] = (pre[(controls[r] as number) * t0 + s] as number) - mean;
  }
  let bMean = 0;
  for (let r = 0; r < rows; r++) bMean += postMean[controls[r] as number] as number;
  bMean /= rows;
  for (let r = 0; r < rows; r++) b[r] = (postMean[controls[r] as number] as number) - bMean;
  const atb = new Float64Array(t0);
  const gram = new Float64Array(t0 * t0);
  for (let s = 0; s < t0; s++) {
    atb[s] = m[s * d + t0] as number;
    for (let q = 0; q < t0; q++) gram[s * t0 + q] = m[s * d + q] as number;
  }
  const problem: FwProblem = { rows, cols: t0, a, gram, atb, b };
  return solveSparsified(problem, start, {
    zeta: tuning.zetaLambda,
    minDecrease: tuning.minDecrease,
    maxIter: MAX_ITER,
    maxIterPreSparsify: MAX_ITER_PRE_SPARSIFY,
  }).weights;
}

/** ω over `controls` to match the mean of `treated` before treatment; rows = periods. */
function solveOmega(
  prep: Prepared,
  controls: Int32Array,
  treated: Int32Array,
  start: Float64Array,
  zeta: number,
  centered: boolean,
  tuning: Tuning,
): Float64Array {
  const { t0, n0 } = prep;
  const all = centered ? prep.preCentered : prep.pre;
  const fullGram = prep.omegaGram(centered);
  const cols = controls.length;
  // The donor pool's columns and Gram block, copied contiguous: the solver's inner loops
  // then run without index indirection, which pays for itself within a few iterations.
  let a: Float64Array;
  let gram: Float64Array;
  if (cols === n0) {
    a = all.subarray(0, n0 * t0);
    gram = fullGram;
  } else {
    a = new Float64Array(cols * t0);
    gram = new Float64Array(cols * cols);
    for (let j = 0; j < cols; j++) {
      const u = controls[j] as number;
      a.set(all.subarray(u * t0, (u + 1) * t0), j * t0);
      for (let k = 0; k < cols; k++)
        gram[j * cols + k] = fullGram[u * n0 + (controls[k] as number)] as number;
    }
  }
  const b = new Float64Array(t0);
  for (const k of treated)
    for (let s = 0; s < t0; s++) b[s] = (b[s] as number) + (all[k * t0 + s] as number);
  for (let s = 0; s < t0; s++) b[s] = (b[s] as number) / treated.length;
  const atb = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    let v = 0;
    for (let s = 0; s < t0; s++) v += (a[j * t0 + s] as number) * (b[s] as number);
    atb[j] = v;
  }
  const problem: FwProblem = { rows: t0, cols, a, gram, atb, b };
  return solveSparsified(problem, start, {
    zeta,
    minDecrease: tuning.minDecrease,
    maxIter: MAX_ITER,
    maxIterPreSparsify: MAX_ITER_PRE_SPARSIFY,
  }).weights;
}

/** τ = mean over treated of (post mean − λ·pre) − Σ ω_j (post mean_j − λ·pre_j). */
export function blockEstimate(
  prep: Prepared,
  controls: Int32Array,
  treated: Int32Array,
  omega: Float64Array,
  lambda: Float64Array,
): number {
  const { t0, pre, postMean } = prep;
  const adjusted = (u: number): number => {
    let v = postMean[u] as number;
    for (let s = 0; s < t0; s++) v -= (lambda[s] as number) * (pre[u * t0 + s] as number);
    return v;
  };
  let tr = 0;
  for (const k of treated) tr += adjusted(k);
  tr /= treated.length;
  let co = 0;
  for (let j = 0; j < controls.length; j++) {
    const w = omega[j] as number;
    if (w !== 0) co += w * adjusted(controls[j] as number);
  }
  return tr - co;
}

export const uniform = (n: number): Float64Array => new Float64Array(n).fill(1 / n);

/**
 * Fits `method` with `controls` as the donor pool and `treated` as the treated units
 * (indices into the panel's units). `init` starts the weight solvers (the placebo starts
 * from the estimate's weights, as the package does).
 */
export function fitBlock(
  prep: Prepared,
  method: CausalMethod,
  controls: Int32Array,
  treated: Int32Array,
  tuning: Tuning,
  init: { omega?: Float64Array; lambda?: Float64Array } = {},
): Fit {
  const { t0 } = prep;
  let omega: Float64Array;
  let lambda: Float64Array;
  if (method === 'did') {
    omega = uniform(controls.length);
    lambda = uniform(t0);
  } else if (method === 'sc') {
    lambda = new Float64Array(t0);
    omega = solveOmega(
      prep,
      controls,
      treated,
      init.omega ?? uniform(controls.length),
      tuning.zetaOmega,
      false,
      tuning,
    );
  } else {
    lambda = solveLambda(prep, controls, init.lambda ?? uniform(t0), tuning);
    omega = solveOmega(
      prep,
      controls,
      treated,
      init.omega ?? uniform(controls.length),
      tuning.zetaOmega,
      true,
      tuning,
    );
  }
  return { estimate: blockEstimate(prep, controls, treated, omega, lambda), omega, lambda };
}

export const range = (from: number, to: number): Int32Array => {
  const out = new Int32Array(to - from);
  for (let i = 0; i < out.length; i++) out[i] = from + i;
  return out;
};
