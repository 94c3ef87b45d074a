/**
 * The shapes the screen reads, as the client returns them (openapi-fetch's `Readable`
 * widens the schema's tuples to arrays, so a read record is not the schema type itself).
 */
import { api, unwrap } from '../../api/client';

export const fetchPartner = (slug: string, id: string) =>
  unwrap(api.GET('/api/workspaces/{slug}/partners/{id}', { params: { path: { slug, id } } }));

export const fetchEstimate = (slug: string, id: string) =>
  unwrap(
    api.GET('/api/workspaces/{slug}/partners/{id}/estimate', { params: { path: { slug, id } } }),
  );

export const fetchSynergies = (slug: string, partner: string) =>
  unwrap(
    api.GET('/api/workspaces/{slug}/synergies', {
      params: { path: { slug }, query: { partner } },
    }),
  );

export type PartnerView = Awaited<ReturnType<typeof fetchPartner>>;
export type EstimateView = Awaited<ReturnType<typeof fetchEstimate>>;
export type SynergyView = Awaited<ReturnType<typeof fetchSynergies>>[number];
export type DistributionView = NonNullable<PartnerView['cost']>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A 409's `current` when it is a partner record. */
export const isPartnerView = (value: unknown): value is PartnerView =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  typeof value.version === 'number' &&
  typeof value.status === 'string';

/** A 409's `current` when it is an estimate. */
export const isEstimateView = (value: unknown): value is EstimateView =>
  isRecord(value) && typeof value.partner === 'string' && typeof value.version === 'number';
