/**
 * The estimates' history on both databases: every write path that changes a partner's
 * cost or return records it, with the version and the day; a save that changes neither
 * (only the lifecycle costs, or a spec replacement with the same figures) does not.
 */
import { parseSpecText } from '@partnerfolio/core';
import { expect, it } from 'vitest';
import { type Db, migrateToLatest, migratorOf, withClock } from '../db/connect.js';
import { createTestDatabase, describeEachDatabase } from '../test-support/databases.js';
import { readEstimateHistory } from './estimate-history.js';
import { setEstimate } from './estimates.js';
import { requirePartnerRow } from './partner-present.js';
import { createPartner } from './partners.js';
import { importPartners } from './partners-import.js';
import { replaceWorkspaceFromSpec } from './spec-replace.js';
import { createTestWorkspace } from './test-support/factories.js';
import { readTransaction } from './tx.js';

const spec = (ret: number) => {
  const parsed = parseSpecText(`
version: 1
criteria: [{ id: q, kind: benefit, weight: 1 }]
partners:
  - { id: a, kind: academic, scores: { q: 1 }, cost: 10, return: ${ret} }
`);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value.spec;
};

describeEachDatabase('estimate history', (get) => {
  it('records each change of cost or return, through every write path', async () => {
    const on = (iso: string): Db => withClock(get().db, () => new Date(iso));
    const { workspace } = await createTestWorkspace(on('2025-11-20T10:00:00Z'));
    const ws = workspace.id;
    await createPartner(
      on('2025-11-20T10:00:00Z'),
      ws,
      { id: 'a', name: 'a', kind: 'academic', cost: 10, return: 20 },
      null,
    );
    // The estimate route (v2), then a save of the exit cost only (v3: no new plan).
    await setEstimate(on('2026-02-15T09:00:00Z'), ws, 'a', { return: 40 }, 1, null);
    await setEstimate(on('2026-02-16T09:00:00Z'), ws, 'a', { exitCost: 5 }, 2, null);
    // An import (v4).
    await importPartners(
      on('2026-03-20T09:00:00Z'),
      ws,
      {
        format: 'csv',
        data: Buffer.from('Partner ID,Return\na,50\n', 'utf8'),
        mapping: { id: 'Partner ID', return: 'Return' },
      },
      null,
    );
    // A spec replacement with the same figures (v5: nothing new), then with a new return (v6).
    await replaceWorkspaceFromSpec(on('2026-04-02T09:00:00Z'), ws, spec(50), null);
    await replaceWorkspaceFromSpec(on('2026-04-03T23:30:00Z'), ws, spec(60), null);
    const history = await readTransaction(get().db, async (trx) =>
      readEstimateHistory(trx, (await requirePartnerRow(trx, ws, 'a')).id),
    );
    expect(history).toEqual([
      { version: 1, since: '2025-11-20', estimate: { cost: 10, return: 20 } },
      { version: 2, since: '2026-02-15', estimate: { cost: 10, return: 40 } },
      { version: 4, since: '2026-03-20', estimate: { cost: 10, return: 50 } },
      { version: 6, since: '2026-04-03', estimate: { cost: 10, return: 60 } },
    ]);
  });

  it('is backfilled by migration 0015 with the current estimate, as of the partner’s creation', async () => {
    const target = await createTestDatabase(get().kind);
    try {
      const on = (iso: string): Db => withClock(target.db, () => new Date(iso));
      const { workspace } = await createTestWorkspace(on('2025-11-20T10:00:00Z'));
      const ws = workspace.id;
      await createPartner(
        on('2025-11-20T10:00:00Z'),
        ws,
        { id: 'a', name: 'a', kind: 'academic', cost: 10, return: 20 },
        null,
      );
      await setEstimate(on('2026-02-15T09:00:00Z'), ws, 'a', { return: 40 }, 1, null);
      const { db } = target;
      const migrator = await migratorOf(db);
      // Down to just before 0015 (whatever later migrations exist), then up again.
      const down = await migrator.migrateTo('0014-score-distributions');
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => r.migrationName)).toContain('0015-estimate-history');
      await migrateToLatest(db);
      const history = await readTransaction(db, async (trx) =>
        readEstimateHistory(trx, (await requirePartnerRow(trx, ws, 'a')).id),
      );
      // Nothing earlier was kept: today's estimate (v2) stands from the partner's creation.
      expect(history).toEqual([
        { version: 2, since: '2025-11-20', estimate: { cost: 10, return: 40 } },
      ]);
    } finally {
      await target.drop();
    }
  });
});
