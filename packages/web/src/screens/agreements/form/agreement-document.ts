/**
 * The agreement document (the `agreement:` of an agreement file, docs/agreements.md) built
 * from the form: empty fields left out, shares read as typed (shares.ts), only the
 * sections the agreement's type shows, and every map limited to the agreement's parties.
 * A missing required field is left out too, so the server names it at its own path.
 */
import { parseShare } from '../shares';
import {
  type AgreementFormValues,
  type ContributionValues,
  type PartyMap,
  partiesOf,
  SECTIONS,
  type TermValues,
} from './agreement-values';

type Json = Record<string, unknown>;

const text = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
};

/** Drops the keys whose value is undefined, and gives undefined for an object left empty. */
function compact(object: Json): Json | undefined {
  const entries = Object.entries(object).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

function partyMap<T, U>(
  map: PartyMap<T> | undefined,
  parties: readonly string[],
  read: (value: T | undefined) => U | undefined,
): Record<string, U> | undefined {
  const entries = parties.flatMap((party) => {
    const value = read(map?.[party]);
    return value === undefined ? [] : [[party, value] as const];
  });
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

const number = (value: number | null | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function quantity(value: string | undefined): number | string | undefined {
  const given = text(value);
  if (given === undefined) return undefined;
  return /^-?\d+(\.\d+)?$/.test(given) ? Number(given) : given;
}

function contribution(c: ContributionValues): Json | undefined {
  if (text(c.description) === undefined && c.party === undefined) return undefined;
  return compact({
    party: c.party,
    kind: c.kind ?? 'other',
    description: text(c.description) ?? '',
    quantity: quantity(c.quantity),
  });
}

export function termDocument(term: TermValues, parties: readonly string[]): Json {
  switch (term.kind) {
    case 'revenueShare': {
      const r = term.revenueShare ?? {};
      return {
        revenueShare: compact({
          source: text(r.source),
          collector: r.collector,
          tiers: (r.tiers ?? []).map((tier) => ({
            upTo: number(tier.upTo) ?? null,
            shares: partyMap(tier.shares, parties, parseShare) ?? {},
          })),
          cap: partyMap(r.cap, parties, number),
        }),
      };
    }
    case 'costShare': {
      const c = term.costShare ?? {};
      return {
        costShare: compact({
          pool: text(c.pool),
          split: c.byUse === true ? 'byUse' : (partyMap(c.split, parties, parseShare) ?? {}),
        }),
      };
    }
    case 'milestone': {
      const m = term.milestone ?? {};
      return {
        milestone: compact({
          id: text(m.id),
          payer: m.payer,
          payee: m.payee,
          amount: number(m.amount),
          due: text(m.due),
          description: text(m.description),
        }),
      };
    }
  }
}

export function agreementDocument(values: AgreementFormValues): Json {
  const parties = partiesOf(values);
  const sections = SECTIONS[values.type];
  const { ip, resources, market, exit, renewal } = values;
  const periodMonths = number(renewal?.periodMonths);
  const contributions = (resources?.contributions ?? []).flatMap((c) => contribution(c) ?? []);
  const channels = (market?.channels ?? []).map((c) => c.trim()).filter((c) => c !== '');
  const territory = text(market?.territory);
  return (
    compact({
      id: text(values.id),
      title: text(values.title),
      type: values.type,
      parties,
      start: text(values.start),
      end: text(values.end),
      noticeDays: number(values.noticeDays),
      currency: text(values.currency)?.toUpperCase(),
      renewal:
        renewal?.automatic === true || periodMonths !== undefined
          ? compact({ automatic: renewal?.automatic === true, periodMonths })
          : undefined,
      ip: sections.ip
        ? compact({
            foreground: partyMap(ip?.foreground, parties, parseShare),
            background: partyMap(ip?.background, parties, text),
            publication: text(ip?.publication),
            licensing: text(ip?.licensing),
          })
        : undefined,
      resources: sections.resources
        ? compact({
            contributions: contributions.length === 0 ? undefined : contributions,
            accessRules: text(resources?.accessRules),
            dataGovernance: text(resources?.dataGovernance),
          })
        : undefined,
      market:
        sections.market && (channels.length > 0 || territory !== undefined)
          ? compact({ channels, territory })
          : undefined,
      exit: compact({
        ipDisposition: text(exit?.ipDisposition),
        data: exit?.data,
        finalSettlement: exit?.finalSettlement,
        writeOff: number(exit?.writeOff),
        dataReturnCost: number(exit?.dataReturnCost),
      }),
      terms: (values.terms ?? []).map((term) => termDocument(term, parties)),
    }) ?? {}
  );
}
