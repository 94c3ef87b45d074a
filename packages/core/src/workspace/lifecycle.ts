/**
 * The partner lifecycle: the one list of statuses, the moves between them, and what each
 * status means for an analysis. The server adds the business rules that need its database
 * (packages/server/src/store/partner-status.ts); the web app offers the same moves.
 */

export const PARTNER_STATUSES = [
  'candidate',
  'negotiating',
  'active',
  'under-review',
  'exiting',
  'exited',
  'rejected',
] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/**
 * candidate → negotiating → active → under-review → exiting → exited; a candidate or a
 * negotiation may be rejected; talks may fall back to candidate; a review may end with
 * the partnership active again. `exited` and `rejected` are final (a rejected
 * organisation that comes back is a new candidate record).
 */
const TRANSITIONS: Readonly<Record<PartnerStatus, readonly PartnerStatus[]>> = {
  candidate: ['negotiating', 'rejected'],
  negotiating: ['active', 'candidate', 'rejected'],
  active: ['under-review'],
  'under-review': ['exiting', 'active'],
  exiting: ['exited'],
  exited: [],
  rejected: [],
};

export function allowedTransitions(from: PartnerStatus): readonly PartnerStatus[] {
  return TRANSITIONS[from];
}

export const isPartnerStatus = (value: unknown): value is PartnerStatus =>
  typeof value === 'string' && (PARTNER_STATUSES as readonly string[]).includes(value);

/** Partners the portfolio already runs: keeping one costs nothing extra, dropping one costs its exit. */
export const INCUMBENT_STATUSES = [
  'active',
  'under-review',
] as const satisfies readonly PartnerStatus[];

/** Partners no analysis considers unless the spec's `constraints.include` names them. */
export const EXCLUDED_STATUSES = [
  'exiting',
  'exited',
  'rejected',
] as const satisfies readonly PartnerStatus[];

/** A partner without a status (`undefined`) is a candidate. */
export const isIncumbentStatus = (status: PartnerStatus | undefined): boolean =>
  (INCUMBENT_STATUSES as readonly PartnerStatus[]).includes(status ?? 'candidate');

export type ExcludedStatus = (typeof EXCLUDED_STATUSES)[number];

export const isExcludedStatus = (status: PartnerStatus | undefined): status is ExcludedStatus =>
  (EXCLUDED_STATUSES as readonly PartnerStatus[]).includes(status ?? 'candidate');
