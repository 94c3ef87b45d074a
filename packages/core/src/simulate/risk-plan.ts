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
import type { Distribution, Portfolio, Risk } from '../model/types.js';
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

/** One risk's expected loss, p·E[L]: what it takes off E[S] when it is in the plan. */
export const expectedLossOf = (risk: Pick<Risk, 'likelihood' | 'impact'>): number =>
  risk.likelihood * expectedValue(risk.impact);

/**
 * Σ p·E[L] over the risks hanging on a selected partner (each once, however many of its
 * partners are selected): S's expected loss to the risk register, as `evaluate` and
 * `simulate` count it (riskMoments' mean) and `optimize` maximises E[S] net of it.
 */
export function expectedRiskLoss(portfolio: Portfolio, selected: Iterable<string>): number {
  return -riskMoments(compileRisks(portfolio, new Set(selected))).mean;
}

/** Exact mean and variance of −Σ_r I_r L_r (losses independent of the events and of each other). */
export function riskMoments(plan: RiskPlan): { mean: number; variance: number } {
  let mean = 0;
  let v = 0;
  const m = plan.risks.map((r) => expectedValue(r.impact));
  plan.risks.forEach((r, i) => {
    const mi = m[i] as number;
    const p = r.likelihood;
    mean -= expectedLossOf(r);
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

/**
 * Φ⁻¹ at j / GRID. An event is decided from the cell of its uniform: with
 * Q[j] ≤ Φ⁻¹(u) ≤ Q[j + 1] (Φ⁻¹ increases), own·Q[j] + Σ a F ≥ t + MARGIN means no
 * event and own·Q[j + 1] + Σ a F < t − MARGIN means one, without evaluating Φ⁻¹; only
 * the few scenarios whose cell straddles the threshold evaluate the exact latent, in the
 * same operations as before, so every decision, and every sample, is the same bits.
 * MARGIN dwarfs the rounding of the bound (≈1e-15 of values below 20) and any wiggle of
 * the rational approximation (relative error < 1.2e-9).
 */
const GRID = 2048;
const MARGIN = 1e-6;
const QUANTILE_GRID = Float64Array.from({ length: GRID + 1 }, (_, j) => normalQuantile(j / GRID));

/** Where one risk's losses go: target(r)[k] −= I_rk · L_rk. */
export type LossTarget = (risk: number) => Float64Array;

/**
 * The scenarios' risk events for a block of n scenarios, the one generator of risk
 * draws (simulate's blocks and the CVaR optimiser's scenarios both call it): the
 * factors first (n normals each, in `factors` order), then per risk in plan order n
 * uniforms for its own ε and a block of `impact` draws (made for every scenario, so the
 * stream does not depend on which events happened); target(r)[k] −= L_rk when risk r
 * happens in scenario k.
 */
export function drawRiskLosses(
  plan: RiskPlan,
  n: number,
  rng: Xoshiro128StarStar,
  scratch: Float64Array,
  target: LossTarget,
): void {
  if (plan.risks.length === 0) return;
  const factors = plan.factors.map(() => {
    const f = new Float64Array(n);
    fillNormalByInversion(f, n, rng);
    return f;
  });
  const eps = new Float64Array(n);
  const loss = new Float64Array(n);
  const sys = new Float64Array(n);
  plan.risks.forEach((risk, r) => {
    rng.fillUniform(eps, n);
    const shape = lossShape(risk.impact);
    if (shape.kind === DRAWN) {
      loss.fill(0);
      addSamples(loss, n, risk.impact, 1, rng, scratch);
    } else if (shape.kind !== FIXED) {
      rng.fillUniform(loss, n);
    }
    const used = risk.loadings.flatMap((a, f) => (a === 0 ? [] : [f]));
    const weights = used.map((f) => risk.loadings[f] as number);
    const draws = used.map((f) => factors[f] as Float64Array);
    sys.fill(0);
    for (let i = 0; i < draws.length; i++)
      addScaled(sys, n, weights[i] as number, draws[i] as Float64Array);
    subtractEvents(target(r), n, risk, eps, sys, loss, shape, weights, draws);
  });
}

/** out[k] −= sys[k] + a·draws[k] over a block (the systematic part of every latent). */
function addScaled(sys: Float64Array, n: number, a: number, draws: Float64Array): void {
  for (let k = 0; k < n; k++) sys[k] = (sys[k] as number) + a * (draws[k] as number);
}

/**
 * The hot loop, one risk over a block: decide each event from the grid (exactly when
 * the cell straddles the threshold) and subtract its loss. Numbers and typed arrays
 * only, so it stays monomorphic.
 */
function subtractEvents(
  out: Float64Array,
  n: number,
  risk: PlanRisk,
  eps: Float64Array,
  sys: Float64Array,
  loss: Float64Array,
  shape: LossShape,
  weights: readonly number[],
  draws: readonly Float64Array[],
): void {
  const own = risk.own;
  const t = risk.threshold;
  const low = t - MARGIN;
  const high = t + MARGIN;
  const grid = QUANTILE_GRID;
  for (let k = 0; k < n; k++) {
    const u = eps[k] as number;
    const s = sys[k] as number;
    let event: boolean;
    if (own !== 0) {
      const j = (u * GRID) | 0;
      if (own * (grid[j + 1] as number) + s < low) event = true;
      else if (own * (grid[j] as number) + s >= high) event = false;
      else event = exactLatent(own, u, weights, draws, k) < t;
    } else {
      event = exactLatent(own, u, weights, draws, k) < t;
    }
    if (event) out[k] = (out[k] as number) - lossAt(shape, loss[k] as number);
  }
}

const DRAWN = 0;
const FIXED = 1;
const UNIFORM = 2;
const TRIANGULAR = 3;

/**
 * An impact drawn by inversion of one uniform is evaluated only when its event happens,
 * in the operations of samplers.ts (1·x added to 0, so the same bits); other kinds
 * (rejection samplers) draw the whole block and `lossAt` reads the draw.
 */
interface LossShape {
  readonly kind: number;
  readonly min: number;
  readonly mode: number;
  readonly max: number;
  readonly width: number;
  readonly fMode: number;
  readonly leftScale: number;
  readonly rightScale: number;
}

function lossShape(d: Distribution): LossShape {
  const none = { min: 0, mode: 0, max: 0, width: 0, fMode: 0, leftScale: 0, rightScale: 0 };
  switch (d.kind) {
    case 'fixed':
      return { ...none, kind: FIXED, min: 1 * d.value };
    case 'uniform':
      return { ...none, kind: UNIFORM, min: d.min, width: d.max - d.min };
    case 'triangular': {
      const width = d.max - d.min;
      return {
        kind: TRIANGULAR,
        min: d.min,
        mode: d.mode,
        max: d.max,
        width,
        fMode: (d.mode - d.min) / width,
        leftScale: width * (d.mode - d.min),
        rightScale: width * (d.max - d.mode),
      };
    }
    default:
      return { ...none, kind: DRAWN };
  }
}

function lossAt(shape: LossShape, v: number): number {
  switch (shape.kind) {
    case FIXED:
      return 0 + shape.min;
    case UNIFORM:
      return 0 + 1 * (shape.min + shape.width * v);
    case TRIANGULAR: {
      const left = Number(v < shape.fMode);
      const right = 1 - left;
      const root = Math.sqrt(left * (v * shape.leftScale) + right * ((1 - v) * shape.rightScale));
      return 0 + 1 * (left * shape.min + right * shape.max + (left - right) * root);
    }
    default:
      return v;
  }
}

/** The latent Σ a_f F_f + own·ε in the order and roundings of its definition. */
function exactLatent(
  own: number,
  u: number,
  weights: readonly number[],
  draws: readonly Float64Array[],
  k: number,
): number {
  let latent = own === 0 ? 0 : own * normalQuantile(u);
  for (let i = 0; i < weights.length; i++) {
    latent += (weights[i] as number) * ((draws[i] as Float64Array)[k] as number);
  }
  return latent;
}

/** out[k] −= Σ_r I_rk L_rk for a block of n scenarios. */
export function subtractRiskLosses(
  plan: RiskPlan,
  out: Float64Array,
  n: number,
  rng: Xoshiro128StarStar,
  scratch: Float64Array,
): void {
  drawRiskLosses(plan, n, rng, scratch, () => out);
}
