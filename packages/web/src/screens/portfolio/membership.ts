import type { SmaaDocument } from '../../api/types';

export interface MembershipRow {
  readonly id: string;
  /** Share of samples whose optimal portfolio holds the partner. */
  readonly share: number;
  /** In the optimal portfolio at expected values and the spec's weights. */
  readonly optimal: boolean;
}

/**
 * The partners that are ever in the optimum, or in it at expected values, most often
 * first (ties by id): the membership table of the portfolio screen.
 */
export function membershipRows(document: SmaaDocument): MembershipRow[] {
  const result = document.portfolio;
  if (result === undefined) return [];
  const optimal = new Set(result.optimal);
  return Object.entries(result.membership)
    .filter(([id, share]) => share > 0 || optimal.has(id))
    .map(([id, share]) => ({ id, share, optimal: optimal.has(id) }))
    .sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
