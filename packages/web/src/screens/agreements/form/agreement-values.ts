/**
 * The new-agreement form's values. They mirror the agreement document's shape (maps keyed
 * by party, terms as one-key items) so that a server problem's field path
 * (`document.terms[0].revenueShare.tiers[1].upTo`) is also the path of the field at fault.
 */
import type { AgreementType } from '../../../api/types';
import { US } from '../../../app/parties';

export const AGREEMENT_TYPES: readonly AgreementType[] = [
  'joint-rnd',
  'resource-sharing',
  'market-cooperation',
  'consortium',
];
export const CONTRIBUTION_KINDS = ['data', 'compute', 'talent', 'other'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const TERM_KINDS = ['revenueShare', 'costShare', 'milestone'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** A share as typed: `0.6`, `60%` or `1/3` (see shares.ts). */
export type ShareText = string | undefined;
export type PartyMap<T> = Partial<Record<string, T>>;

export interface TierValues {
  readonly upTo?: number | null;
  readonly shares?: PartyMap<ShareText>;
}

export interface TermValues {
  readonly kind: TermKind;
  readonly revenueShare?: {
    readonly source?: string;
    readonly collector?: string;
    readonly tiers?: readonly TierValues[];
    readonly cap?: PartyMap<number | null>;
  };
  readonly costShare?: {
    readonly pool?: string;
    readonly byUse?: boolean;
    readonly split?: PartyMap<ShareText>;
  };
  readonly milestone?: {
    readonly id?: string;
    readonly payer?: string;
    readonly payee?: string;
    readonly amount?: number | null;
    readonly due?: string;
    readonly description?: string;
  };
}

export interface ContributionValues {
  readonly party?: string;
  readonly kind?: ContributionKind;
  readonly description?: string;
  readonly quantity?: string;
}

export interface AgreementFormValues {
  readonly type: AgreementType;
  readonly id?: string;
  readonly title?: string;
  /** The partners taking part; `us` is always the first party. */
  readonly partners?: readonly string[];
  readonly start?: string;
  readonly end?: string;
  readonly noticeDays?: number | null;
  readonly currency?: string;
  readonly renewal?: { readonly automatic?: boolean; readonly periodMonths?: number | null };
  readonly ip?: {
    readonly foreground?: PartyMap<ShareText>;
    readonly background?: PartyMap<string>;
    readonly publication?: string;
    readonly licensing?: string;
  };
  readonly resources?: {
    readonly contributions?: readonly ContributionValues[];
    readonly accessRules?: string;
    readonly dataGovernance?: string;
  };
  readonly market?: { readonly channels?: readonly string[]; readonly territory?: string };
  readonly exit?: {
    readonly ipDisposition?: string;
    readonly data?: 'return' | 'delete';
    readonly finalSettlement?: boolean;
    /** What leaving writes off, and what returning the shared data costs (the exit cost). */
    readonly writeOff?: number | null;
    readonly dataReturnCost?: number | null;
  };
  readonly terms?: readonly TermValues[];
}

/** Which optional sections each type of agreement shows. */
export const SECTIONS: Readonly<
  Record<AgreementType, { ip: boolean; resources: boolean; market: boolean }>
> = {
  'joint-rnd': { ip: true, resources: false, market: false },
  'resource-sharing': { ip: false, resources: true, market: false },
  'market-cooperation': { ip: false, resources: false, market: true },
  consortium: { ip: true, resources: true, market: false },
};

/** A consortium has several partners besides us. */
export const minPartners = (type: AgreementType): number => (type === 'consortium' ? 2 : 1);

export const partiesOf = (values: Pick<AgreementFormValues, 'partners'>): string[] => [
  US,
  ...(values.partners ?? []).filter((p) => p !== US),
];

export function newTerm(kind: TermKind, parties: readonly string[]): TermValues {
  const other = parties.find((p) => p !== US) ?? '';
  switch (kind) {
    case 'revenueShare':
      return {
        kind,
        revenueShare: { source: '', collector: US, tiers: [{ upTo: null, shares: {} }], cap: {} },
      };
    case 'costShare':
      return { kind, costShare: { pool: '', byUse: false, split: {} } };
    case 'milestone':
      return { kind, milestone: { id: '', payer: US, payee: other, amount: null } };
  }
}

export const initialValues = (): AgreementFormValues => ({
  type: 'joint-rnd',
  partners: [],
  renewal: { automatic: false },
  exit: { finalSettlement: true },
  terms: [],
});
