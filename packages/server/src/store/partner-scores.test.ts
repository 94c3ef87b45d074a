/**
 * `partners.combined_scores` stays true: after every kind of assessment write (single
 * writes and deletes, bulk imports, the partner form, the CSV import, the spec replace,
 * a restore, the migration's backfill, concurrent writers) it equals the mean over the
 * assessors computed from the assessments themselves.
 */
import { expect, it } from 'vitest';
import type { Db } from '../db/connect.js';
import { migrateToLatest, migratorOf } from '../db/connect.js';
import { createTestDatabase, describeEachDatabase } from '../test-support/databases.js';
import {
  deleteAssessment,
  importAssessments,
  listAssessments,
  upsertAssessment,
} from './assessments.js';
import { backupDatabase, restoreDatabase } from './backup.js';
import { listPartners } from './partner-list.js';
import { combinedScoresJson, computeCombinedScores } from './partner-scores.js';
import { createPartner, getPartner, updatePartner } from './partners.js';
import { importPartners } from './partners-import.js';
import { replaceWorkspaceFromSpec } from './spec-replace.js';
import { createTestWorkspace } from './test-support/factories.js';

/** The mean per criterion as the database computes it (the aggregate each read used to run). */
async function sqlAverages(db: Db, workspaceId: string) {
  const rows = await db.kysely
    .selectFrom('assessments')
    .select((eb) => ['partner_id', 'criterion', eb.fn.avg<number>('score').as('score')])
    .where('workspace_id', '=', workspaceId)
    .groupBy(['partner_id', 'criterion'])
    .execute();
  const out = new Map<string, Record<string, number>>();
  for (const row of rows) {
    out.set(row.partner_id, { ...out.get(row.partner_id), [row.criterion]: Number(row.score) });
  }
  return out;
}

/**
 * Every partner's column against its assessments: the same text as computed afresh, and
 * the same criteria and (to rounding) the same means as the database's own `avg`.
 */
