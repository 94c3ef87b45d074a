/**
 * The partner kinds, statuses and lifecycle moves the screen offers. The moves mirror the
 * server's table (packages/server/src/store/partner-status.ts): the server stays the
 * judge, and a refused move (409) comes back with the moves it allows, which the screen
 * then offers instead.
 */
import type { PartnerView as Partner } from './views';

export type PartnerKind = Partner['kind'];
export type PartnerStatus = Partner['status'];

export const KINDS: readonly PartnerKind[] = ['academic', 'enterprise', 'government', 'other'];

export const STATUSES: readonly PartnerStatus[] = [
  'candidate',
  'negotiating',
  'active',
  'under-review',
  'exiting',
  'exited',
  'rejected',
];

const TRANSITIONS: Readonly<Record<PartnerStatus, readonly PartnerStatus[]>> = {
  candidate: ['negotiating', 'rejected'],
  negotiating: ['active', 'candidate', 'rejected'],
  active: ['under-review'],
  'under-review': ['exiting', 'active'],
  exiting: ['exited'],
  exited: [],
  rejected: [],
};

export const allowedMoves = (from: PartnerStatus): readonly PartnerStatus[] => TRANSITIONS[from];

export const isStatus = (value: unknown): value is PartnerStatus =>
  typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
