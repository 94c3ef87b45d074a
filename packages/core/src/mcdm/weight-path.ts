/**
 * The weights when criterion k's weight is set to t and the others are rescaled in
 * proportion, w_j' = w_j·(1 − t)/Σ_{i≠k} w_i (Σ_{i≠k} w_i = 1 − w_k for weights summing to 1;
 * dividing by the actual sum keeps rounding from drifting). When every other weight is 0
 * (w_k = 1) there is no proportion to keep, so they share 1 − t equally. Written into `out`.
 */
export function weightsAlong(
  base: ArrayLike<number>,
  k: number,
  t: number,
  out: Float64Array,
): Float64Array {
  const n = base.length;
  let others = 0;
  for (let j = 0; j < n; j++) if (j !== k) others += base[j] ?? 0;
  for (let j = 0; j < n; j++) {
    if (j === k) out[j] = t;
    else out[j] = others > 0 ? ((base[j] ?? 0) * (1 - t)) / others : (1 - t) / (n - 1);
  }
  return out;
}
