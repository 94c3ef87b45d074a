import type { Row } from '../db/schema.js';
import { appendAudit } from './audit.js';
import { chunks } from './batch.js';
import { recordEstimateHistory } from './estimate-history.js';
import type { ParsedPartnerRow } from './import-rows.js';
import type { ImportFormat } from './import-table.js';
import { combinedScoresJson, combineScores, readAssessorScores } from './partner-scores.js';
import { upsertPartnerRows } from './partner-upsert.js';
import { SPEC_ASSESSOR, upsertScores } from './partner-writes.js';
import { newId, now, type Trx } from './tx.js';

/** A row that would be written: a new partner, or changes to the one with that id. */
export interface ImportedRow {
  readonly row: number;
  readonly action: 'create' | 'update';
  readonly partner: ParsedPartnerRow;
}

export interface ImportSummary {
  readonly created: number;
  readonly updated: number;
  readonly assessments: number;
  readonly estimates: number;
}

/**
 * Writes checked import rows inside the caller's write transaction: partners by
 * multi-row upsert on (workspace, key), merged with the stored record (an empty cell
 * keeps the old value), then estimates and scores (assessor `spec`), then one audit entry.
 */
export async function writeRows(
  trx: Trx,
  workspaceId: string,
  rows: readonly ImportedRow[],
  existing: ReadonlyMap<string, Row<'partners'>>,
  actor: string | null,
  format: ImportFormat,
): Promise<ImportSummary> {
  const at = now(trx);
  let position =
    [...existing.values()].reduce((max, r) => Math.max(max, Number(r.position)), -1) + 1;
  const combined = await combinedAfterImport(trx, rows, existing);
  const ids = new Map<string, string>();
  const values = rows.map(({ partner: p }) => {
    const old = existing.get(p.id);
    const id = old?.id ?? newId();
    ids.set(p.id, id);
    const uses = { ...(old ? (JSON.parse(old.uses) as Record<string, number>) : {}), ...p.uses };
    return {
      id,
      workspace_id: workspaceId,
      key: p.id,
      name: p.name ?? old?.name ?? p.id,
      kind: p.kind ?? old?.kind ?? 'other',
      status: p.status ?? old?.status ?? 'candidate',
      domains: p.domains ? JSON.stringify(p.domains) : (old?.domains ?? '[]'),
      offers: p.offers ? JSON.stringify(p.offers) : (old?.offers ?? '[]'),
      contacts: old?.contacts ?? '[]',
      uses: JSON.stringify(uses),
      alpha: p.alpha ?? old?.alpha ?? null,
      beta: p.beta ?? old?.beta ?? null,
      notes: p.notes ?? old?.notes ?? '',
      position: old ? Number(old.position) : position++,
      version: 1,
      created_at: at,
      updated_at: at,
      combined_scores: combined.get(p.id) ?? old?.combined_scores ?? '{}',
    };
  });
  await upsertPartnerRows(trx, values, ['notes', 'combined_scores']);
  const estimates = await writeEstimates(trx, workspaceId, rows, ids, at);
  const scores = rows.flatMap(({ partner }) =>
    Object.entries(partner.scores).map(([criterion, score]) => ({
      partnerRowId: ids.get(partner.id) ?? '',
      criterion,
      assessor: SPEC_ASSESSOR,
      score,
    })),
  );
  // The combined scores went in with the partner rows (combinedAfterImport).
  await upsertScores(trx, workspaceId, scores, at, { refresh: false });
  const created = rows.filter((r) => r.action === 'create').length;
  const summary = {
    created,
    updated: rows.length - created,
    assessments: scores.length,
    estimates,
  };
  await appendAudit(trx, {
    workspaceId,
    actor,
    action: 'partners.import',
    entity: 'workspace',
    entityId: workspaceId,
    before: null,
    after: { format, ...summary },
    at,
  });
  return summary;
}

/**
 * The combined scores (JSON) of the imported partners that get scores: their assessments
 * after the import (the stored ones, with assessor `spec`'s replaced by the file's) and
 * their mean (partner-scores.ts). The caller holds the partners' rows locked (PostgreSQL)
 * or the write lock (SQLite), so no other assessment of them lands meanwhile.
 */
async function combinedAfterImport(
  trx: Trx,
  rows: readonly ImportedRow[],
  existing: ReadonlyMap<string, Row<'partners'>>,
): Promise<Map<string, string>> {
  const scored = rows.filter(({ partner }) => Object.keys(partner.scores).length > 0);
  const stored = await readAssessorScores(trx, {
    partnerRowIds: scored.flatMap(({ partner }) => existing.get(partner.id)?.id ?? []),
  });
  const out = new Map<string, string>();
  for (const { partner } of scored) {
    const rowId = existing.get(partner.id)?.id;
    const entries = (rowId === undefined ? [] : (stored.get(rowId) ?? [])).filter(
      (e) => !(e.assessor === SPEC_ASSESSOR && Object.hasOwn(partner.scores, e.criterion)),
    );
    for (const [criterion, score] of Object.entries(partner.scores)) {
      entries.push({ criterion, assessor: SPEC_ASSESSOR, score });
    }
    out.set(partner.id, combinedScoresJson(combineScores(entries)));
  }
  return out;
}

async function writeEstimates(
  trx: Trx,
  workspaceId: string,
  rows: readonly ImportedRow[],
  ids: ReadonlyMap<string, string>,
  at: string,
): Promise<number> {
  const touched = rows.filter(
    (r) => r.partner.cost !== undefined || r.partner.return !== undefined,
  );
  if (touched.length === 0) return 0;
  const stored = new Map(
    (
      await trx
        .selectFrom('estimates')
        .select(['partner_id', 'cost', 'return', 'version'])
        .where('workspace_id', '=', workspaceId)
        .execute()
    ).map((r) => [r.partner_id, r]),
  );
  const values = touched.map(({ partner: p }) => {
    const id = ids.get(p.id) ?? '';
    const old = stored.get(id);
    return {
      partner_id: id,
      workspace_id: workspaceId,
      cost: p.cost === undefined ? (old?.cost ?? 'null') : JSON.stringify(p.cost),
      return: p.return === undefined ? (old?.return ?? 'null') : JSON.stringify(p.return),
      version: 1,
      updated_at: at,
    };
  });
  await recordEstimateHistory(
    trx,
    workspaceId,
    values.map((v) => {
      const old = stored.get(v.partner_id);
      return {
        partnerRowId: v.partner_id,
        version: old === undefined ? 1 : Number(old.version) + 1,
        cost: v.cost,
        return: v.return,
        before: old === undefined ? undefined : { cost: old.cost, return: old.return },
      };
    }),
    at,
  );
  for (const batch of chunks(values)) {
    await trx
      .insertInto('estimates')
      .values(batch)
      .onConflict((oc) =>
        oc.column('partner_id').doUpdateSet((eb) => ({
          cost: eb.ref('excluded.cost'),
          return: eb.ref('excluded.return'),
          updated_at: eb.ref('excluded.updated_at'),
          version: eb('estimates.version', '+', 1),
        })),
      )
      .execute();
  }
  return values.length;
}
