import type { Db } from '../db/connect.js';
import { StoreError } from '../store/errors.js';
import { loadWorkspacePortfolio, type WorkspacePortfolio } from '../store/spec-io.js';
import { portfolioOfSpec } from './execute.js';
import { trustWeights, weightSpecByTrust } from './trust-weights.js';

/**
 * The workspace's portfolio for an analysis; with `trustWeighted`, every partner's return
 * scaled by its trust (trust-weights.ts). A job keeps the weighted spec, so it answers for
 * the trust known when it was submitted.
 */
export async function loadPortfolio(
  db: Db,
  workspaceId: string,
  trustWeighted: boolean,
): Promise<WorkspacePortfolio> {
  const loaded = await loadWorkspacePortfolio(db, workspaceId);
  if (!trustWeighted) return loaded;
  const weights = await trustWeights(
    db,
    workspaceId,
    loaded.spec.partners.map((p) => p.id),
  );
  const spec = weightSpecByTrust(loaded.spec, weights);
  const portfolio = portfolioOfSpec(spec);
  if (!portfolio.ok) {
    throw new StoreError('invalid', portfolio.issues[0]?.message ?? 'invalid portfolio', {
      issues: portfolio.issues,
    });
  }
  return { ...loaded, spec, portfolio: portfolio.value };
}
