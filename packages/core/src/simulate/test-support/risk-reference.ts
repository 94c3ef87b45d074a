/**
 * The risk draws as first written (before the table filter of risk-plan.ts): every ε
 * through Φ⁻¹, the whole block of losses drawn and kept. The fast kernel must give the
 * same bits; risk-plan.test.ts compares the two.
 */
import { normalQuantile } from '../../risk/normal.js';
import type { Xoshiro128StarStar } from '../prng.js';
import type { RiskPlan } from '../risk-plan.js';
import { addSamples } from '../samplers.js';

function fillNormalByInversion(buf: Float64Array, n: number, rng: Xoshiro128StarStar): void {
  rng.fillUniform(buf, n);
  for (let k = 0; k < n; k++) buf[k] = normalQuantile(buf[k] as number);
}

export function subtractRiskLossesReference(
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
