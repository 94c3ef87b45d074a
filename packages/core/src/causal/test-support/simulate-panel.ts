/**
 * Seeded synthetic panels with a known effect: Y_it = α_i + β_t + γ_i·f_t + ε_it + τ·W_it,
 * optionally with the treated units drifting away before treatment (a parallel-trends
 * violation of `drift` per period).
 */
import type { Rng } from '../../util/rng.js';
import type { BlockPanel } from '../panel.js';

export interface PanelDesign {
  readonly n0: number;
  readonly n1: number;
  readonly t0: number;
  readonly t1: number;
  readonly effect: number;
  readonly noise?: number;
  /** Loadings on one common factor; 0 gives a pure two-way fixed-effects world. */
  readonly factor?: number;
  /** Extra slope of the treated units over all periods (breaks parallel trends). */
  readonly drift?: number;
}

export function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Units are drawn alike and treatment is assigned at random, so assignment is ignorable. */
export function simulatePanel(d: PanelDesign, rng: Rng): BlockPanel {
  const n = d.n0 + d.n1;
  const t = d.t0 + d.t1;
  const noise = d.noise ?? 1;
  const alpha = Array.from({ length: n }, () => 10 + 3 * normal(rng));
  const gamma = Array.from({ length: n }, () => (d.factor ?? 0) * normal(rng));
  const beta = Array.from({ length: t }, (_, s) => 0.3 * s + normal(rng));
  const f = Array.from({ length: t }, () => normal(rng));
  const y = new Float64Array(n * t);
  for (let i = 0; i < n; i++) {
    const treated = i >= d.n0;
    for (let s = 0; s < t; s++) {
      let v =
        (alpha[i] as number) +
        (beta[s] as number) +
        (gamma[i] as number) * (f[s] as number) +
        noise * normal(rng);
      if (treated && s >= d.t0) v += d.effect;
      if (treated) v += (d.drift ?? 0) * (s - d.t0);
      y[i * t + s] = v;
    }
  }
  return {
    units: Array.from({ length: n }, (_, i) => (i < d.n0 ? `c${i}` : `t${i - d.n0}`)),
    periods: Array.from({ length: t }, (_, s) => String(2000 + s)),
    n0: d.n0,
    t0: d.t0,
    y,
  };
}