async function expectCombinedTrue(db: Db, workspaceId: string): Promise<number> {
  const rows = await db.kysely
    .selectFrom('partners')
    .select(['id', 'key', 'combined_scores'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const scores = await computeCombinedScores(db.kysely, { workspaceId });
  const wrong = rows.filter(
    (r) => r.combined_scores !== combinedScoresJson(scores.get(r.id) ?? {}),
  );
  expect(
    wrong.map((r) => ({
      key: r.key,
      stored: r.combined_scores,
      computed: combinedScoresJson(scores.get(r.id) ?? {}),
    })),
  ).toEqual([]);
  const averages = await sqlAverages(db, workspaceId);
  for (const row of rows) {
    const stored = JSON.parse(row.combined_scores) as Record<string, number>;
    const average = averages.get(row.id) ?? {};
    expect(Object.keys(stored).sort()).toEqual(Object.keys(average).sort());
    for (const [criterion, value] of Object.entries(average)) {
      expect(stored[criterion]).toBeCloseTo(value, 12);
    }
  }
  return rows.length;
}

const csv = (text: string) => ({
  format: 'csv' as const,
  data: new TextEncoder().encode(text),
  mapping: { id: 'id', kind: 'kind', 'scores.c1': 'scores.c1', 'scores.c2': 'scores.c2' },
});

describeEachDatabase('combined scores kept on write', (get) => {
  it('are the spec scores after a spec replace, and follow a bulk import of other assessors', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 30, assessors: 3 });
    expect(await expectCombinedTrue(db, workspace.id)).toBe(30);
    const p1 = await getPartner(db, workspace.id, 'p00001');
    const own = await listAssessments(db, workspace.id, { partner: 'p00001', criterion: 'c1' });
    expect(own).toHaveLength(3);
    expect(p1.scores.c1).toBeCloseTo(own.reduce((s, a) => s + a.score, 0) / 3, 12);
  });

  it('a second spec replace drops the other assessors and empties partners without scores', async () => {
    const { db } = get();
    const { workspace, spec } = await createTestWorkspace(db, { partners: 12, assessors: 2 });
    const next = {
      ...spec,
      partners: spec.partners
        .slice(2)
        .map((p, i) => (i % 3 === 0 ? { ...p, scores: {} } : { ...p, scores: { c2: 2.25 } })),
    };
    await replaceWorkspaceFromSpec(db, workspace.id, next, null);
    expect(await expectCombinedTrue(db, workspace.id)).toBe(10);
    expect((await getPartner(db, workspace.id, 'p00003')).scores).toEqual({});
    expect((await getPartner(db, workspace.id, 'p00004')).scores).toEqual({ c2: 2.25 });
  });

  it('follow single writes and deletes, the partner form and the CSV import', async () => {
    const { db } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 5, assessors: 2 });
    const ws = workspace.id;
    const a = await upsertAssessment(db, ws, 'p00002', 'c1', 'ann', 1, null);
    await upsertAssessment(db, ws, 'p00002', 'c1', 'ann', 9.5, null);
    await upsertAssessment(db, ws, 'p00002', 'c3', 'bob', 0.1, null);
    await expectCombinedTrue(db, ws);
    await deleteAssessment(db, ws, a.id, null);
    await expectCombinedTrue(db, ws);

    const created = await createPartner(
      db,
      ws,
      { id: 'new-1', kind: 'other', scores: { c1: 3, c2: 4 } },
      null,
    );
    expect(created.scores).toEqual({ c1: 3, c2: 4 });
    await upsertAssessment(db, ws, 'new-1', 'c1', 'ann', 6, null);
    const updated = await updatePartner(db, ws, 'new-1', { scores: { c1: 1 } }, 1, null);
    expect(updated.scores).toEqual({ c1: 3.5, c2: 4 }); // mean of spec 1 and ann 6
    await expectCombinedTrue(db, ws);

    // Only spec scores change; the other assessors' stay in the mean.
    await importPartners(
      db,
      ws,
      csv('id,kind,scores.c1,scores.c2\np00001,,7,\nnew-2,academic,,5\nnew-3,other,,\n'),
      null,
    );
    await expectCombinedTrue(db, ws);
    expect((await getPartner(db, ws, 'new-2')).scores).toEqual({ c2: 5 });
    expect((await getPartner(db, ws, 'new-3')).scores).toEqual({});

    // The list shows the kept column.
    const page = await listPartners(db, ws, { q: 'new-', sort: 'id' });
    expect(page.items.map((p) => [p.id, p.scores])).toEqual([
      ['new-1', { c1: 3.5, c2: 4 }],
      ['new-2', { c2: 5 }],
      ['new-3', {}],
    ]);
  });

  it('stay true under concurrent writers of the same partners (no deadlock, no lost mean)', async () => {
    const { db } = get();
    const { workspace, partnerKeys } = await createTestWorkspace(db, { partners: 40 });
    const ws = workspace.id;
    const entries = (assessor: string, score: number) =>
      partnerKeys.flatMap((partner) =>
        ['c1', 'c2', 'c3'].map((criterion) => ({ partner, criterion, assessor, score })),
      );
    await Promise.all([
      importAssessments(db, ws, entries('x', 2), null),
      importAssessments(db, ws, entries('y', 4), null),
      ...partnerKeys
        .slice(0, 8)
        .map((key, i) => upsertAssessment(db, ws, key, 'c1', `z${i}`, 10, null)),
      importAssessments(db, ws, entries('w', 6), null),
    ]);
    await expectCombinedTrue(db, ws);
  });

  it('are recomputed by a restore, whatever the backup says', async () => {
    const { db, kind } = get();
    const { workspace } = await createTestWorkspace(db, { partners: 6, assessors: 2 });
    await expectCombinedTrue(db, workspace.id);
    const doc = await backupDatabase(db);
    const partners = doc.tables.partners ?? [];
    const tampered = {
      ...doc,
      tables: {
        ...doc.tables,
        partners: partners.map((row) => ({ ...row, combined_scores: '{"c1":-1}' })),
      },
    };
    const target = await createTestDatabase(kind);
    try {
      await restoreDatabase(target.db, tampered);
      const ids = (doc.tables.workspaces ?? []).map((w) => String(w.id));
      expect(ids).toContain(workspace.id);
      for (const id of ids) await expectCombinedTrue(target.db, id);
      const again = await backupDatabase(target.db);
      expect(again.tables.partners).toEqual(doc.tables.partners);
    } finally {
      await target.drop();
    }
  });

  it('are filled by the migration from the assessments already stored', async () => {
    const { kind } = get();
    const target = await createTestDatabase(kind);
    try {
      const { db } = target;
      const { workspace } = await createTestWorkspace(db, { partners: 8, assessors: 3 });
      await upsertAssessment(db, workspace.id, 'p00001', 'c2', 'late', 0.3, null);
      const before = await db.kysely
        .selectFrom('partners')
        .select(['id', 'combined_scores'])
        .orderBy('id')
        .execute();
      const migrator = await migratorOf(db);
      // Down to just before 0003 (whatever later migrations exist), then up again.
      const down = await migrator.migrateTo('0002-agreements');
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => r.migrationName)).toContain('0003-partner-list-speed');
      await migrateToLatest(db);
      await expectCombinedTrue(db, workspace.id);
      const after = await db.kysely
        .selectFrom('partners')
        .select(['id', 'combined_scores'])
        .orderBy('id')
        .execute();
      expect(after).toEqual(before);
    } finally {
      await target.drop();
    }
  });
});
