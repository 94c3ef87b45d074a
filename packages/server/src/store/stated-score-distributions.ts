import type { SpecDistribution } from '@partnerfolio/core';
import { parseJson } from './canonical-json.js';
import type { Trx } from './tx.js';

type Cells = Record<string, SpecDistribution>;

/**
 * The uncertain scores stated in the spec (`scoreDistributions`, stored as written by
 * `PUT .../spec`), by partner key, only on the current criteria (a criterion since
 * removed is left out, as its score is).
 */
export async function readStatedScoreDistributions(
  trx: Trx,
  workspaceId: string,
  criteria: ReadonlySet<string>,
): Promise<Map<string, Cells>> {
  const rows = await trx
    .selectFrom('partners')
    .select(['key', 'score_distributions'])
    .where('workspace_id', '=', workspaceId)
    .where('score_distributions', 'is not', null)
    .execute();
  const out = new Map<string, Cells>();
  for (const row of rows) {
    if (row.score_distributions === null) continue;
    const stated = parseJson<Cells>(row.score_distributions);
    const kept = Object.fromEntries(Object.entries(stated).filter(([c]) => criteria.has(c)));
    if (Object.keys(kept).length > 0) out.set(row.key, kept);
  }
  return out;
}

/**
 * A partner's uncertain scores for SMAA: the assessors' spread where they disagree, and
 * a stated distribution wins over it on the same criterion (the person who stated it
 * said what the uncertainty is; the spread only guesses it from disagreement).
 */
export function uncertainScores(
  spread: Cells | undefined,
  stated: Cells | undefined,
): Cells | undefined {
  if (spread === undefined && stated === undefined) return undefined;
  return { ...spread, ...stated };
}
