/**
 * Standard errors as the synthdid package computes them (R/vcov.R):
 *
 * - placebo (Algorithm 4 of Arkhangelsky et al.): treatment re-assigned to N_tr random
 *   controls, the estimator re-run on the controls alone with the estimate's tuning and
 *   starting from its weights (ω restricted to the kept controls and renormalised);
 *   se = sqrt((B−1)/B)·sd of the B placebo estimates.
 * - jackknife with fixed weights (Algorithm 3): leave each unit out, renormalise ω, keep λ;
 *   not defined with one treated unit or when ω sits on a single control.
 */
import type { Rng } from '../util/rng.js';
import {
  blockEstimate,
  type CausalMethod,
  type Fit,
  fitBlock,
  type Prepared,
  range,
  type Tuning,
} from './synthdid.js';

/** Draws n1 distinct controls (partial Fisher–Yates); returns [kept ascending, placebo-treated]. */
export function drawPlacebo(n0: number, n1: number, rng: Rng): [Int32Array, Int32Array] {
  const order = range(0, n0);
  for (let i = 0; i < n1; i++) {
    const j = i + Math.floor(rng.next() * (n0 - i));
    const tmp = order[i] as number;
    order[i] = order[j] as number;
    order[j] = tmp;
  }
  const placebo = order.slice(0, n1);
  const kept = order.slice(n1).sort();
  return [kept, placebo];
}

function renormalised(omega: Float64Array, kept: Int32Array): Float64Array {
  const w = new Float64Array(kept.length);
  let sum = 0;
  for (let j = 0; j < kept.length; j++) {
    w[j] = omega[kept[j] as number] as number;
    sum += w[j] as number;
  }
  if (sum === 0) return w.fill(1 / kept.length);
  for (let j = 0; j < w.length; j++) w[j] = (w[j] as number) / sum;
  return w;
}

/** sqrt((B−1)/B)·sd = sqrt(Σ(x − x̄)²/B). */
export function placeboScale(xs: ArrayLike<number>): number {
  const n = xs.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += xs[i] as number;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((xs[i] as number) - mean) ** 2;
  return Math.sqrt(ss / n);
}

export interface PlaceboResult {
  readonly se: number;
  readonly estimates: Float64Array;
}

/** Needs more controls than treated units (the package stops otherwise); the caller checks. */
export function placeboSe(
  prep: Prepared,
  method: CausalMethod,
  tuning: Tuning,
  fit: Fit,
  replications: number,
  rng: Rng,
  onProgress?: (done: number) => void,
): PlaceboResult {
  const n1 = prep.n - prep.n0;
  const estimates = new Float64Array(replications);
  for (let r = 0; r < replications; r++) {
    const [kept, placebo] = drawPlacebo(prep.n0, n1, rng);
    const init = { omega: renormalised(fit.omega, kept), lambda: fit.lambda };
    estimates[r] = fitBlock(prep, method, kept, placebo, tuning, init).estimate;
    onProgress?.(r + 1);
  }
  return { se: placeboScale(estimates), estimates };
}

/** The fixed-weights jackknife, or undefined where the package answers NA. */
export function jackknifeSe(prep: Prepared, fit: Fit): number | undefined {
  const { n, n0 } = prep;
  if (n - n0 < 2) return undefined;
  let nonZero = 0;
  for (const w of fit.omega) if (w !== 0) nonZero++;
  if (nonZero <= 1) return undefined;
  const controls = range(0, n0);
  const treated = range(n0, n);
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i < n0) {
      const kept = Int32Array.from(controls.filter((c) => c !== i));
      u[i] = blockEstimate(prep, kept, treated, renormalised(fit.omega, kept), fit.lambda);
    } else {
      const rest = Int32Array.from(treated.filter((k) => k !== i));
      u[i] = blockEstimate(prep, controls, rest, fit.omega, fit.lambda);
    }
  }
  // sqrt(((n−1)/n)·(n−1)·var(u)) = sqrt(((n−1)/n)·Σ(u − ū)²)
  let mean = 0;
  for (const v of u) mean += v;
  mean /= n;
  let ss = 0;
  for (const v of u) ss += (v - mean) ** 2;
  return Math.sqrt(((n - 1) / n) * ss);
}
