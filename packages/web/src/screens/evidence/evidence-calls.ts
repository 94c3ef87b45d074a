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

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The upload's content type: XLSX by its name or type, else CSV (the server detects the delimiter). */
export const fileType = (file: Pick<File, 'name' | 'type'>): string =>
  file.type === XLSX_TYPE || /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv';

const fileBody = (file: File) => ({
  body: file as unknown as string,
  bodySerializer: (body: unknown) => body as File,
  headers: { 'content-type': fileType(file) },
});

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
      ...fileBody(file),
    }),
  );
}

/** The header row of a CSV or XLSX file, read by the server as the import will read it. */
export async function fileHeaderNames(slug: string, file: File): Promise<string[]> {
  const { headers } = await unwrap(
    api.POST('/api/workspaces/{slug}/imports/outcomes/headers', {
      params: { path: { slug } },
      ...fileBody(file),
    }),
  );
  return headers.filter((h) => h !== '');
}

/** One outcome's observations, to edit. */
export const loadSeries = (slug: string, outcome: string) =>
  unwrap(
    api.GET('/api/workspaces/{slug}/outcomes/series', {
      params: { path: { slug }, query: { outcome } },
    }),
  );

export interface PointInput {
  readonly unit: string;
  readonly period: string;
  readonly outcome: string;
  readonly value: number;
}

/** Adds or replaces observations (by unit, outcome and period), all or nothing. */
export const savePoints = (slug: string, points: readonly PointInput[]) =>
  unwrap(
    api.PUT('/api/workspaces/{slug}/outcomes', {
      params: { path: { slug } },
      body: { points: [...points] },
    }),
  );
