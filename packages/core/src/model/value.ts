import { coordinationCostOf } from './coordination.js';
import { expectedValue } from './distributions.js';
import type { Partner, Portfolio } from './types.js';

/** E[delivery probability]: 1 unless the partner carries a delivery posterior. */
export function deliveryMean(partner: Partner): number {
  const d = partner.delivery;
  return d === undefined ? 1 : d.alpha / (d.alpha + d.beta);
}

/** Expected cost, return and net contribution of one partner. */
export interface PartnerValue {
  readonly id: string;
  readonly cost: number;
  readonly return: number;
  readonly net: number;
}

/**
 * Net contribution N_i of one partner from expected cost C and return R (times the
 * expected delivery probability when the partner carries one).
 * - `net` (default): N = R − C.
 * - `seed`: the source document's worked formula N = R − αC − βR (α, β default 0).
 *   Its printed general form sums over all j; its own example uses only j = i (docs/model.md).
 */
export function netOf(partner: Partner, netModel: Portfolio['netModel']): PartnerValue {
  const cost = expectedValue(partner.cost);
  const ret = expectedValue(partner.return) * deliveryMean(partner);
  const net =
    netModel === 'seed'
      ? ret - (partner.alpha ?? 0) * cost - (partner.beta ?? 0) * ret
      : ret - cost;
  return { id: partner.id, cost, return: ret, net };
}

export function partnerValues(portfolio: Portfolio): PartnerValue[] {
  return portfolio.partners.map((p) => netOf(p, portfolio.netModel));
}

/**
 * Portfolio value S = Σ_{i∈sel} N_i + Σ_{i<j∈sel} s_ij − coordination cost of sel
 * (coordinationCost·|sel| in the simple form; by kind and overhead bands in the other),
 * with expected values. `selected` defaults to every partner.
 */
export function portfolioValue(portfolio: Portfolio, selected?: readonly string[]): number {
  const chosen = new Set(selected ?? portfolio.partners.map((p) => p.id));
  let s = 0;
  const members: Partner[] = [];
  for (const p of portfolio.partners) {
    if (!chosen.has(p.id)) continue;
    s += netOf(p, portfolio.netModel).net;
    members.push(p);
  }
  for (const syn of portfolio.synergies) {
    if (chosen.has(syn.between[0]) && chosen.has(syn.between[1])) s += expectedValue(syn.value);
  }
  return s - coordinationCostOf(portfolio, members);
}
