/**
 * Who is looking at an agreement's seat panels: the workspace's team (answering for any
 * party, when it may write) or a partner's contact (answering only as its own party).
 */
import type { ReactNode } from 'react';
import type { Agreement, Amendment, StatementStatus } from '../../api/types';
import type { MessageKey } from '../../i18n/en';
import type { ToneColor } from '../Tone';

export type Seat =
  | { readonly kind: 'team'; readonly canWrite: boolean }
  | { readonly kind: 'partner'; readonly party: string | null };

export interface SeatProps {
  readonly slug: string;
  readonly agreement: Agreement;
  readonly seat: Seat;
  readonly partyName: (party: string) => string;
  /**
   * The editor of a draft amendment, for the team's agreement page (it is built from the
   * agreement form's parts, which a shared component may not import); the portal has none.
   */
  readonly renderDraftEditor?: (props: DraftEditorProps) => ReactNode;
}

/** The terms a draft amends: the latest version in force (the agreement's own, or an accepted amendment). */
export interface TermsInForce {
  readonly version: number;
  readonly effectiveFrom: string;
  readonly document: Agreement['document'];
}

export interface DraftEditorProps {
  readonly draft: Amendment;
  readonly inForce: TermsInForce;
  readonly onClose: () => void;
  /** Saved, proposed or discarded: the list reloads. */
  readonly onChanged: () => void;
}

/** The terms in force: as the server's `termsVersions`, the last accepted version. */
export function termsInForce(agreement: Agreement, amendments: readonly Amendment[]): TermsInForce {
  const accepted = amendments.filter((a) => a.status === 'accepted');
  const last = accepted[accepted.length - 1];
  return last === undefined
    ? { version: 1, effectiveFrom: agreement.start, document: agreement.document }
    : { version: last.version, effectiveFrom: last.effectiveFrom, document: last.document };
}

/** The parties the viewer may answer for. */
export function answerableParties(seat: Seat, agreement: Agreement): string[] {
  if (seat.kind === 'partner') return seat.party === null ? [] : [seat.party];
  return seat.canWrite ? agreement.parties.map((p) => p.party) : [];
}

/** A partner's contact's party on an agreement, from its partner's key. */
export function partyOfPartner(
  agreement: Agreement,
  partnerKey: string | undefined,
): string | null {
  return (
    agreement.parties.find((p) => p.partner !== null && p.partner === partnerKey)?.party ?? null
  );
}

export const STATUS_KEYS: Record<StatementStatus, MessageKey & `screen.seat.status.${string}`> = {
  open: 'screen.seat.status.open',
  disputed: 'screen.seat.status.disputed',
  final: 'screen.seat.status.final',
  superseded: 'screen.seat.status.superseded',
};

export const STATUS_TONE: Record<StatementStatus, ToneColor> = {
  open: 'blue',
  disputed: 'red',
  final: 'green',
  superseded: 'default',
};

export interface StatementLine {
  readonly term: string;
  readonly party: string;
  readonly amount: number;
  readonly explain?: string;
}
