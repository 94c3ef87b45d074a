/**
 * The risk register's part of a simulation plan and its draws. A risk enters the plan
 * when one of its partners is selected; per scenario the shared factors F_f are drawn
 * first (standard normal, in `factors` order), then each risk's own ε, and the event
 * happens when Σ a_f F_f + √(1 − Σ a_f²) ε < Φ⁻¹(likelihood): the marginal probability
 * is exactly the likelihood and events on one factor are correlated (a Gaussian copula).
 * A loss draw of `impact` is made for every scenario, so the stream does not depend on
 * which events happened.
 */
import { expectedValue, variance } from '../model/distributions.js';
import type { Distribution, Portfolio } from '../model/types.js';
import { bivariateExcess, normalQuantile } from '../risk/normal.js';
import type { Xoshiro128StarStar } from './prng.js';
import { addSamples } from './samplers.js';

export interface PlanRisk {
  readonly id: string;
  readonly likelihood: number;
  /** Φ⁻¹(likelihood). */
  readonly threshold: number;
  readonly impact: Distribution;
  /** Loading on each of the plan's `factors`, in that order. */
  readonly loadings: readonly number[];
  /** √(1 − Σ a²). */
  readonly own: number;
}

export interface RiskPlan {
  readonly factors: readonly string[];
  readonly risks: readonly PlanRisk[];
}

/** The risks that hang on a selected partner, in register order (none: an empty plan). */
export function compileRisks(portfolio: Portfolio, chosen: ReadonlySet<string>): RiskPlan {
  const active = (portfolio.risks ?? []).filter(
    (r) => r.likelihood > 0 && r.partners.some((p) => chosen.has(p)),
  );
  const factors = [...new Set(active.flatMap((r) => Object.keys(r.factors)))].sort();
  const risks = active.map((r): PlanRisk => {
    const loadings = factors.map((f) => r.factors[f] ?? 0);
    const squares = loadings.reduce((s, a) => s + a * a, 0);
    return {
      id: r.id,
      likelihood: r.likelihood,
      threshold: normalQuantile(r.likelihood),
      impact: r.impact,
      loadings,
      own: Math.sqrt(Math.max(0, 1 - squares)),
    };
  });
  return { factors, risks };
}

/** Exact mean and variance of −Σ_r I_r L_r (losses independent of the events and of each other). */
export function riskMoments(plan: RiskPlan): { mean: number; variance: number } {
  let mean = 0;
  let v = 0;
  const m = plan.risks.map((r) => expectedValue(r.impact));
  plan.risks.forEach((r, i) => {
    const mi = m[i] as number;
    const p = r.likelihood;
    mean -= p * mi;
    v += p * (variance(r.impact) + mi * mi) - p * p * mi * mi;
    for (let j = i + 1; j < plan.risks.length; j++) {
      const s = plan.risks[j] as PlanRisk;
      const rho = r.loadings.reduce((acc, a, f) => acc + a * (s.loadings[f] ?? 0), 0);
      v += 2 * mi * (m[j] as number) * bivariateExcess(r.threshold, s.threshold, rho);
    }
  });
  return { mean, variance: v };
}

/**
 * n standard normals as Φ⁻¹(U): one uniform each and, for 95% of them, only a rational
 * function (measured about twice as fast here as the polar method, which rejects and
 * takes a logarithm per pair). A uniform of exactly 0 gives −∞: an event for sure.
 */
function fillNormalByInversion(buf: Float64Array, n: number, rng: Xoshiro128StarStar): void {
  rng.fillUniform(buf, n);
  for (let k = 0; k < n; k++) buf[k] = normalQuantile(buf[k] as number);
}

/** out[k] −= Σ_r I_rk L_rk for a block of n scenarios. */
export function subtractRiskLosses(
  plan: RiskPlan,
  out: Float64Array,
  n: number,
  rng: Xoshiro128StarStar,
  scratch: Float64Array,
): void {
  if (plan.risks.length === 0) return;
  const factors = plan.factors.map(() => {
    const f = new Float64Array(n);
    fillNormalByInversion(f, n, rng);
    return f;
  });
  const latent = new Float64Array(n);
  const loss = new Float64Array(n);
  for (const risk of plan.risks) {
    fillNormalByInversion(latent, n, rng);
    const own = risk.own;
    for (let k = 0; k < n; k++) latent[k] = own === 0 ? 0 : own * (latent[k] as number);
    risk.loadings.forEach((a, f) => {
      if (a === 0) return;
      const draws = factors[f] as Float64Array;
      for (let k = 0; k < n; k++) latent[k] = (latent[k] as number) + a * (draws[k] as number);
    });
    loss.fill(0);
    addSamples(loss, n, risk.impact, 1, rng, scratch);
    const t = risk.threshold;
    for (let k = 0; k < n; k++) {
      if ((latent[k] as number) < t) out[k] = (out[k] as number) - (loss[k] as number);
    }
  }
}
