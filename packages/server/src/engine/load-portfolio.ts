import { INCUMBENT_STATUSES, type SpecInput } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { StoreError } from '../store/errors.js';
import { partnerExitCosts } from '../store/exit-costs.js';
import { loadWorkspacePortfolio, type WorkspacePortfolio } from '../store/spec-io.js';
import { now, readTransaction } from '../store/tx.js';
import { portfolioOfSpec } from './execute.js';
import type { ExitCostNote } from './exit-cost-note.js';
import { deliveryPosteriors, withDelivery } from './trust-weights.js';

export type { ExitCostNote } from './exit-cost-note.js';

export interface LoadedPortfolio extends WorkspacePortfolio {
  /** The incumbents whose exit cost the agreements proposed (the spec had none). */
  readonly exitCosts: readonly ExitCostNote[];
}

/**
 * The workspace's portfolio for an analysis. An incumbent without an exit cost of its
 * own takes the one its running agreements propose (notice given today), noted in
 * `exitCosts`. With `trustWeighted`, every partner's return times its probability of
 * delivery (trust-weights.ts). A job keeps the resulting spec, so it answers for what
 * was known when it was submitted.
 */
export async function loadPortfolio(
  db: Db,
  workspaceId: string,
  trustWeighted: boolean,
): Promise<LoadedPortfolio> {
  const loaded = await loadWorkspacePortfolio(db, workspaceId);
  const today = now(db).slice(0, 10);
  const incumbents = loaded.spec.partners
    .filter(
      (p) =>
        p.exitCost === undefined &&
        p.status !== undefined &&
        (INCUMBENT_STATUSES as readonly string[]).includes(p.status),
    )
    .map((p) => p.id);
  const proposed =
    incumbents.length === 0
      ? []
      : (
          await readTransaction(db, (trx) => partnerExitCosts(trx, workspaceId, incumbents, today))
        ).filter((c) => c.source === 'agreements');
  const exitCosts = proposed.map(
    (c): ExitCostNote => ({
      id: c.partner,
      // In the workspace's unit (the proposal's total is in the ledger's currency).
      exitCost: c.proposedInUnit ?? 0,
      source: 'agreements',
      noticeDate: c.proposal.noticeDate,
      parts: c.proposal.parts,
      agreements: c.proposal.agreements,
    }),
  );
  let spec: SpecInput = loaded.spec;
  if (exitCosts.length > 0) {
    const byId = new Map(exitCosts.map((c) => [c.id, c.exitCost]));
    spec = {
      ...spec,
      partners: spec.partners.map((p) => {
        const cost = byId.get(p.id);
        return cost === undefined ? p : { ...p, exitCost: cost };
      }),
    };
  }
  if (trustWeighted) {
    const posteriors = await deliveryPosteriors(
      db,
      workspaceId,
      spec.partners.map((p) => p.id),
    );
    spec = withDelivery(spec, posteriors);
  }
  if (spec === loaded.spec) return { ...loaded, exitCosts };
  const portfolio = portfolioOfSpec(spec);
  if (!portfolio.ok) {
    throw new StoreError('invalid', portfolio.issues[0]?.message ?? 'invalid portfolio', {
      issues: portfolio.issues,
    });
  }
  return { ...loaded, spec, portfolio: portfolio.value, exitCosts };
}
