/**
 * "Weight returns by trust": each partner's return is scaled by its trust score (the beta
 * reputation from its kept and broken obligations), so a partner that breaks its word is
 * counted for what it is likely to deliver. A partner with no kept or broken obligation
 * yet keeps its estimate (weight 1): no evidence is not evidence of bad faith.
 */
import type { SpecInput } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { partnerTrust } from '../store/reviews/trust.js';
import { now } from '../store/tx.js';

type SpecDistribution = SpecInput['partners'][number]['return'];

/** A spec distribution times k > 0 (for a lognormal, k shifts the underlying mean by ln k). */
export function scaleDistribution(d: SpecDistribution, k: number): SpecDistribution {
  if (typeof d === 'number') return d * k;
  const o = d as Record<string, number[] | undefined>;
  const times = (xs: number[]) => xs.map((x) => x * k);
  if (o.uniform) return { uniform: times(o.uniform) } as SpecDistribution;
  if (o.triangular) return { triangular: times(o.triangular) } as SpecDistribution;
  if (o.pert) return { pert: times(o.pert) } as SpecDistribution;
  if (o.normal) return { normal: times(o.normal) } as SpecDistribution;
  if (o.lognormal) {
    const [mu = 0, sigma = 0] = o.lognormal;
    return { lognormal: [mu + Math.log(k), sigma] } as SpecDistribution;
  }
  return d;
}

/** Each partner's trust weight: its trust score when it has a record, else 1. */
export async function trustWeights(
  db: Db,
  workspaceId: string,
  keys: readonly string[],
): Promise<Record<string, number>> {
  const today = now().slice(0, 10);
  const owners = new Set(
    (
      await db.kysely
        .selectFrom('obligations')
        .select('owner')
        .distinct()
        .where('workspace_id', '=', workspaceId)
        .where('state', 'in', ['kept', 'broken'])
        .execute()
    ).map((r) => r.owner),
  );
  const weights: Record<string, number> = {};
  for (const key of keys) {
    if (!owners.has(key)) {
      weights[key] = 1;
      continue;
    }
    // Outcomes dated after today do not count yet: no counted record keeps the estimate.
    const trust = await partnerTrust(db.kysely, workspaceId, key, today);
    weights[key] = trust.counted > 0 ? trust.score : 1;
  }
  return weights;
}

/** The spec with every partner's return scaled by its trust weight. */
export function weightSpecByTrust(
  spec: SpecInput,
  weights: Readonly<Record<string, number>>,
): SpecInput {
  return {
    ...spec,
    partners: spec.partners.map((p) => {
      const k = weights[p.id] ?? 1;
      return k === 1 ? p : { ...p, return: scaleDistribution(p.return, k) };
    }),
  };
}
