import { symmetricEigen } from './symmetric-eigen.js';

export interface GaiaPlane {
  /** Each partner's (u, v) coordinates on the plane, by partner index. */
  readonly partners: [number, number][];
  /** Each criterion's axis: the projection of its unit vector, by criterion index. */
  readonly criteria: [number, number][];
  /** The weight vector projected on the plane (PROMETHEE's decision stick π). */
  readonly decisionStick: [number, number];
  /** δ: the share of the net-flow matrix's variance the plane keeps. */
  readonly delta: number;
}

/**
 * The GAIA plane (Mareschal & Brans 1988): principal components of the m × n matrix of
 * single-criterion net flows. Its columns already have mean 0 (Σ_a φ_k(a) = 0), so the
 * covariance is ΦᵀΦ / m. Each eigenvector's sign is fixed so that its largest entry is
 * positive: the plot does not flip between runs.
 */
export function gaiaPlane(
  single: Float64Array,
  m: number,
  n: number,
  weights: ArrayLike<number>,
): GaiaPlane {
  const cov = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let a = 0; a < m; a++) {
    for (let i = 0; i < n; i++) {
      const x = single[a * n + i] as number;
      const row = cov[i] as number[];
      for (let j = 0; j < n; j++)
        row[j] = (row[j] as number) + (x * (single[a * n + j] as number)) / m;
    }
  }
  const { values, vectors } = symmetricEigen(cov);
  const axis = (k: number): number[] => {
    const u = vectors[k] ?? new Array<number>(n).fill(0);
    const big = u.reduce((best, x, i) => (Math.abs(x) > Math.abs(u[best] ?? 0) ? i : best), 0);
    return (u[big] ?? 0) < 0 ? u.map((x) => -x) : u;
  };
  const u1 = axis(0);
  const u2 = axis(1);
  const project = (row: (j: number) => number): [number, number] => {
    let x = 0;
    let y = 0;
    for (let j = 0; j < n; j++) {
      x += row(j) * (u1[j] ?? 0);
      y += row(j) * (u2[j] ?? 0);
    }
    return [x, y];
  };
  const total = values.reduce((s, x) => s + Math.max(x, 0), 0);
  const kept = Math.max(values[0] ?? 0, 0) + Math.max(values[1] ?? 0, 0);
  return {
    partners: Array.from({ length: m }, (_, a) => project((j) => single[a * n + j] as number)),
    criteria: Array.from({ length: n }, (_, k) => [u1[k] ?? 0, u2[k] ?? 0]),
    decisionStick: project((j) => weights[j] as number),
    delta: total > 0 ? kept / total : 1,
  };
}
