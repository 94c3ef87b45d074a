/** The words for the agreements' enumerations, in the active language. */
import type { AgreementStatus, AgreementType, ObligationState } from '../../api/types';
import type { ToneColor } from '../../components/Tone';
import type { Translator } from '../../i18n/translator';
import type { ContributionKind, TermKind } from './form/agreement-values';
import type { EventKind } from './ledger-event';

type T = Translator['t'];

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = [
  'draft',
  'active',
  'ended',
  'terminated',
];
export const OBLIGATION_STATES: readonly ObligationState[] = [
  'open',
  'kept',
  'broken',
  'waived',
  'disputed',
];

export const typeLabel = (t: T, type: AgreementType) => t(`screen.agreements.type.${type}`);
export const statusLabel = (t: T, status: AgreementStatus) =>
  t(`screen.agreements.status.${status}`);
export const stateLabel = (t: T, state: ObligationState) =>
  t(`screen.agreements.obligationState.${state}`);
export const contributionLabel = (t: T, kind: ContributionKind) =>
  t(`screen.agreements.contribution.${kind}`);
export const termKindLabel = (t: T, kind: TermKind) => t(`screen.agreements.termKind.${kind}`);

/** A ledger entry's kind: the four money events, an obligation's outcome, or as stored. */
export function eventKindLabel(t: T, kind: string): string {
  switch (kind as EventKind | 'obligation') {
    case 'revenue':
    case 'cost':
    case 'usage':
    case 'milestone':
    case 'obligation':
      return t(`screen.agreements.eventKind.${kind as EventKind | 'obligation'}`);
    default:
      return kind;
  }
}

/** Tag colours per status (Ant Design presets, readable in both themes). */
export const STATUS_COLOR: Readonly<Record<AgreementStatus, ToneColor>> = {
  draft: 'default',
  active: 'green',
  ended: 'blue',
  terminated: 'red',
};
export const STATE_COLOR: Readonly<Record<ObligationState, ToneColor>> = {
  open: 'default',
  kept: 'green',
  broken: 'red',
  waived: 'blue',
  disputed: 'orange',
};
