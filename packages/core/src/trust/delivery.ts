/**
 * Expected delivery (docs/model.md "Trust"): the probability that a partner delivers what
 * it promised, as a Beta posterior over its kept and broken obligations, with a prior
 * centred on the workspace's own record rather than on ½.
 *
 * - Workspace base rate m = (K + 1)/(K + B + 2), K and B the (decayed) kept and broken
 *   obligations of every partner: the share kept, under a uniform Beta(1, 1) hyperprior,
 *   so a workspace without a record has m = ½.
 * - Partner prior Beta(s·m, s·(1 − m)) of strength s (default 2 obligations): with no
 *   record, m = ½ and s = 2 give Beta(1, 1).
 * - Posterior Beta(s·m + k, s·(1 − m) + b) with the partner's decayed counts k, b; its
 *   mean (s·m + k)/(s + k + b) is the factor on the partner's return.
 *
 * A partner without a record gets the base rate; a kept obligation never lowers the
 * factor (it raises k and m), a broken one never raises it; more evidence narrows the
 * posterior. The old rule (return × the Beta(1, 1) reputation mean) cut a partner who had
 * kept its one obligation to ⅔ while leaving a partner with no record at 1.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';

export const DEFAULT_PRIOR_STRENGTH = 2;

/** A partner's (decayed) record of kept and broken obligations. */
export interface DeliveryRecord {
  readonly kept: number;
  readonly broken: number;
}

export interface DeliveryPosterior {
  readonly alpha: number;
  readonly beta: number;
  /** The posterior mean: the factor on the partner's expected return. */
  readonly mean: number;
  readonly sd: number;
}

export interface DeliveryModel {
  readonly baseRate: number;
  readonly strength: number;
  readonly partners: Readonly<Record<string, DeliveryPosterior>>;
}

/** m = (K + 1)/(K + B + 2) over every record. */
export function workspaceBaseRate(records: Iterable<DeliveryRecord>): number {
  let kept = 0;
  let broken = 0;
  for (const r of records) {
    kept += r.kept;
    broken += r.broken;
  }
  return (kept + 1) / (kept + broken + 2);
}

export function deliveryPosterior(
  record: DeliveryRecord,
  baseRate: number,
  strength = DEFAULT_PRIOR_STRENGTH,
): DeliveryPosterior {
  const alpha = strength * baseRate + record.kept;
  const beta = strength * (1 - baseRate) + record.broken;
  const total = alpha + beta;
  return {
    alpha,
    beta,
    mean: alpha / total,
    sd: Math.sqrt((alpha * beta) / (total * total * (total + 1))),
  };
}

/**
 * Every partner's delivery posterior from the records by partner id (a partner missing
 * from `records` has no record). `ids` lists the partners to answer for.
 */
export function deliveryModel(
  ids: readonly string[],
  records: Readonly<Record<string, DeliveryRecord>>,
  options: { readonly strength?: number } = {},
): Result<DeliveryModel> {
  const strength = options.strength ?? DEFAULT_PRIOR_STRENGTH;
  const issues: Issue[] = [];
  if (!Number.isFinite(strength) || strength <= 0) {
    issues.push({
      code: 'prior_strength',
      path: ['priorStrength'],
      message: `the prior strength is ${strength}; use a positive number of obligations (default 2)`,
    });
  }
  for (const [id, r] of Object.entries(records)) {
    for (const side of ['kept', 'broken'] as const) {
      if (!Number.isFinite(r[side]) || r[side] < 0) {
        issues.push({
          code: 'invalid_record',
          path: ['records', id, side],
          message: `${id}'s ${side} count is ${r[side]}; use a finite number ≥ 0`,
        });
      }
    }
  }
  if (issues.length > 0) return fail(issues);
  const baseRate = workspaceBaseRate(Object.values(records));
  const none = { kept: 0, broken: 0 };
  const partners: Record<string, DeliveryPosterior> = {};
  for (const id of ids) partners[id] = deliveryPosterior(records[id] ?? none, baseRate, strength);
  return ok({ baseRate, strength, partners });
}
