/**
 * A partner's lifecycle status as the spec writes it (DESIGN.md "Lifecycle in the spec").
 * Incumbents are the partners the portfolio already runs.
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

/** `active` and `under-review`: the partners the portfolio already runs. */
export const INCUMBENT_STATUSES: readonly PartnerStatus[] = ['active', 'under-review'];

/** Never selected, ranked or proposed unless a user insists. */
export const EXCLUDED_STATUSES: readonly PartnerStatus[] = ['exiting', 'exited', 'rejected'];

export const isIncumbent = (status: PartnerStatus | undefined): boolean =>
  INCUMBENT_STATUSES.includes(status ?? 'candidate');

export const isExcluded = (status: PartnerStatus | undefined): boolean =>
  EXCLUDED_STATUSES.includes(status ?? 'candidate');
