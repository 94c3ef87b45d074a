/** Scores equal within this relative difference share a rank (DESIGN.md). */
export const TIE_TOLERANCE = 1e-12;

/**
 * Whether two scores count as equal: |a − b| ≤ 1e-12 · max(|a|, |b|, 1). The floor of 1
 * matters only near 0, where a score is the difference of larger terms (a cost subtracted,
 * a crossing point) and a purely relative test would tell rounding noise apart (1e-17 vs 0).
 * Normalised scores and closeness lie in [−1, 1], so for them this is 1e-12 absolute.
 */
export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1);
}

/**
 * Sorts partner indices best first into `order` and writes competition ranks into `ranks`
 * (1, 2, 2, 4); within a tie group the indices are in increasing order. A tie group is a
 * run of scores each equal to the run's first within the tolerance; comparing with the
 * first, not the neighbour, keeps a long chain of near-equal scores from merging into one.
 */
export function orderAndRank(scores: Float64Array, order: Int32Array, ranks: Int32Array): void {
  const m = scores.length;
  for (let i = 0; i < m; i++) order[i] = i;
  order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  let start = 0;
  while (start < m) {
    const lead = scores[order[start] ?? 0] ?? 0;
    let end = start + 1;
    while (end < m && sameScore(lead, scores[order[end] ?? 0] ?? 0)) end++;
    // Scores equal within the tolerance may still differ in the last bits; the tie
    // order must not depend on that rounding noise.
    if (end - start > 1) order.subarray(start, end).sort();
    for (let pos = start; pos < end; pos++) ranks[order[pos] ?? 0] = start + 1;
    start = end;
  }
}

/**
 * Reorders each tie group of `order` (equal `ranks`) by `key` (the partner ids), so that
 * tied partners are listed by id whatever order they came in.
 */
export function sortTiesBy(order: Int32Array, ranks: Int32Array, key: readonly string[]): void {
  const m = order.length;
  let start = 0;
  while (start < m) {
    const rank = ranks[order[start] ?? 0];
    let end = start + 1;
    while (end < m && ranks[order[end] ?? 0] === rank) end++;
    if (end - start > 1) {
      order.subarray(start, end).sort((a, b) => compareIds(key[a] ?? '', key[b] ?? ''));
    }
    start = end;
  }
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
