/**
 * Sampled scenarios for the CVaR constraint: per scenario, each partner's coefficient and
 * each synergy pair's value in the MILP's own terms (prepare.ts), i.e. the expected
 * coefficient plus the scenario's deviation from its expectation. So the scenario value of
 * a selection is Σ_i a_is x_i + Σ_k v_ks y_k − overhead(k) + offset, and its mean over
 * many scenarios is the objective. Seeded: partner i draws from stream i + 1, synergy e
 * from stream n + e + 1, so the scenarios do not depend on anything else.
 */
import { expectedValue } from '../model/distributions.js';
import type { Distribution } from '../model/types.js';
import { deliveryMean } from '../model/value.js';
import { createRng } from '../simulate/prng.js';
import { fillSamples, multiplyByBeta } from '../simulate/samplers.js';
import type { ScenarioInput, ScenarioMatrix } from './cvar-types.js';

function draws(d: Distribution, count: number, seed: number, stream: number): Float64Array {
  const out = new Float64Array(count);
  fillSamples(out, d, createRng(seed, stream));
  return out;
}

export function sampleScenarios(p: ScenarioInput, count: number, seed: number): ScenarioMatrix {
  const { portfolio } = p;
  const n = p.ids.length;
  const partner = portfolio.partners.map((q, i) => {
    const row = new Float64Array(count).fill(p.linear[i] as number);
    const rng = createRng(seed, i + 1);
    const cost = new Float64Array(count);
    fillSamples(cost, q.cost, rng);
    const ret = new Float64Array(count);
    fillSamples(ret, q.return, rng);
    if (q.delivery !== undefined)
      multiplyByBeta(ret, count, q.delivery.alpha, q.delivery.beta, rng);
    const seedModel = portfolio.netModel === 'seed';
    const a = seedModel ? (q.alpha ?? 0) : 1;
    const b = seedModel ? 1 - (q.beta ?? 0) : 1;
    const mean = b * expectedValue(q.return) * deliveryMean(q) - a * expectedValue(q.cost);
    for (let s = 0; s < count; s++) {
      row[s] = (row[s] as number) + b * (ret[s] as number) - a * (cost[s] as number) - mean;
    }
    return row;
  });
  const pairIndex = new Map<number, number>();
  for (let k = 0; k < p.pairs.value.length; k++) {
    pairIndex.set((p.pairs.first[k] as number) * n + (p.pairs.second[k] as number), k);
  }
  const pair = Array.from(p.pairs.value, (v) => new Float64Array(count).fill(v));
  portfolio.synergies.forEach((syn, e) => {
    const a = p.index.get(syn.between[0]);
    const b = p.index.get(syn.between[1]);
    if (a === undefined || b === undefined) return;
    const x = draws(syn.value, count, seed, n + e + 1);
    const mean = expectedValue(syn.value);
    const target =
      a === b ? partner[a] : pair[pairIndex.get(Math.min(a, b) * n + Math.max(a, b)) ?? -1];
    // prepare keeps every pair for CVaR (`keepZeroPairs`), so a target always exists.
    if (target === undefined) return;
    for (let s = 0; s < count; s++) target[s] = (target[s] as number) + (x[s] as number) - mean;
  });
  return { count, partner, pair };
}
