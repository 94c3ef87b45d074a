import type { GraphRelations, PartnerStatus, Portfolio } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { listAgreements } from '../store/agreements/list.js';
import { readAllPartners } from '../store/partner-present.js';
import { loadWorkspacePortfolio } from '../store/spec-io.js';
import { readTransaction } from '../store/tx.js';

export interface GraphInputs {
  readonly portfolio: Portfolio;
  /** Stored agreements (parties, dates, IP clauses) and partner contacts. */
  readonly relations: GraphRelations;
}

/**
 * The workspace's portfolio for the graph questions: the stored spec with each partner's
 * lifecycle status as the store keeps it (the partner records are the source of truth for
 * who is active; the spec import leaves them alone), and the stored relations the spec
 * has no place for: agreements and contacts.
 */
export async function loadGraphInputs(db: Db, workspaceId: string): Promise<GraphInputs> {
  const { portfolio } = await loadWorkspacePortfolio(db, workspaceId);
  const partners = await readTransaction(db, (trx) => readAllPartners(trx, workspaceId));
  const agreements = await listAgreements(db, workspaceId);
  return {
    portfolio: withStoredStatus(portfolio, partners),
    relations: {
      agreements: agreements.map((a) => ({
        id: a.code,
        title: a.title,
        type: a.type,
        status: a.status,
        start: a.start,
        end: a.end,
        parties: a.parties,
        ...(a.document.ip === undefined
          ? {}
          : {
              ip: {
                ...(a.document.ip.foreground ? { foreground: a.document.ip.foreground } : {}),
                ...(a.document.ip.background ? { background: a.document.ip.background } : {}),
              },
            }),
      })),
      contacts: partners.flatMap((p) =>
        p.contacts.map((c) => ({
          partner: p.id,
          name: c.name,
          ...(c.role === undefined ? {} : { role: c.role }),
        })),
      ),
    },
  };
}

/** The portfolio alone (gaps, criticality, coverage, rules need no relations). */
export async function loadGraphPortfolio(db: Db, workspaceId: string): Promise<Portfolio> {
  const { portfolio } = await loadWorkspacePortfolio(db, workspaceId);
  const partners = await readTransaction(db, (trx) => readAllPartners(trx, workspaceId));
  return withStoredStatus(portfolio, partners);
}

function withStoredStatus(
  portfolio: Portfolio,
  partners: readonly { readonly id: string; readonly status: PartnerStatus }[],
): Portfolio {
  const status = new Map(partners.map((p) => [p.id, p.status]));
  return {
    ...portfolio,
    partners: portfolio.partners.map((p) => {
      const s = status.get(p.id);
      return s === undefined ? p : { ...p, status: s };
    }),
  };
}
