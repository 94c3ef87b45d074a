/**
 * The health check answered privately by people of both organisations: nobody sees
 * another's answers, and a side's scores per dimension are shown only when enough of its
 * people answered that no one can be singled out (`HEALTH_MIN_GROUP`, 3). A smaller side
 * shows only how far its overall mean lies from the other side's (the overall gap), never
 * its own scores. What is shown is also what feeds the review rules (`healthFacts`).
 */
import { HEALTH_DIMENSIONS, type HealthDimension, type HealthResponse } from './health-check.js';

export const HEALTH_MIN_GROUP = 3;

export type HealthSide = 'us' | 'partner';

export interface SideHealth {
  /** People of this side who answered. */
  readonly respondents: number;
  /** Shown only when `respondents >= HEALTH_MIN_GROUP`; null otherwise. */
  readonly overall: number | null;
  readonly dimensions: Readonly<Record<HealthDimension, number | null>> | null;
}

export interface PrivateHealthSummary {
  readonly minGroup: number;
  readonly sides: Readonly<Record<HealthSide, SideHealth>>;
  /** |us − partner| of the sides' overall means, when both sides answered at all. */
  readonly overallGap: number | null;
  /** Per dimension |us − partner|, only when both sides are large enough to be shown. */
  readonly gaps: Readonly<Record<HealthDimension, number | null>> | null;
  /** Mean of every score given (both sides), when both sides are large enough. */
  readonly overall: number | null;
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

function sideScores(responses: readonly HealthResponse[]) {
  const dimensions = {} as Record<HealthDimension, number | null>;
  const means: number[] = [];
  for (const d of HEALTH_DIMENSIONS) {
    const m = mean(responses.flatMap((r) => (r.scores[d] === undefined ? [] : [r.scores[d]])));
    dimensions[d] = m;
    if (m !== null) means.push(m);
  }
  return { dimensions, overall: mean(means) };
}

/** Summarises the answers of one health check with the small-group rule applied. */
export function summarizePrivateHealth(
  responses: readonly HealthResponse[],
  minGroup = HEALTH_MIN_GROUP,
): PrivateHealthSummary {
  const of = (side: HealthSide) => responses.filter((r) => r.side === side);
  const raw = { us: sideScores(of('us')), partner: sideScores(of('partner')) };
  const count = (side: HealthSide) => new Set(of(side).map((r) => r.respondent)).size;
  const shown = (side: HealthSide): SideHealth => {
    const respondents = count(side);
    const large = respondents >= minGroup;
    return {
      respondents,
      overall: large ? raw[side].overall : null,
      dimensions: large ? raw[side].dimensions : null,
    };
  };
  const sides = { us: shown('us'), partner: shown('partner') };
  const { us, partner } = raw;
  const overallGap =
    us.overall === null || partner.overall === null ? null : Math.abs(us.overall - partner.overall);
  const bothShown = sides.us.dimensions !== null && sides.partner.dimensions !== null;
  let gaps: Record<HealthDimension, number | null> | null = null;
  if (bothShown) {
    gaps = {} as Record<HealthDimension, number | null>;
    for (const d of HEALTH_DIMENSIONS) {
      const a = us.dimensions[d];
      const b = partner.dimensions[d];
      gaps[d] = a === null || b === null ? null : Math.abs(a - b);
    }
  }
  const all = responses.flatMap((r) =>
    HEALTH_DIMENSIONS.flatMap((d) => (r.scores[d] === undefined ? [] : [r.scores[d]])),
  );
  return { minGroup, sides, overallGap, gaps, overall: bothShown ? mean(all) : null };
}

/**
 * What the review rules read of a private health check: `healthGap` is the widest shown
 * dimension gap, or the overall gap when the sides are too small to show dimensions.
 */
export function healthFacts(summary: PrivateHealthSummary): {
  health?: number;
  healthGap?: number;
} {
  const shownGaps =
    summary.gaps === null ? [] : Object.values(summary.gaps).filter((g) => g !== null);
  const gap = shownGaps.length > 0 ? Math.max(...shownGaps) : summary.overallGap;
  return {
    ...(summary.overall === null ? {} : { health: summary.overall }),
    ...(gap === null ? {} : { healthGap: gap }),
  };
}
