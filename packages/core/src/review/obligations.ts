/**
 * Obligations and milestones of a running partnership, and the only ways their state may
 * change. Kept and broken obligations are the evidence trust is built from (trust.ts), so
 * the rules below keep that evidence honest.
 */
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { dateIssue, type IsoDate } from './dates.js';

export const OBLIGATION_STATES = ['open', 'kept', 'broken', 'waived', 'disputed'] as const;
export type ObligationState = (typeof OBLIGATION_STATES)[number];

export interface Obligation {
  readonly id: string;
  readonly title: string;
  readonly kind: 'obligation' | 'milestone';
  /** The party that owes it (a partner id, or our own). */
  readonly owner: string;
  readonly dueDate: IsoDate;
  readonly state: ObligationState;
  /** When it was kept, broken or waived. */
  readonly resolvedAt?: IsoDate;
  readonly evidence?: string;
}

/**
 * open → kept | broken | waived | disputed; disputed → kept | broken | waived.
 * kept, broken and waived are final, except that a correction reopens one as `disputed`:
 * a settled outcome is never flipped straight to another, so every change of a record
 * that trust already counted goes through a dispute that names its evidence.
 * Nothing returns to `open`: once due and acted upon, an obligation stays on the record.
 */
export const OBLIGATION_TRANSITIONS: Readonly<Record<ObligationState, readonly ObligationState[]>> =
  {
    open: ['kept', 'broken', 'waived', 'disputed'],
    disputed: ['kept', 'broken', 'waived'],
    kept: ['disputed'],
    broken: ['disputed'],
    waived: ['disputed'],
  };

/** States that need evidence to enter: each is a claim against, or a release of, a party. */
export const EVIDENCE_REQUIRED_FOR: readonly ObligationState[] = ['broken', 'waived', 'disputed'];

/**
 * Whether `from → to` is allowed. Evidence (non-blank text) is required to enter broken,
 * waived or disputed, and to leave disputed whatever the outcome: a dispute means the
 * parties disagreed, so the record says what settled it. Kept from open needs none.
 */
export function checkObligationTransition(
  from: ObligationState,
  to: ObligationState,
  options: { readonly evidence?: string | undefined } = {},
): Result<ObligationState> {
  const issues: Issue[] = [];
  const allowed = OBLIGATION_TRANSITIONS[from] ?? [];
  if (!allowed.includes(to)) {
    issues.push({
      code: 'invalid_transition',
      path: ['state'],
      message:
        allowed.length === 0
          ? `\`${from}\` is not a known obligation state`
          : `an obligation cannot go from \`${from}\` to \`${to}\`; from \`${from}\` it can become ${allowed.map((s) => `\`${s}\``).join(', ')}`,
    });
  }
  const needsEvidence = EVIDENCE_REQUIRED_FOR.includes(to) || from === 'disputed';
  if (needsEvidence && (options.evidence ?? '').trim() === '') {
    issues.push({
      code: 'evidence_required',
      path: ['evidence'],
      message: `moving an obligation from \`${from}\` to \`${to}\` needs evidence: say what happened (a document, a message, a date)`,
    });
  }
  return issues.length > 0 ? fail(issues) : ok(to);
}

export const isFinalObligationState = (state: ObligationState): boolean =>
  state === 'kept' || state === 'broken' || state === 'waived';

/**
 * The obligation after a checked transition: a final state records `today` as
 * `resolvedAt`; a dispute clears it, since the outcome is no longer settled.
 */
export function transitionObligation(
  obligation: Obligation,
  to: ObligationState,
  options: { readonly evidence?: string | undefined; readonly today: IsoDate },
): Result<Obligation> {
  const checked = checkObligationTransition(obligation.state, to, options);
  if (!checked.ok) return checked;
  const badToday = dateIssue(options.today, ['today'], 'today');
  if (badToday !== undefined) return fail([badToday]);
  const { resolvedAt: _dropped, evidence: previous, ...rest } = obligation;
  const evidence = options.evidence?.trim() || previous;
  return ok({
    ...rest,
    state: to,
    ...(isFinalObligationState(to) ? { resolvedAt: options.today } : {}),
    ...(evidence === undefined ? {} : { evidence }),
  });
}
