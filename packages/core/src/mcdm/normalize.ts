import type { CriterionKind, Normalization } from '../model/types.js';

/** Which reader the normalisation is for: the weighted sum reverses cost columns, TOPSIS does not. */
export type NormalizeFor = 'weighted-sum' | 'topsis';

/** How each column maps a raw score: `(x − shift)·scale + offset`, or a reciprocal share. */
export const AFFINE = 0;
/** Cost `sum` for the weighted sum without zeros: (1/x)·scale, scale = 1/Σ(1/x). */
export const RECIPROCAL = 1;
/** Cost `sum` with zeros: a zero takes `scale` = 1/(number of zeros), every other value 0. */
export const ZERO_SHARE = 2;

export interface ColumnTransforms {
  readonly mode: Uint8Array;
  readonly shift: Float64Array;
  readonly scale: Float64Array;
  readonly offset: Float64Array;
}

/**
 * The normalisation of every column, as DESIGN.md "Rules every reader of a spec follows"
 * defines it, reduced to a few numbers per column so a score pass needs no normalised copy
 * of the matrix. `values` is row-major m×n.
 *
 * Degenerate columns never give NaN. The rule: a ratio whose denominator is 0 is taken
 * as 0. So an all-zero column under `vector`, `max` or `sum` scores 0 for a benefit and
 * 1 for a cost (1 − 0), and a constant `minmax` column scores 0. For the cost `sum`
 * (1/x)/Σ(1/x), a zero is the limit of an ever smaller cost: the zeros share the whole
 * column equally and every other partner gets 0 (an all-zero column gives 1/m each).
 * A degenerate column thus adds the same to every partner and moves no rank.
 */
export function columnTransforms(
  values: Float64Array,
  m: number,
  n: number,
  kinds: readonly CriterionKind[],
  normalization: Normalization,
  target: NormalizeFor,
): ColumnTransforms {
  const mode = new Uint8Array(n);
  const shift = new Float64Array(n);
  const scale = new Float64Array(n).fill(1);
  const offset = new Float64Array(n);
  if (normalization === 'none') {
    // Raw values; for the weighted sum a cost criterion subtracts.
    if (target === 'weighted-sum') {
      for (let k = 0; k < n; k++) if (kinds[k] === 'cost') scale[k] = -1;
    }
    return { mode, shift, scale, offset };
  }
  const stats = columnStats(
    values,
    m,
    n,
    kinds,
    normalization === 'sum' && target === 'weighted-sum',
  );
  for (let k = 0; k < n; k++) {
    const reverse = target === 'weighted-sum' && kinds[k] === 'cost';
    const lo = stats.min[k] ?? 0;
    const hi = stats.max[k] ?? 0;
    if (normalization === 'minmax') {
      const range = hi - lo;
      shift[k] = reverse ? hi : lo;
      scale[k] = inverse(range) * (reverse ? -1 : 1);
      continue;
    }
    if (normalization === 'sum' && reverse) {
      const zeros = stats.zeros[k] ?? 0;
      mode[k] = zeros > 0 ? ZERO_SHARE : RECIPROCAL;
      scale[k] = zeros > 0 ? 1 / zeros : inverse(stats.reciprocalSum[k] ?? 0);
      continue;
    }
    const denominator =
      normalization === 'vector'
        ? Math.sqrt(stats.sumSquares[k] ?? 0)
        : normalization === 'max'
          ? hi
          : (stats.sum[k] ?? 0);
    scale[k] = inverse(denominator) * (reverse ? -1 : 1);
    offset[k] = reverse ? 1 : 0;
  }
  return { mode, shift, scale, offset };
}

/** The normalised value of raw score `x` in column `k`. */
export function normalizedValue(t: ColumnTransforms, k: number, x: number): number {
  const scale = t.scale[k] ?? 0;
  switch (t.mode[k]) {
    case RECIPROCAL:
      return scale / x;
    case ZERO_SHARE:
      return x === 0 ? scale : 0;
    default:
      return (x - (t.shift[k] ?? 0)) * scale + (t.offset[k] ?? 0);
  }
}

/** The normalised matrix (row-major m×n), for readers that need every value. */
export function normalizeMatrix(
  values: Float64Array,
  m: number,
  n: number,
  t: ColumnTransforms,
): Float64Array {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < n; k++) out[i * n + k] = normalizedValue(t, k, values[i * n + k] ?? 0);
  }
  return out;
}

/** 1/d, with 1/0 taken as 0 (see the degenerate-column rule above). */
function inverse(d: number): number {
  return d === 0 ? 0 : 1 / d;
}

interface ColumnStats {
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly sum: Float64Array;
  readonly sumSquares: Float64Array;
  readonly zeros: Float64Array;
  readonly reciprocalSum: Float64Array;
}

/** One row-major pass (cache-friendly) collecting every statistic the transforms need. */
function columnStats(
  values: Float64Array,
  m: number,
  n: number,
  kinds: readonly CriterionKind[],
  withReciprocals: boolean,
): ColumnStats {
  const min = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const sum = new Float64Array(n);
  const sumSquares = new Float64Array(n);
  const zeros = new Float64Array(n);
  const reciprocalSum = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    const row = i * n;
    for (let k = 0; k < n; k++) {
      const x = values[row + k] ?? 0;
      if (x < (min[k] ?? 0)) min[k] = x;
      if (x > (max[k] ?? 0)) max[k] = x;
      sum[k] = (sum[k] ?? 0) + x;
      sumSquares[k] = (sumSquares[k] ?? 0) + x * x;
    }
  }
  if (withReciprocals) {
    for (let k = 0; k < n; k++) {
      if (kinds[k] !== 'cost') continue;
      for (let i = 0; i < m; i++) {
        const x = values[i * n + k] ?? 0;
        if (x === 0) zeros[k] = (zeros[k] ?? 0) + 1;
        else reciprocalSum[k] = (reciprocalSum[k] ?? 0) + 1 / x;
      }
    }
  }
  if (m === 0) {
    min.fill(0);
    max.fill(0);
  }
  return { min, max, sum, sumSquares, zeros, reciprocalSum };
}
