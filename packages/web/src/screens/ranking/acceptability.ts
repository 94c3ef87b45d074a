import type { SmaaReport } from '../../engine';

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
