import type { Portfolio } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { readAllPartners } from '../store/partner-present.js';
import { loadWorkspacePortfolio } from '../store/spec-io.js';
import { readTransaction } from '../store/tx.js';

/**
 * The workspace's portfolio for the graph questions: the stored spec with each partner's
 * lifecycle status as the store keeps it (the partner records are the source of truth for
 * who is active; the spec import leaves them alone).
 */
export async function loadGraphPortfolio(db: Db, workspaceId: string): Promise<Portfolio> {
  const { portfolio } = await loadWorkspacePortfolio(db, workspaceId);
  const partners = await readTransaction(db, (trx) => readAllPartners(trx, workspaceId));
  const status = new Map(partners.map((p) => [p.id, p.status]));
  return {
    ...portfolio,
    partners: portfolio.partners.map((p) => {
      const s = status.get(p.id);
      return s === undefined ? p : { ...p, status: s };
    }),
  };
}
