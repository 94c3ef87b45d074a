/**
 * Frank-Wolfe with exact line search for the synthetic-control weight problem
 *
 *   minimise  zeta² ‖x‖² + ‖A x − b‖² / rows   over the unit simplex,
 *
 * step for step as the synthdid package's `sc.weight.fw` / `fw.step` (R/solver.R): the
 * same start, the same vertex choice (the first minimum of the half-gradient
 * Aᵀ(Ax − b) + eta·x with eta = rows·zeta²), the same clamped exact step, and the same stop
 * (after at least two iterations, once an iteration lowers the objective by no more than
 * minDecrease², or after maxIter).
 *
 * Why it is fast: a step moves x towards one vertex, so A·x and Aᵀ·A·x change by one
 * column each. We keep the residual r = Ax − b (rows) and Gx = AᵀA·x (cols) up to date
 * from a Gram matrix computed once, so an iteration costs O(rows + cols) instead of the
 * O(rows·cols) of two dense products; the placebo replications share the Gram matrix.
 * This file is the hot loop and is kept together on purpose.
 */

export interface FwProblem {
  /** Rows of A (the length of b and of each column). */
  readonly rows: number;
  /** Number of weights (columns of A). */
  readonly cols: number;
  /** A column by column: column j is `a[j·rows … (j+1)·rows)`. */
  readonly a: Float64Array;
  /** AᵀA, cols × cols. */
  readonly gram: Float64Array;
  /** Aᵀb, one per column. */
  readonly atb: Float64Array;
  readonly b: Float64Array;
}

export interface FwOptions {
  readonly zeta: number;
  readonly minDecrease: number;
  readonly maxIter: number;
}

export interface FwResult {
  readonly weights: Float64Array;
  readonly iterations: number;
}

/** Runs the solver from `start` (a point of the simplex; not modified). */
export function solveFrankWolfe(p: FwProblem, start: Float64Array, o: FwOptions): FwResult {
  const { rows, cols, a, gram, atb, b } = p;
  const zeta2 = o.zeta * o.zeta;
  const eta = rows * zeta2;
  const minDecrease2 = o.minDecrease * o.minDecrease;
  const x = Float64Array.from(start);
  // Gx = AᵀA·x, r = Ax − b, and the two squared norms the objective needs.
  const gx = new Float64Array(cols);
  const r = new Float64Array(rows);
  for (let t = 0; t < rows; t++) r[t] = -(b[t] as number);
  let xx = 0;
  for (let k = 0; k < cols; k++) {
    const xk = x[k] as number;
    if (xk === 0) continue;
    xx += xk * xk;
    const gk = k * cols;
    for (let j = 0; j < cols; j++) gx[j] = (gx[j] as number) + (gram[gk + j] as number) * xk;
    const off = k * rows;
    for (let t = 0; t < rows; t++) r[t] = (r[t] as number) + (a[off + t] as number) * xk;
  }
  let rr = 0;
  for (let t = 0; t < rows; t++) rr += (r[t] as number) * (r[t] as number);
  const dErr = new Float64Array(rows);

  // The half-gradient g = Gx − Aᵀb + eta·x; its first minimum picks the vertex. Each
  // iteration makes one pass over the columns (move x and Gx, and scan the next g) and
  // one over the rows (move r by the previous step, and form A_i − Ax for this one).
  let best = 0;
  let gBest = Number.POSITIVE_INFINITY;
  let gDotX = 0;
  for (let j = 0; j < cols; j++) {
    const xj = x[j] as number;
    const g = (gx[j] as number) - (atb[j] as number) + eta * xj;
    gDotX += g * xj;
    if (g < gBest) {
      gBest = g;
      best = j;
    }
  }
  let pendingStep = 0;
  let prev = Number.NaN;
  let last = Number.NaN;
  let iter = 0;
  while (iter < o.maxIter && (iter < 2 || prev - last > minDecrease2)) {
    iter++;
    const xi = x[best] as number;
    // At the vertex itself the direction is zero and the package leaves x as it is.
    if (!(xi === 1 && isVertex(x, best))) {
      const off = best * rows;
      let dErr2 = 0;
      let rDotD = 0;
      let rrNow = 0;
      for (let t = 0; t < rows; t++) {
        const rt = (r[t] as number) + pendingStep * (dErr[t] as number);
        r[t] = rt;
        rrNow += rt * rt;
        // A_i − Ax = (A_i − b) − r
        const d = (a[off + t] as number) - (b[t] as number) - rt;
        dErr[t] = d;
        dErr2 += d * d;
        rDotD += rt * d;
      }
      rr = rrNow;
      pendingStep = 0;
      const dx2 = xx - xi * xi + (1 - xi) * (1 - xi);
      const denom = dErr2 + eta * dx2;
      // The package divides regardless; a zero denominator (the vertex reproduces Ax
      // exactly and there is no ridge) means no direction improves, so stay.
      let step = denom > 0 ? -(gBest - gDotX) / denom : 0;
      step = Math.min(1, Math.max(0, step));
      if (step > 0) {
        const gi = best * cols;
        const xiNew = xi + step * (1 - xi);
        const moved = best;
        xx = 0;
        gBest = Number.POSITIVE_INFINITY;
        gDotX = 0;
        for (let j = 0; j < cols; j++) {
          const xj = x[j] as number;
          const nx = j === moved ? xiNew : xj + step * -xj;
          x[j] = nx;
          xx += nx * nx;
          const gxj = gx[j] as number;
          const ngx = gxj + step * ((gram[gi + j] as number) - gxj);
          gx[j] = ngx;
          const g = ngx - (atb[j] as number) + eta * nx;
          gDotX += g * nx;
          if (g < gBest) {
            gBest = g;
            best = j;
          }
        }
        // ‖r + s·d‖², exact up to rounding; r itself moves at the start of the next pass.
        rr = rr + 2 * step * rDotD + step * step * dErr2;
        pendingStep = step;
      }
    }
    prev = last;
    last = zeta2 * xx + rr / rows;
  }
  return { weights: x, iterations: iter };
}

function isVertex(x: Float64Array, i: number): boolean {
  for (let j = 0; j < x.length; j++) if (j !== i && x[j] !== 0) return false;
  return true;
}

/** The package's `sparsify_function`: drop weights at most a quarter of the largest, renormalise. */
export function sparsify(w: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of w) if (v > max) max = v;
  const out = new Float64Array(w.length);
  let sum = 0;
  for (let j = 0; j < w.length; j++) {
    const v = w[j] as number;
    if (v > max / 4) {
      out[j] = v;
      sum += v;
    }
  }
  for (let j = 0; j < out.length; j++) out[j] = (out[j] as number) / sum;
  return out;
}

/** Two rounds as `synthdid_estimate` runs them: ≤ preIter iterations, sparsify, then ≤ maxIter. */
export function solveSparsified(
  p: FwProblem,
  start: Float64Array,
  o: FwOptions & { readonly maxIterPreSparsify: number },
): FwResult {
  const first = solveFrankWolfe(p, start, { ...o, maxIter: o.maxIterPreSparsify });
  const second = solveFrankWolfe(p, sparsify(first.weights), o);
  return { weights: second.weights, iterations: first.iterations + second.iterations };
}
