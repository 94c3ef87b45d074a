/**
 * Bulk edits: one request per selected partner, each with the version that row was read
 * at, a few at a time. Every row's outcome is kept, so the person sees which rows were
 * refused and why (changed by someone else, or a lifecycle move not allowed from there).
 */

import { isApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { PartnerStatus } from './lifecycle';
import type { PartnerView as Partner } from './views';

export type BulkChange =
  | { readonly kind: 'status'; readonly to: PartnerStatus }
  | { readonly kind: 'domain'; readonly domain: string };

export type BulkFailure =
  | { readonly id: string; readonly reason: 'conflict' }
  | { readonly id: string; readonly reason: 'notAllowed'; readonly from: PartnerStatus }
  | { readonly id: string; readonly reason: 'error'; readonly error: unknown };

export interface BulkResult {
  readonly changed: number;
  readonly failures: readonly BulkFailure[];
}

const CONCURRENCY = 6;

async function applyOne(slug: string, partner: Partner, change: BulkChange): Promise<void> {
  const path = { slug, id: partner.id };
  if (change.kind === 'status') {
    await unwrap(
      api.POST('/api/workspaces/{slug}/partners/{id}/status', {
        params: { path },
        body: { to: change.to, version: partner.version },
      }),
    );
    return;
  }
  if (partner.domains.includes(change.domain)) return;
  await unwrap(
    api.PATCH('/api/workspaces/{slug}/partners/{id}', {
      params: { path },
      body: { domains: [...partner.domains, change.domain], version: partner.version },
    }),
  );
}

function failureOf(partner: Partner, error: unknown): BulkFailure {
  if (isApiError(error) && error.status === 409) {
    // A stale version answers with `current`; a refused move with `allowed`.
    if (error.problem?.allowed !== undefined) {
      return { id: partner.id, reason: 'notAllowed', from: partner.status };
    }
    return { id: partner.id, reason: 'conflict' };
  }
  return { id: partner.id, reason: 'error', error };
}

export async function applyBulk(
  slug: string,
  partners: readonly Partner[],
  change: BulkChange,
): Promise<BulkResult> {
  const failures: BulkFailure[] = [];
  let changed = 0;
  let next = 0;
  const worker = async () => {
    while (next < partners.length) {
      const partner = partners[next++];
      if (partner === undefined) break;
      try {
        await applyOne(slug, partner, change);
        changed += 1;
      } catch (error) {
        failures.push(failureOf(partner, error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, partners.length) }, worker));
  failures.sort((a, b) => a.id.localeCompare(b.id));
  return { changed, failures };
}
