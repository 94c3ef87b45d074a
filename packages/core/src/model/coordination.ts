/**
 * Coordination cost of a selection: `coordinationCost` per partner, the cost per partner
 * of its kind, and the portfolio overhead by count (convex piecewise-linear: the m-th
 * partner pays the rate of the first band whose `upTo` ≥ m; past the last band, its rate).
 */
import type { OverheadBand, Partner, Portfolio } from './types.js';

/** The part of the coordination cost that belongs to one partner (flat rate + its kind's). */
export function partnerCoordinationCost(portfolio: Portfolio, partner: Partner): number {
  return portfolio.coordinationCost + (portfolio.coordination?.perKind[partner.kind] ?? 0);
}

/** Overhead of `count` selected partners: the sum of the marginal band rates. */
export function overheadOf(bands: readonly OverheadBand[], count: number): number {
  let total = 0;
  let from = 0;
  for (const band of bands) {
    if (count <= from) return total;
    total += (Math.min(count, band.upTo) - from) * band.perPartner;
    from = band.upTo;
  }
  const last = bands.at(-1);
  return last === undefined || count <= from ? total : total + (count - from) * last.perPartner;
}

/** Total coordination cost of the selected partners. */
export function coordinationCostOf(portfolio: Portfolio, selected: readonly Partner[]): number {
  let total = 0;
  for (const p of selected) total += partnerCoordinationCost(portfolio, p);
  return total + overheadOf(portfolio.coordination?.overhead ?? [], selected.length);
}
