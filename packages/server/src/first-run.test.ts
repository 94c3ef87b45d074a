import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkCredentials } from './auth/users.js';
import { DEMO_SLUG, FIRST_RUN_FILE, seedIfEmpty, writeFirstRunFile } from './first-run.js';
import { settleFromLedger } from './store/agreements/events.js';
import { listAgreements } from './store/agreements/list.js';
import { verifyLedger } from './store/ledger-verify.js';
import { operationsSummary } from './store/operations.js';
import { partnerTrust } from './store/reviews/trust.js';
import { setClock } from './store/tx.js';
import { getWorkspaceBySlug } from './store/workspaces.js';
import { describeEachDatabase } from './test-support/databases.js';

const DEMO = new URL('../../../examples/demo.yaml', import.meta.url);

describeEachDatabase('first run', (get) => {
  let restore: () => void;
  beforeAll(() => {
    restore = setClock(() => new Date(Date.UTC(2026, 10, 29, 9)));
  });
  afterAll(() => restore());

  it('seeds the demo workspace with running partnerships, once', async () => {
    const { db } = get();
    const first = await seedIfEmpty(db, readFileSync(DEMO, 'utf8'), 'examples/demo.yaml');
    expect(first?.workspace).toBe(DEMO_SLUG);
    if (!first) throw new Error('no first run');
    // The password goes to a file only its owner can read (issue 10 #6), even one that
    // existed with looser rights; it signs in.
    const dir = mkdtempSync(join(tmpdir(), 'pf-first-run-'));
    try {
      writeFileSync(join(dir, FIRST_RUN_FILE), 'old', { mode: 0o644 });
      const path = writeFirstRunFile(join(dir), first);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const password = /password: (\S+)/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(24);
      expect(await checkCredentials(db, first.email, password)).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await seedIfEmpty(db, readFileSync(DEMO, 'utf8'), 'examples/demo.yaml')).toBeNull();
    const ws = (await getWorkspaceBySlug(db, DEMO_SLUG)).id;
    expect((await listAgreements(db, ws)).map((a) => a.code).sort()).toEqual([
      'gpu-pool',
      'imaging-fm',
    ]);
    expect(await verifyLedger(db, ws)).toMatchObject({ intact: true });
    // Q1 of last year: 8% of 180,000 = 14,400 to the university; 42,000 of GPU paid by us,
    // 60/40 → us 25,200, hospital 16,800; the dataset milestone: hospital pays 30,000.
    const q1 = await settleFromLedger(db, ws, 'imaging-fm', {
      from: '2025-01-01',
      to: '2025-03-31',
    });
    expect(q1.balances).toEqual({
      us: 2400,
      'riverton-med-imaging': 44400,
      'huaxin-medical-group': -46800,
    });
    const summary = await operationsSummary(db, ws);
    expect(summary.obligations.overdue.map((o) => o.title)).toEqual([
      'Data-deletion certificate for the pilot',
    ]);
    expect(summary.obligations.dueSoon.map((o) => o.title)).toEqual(['Joint paper draft']);
    expect(summary.agreements).toEqual({ active: 2 });
    const hospital = await partnerTrust(db.kysely, ws, 'huaxin-medical-group', '2026-11-29');
    const university = await partnerTrust(db.kysely, ws, 'riverton-med-imaging', '2026-11-29');
    expect(hospital.score).toBeLessThan(0.5);
    expect(university.score).toBeGreaterThan(0.5);
  });
});
