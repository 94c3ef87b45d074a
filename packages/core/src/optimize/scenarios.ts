/**
 * Sampled scenarios for the CVaR constraint: per scenario, each partner's coefficient and
 * each synergy pair's value in the MILP's own terms (prepare.ts), i.e. the expected
 * coefficient plus the scenario's deviation from its expectation. So the scenario value of
 * a selection is Σ_i a_is x_i + Σ_k v_ks y_k − overhead(k) + offset, and its mean over
 * many scenarios is the objective. Seeded: partner i draws from stream i + 1, synergy e
 * from stream n + e + 1, so the scenarios do not depend on anything else.
 *
 * The risk register's events come last, from stream n + E + 1 (E synergies), drawn by
 * simulate's own generator (`drawRiskLosses`) over every risk linked to a partner of the
 * spec, so a scenario's events do not depend on the selection. The objective takes each
 * risk's expected loss p·E[L] (prepare.ts) and the scenario values carry its raw loss
 * −I·L, so their mean is the objective and the CVaR is that of S with its risks. A risk
 * charges its loss once when any of its partners is chosen: on one partner it joins that
 * partner's row, on several it is a `shared` row (build-model.ts gives it a column).
 */
import { expectedValue } from '../model/distributions.js';
import type { Distribution } from '../model/types.js';
import { deliveryMean } from '../model/value.js';
import { createRng } from '../simulate/prng.js';
import { compileRisks, drawRiskLosses, expectedLossOf } from '../simulate/risk-plan.js';
import { fillSamples, multiplyByBeta } from '../simulate/samplers.js';
import type { ScenarioInput, ScenarioMatrix, SharedRisk } from './cvar-types.js';
import { riskColumns } from './risk-columns.js';

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
  const shared = addRiskEvents(p, count, seed, n + portfolio.synergies.length + 1, partner);
  return { count, partner, pair, shared };
}

/** The risks' losses: into the partner's row for a risk on one partner, else `shared`. */
function addRiskEvents(
  p: ScenarioInput,
  count: number,
  seed: number,
  stream: number,
  partner: readonly Float64Array[],
): SharedRisk[] {
  const plan = compileRisks(p.portfolio, new Set(p.ids));
  if (plan.risks.length === 0) return [];
  const losses = plan.risks.map(() => new Float64Array(count));
  drawRiskLosses(plan, count, createRng(seed, stream), new Float64Array(count), (r) => {
    return losses[r] as Float64Array;
  });
  const linked = new Map((p.portfolio.risks ?? []).map((r) => [r.id, r.partners] as const));
  const shared: SharedRisk[] = [];
  plan.risks.forEach((risk, r) => {
    const loss = losses[r] as Float64Array;
    const columns = riskColumns(linked.get(risk.id) ?? [], p.index);
    if (columns.length !== 1) {
      shared.push({ id: risk.id, partners: columns, loss });
      return;
    }
    // The partner's coefficient already takes p·E[L] off (prepare.ts): its row starts
    // there, so the loss enters as its deviation, and the row carries the raw loss.
    const row = partner[columns[0] as number] as Float64Array;
    const expected = expectedLossOf(risk);
    for (let s = 0; s < count; s++) row[s] = (row[s] as number) + (loss[s] as number) + expected;
  });
  return shared;
}
