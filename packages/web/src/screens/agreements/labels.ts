/**
 * The words for the agreement screen's own enumerations, in the active language (an
 * agreement's type and status, shown on other screens too, are in components/).
 */
import type { ObligationState } from '../../api/types';
import type { ToneColor } from '../../components/Tone';
import type { Translator } from '../../i18n/translator';
import type { ContributionKind, TermKind } from './form/agreement-values';
import type { EventKind } from './ledger-event';

type T = Translator['t'];

export const OBLIGATION_STATES: readonly ObligationState[] = [
  'open',
  'kept',
  'broken',
  'waived',
  'disputed',
];

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

/** Tag colours per obligation state (Ant Design presets, readable in both themes). */
export const STATE_COLOR: Readonly<Record<ObligationState, ToneColor>> = {
  open: 'default',
  kept: 'green',
  broken: 'red',
  waived: 'blue',
  disputed: 'orange',
};
