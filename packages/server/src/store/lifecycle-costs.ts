import type { SpecDistribution } from '@partnerfolio/core';
import { parseJson } from './canonical-json.js';
import type { Trx } from './tx.js';

export interface LifecycleCosts {
  readonly exitCost?: SpecDistribution;
  readonly onboardingCost?: SpecDistribution;
}

/**
 * The exit and onboarding costs given for a workspace's partners, by partner key (only
 * partners with at least one): what the spec export and the engine add to each partner.
 */
export async function readLifecycleCosts(
  trx: Trx,
  workspaceId: string,
): Promise<Map<string, LifecycleCosts>> {
  const rows = await trx
    .selectFrom('estimates as e')
    .innerJoin('partners as p', 'p.id', 'e.partner_id')
    .select(['p.key as key', 'e.exit_cost as exit_cost', 'e.onboarding_cost as onboarding_cost'])
    .where('e.workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([eb('e.exit_cost', 'is not', null), eb('e.onboarding_cost', 'is not', null)]),
    )
    .execute();
  const out = new Map<string, LifecycleCosts>();
  for (const row of rows) {
    const exitCost =
      row.exit_cost === null ? null : parseJson<SpecDistribution | null>(row.exit_cost);
    const onboardingCost =
      row.onboarding_cost === null ? null : parseJson<SpecDistribution | null>(row.onboarding_cost);
    out.set(row.key, {
      ...(exitCost === null ? {} : { exitCost }),
      ...(onboardingCost === null ? {} : { onboardingCost }),
    });
  }
  return out;
}
