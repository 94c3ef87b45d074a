import type { MilpBuilder } from '../solver/milp-builder.js';
import type { PreparedPortfolio } from './prepare.js';

/**
 * The convex overhead by count, exactly: an integer count k = Σ x_i, split into one
 * continuous segment z_b ∈ [0, width_b] per band (the last one open to n) with
 * k = Σ z_b and cost −rate_b. The rates do not decrease, so a maximiser fills the cheaper
 * bands first and Σ rate_b·z_b equals the overhead of k partners at every optimum.
 * Columns: k, then z_1..z_B, appended after the synergy columns.
 */
export function addOverheadColumns(
  b: MilpBuilder,
  p: PreparedPortfolio,
): { column: number; rate: number }[] {
  const n = p.ids.length;
  const out: { column: number; rate: number }[] = [];
  if (p.overhead.length === 0 || n === 0) return out;
  const k = b.addVariable({ lower: 0, upper: n, integer: true });
  const all = Array.from({ length: n }, (_, i) => i);
  b.addRow([...all, k], [...all.map(() => 1), -1], 0, 0);
  const segments: number[] = [];
  let from = 0;
  p.overhead.forEach((band, index) => {
    const last = index === p.overhead.length - 1;
    const width = last ? Math.max(n - from, 0) : Math.max(Math.min(band.upTo, n) - from, 0);
    from = Math.max(from, band.upTo);
    if (width > 0) {
      const column = b.addVariable({ lower: 0, upper: width, cost: -band.perPartner });
      segments.push(column);
      out.push({ column, rate: band.perPartner });
    }
  });
  b.addRow([k, ...segments], [1, ...segments.map(() => -1)], 0, 0);
  return out;
}

/**
 * Sets the count and segment columns of a start vector to match its partner columns
 * (a start built by flipping one partner would otherwise break k = Σ x_i).
 */
export function fillOverheadStart(p: PreparedPortfolio, start: Float64Array): void {
  const n = p.ids.length;
  if (p.overhead.length === 0 || n === 0) return;
  let count = 0;
  for (let i = 0; i < n; i++) count += Math.round(start[i] as number);
  let column = n + p.pairs.value.length;
  start[column++] = count;
  let from = 0;
  let left = count;
  p.overhead.forEach((band, index) => {
    const last = index === p.overhead.length - 1;
    const width = last ? Math.max(n - from, 0) : Math.max(Math.min(band.upTo, n) - from, 0);
    from = Math.max(from, band.upTo);
    if (width === 0) return;
    const take = Math.min(left, width);
    start[column++] = take;
    left -= take;
  });
}
