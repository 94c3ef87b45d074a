/**
 * What did the treatment cause? One estimate with its placebo standard error and 95%
 * interval, the weights, the treated and counterfactual paths, the event study with its
 * pre-trend test, and warnings where the design is too thin for the method. This is the
 * document `partnerfolio attribute --json` prints (DESIGN.md, "Attribution").
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import type { Rng } from '../util/rng.js';
import { type EventStudyPoint, eventStudy, type PreTrendTest } from './event-study.js';
import { jackknifeSe, placeboSe } from './inference.js';
import type { BlockPanel } from './panel.js';
import { type CausalMethod, defaultTuning, fitBlock, Prepared, range } from './synthdid.js';

/** The normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;
export const DEFAULT_PLACEBO = 200;
export const MAX_PLACEBO = 10_000;
/** sc and sdid keep the controls' Gram matrix (8·N_co² bytes): 5,000 controls is 200 MB. */
export const MAX_WEIGHTED_CONTROLS = 5_000;
/** Fewer controls than this and the placebo distribution is too coarse to trust. */
export const MIN_CONTROLS = 10;
/** Fewer pre-treatment periods than this and weights fit noise (sc, sdid) or trends go untested. */
export const MIN_PRE_PERIODS = 5;

export interface AttributionOptions {
  readonly method: CausalMethod;
  /** Placebo replications for the standard error (≥ 2). */
  readonly placebo: number;
  readonly rng: Rng;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface AttributionReport {
  readonly method: CausalMethod;
  readonly estimate: number;
  readonly se: number | null;
  readonly ci: [number, number] | null;
  readonly treatedUnits: string[];
  readonly controls: number;
  readonly prePeriods: number;
  readonly postPeriods: number;
  readonly unitWeights: Record<string, number>;
  readonly timeWeights: Record<string, number>;
  readonly placebo: { readonly replications: number; readonly estimates: number[] } | null;
  readonly jackknifeSe: number | null;
  readonly tuning: {
    readonly noiseLevel: number;
    readonly zetaOmega: number;
    readonly zetaLambda: number;
  };
  /** The treated units' mean and its counterfactual, period by period; `start` is the first treated period. */
  readonly series: {
    readonly periods: string[];
    readonly treated: number[];
    readonly counterfactual: number[];
    readonly start: string;
  };
  readonly effects: { readonly period: string; readonly effect: number }[];
  readonly eventStudy: readonly EventStudyPoint[];
  readonly preTrend: PreTrendTest | null;
  readonly warnings: { readonly code: string; readonly message: string }[];
}

export function attribute(
  panel: BlockPanel,
  options: AttributionOptions,
): Result<AttributionReport> {
  const { method, placebo, rng } = options;
  const prep = new Prepared(panel);
  const { n, n0, t, t0 } = prep;
  const n1 = n - n0;
  if (!Number.isInteger(placebo) || placebo < 2 || placebo > MAX_PLACEBO) {
    return fail([
      {
        code: 'bad_placebo',
        path: ['placebo'],
        message: `placebo replications must be a whole number from 2 to ${MAX_PLACEBO}`,
      },
    ]);
  }
  if (method !== 'did' && t0 < 2) {
    return fail([
      {
        code: 'too_few_pre_periods',
        path: ['time'],
        message: `${method} needs at least 2 periods before treatment (its regularisation uses their differences); this panel has ${t0}`,
      },
    ]);
  }
  if (method !== 'did' && n0 > MAX_WEIGHTED_CONTROLS) {
    return fail([
      {
        code: 'too_many_controls',
        path: ['unit'],
        message: `${method} weighs at most ${MAX_WEIGHTED_CONTROLS} control units; this panel has ${n0} (use did, or aggregate units)`,
      },
    ]);
  }
  const warnings: Issue[] = [];
  const warn = (code: string, message: string) => warnings.push({ code, path: [], message });
  if (n0 < MIN_CONTROLS) {
    warn(
      'few_controls',
      `only ${n0} control unit${n0 === 1 ? '' : 's'}: the placebo standard error rests on few re-assignments; read it as rough (${MIN_CONTROLS} or more is better)`,
    );
  }
  if (t0 < MIN_PRE_PERIODS) {
    warn(
      'few_pre_periods',
      `only ${t0} period${t0 === 1 ? '' : 's'} before treatment: weights and the pre-trend test have little to go on (${MIN_PRE_PERIODS} or more is better)`,
    );
  }
  const tuning = defaultTuning(prep, method);
  const controls = range(0, n0);
  const treated = range(n0, n);
  const fit = fitBlock(prep, method, controls, treated, tuning);

  let se: number | null = null;
  let estimates: Float64Array | null = null;
  if (n0 > n1) {
    const progress = options.onProgress;
    const result = placeboSe(
      prep,
      method,
      tuning,
      fit,
      placebo,
      rng,
      progress && ((done) => progress(done, placebo)),
    );
    se = result.se;
    estimates = result.estimates;
  } else {
    warn(
      'placebo_impossible',
      `the placebo standard error needs more controls (${n0}) than treated units (${n1}); no interval is given`,
    );
  }
  const study = eventStudy(prep, placebo, rng);
  if (study.preTrend?.flagged) {
    warn(
      'pre_trend',
      `the treated and control units drifted apart before treatment (gap slope ${study.preTrend.slope.toPrecision(3)} per period, placebo p = ${study.preTrend.pValue?.toFixed(3)}); parallel trends are doubtful, prefer sdid or sc over did`,
    );
  }

  const unitWeights: Record<string, number> = {};
  panel.units.slice(0, n0).forEach((u, j) => {
    unitWeights[u] = fit.omega[j] as number;
  });
  const timeWeights: Record<string, number> = {};
  panel.periods.slice(0, t0).forEach((p, s) => {
    timeWeights[p] = fit.lambda[s] as number;
  });

  // Treated mean, the ω-weighted controls, and the λ-weighted pre-treatment gap that
  // shifts the synthetic path onto the treated one (zero shift for sc, whose λ is 0).
  const y = panel.y;
  const trSeries = new Array<number>(t).fill(0);
  const synth = new Array<number>(t).fill(0);
  for (let s = 0; s < t; s++) {
    for (let k = n0; k < n; k++)
      trSeries[s] = (trSeries[s] as number) + (y[k * t + s] as number) / n1;
    for (let j = 0; j < n0; j++)
      synth[s] = (synth[s] as number) + (fit.omega[j] as number) * (y[j * t + s] as number);
  }
  let shift = 0;
  for (let s = 0; s < t0; s++)
    shift += (fit.lambda[s] as number) * ((trSeries[s] as number) - (synth[s] as number));
  const counterfactual = synth.map((v) => v + shift);

  return ok(
    {
      method,
      estimate: fit.estimate,
      se,
      ci: se === null ? null : [fit.estimate - Z_95 * se, fit.estimate + Z_95 * se],
      treatedUnits: panel.units.slice(n0),
      controls: n0,
      prePeriods: t0,
      postPeriods: t - t0,
      unitWeights,
      timeWeights,
      placebo: estimates === null ? null : { replications: placebo, estimates: [...estimates] },
      // The package warns the jackknife off synthetic control (Arkhangelsky et al., §5).
      jackknifeSe: method === 'sc' ? null : (jackknifeSe(prep, fit) ?? null),
      tuning: {
        noiseLevel: tuning.noiseLevel,
        zetaOmega: tuning.zetaOmega,
        zetaLambda: tuning.zetaLambda,
      },
      series: {
        periods: [...panel.periods],
        treated: trSeries,
        counterfactual,
        start: panel.periods[t0] as string,
      },
      effects: panel.periods.slice(t0).map((period, i) => ({
        period,
        effect: (trSeries[t0 + i] as number) - (counterfactual[t0 + i] as number),
      })),
      eventStudy: study.points,
      preTrend: study.preTrend,
      warnings: warnings.map(({ code, message }) => ({ code, message })),
    },
    warnings,
  );
}
