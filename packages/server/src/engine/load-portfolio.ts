import type { Db } from '../db/connect.js';
import { StoreError } from '../store/errors.js';
import { loadWorkspacePortfolio, type WorkspacePortfolio } from '../store/spec-io.js';
import { portfolioOfSpec } from './execute.js';
import { deliveryPosteriors, withDelivery } from './trust-weights.js';

/**
 * The workspace's portfolio for an analysis; with `trustWeighted`, every partner's return
 * times its probability of delivery (trust-weights.ts). A job keeps the weighted spec, so it answers for
 * the trust known when it was submitted.
 */
export async function loadPortfolio(
  db: Db,
  workspaceId: string,
  trustWeighted: boolean,
): Promise<WorkspacePortfolio> {
  const loaded = await loadWorkspacePortfolio(db, workspaceId);
  if (!trustWeighted) return loaded;
  const posteriors = await deliveryPosteriors(
    db,
    workspaceId,
    loaded.spec.partners.map((p) => p.id),
  );
  const spec = withDelivery(loaded.spec, posteriors);
  const portfolio = portfolioOfSpec(spec);
  if (!portfolio.ok) {
    throw new StoreError('invalid', portfolio.issues[0]?.message ?? 'invalid portfolio', {
      issues: portfolio.issues,
    });
  }
  return { ...loaded, spec, portfolio: portfolio.value };
}
