/**
 * The partner kinds, statuses and lifecycle moves the screen offers, from core (the same
 * graph the server enforces): the server stays the judge, and a refused move (409) comes
 * back with the moves it allows, which the screen then offers instead.
 */
import { allowedTransitions, isPartnerStatus, PARTNER_KINDS, PARTNER_STATUSES } from '../../engine';
import type { PartnerView as Partner } from './views';

export type PartnerKind = Partner['kind'];
export type PartnerStatus = Partner['status'];

export const KINDS: readonly PartnerKind[] = PARTNER_KINDS;

export const STATUSES: readonly PartnerStatus[] = PARTNER_STATUSES;

export const allowedMoves = (from: PartnerStatus): readonly PartnerStatus[] =>
  allowedTransitions(from);

export const isStatus = (value: unknown): value is PartnerStatus => isPartnerStatus(value);
