/**
 * Learning the selection standard: ask the server, and adopt the proposed weights as a new
 * version of the criteria set (direct weighting, the set's criteria and normalisation kept).
 */
import { api, unwrap } from '../../api/client';

export type SuccessMeasure = 'realised-net' | 'settled-net' | 'attributed-effect';
export const SUCCESS_MEASURES: readonly SuccessMeasure[] = [
  'realised-net',
  'settled-net',
  'attributed-effect',
];

export const learnStandard = (
  slug: string,
  seed: number,
  success: SuccessMeasure = 'realised-net',
  outcome?: string,
) =>
  unwrap(
    api.POST('/api/workspaces/{slug}/learn-standard', {
      params: { path: { slug } },
      body: {
        seed,
        bootstrap: 1000,
        success,
        ...(success === 'attributed-effect' && outcome ? { outcome } : {}),
      },
    }),
  );

/** Saves the weights as the next criteria version; answers the new version number. */
export async function adoptWeights(
  slug: string,
  weights: Readonly<Record<string, number>>,
): Promise<number> {
  const current = await unwrap(
    api.GET('/api/workspaces/{slug}/criteria', { params: { path: { slug } } }),
  );
  const saved = await unwrap(
    api.PUT('/api/workspaces/{slug}/criteria', {
      params: { path: { slug } },
      body: {
        criteria: current.criteria.map((c) => ({
          id: c.id,
          name: c.name ?? c.id,
          kind: c.kind,
          weight: weights[c.id] ?? 0,
        })),
        weighting: { method: 'direct' },
        normalization: current.normalization,
        version: current.version,
      },
    }),
  );
  return saved.version;
}

export type Learned = Awaited<ReturnType<typeof learnStandard>>;
