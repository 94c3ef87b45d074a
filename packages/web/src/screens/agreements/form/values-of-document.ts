/**
 * The form's values for an agreement document that exists (a draft amendment's terms):
 * the inverse of agreement-document.ts, so that `agreementDocument(valuesOfDocument(d))`
 * gives `d` back and an unchanged form shows no difference.
 */
import { US } from '../../../app/parties';
import type { AgreementDocument } from '../document';
import { shareText } from '../shares';
import type { AgreementFormValues, PartyMap, TermValues } from './agreement-values';

const shareMap = (map: Readonly<Record<string, unknown>> | undefined): PartyMap<string> =>
  Object.fromEntries(Object.entries(map ?? {}).map(([party, share]) => [party, shareText(share)]));

function termValues(term: AgreementDocument['terms'][number]): TermValues[] {
  if ('revenueShare' in term && term.revenueShare !== undefined) {
    const r = term.revenueShare;
    return [
      {
        kind: 'revenueShare',
        revenueShare: {
          source: r.source,
          collector: r.collector,
          tiers: r.tiers.map((tier) => ({ upTo: tier.upTo, shares: shareMap(tier.shares) })),
          cap: { ...(r.cap ?? {}) },
        },
      },
    ];
  }
  if ('costShare' in term && term.costShare !== undefined) {
    const { pool, split } = term.costShare;
    return [
      {
        kind: 'costShare',
        costShare:
          split === 'byUse'
            ? { pool, byUse: true, split: {} }
            : { pool, byUse: false, split: shareMap(split) },
      },
    ];
  }
  if ('milestone' in term && term.milestone !== undefined) {
    const { due, description, ...rest } = term.milestone;
    return [
      {
        kind: 'milestone',
        milestone: {
          ...rest,
          ...(due === undefined ? {} : { due }),
          ...(description === undefined ? {} : { description }),
        },
      },
    ];
  }
  return [];
}

export function valuesOfDocument(document: AgreementDocument): AgreementFormValues {
  const { ip, resources, market, exit, renewal } = document;
  return {
    type: document.type,
    id: document.id,
    ...(document.title === undefined ? {} : { title: document.title }),
    partners: document.parties.filter((p) => p !== US),
    start: document.start,
    end: document.end,
    noticeDays: document.noticeDays ?? null,
    ...(document.currency === undefined ? {} : { currency: document.currency }),
    renewal: {
      automatic: renewal?.automatic ?? false,
      periodMonths: renewal?.periodMonths ?? null,
    },
    ip: {
      foreground: shareMap(ip?.foreground),
      background: { ...(ip?.background ?? {}) },
      ...(ip?.publication === undefined ? {} : { publication: ip.publication }),
      ...(ip?.licensing === undefined ? {} : { licensing: ip.licensing }),
    },
    resources: {
      contributions: (resources?.contributions ?? []).map((c) => ({
        party: c.party,
        kind: c.kind,
        description: c.description,
        ...(c.quantity === undefined ? {} : { quantity: String(c.quantity) }),
      })),
      ...(resources?.accessRules === undefined ? {} : { accessRules: resources.accessRules }),
      ...(resources?.dataGovernance === undefined
        ? {}
        : { dataGovernance: resources.dataGovernance }),
    },
    market: { channels: [...(market?.channels ?? [])], territory: market?.territory ?? '' },
    exit: {
      ...(exit?.ipDisposition === undefined ? {} : { ipDisposition: exit.ipDisposition }),
      ...(exit?.data === undefined ? {} : { data: exit.data }),
      ...(exit?.finalSettlement === undefined ? {} : { finalSettlement: exit.finalSettlement }),
      writeOff: exit?.writeOff ?? null,
      dataReturnCost: exit?.dataReturnCost ?? null,
    },
    terms: document.terms.flatMap(termValues),
  };
}
