/**
 * The network screen's data: the coverage matrix, the needs (gaps and single points), the
 * critical partners, the settings (vocabulary and rules) and every partner's id, name,
 * kind and status (for the pickers). A workspace that is not a valid portfolio yet has no
 * graph answers: `graph` is then undefined and the screen says why.
 */
import { isApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type Coverage = Schemas['GraphCoverage'];
export type Gaps = Schemas['GraphGaps'];
export type Critical = Schemas['GraphCritical'];
export type MatchDocument = Schemas['GraphMatch'];
export type FocusDocument = Schemas['GraphFocus'];
export type RulesDocument = Schemas['GraphRules'];
const loadSettings = (slug: string) =>
  unwrap(api.GET('/api/workspaces/{slug}/settings', { params: { path: { slug } } }));
/** The settings as the settings route answers them. */
export type Settings = Awaited<ReturnType<typeof loadSettings>>['settings'];

export interface NetworkPartner {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly status: string;
}

export interface GraphAnswers {
  readonly coverage: Coverage;
  readonly gaps: Gaps;
  readonly critical: Critical;
}

export interface NetworkData {
  readonly partners: readonly NetworkPartner[];
  readonly settings: Settings;
  readonly settingsVersion: number;
  readonly graph?: GraphAnswers;
}

const PAGE = 500;

async function loadPartners(slug: string): Promise<NetworkPartner[]> {
  const partners: NetworkPartner[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await unwrap(
      api.GET('/api/workspaces/{slug}/partners', {
        params: { path: { slug }, query: { limit: PAGE, offset, sort: 'id' } },
      }),
    );
    for (const { id, name, kind, status } of page.items) partners.push({ id, name, kind, status });
    if (page.items.length === 0 || offset + page.items.length >= page.total) return partners;
  }
}

async function loadGraph(slug: string): Promise<GraphAnswers | undefined> {
  const params = { params: { path: { slug } } };
  try {
    const [coverage, gaps, critical] = await Promise.all([
      unwrap(api.GET('/api/workspaces/{slug}/graph/coverage', params)),
      unwrap(api.POST('/api/workspaces/{slug}/gaps', { ...params, body: {} })),
      unwrap(api.POST('/api/workspaces/{slug}/critical', { ...params, body: {} })),
    ]);
    return { coverage, gaps, critical };
  } catch (error) {
    if (isApiError(error) && error.status === 422) return undefined;
    throw error;
  }
}

export async function loadNetwork(slug: string): Promise<NetworkData> {
  const [partners, settings] = await Promise.all([loadPartners(slug), loadSettings(slug)]);
  const graph = partners.length === 0 ? undefined : await loadGraph(slug);
  return {
    partners,
    settings: settings.settings,
    settingsVersion: settings.version,
    ...(graph === undefined ? {} : { graph }),
  };
}
