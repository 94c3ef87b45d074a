/**
 * The difference-in-differences event study and its pre-trend test.
 *
 * In a balanced block design the two-way fixed-effects regression with unit and period
 * effects and one treated×period dummy per period (the last pre-treatment period left out
 * as the reference) is saturated, and its coefficients are exactly
 *   β_t = gap_t − gap_ref,  gap_t = mean of the treated − mean of the controls in period t.
 * Leads (t before treatment) should be near zero when trends are parallel. Their standard
 * errors, and the test, come from the same placebo re-assignment as the estimate's: it
 * works with a single treated unit, where clustered standard errors do not exist.
 *
 * The pre-trend test asks whether the gap drifted before treatment: the least-squares
 * slope of gap_t on t over the pre-treatment periods, against the slopes of placebo
 * assignments; p = (1 + #{|placebo slope| ≥ |slope|}) / (1 + B).
 */
import type { Rng } from '../util/rng.js';
import { drawPlacebo, placeboScale } from './inference.js';
import type { Prepared } from './synthdid.js';

export interface EventStudyPoint {
  readonly period: string;
  /** Periods from the first treated one: −1 is the reference, 0 the first treated period. */
  readonly relative: number;
  readonly coefficient: number;
  readonly se: number | null;
}

export interface PreTrendTest {
  /** Change of the treated-minus-control gap per period before treatment. */
  readonly slope: number;
  readonly pValue: number | null;
  /** p < 0.05: the treated and the controls were already drifting apart. */
  readonly flagged: boolean;
}

export interface EventStudy {
  readonly points: readonly EventStudyPoint[];
  readonly preTrend: PreTrendTest | null;
}

function gaps(prep: Prepared, kept: ArrayLike<number>, treated: ArrayLike<number>): Float64Array {
  const { t, panel } = prep;
  const y = panel.y;
  const out = new Float64Array(t);
  for (let s = 0; s < t; s++) {
    let tr = 0;
    for (let i = 0; i < treated.length; i++) tr += y[(treated[i] as number) * t + s] as number;
    let co = 0;
    for (let i = 0; i < kept.length; i++) co += y[(kept[i] as number) * t + s] as number;
    out[s] = tr / treated.length - co / kept.length;
  }
  return out;
}

/** Least-squares slope of g[0..t0) on 0..t0−1. */
function slopeOf(g: Float64Array, t0: number): number {
  const xBar = (t0 - 1) / 2;
  let yBar = 0;
  for (let s = 0; s < t0; s++) yBar += g[s] as number;
  yBar /= t0;
  let sxy = 0;
  let sxx = 0;
  for (let s = 0; s < t0; s++) {
    sxy += (s - xBar) * ((g[s] as number) - yBar);
    sxx += (s - xBar) ** 2;
  }
  return sxx === 0 ? 0 : sxy / sxx;
}

export function eventStudy(prep: Prepared, replications: number, rng: Rng): EventStudy {
  const { n, n0, t, t0, panel } = prep;
  const n1 = n - n0;
  const controls = Array.from({ length: n0 }, (_, i) => i);
  const treated = Array.from({ length: n1 }, (_, i) => n0 + i);
  const g = gaps(prep, controls, treated);
  const ref = t0 - 1;
  const coef = (gg: Float64Array, s: number) => (gg[s] as number) - (gg[ref] as number);
  const canPlacebo = n0 > n1 && replications >= 2;
  const draws: Float64Array[] = [];
  const slopes: number[] = [];
  if (canPlacebo) {
    for (let r = 0; r < replications; r++) {
      const [kept, placebo] = drawPlacebo(n0, n1, rng);
      const gg = gaps(prep, kept, placebo);
      draws.push(gg);
      if (t0 >= 2) slopes.push(slopeOf(gg, t0));
    }
  }
  const points: EventStudyPoint[] = [];
  for (let s = 0; s < t; s++) {
    if (s === ref) continue;
    const se = canPlacebo ? placeboScale(draws.map((gg) => coef(gg, s))) : null;
    points.push({
      period: panel.periods[s] as string,
      relative: s - t0,
      coefficient: coef(g, s),
      se,
    });
  }
  let preTrend: PreTrendTest | null = null;
  if (t0 >= 2) {
    const slope = slopeOf(g, t0);
    let pValue: number | null = null;
    if (slopes.length > 0) {
      // A relative tolerance so that a placebo equal to the observed slope counts as "as large".
      const bar = Math.abs(slope) * (1 - 1e-12);
      const extreme = slopes.filter((b) => Math.abs(b) >= bar).length;
      pValue = (1 + extreme) / (1 + slopes.length);
    }
    preTrend = { slope, pValue, flagged: pValue !== null && pValue < 0.05 };
  }
  return { points, preTrend };
}
