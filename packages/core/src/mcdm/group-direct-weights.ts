/**
 * The group's direct weights from several assessors' (DESIGN: "geometric-mean aggregation"
 * is AHP's; direct weights are shares, so they are averaged): each assessor's weights are
 * first scaled to sum 1, so an assessor who writes 5/3/2 counts as much as one who writes
 * 0.5/0.3/0.2, then the group's weight of a criterion is the arithmetic mean of those
 * shares, which again sums to 1. An assessor whose weights are all 0 (or missing) says
 * nothing and is left out; with no assessor left the answer is empty.
 */
export function groupDirectWeights(
  ids: readonly string[],
  assessors: readonly Readonly<Record<string, number>>[],
): number[] {
  const sum = ids.map(() => 0);
  let counted = 0;
  for (const weights of assessors) {
    const row = ids.map((id) => {
      const w = weights[id];
      return w !== undefined && Number.isFinite(w) && w > 0 ? w : 0;
    });
    const total = row.reduce((s, w) => s + w, 0);
    if (total <= 0) continue;
    counted++;
    row.forEach((w, k) => {
      sum[k] = (sum[k] ?? 0) + w / total;
    });
  }
  return counted === 0 ? [] : sum.map((s) => s / counted);
}
