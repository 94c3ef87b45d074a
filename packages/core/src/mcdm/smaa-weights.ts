import type { Portfolio } from '../model/types.js';
import type { Rng } from '../util/rng.js';

/** What the user says about the weights: an importance order and bounds (criterion indices). */
export interface WeightConstraints {
  /** Criterion indices, most important first: w[order[0]] ≥ w[order[1]] ≥ … */
  readonly order: readonly number[];
  /** [low, high] per criterion. */
  readonly low: Float64Array;
  readonly high: Float64Array;
}

export function weightConstraints(p: Portfolio): WeightConstraints {
  const n = p.criteria.length;
  const index = new Map(p.criteria.map((c, k) => [c.id, k]));
  const low = new Float64Array(n);
  const high = new Float64Array(n).fill(1);
  const w = p.weighting;
  const order = w.method === 'smaa' ? (w.order ?? []).flatMap((id) => index.get(id) ?? []) : [];
  if (w.method === 'smaa') {
    for (const [id, [lo, hi]] of Object.entries(w.ranges ?? {})) {
      const k = index.get(id);
      if (k === undefined) continue;
      low[k] = lo;
      high[k] = hi;
    }
  }
  return { order, low, high };
}

/**
 * Draws weight vectors uniformly from {w ≥ 0, Σ w = 1} cut by the constraints.
 *
 * The proposal is uniform on the simplex shifted by the lower bounds (the sorted-uniform
 * method: the gaps between m − 1 sorted uniforms), using for the ordered criteria the
 * least of their lower bounds so that the region stays symmetric in them; sorting those
 * components in decreasing order then maps it onto its ordered part, still uniformly
 * (each ordering of a symmetric region is an equal-volume copy). A draw that breaks a
 * bound is rejected, which leaves the rest uniform on the constrained set.
 */
export class WeightSampler {
  private readonly n: number;
  private readonly base: Float64Array;
  private readonly free: number;
  private readonly cuts: Float64Array;
  private readonly picked: Float64Array;
  /** Draws tried, accepted or not (for the caller's bound on rejection). */
  attempts = 0;

  constructor(private readonly c: WeightConstraints) {
    this.n = c.low.length;
    this.base = Float64Array.from(c.low);
    if (c.order.length > 0) {
      let least = Number.POSITIVE_INFINITY;
      for (const k of c.order) least = Math.min(least, c.low[k] ?? 0);
      for (const k of c.order) this.base[k] = least;
    }
    this.free = 1 - this.base.reduce((s, x) => s + x, 0);
    this.cuts = new Float64Array(Math.max(this.n - 1, 0));
    this.picked = new Float64Array(c.order.length);
  }

  /** One accepted draw into `out`; false when `maxAttempts` draws were all rejected. */
  draw(rng: Rng, out: Float64Array, maxAttempts: number): boolean {
    for (let tries = 0; tries < maxAttempts; tries++) {
      this.attempts++;
      this.propose(rng, out);
      if (this.fits(out)) return true;
    }
    return false;
  }

  private propose(rng: Rng, out: Float64Array): void {
    const { n, cuts, base, free, picked } = this;
    for (let i = 0; i < n - 1; i++) cuts[i] = rng.next();
    cuts.sort();
    let previous = 0;
    for (let k = 0; k < n; k++) {
      const next = k < n - 1 ? (cuts[k] as number) : 1;
      out[k] = (base[k] as number) + free * (next - previous);
      previous = next;
    }
    const { order } = this.c;
    if (order.length > 1) {
      order.forEach((k, j) => {
        picked[j] = out[k] as number;
      });
      picked.sort().reverse();
      order.forEach((k, j) => {
        out[k] = picked[j] as number;
      });
    }
  }

  private fits(w: Float64Array): boolean {
    const { low, high } = this.c;
    for (let k = 0; k < this.n; k++) {
      const x = w[k] as number;
      if (x < (low[k] as number) || x > (high[k] as number)) return false;
    }
    return true;
  }
}
