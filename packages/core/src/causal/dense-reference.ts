/**
 * A straightforward implementation of the same estimators: the collapsed panel as a dense
 * matrix and every Frank-Wolfe step computing Ax and Aᵀ(Ax − b) from scratch, as the
 * package's R code does. Kept as the baseline the fast solver is tested against (same
 * answers) and benchmarked against (bench/attribute.mjs).
 */
import type { Rng } from '../util/rng.js';
import { sparsify } from './frank-wolfe.js';
import { type CausalMethod, MAX_ITER, MAX_ITER_PRE_SPARSIFY, type Tuning } from './synthdid.js';

type Matrix = number[][];

function fwStep(a: Matrix, x: number[], b: number[], eta: number): number[] {
  const rows = a.length;
  const cols = x.length;
  const ax = a.map((row) => row.reduce((s, v, j) => s + v * (x[j] as number), 0));
  const grad = new Array<number>(cols).fill(0);
  for (let r = 0; r < rows; r++) {
    const e = (ax[r] as number) - (b[r] as number);
    for (let j = 0; j < cols; j++)
      grad[j] = (grad[j] as number) + e * ((a[r] as number[])[j] as number);
  }
  for (let j = 0; j < cols; j++) grad[j] = (grad[j] as number) + eta * (x[j] as number);
  let i = 0;
  for (let j = 1; j < cols; j++) if ((grad[j] as number) < (grad[i] as number)) i = j;
  const dx = x.map((v) => -v);
  dx[i] = 1 - (x[i] as number);
  if (dx.every((v) => v === 0)) return x;
  let dErr2 = 0;
  for (let r = 0; r < rows; r++)
    dErr2 += (((a[r] as number[])[i] as number) - (ax[r] as number)) ** 2;
  const dx2 = dx.reduce((s, v) => s + v * v, 0);
  const denom = dErr2 + eta * dx2;
  const step = denom > 0 ? -grad.reduce((s, g, j) => s + g * (dx[j] as number), 0) / denom : 0;
  const clamped = Math.min(1, Math.max(0, step));
  return x.map((v, j) => v + clamped * (dx[j] as number));
}

/** `sc.weight.fw` on Y (rows × (cols+1)): the last column is the target. */
function scWeightFw(
  y: Matrix,
  zeta: number,
  intercept: boolean,
  start: number[],
  minDecrease: number,
  maxIter: number,
): number[] {
  const rows = y.length;
  const cols = start.length;
  let m = y;
  if (intercept) {
    const means = new Array<number>(cols + 1).fill(0);
    for (const row of y)
      row.forEach((v, j) => {
        means[j] = (means[j] as number) + v / rows;
      });
    m = y.map((row) => row.map((v, j) => v - (means[j] as number)));
  }
  const a = m.map((row) => row.slice(0, cols));
  const b = m.map((row) => row[cols] as number);
  const eta = rows * zeta * zeta;
  let x = start.slice();
  const vals: number[] = [];
  let t = 0;
  while (
    t < maxIter &&
    (t < 2 || (vals[t - 2] as number) - (vals[t - 1] as number) > minDecrease * minDecrease)
  ) {
    x = fwStep(a, x, b, eta);
    let err = 0;
    for (let r = 0; r < rows; r++) {
      const e =
        (a[r] as number[]).reduce((s, v, j) => s + v * (x[j] as number), 0) - (b[r] as number);
      err += e * e;
    }
    vals.push(zeta * zeta * x.reduce((s, v) => s + v * v, 0) + err / rows);
    t++;
  }
  return x;
}

const solveTwice = (
  y: Matrix,
  zeta: number,
  intercept: boolean,
  start: number[],
  tuning: Tuning,
): number[] => {
  const first = scWeightFw(y, zeta, intercept, start, tuning.minDecrease, MAX_ITER_PRE_SPARSIFY);
  return scWeightFw(
    y,
    zeta,
    intercept,
    [...sparsify(Float64Array.from(first))],
    tuning.minDecrease,
    MAX_ITER,
  );
};

const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;

/** One estimate on Y (controls first, n0 of them; pre-periods first, t0 of them). */
export function denseEstimate(
  y: Matrix,
  n0: number,
  t0: number,
  method: CausalMethod,
  tuning: Tuning,
  init: { omega?: number[]; lambda?: number[] } = {},
): { estimate: number; omega: number[]; lambda: number[] } {
  const n = y.length;
  const t = (y[0] as number[]).length;
  const controls = y.slice(0, n0);
  const treated = y.slice(n0);
  // collapsed.form: controls × pre with their post means; the treated mean per pre period.
  const ctrlRows = controls.map((row) => [...row.slice(0, t0), mean(row.slice(t0))]);
  const trPre = Array.from({ length: t0 }, (_, s) => mean(treated.map((row) => row[s] as number)));
  let omega = new Array<number>(n0).fill(1 / n0);
  let lambda = new Array<number>(t0).fill(1 / t0);
  if (method === 'sc') lambda = new Array<number>(t0).fill(0);
  if (method === 'sdid') {
    lambda = solveTwice(ctrlRows, tuning.zetaLambda, true, init.lambda ?? lambda, tuning);
  }
  if (method !== 'did') {
    const omegaRows = Array.from({ length: t0 }, (_, s) => [
      ...controls.map((row) => row[s] as number),
      trPre[s] as number,
    ]);
    omega = solveTwice(omegaRows, tuning.zetaOmega, method === 'sdid', init.omega ?? omega, tuning);
  }
  const colW = [...lambda.map((l) => -l), ...new Array<number>(t - t0).fill(1 / (t - t0))];
  const rowW = [...omega.map((w) => -w), ...new Array<number>(n - n0).fill(1 / (n - n0))];
  let estimate = 0;
  y.forEach((row, i) => {
    estimate += (rowW[i] as number) * row.reduce((s, v, j) => s + v * (colW[j] as number), 0);
  });
  return { estimate, omega, lambda };
}

/**
 * Placebo standard error the straightforward way: every replication re-assigns treatment
 * to n1 random controls and solves from scratch; `warmStart` starts from the estimate's
 * weights as the package does (the fast path always does).
 */
export function densePlaceboSe(
  y: Matrix,
  n0: number,
  t0: number,
  method: CausalMethod,
  tuning: Tuning,
  fit: { omega: number[]; lambda: number[] },
  replications: number,
  rng: Rng,
  warmStart: boolean,
): { se: number; estimates: number[] } {
  const n1 = y.length - n0;
  const estimates: number[] = [];
  for (let r = 0; r < replications; r++) {
    const order = Array.from({ length: n0 }, (_, i) => i);
    for (let i = 0; i < n1; i++) {
      const j = i + Math.floor(rng.next() * (n0 - i));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const placebo = order.slice(0, n1);
    const isPlacebo = new Set(placebo);
    const kept = order
      .slice(0, n0)
      .filter((u) => !isPlacebo.has(u))
      .sort((a, b) => a - b);
    const rows = [...kept.map((u) => y[u] as number[]), ...placebo.map((u) => y[u] as number[])];
    let init = {};
    if (warmStart) {
      const w = kept.map((u) => fit.omega[u] as number);
      const s = w.reduce((a, b) => a + b, 0);
      init = {
        omega: s !== 0 ? w.map((v) => v / s) : w.map(() => 1 / w.length),
        lambda: fit.lambda,
      };
    }
    estimates.push(denseEstimate(rows, kept.length, t0, method, tuning, init).estimate);
  }
  const m = mean(estimates);
  const ss = estimates.reduce((s, e) => s + (e - m) ** 2, 0);
  return { se: Math.sqrt(ss / replications), estimates };
}
