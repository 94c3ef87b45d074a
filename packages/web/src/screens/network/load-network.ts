/**
 * The network's data: every partner (the list, page by page), the synergies, the offers
 * `constraints.cover` requires, and the current optimal selection (POST optimize). A
 * workspace that cannot be optimised yet still shows its graph, without a selection.
 */
import { isApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { OptimizeDocument } from '../../api/types';
import type { NetworkPartner, NetworkSynergy } from './build-graph';

const PAGE = 500;

export interface NetworkData {
  readonly partners: readonly NetworkPartner[];
  readonly synergies: readonly NetworkSynergy[];
  readonly required: readonly string[];
  /** The optimal selection; undefined when there is none (invalid or infeasible portfolio). */
  readonly selected?: ReadonlySet<string>;
  readonly optimizeStatus: OptimizeDocument['status'] | 'invalid';
}

async function loadPartners(slug: string): Promise<NetworkPartner[]> {
  const partners: NetworkPartner[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await unwrap(
      api.GET('/api/workspaces/{slug}/partners', {
        params: { path: { slug }, query: { limit: PAGE, offset, sort: 'id' } },
      }),
    );
    for (const { id, name, kind, offers, domains } of page.items) {
      partners.push({ id, name, kind, offers, domains });
    }
    if (page.items.length === 0 || offset + page.items.length >= page.total) return partners;
  }
}

async function loadSelection(
  slug: string,
): Promise<Pick<NetworkData, 'selected' | 'optimizeStatus'>> {
  try {
    const answer = await unwrap(
      api.POST('/api/workspaces/{slug}/optimize', { params: { path: { slug } }, body: {} }),
    );
    if (!('status' in answer)) throw new Error('optimize answered with a job');
    return answer.status === 'optimal'
      ? { selected: new Set(answer.selected), optimizeStatus: answer.status }
      : { optimizeStatus: answer.status };
  } catch (error) {
    if (isApiError(error) && error.status === 422) return { optimizeStatus: 'invalid' };
    throw error;
  }
}

export async function loadNetwork(slug: string): Promise<NetworkData> {
  const [partners, synergies, settings] = await Promise.all([
    loadPartners(slug),
    unwrap(api.GET('/api/workspaces/{slug}/synergies', { params: { path: { slug } } })),
    unwrap(api.GET('/api/workspaces/{slug}/settings', { params: { path: { slug } } })),
  ]);
  const selection =
    partners.length === 0 ? { optimizeStatus: 'invalid' as const } : await loadSelection(slug);
  return {
    partners,
    synergies: synergies.map(({ between, value }) => ({ between, value })),
    required: settings.settings.constraints.cover,
    ...selection,
  };
}
