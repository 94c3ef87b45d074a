import type { Portfolio, SmaaReport } from '../../engine';

export interface AcceptabilityRow {
  readonly id: string;
  readonly first: number;
  readonly second: number;
  readonly third: number;
  /** Rank 4 or lower. */
  readonly lower: number;
}

/**
 * The partners most often first (then second, third), at most `limit`, with their rank
 * acceptabilities b¹, b², b³ and the rest: the stacked bars of the ranking screen.
 */
export function acceptabilityRows(report: SmaaReport, limit: number): AcceptabilityRow[] {
  return Object.entries(report.rankAcceptability)
    .map(([id, b]) => {
      const first = b[0] ?? 0;
      const second = b[1] ?? 0;
      const third = b[2] ?? 0;
      return { id, first, second, third, lower: Math.max(0, 1 - first - second - third) };
    })
    .sort(
      (a, b) =>
        b.first - a.first ||
        b.second - a.second ||
        b.third - a.third ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, limit);
}

export interface UncertainPartner {
  readonly id: string;
  readonly name: string;
  /** The names of the criteria whose score SMAA draws (in criteria order). */
  readonly criteria: readonly string[];
}

/**
 * The partners whose scores SMAA draws afresh in every sample rather than keeping them
 * exact: those with a `scoreDistributions` cell that has a spread (stated on the partner's
 * page, or the assessors' disagreement the server exports), as core's SMAA reads them.
 */
export function uncertainPartners(portfolio: Portfolio): UncertainPartner[] {
  return portfolio.partners.flatMap((p) => {
    const cells = p.scoreDistributions ?? {};
    const criteria = portfolio.criteria
      .filter((c) => {
        const d = cells[c.id];
        return d !== undefined && d.kind !== 'fixed';
      })
      .map((c) => c.name);
    return criteria.length === 0 ? [] : [{ id: p.id, name: p.name, criteria }];
  });
}
