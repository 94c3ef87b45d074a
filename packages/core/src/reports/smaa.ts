import { type SmaaMethod, type SmaaResult, smaa } from '../mcdm/index-smaa.js';
import type { Portfolio } from '../model/types.js';
import { ok, type Result } from '../util/issues.js';

export interface SmaaReport {
  readonly samples: number;
  readonly seed: number;
  readonly method: SmaaMethod;
  /** b_r: the share of samples in which the partner takes rank r (r = 1 … m). */
  readonly rankAcceptability: Record<string, number[]>;
  /** The mean weights of the samples in which the partner ranks first; absent when it never does. */
  readonly centralWeights: Record<string, Record<string, number>>;
  /** 1 when the partner ranks first at its central weights, else 0 (the scores are exact). */
  readonly confidence: Record<string, number>;
}

/** `partnerfolio smaa FILE --json` (DESIGN.md "More methods"). */
export function smaaReport(
  portfolio: Portfolio,
  options: {
    readonly samples: number;
    readonly seed: number;
    readonly method?: SmaaMethod;
    readonly v?: number;
    readonly onProgress?: (done: number) => void;
  },
): Result<SmaaReport> {
  const method = options.method ?? 'weighted-sum';
  const r = smaa(portfolio, { ...options, method });
  if (!r.ok) return r;
  return ok(smaaDocument(portfolio, r.value, { ...options, method }), r.warnings);
}

/** The `smaa --json` document of a finished run (in this thread or on workers). */
export function smaaDocument(
  portfolio: Portfolio,
  result: SmaaResult,
  options: { readonly samples: number; readonly seed: number; readonly method: SmaaMethod },
): SmaaReport {
  const { acceptability, central, confidence, m, n } = result;
  const ids = portfolio.partners.map((p) => p.id);
  const criteria = portfolio.criteria.map((c) => c.id);
  const rankAcceptability: Record<string, number[]> = {};
  const centralWeights: Record<string, Record<string, number>> = {};
  const confidenceById: Record<string, number> = {};
  ids.forEach((id, i) => {
    // A plain loop: `Array.from` of a typed array walks its iterator, 45 ms (against 10–25) of a server's
    // 10,000 × 1,000 run spent after the parallel part (bench/mcdm-more.mjs).
    const row: number[] = [];
    for (let r = 0; r < m; r++) row.push(acceptability[i * m + r] as number);
    rankAcceptability[id] = row;
    confidenceById[id] = confidence[i] ?? 0;
    if (Number.isNaN(central[i * n] ?? Number.NaN)) return;
    centralWeights[id] = Object.fromEntries(criteria.map((c, k) => [c, central[i * n + k] ?? 0]));
  });
  return {
    samples: options.samples,
    seed: options.seed,
    method: options.method,
    rankAcceptability,
    centralWeights,
    confidence: confidenceById,
  };
}
