/** The Evidence screen's requests: the stored outcomes, the CSV import, the attribution. */
import { api, unwrap } from '../../api/client';
import type { AcceptedJob, AttributionDocument, OutcomesSummary } from '../../api/types';

export type Method = 'sdid' | 'sc' | 'did';
export const METHODS: readonly Method[] = ['sdid', 'sc', 'did'];

export interface EvidenceData {
  readonly outcomes: OutcomesSummary;
  /** Agreement code → title, for the agreements the workspace has. */
  readonly titles: ReadonlyMap<string, string>;
}

export async function loadEvidence(slug: string): Promise<EvidenceData> {
  const [outcomes, agreements] = await Promise.all([
    unwrap(api.GET('/api/workspaces/{slug}/outcomes', { params: { path: { slug } } })),
    unwrap(api.GET('/api/workspaces/{slug}/agreements', { params: { path: { slug } } })),
  ]);
  return { outcomes, titles: new Map(agreements.map((a) => [a.code, a.title])) };
}

export interface AttributionRequest {
  readonly outcome: string;
  readonly agreement: string;
  readonly method: Method;
  readonly placebo: number;
  readonly seed: number;
}

export type AttributionAnswer =
  | { readonly kind: 'result'; readonly document: AttributionDocument }
  | { readonly kind: 'job'; readonly jobId: string };

export async function runAttribution(
  slug: string,
  request: AttributionRequest,
): Promise<AttributionAnswer> {
  const data = await unwrap(
    api.POST('/api/workspaces/{slug}/attribute', { params: { path: { slug } }, body: request }),
  );
  return 'job' in data && 'links' in data
    ? { kind: 'job', jobId: (data as AcceptedJob).job.id }
    : { kind: 'result', document: data as AttributionDocument };
}

export interface ImportRequest {
  readonly file: File;
  readonly unit: string;
  readonly time: string;
  readonly outcomes: readonly string[];
  readonly treated?: string | undefined;
  readonly agreement?: string | undefined;
  readonly kind?: string | undefined;
}

export function importOutcomes(slug: string, request: ImportRequest) {
  const { file, outcomes, treated, agreement, kind, unit, time } = request;
  return unwrap(
    api.POST('/api/workspaces/{slug}/imports/outcomes', {
      params: {
        path: { slug },
        query: {
          unit,
          time,
          outcomes: outcomes.join(','),
          ...(treated ? { treated } : {}),
          ...(agreement ? { agreement } : {}),
          ...(kind ? { kind } : {}),
        },
      },
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as File,
      headers: { 'content-type': 'text/csv' },
    }),
  );
}

/** The header names of a CSV file (delimiter: the most frequent of , ; tab on the first line). */
export function csvHeaderNames(text: string): string[] {
  const first = (text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').trim();
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  const [delimiter] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return first
    .split(delimiter)
    .map((h) => h.trim().replace(/^"(.*)"$/, '$1'))
    .filter((h) => h !== '');
}
