/**
 * An agreement's document read for display: the API types it as a plain object (the server
 * validated it with core's schema), so it is read here as core's agreement type, with the
 * terms tagged by kind and the names events can refer to.
 */
import type { Agreement } from '../../api/types';
import type {
  AgreementDocument,
  CostShareTerm,
  MilestoneTerm,
  RevenueShareTerm,
  Term,
} from '../../engine';

export type { AgreementDocument };

export type TermView =
  | { readonly kind: 'revenueShare'; readonly index: number; readonly term: RevenueShareTerm }
  | { readonly kind: 'costShare'; readonly index: number; readonly term: CostShareTerm }
  | { readonly kind: 'milestone'; readonly index: number; readonly term: MilestoneTerm };

export const documentOf = (agreement: Pick<Agreement, 'document'>): AgreementDocument =>
  agreement.document as unknown as AgreementDocument;

export function termViews(document: Pick<AgreementDocument, 'terms'>): TermView[] {
  return (document.terms ?? []).flatMap((term: Term, index): TermView[] => {
    if ('revenueShare' in term && term.revenueShare !== undefined) {
      return [{ kind: 'revenueShare', index, term: term.revenueShare }];
    }
    if ('costShare' in term && term.costShare !== undefined) {
      return [{ kind: 'costShare', index, term: term.costShare }];
    }
    if ('milestone' in term && term.milestone !== undefined) {
      return [{ kind: 'milestone', index, term: term.milestone }];
    }
    return [];
  });
}

/** What a ledger event may name: revenue sources, cost pools (with their split) and milestones. */
export function eventTargets(document: Pick<AgreementDocument, 'terms'>) {
  const views = termViews(document);
  return {
    sources: views.flatMap((v) => (v.kind === 'revenueShare' ? [v.term.source] : [])),
    pools: views.flatMap((v) => (v.kind === 'costShare' ? [v.term.pool] : [])),
    milestones: views.flatMap((v) => (v.kind === 'milestone' ? [v.term] : [])),
  };
}
