import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  postgresReachable,
  type TestDatabase,
} from '../test-support/databases.js';
import { acceptAmendment, proposeAmendment } from './agreements/amendments.js';
import { recordLedgerEvent } from './agreements/events.js';
import { changeObligationState, createObligation } from './agreements/obligations.js';
import { createAgreement, updateAgreement } from './agreements/writes.js';
import { verifyAuditChain } from './audit-verify.js';
import { type BackupDocument, backupDatabase, restoreDatabase } from './backup.js';
import { StoreError } from './errors.js';
import { startExitPlan } from './exit-plans.js';
import { answerHealthCheck } from './health-checks.js';
import { signLedgerCheckpoint, verifyLedgerSince } from './ledger-tree.js';
import { verifyLedger } from './ledger-verify.js';
import { upsertOutcomes } from './outcomes.js';
import { createPartner, getPartner, updatePartner } from './partners.js';
import { createReview } from './reviews/reviews.js';
import { saveReviewSettings } from './reviews/settings.js';
import { recordVerdict } from './reviews/trust-both-ways.js';
import { saveScenario } from './scenarios.js';
import { exportWorkspaceSpec } from './spec-io.js';
import { markTransferPaid, recordStatement, respondToStatement } from './statements/statements.js';
import { createSynergy } from './synergies.js';
import { createTestWorkspace } from './test-support/factories.js';

type Owned = TestDatabase & { drop(): Promise<void> };
const pg = await postgresReachable();
if (!pg)
  console.warn(
    '\n*** PostgreSQL is not reachable: SKIPPING the cross-database backup round trip. ***\n',
  );

/** Rows that only the auth and jobs layers write, inserted directly so every table is covered. */
async function fillOtherTables(db: TestDatabase['db'], workspaceId: string) {
  const at = new Date(0).toISOString();
  await db.kysely
    .insertInto('risks')
    .values({
      id: 'rk1',
      workspace_id: workspaceId,
      key: 'cloud',
      body: JSON.stringify({
        id: 'cloud',
        category: 'dependency',
        partners: ['p00001'],
        agreements: [],
        likelihood: 0.1,
        impact: 1,
        factors: {},
      }),
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db.kysely
    .insertInto('users')
    .values({ id: 'u1', email: 'a@example.org', name: 'Ann', password_hash: null, created_at: at })
    .execute();
  await db.kysely
    .insertInto('memberships')
    .values({ workspace_id: workspaceId, user_id: 'u1', role: 'owner', created_at: at })
    .execute();
  await db.kysely
    .insertInto('sessions')
    .values({ id: 's1', user_id: 'u1', csrf_token: 'c', created_at: at, expires_at: at })
    .execute();
  await db.kysely
    .insertInto('login_throttle')
    .values({ key: 'address:10.0.0.1', failures: 3, locked_until: 1.5e12, last: 1.5e12 })
    .execute();
  await db.kysely
    .insertInto('invitations')
    .values({
      id: 'i1',
      workspace_id: workspaceId,
      email: 'b@example.org',
      role: 'partner',
      partner_key: 'p00001',
      token_hash: 'ih',
      invited_by: 'a@example.org',
      created_at: at,
      expires_at: at,
      accepted_at: null,
      revoked_at: null,
    })
    .execute();
  await db.kysely
    .insertInto('security_events')
    .values({
      id: 'e1',
      at,
      event: 'auth.login',
      outcome: 'success',
      actor: 'a@example.org',
      user_id: 'u1',
      address: '127.0.0.1',
      workspace_id: null,
      detail: '{}',
    })
    .execute();
  await db.kysely
    .insertInto('api_tokens')
    .values({
      id: 't1',
      user_id: 'u1',
      name: 'ci',
      token_hash: 'h',
      created_at: at,
      last_used_at: null,
    })
    .execute();
  await db.kysely
    .insertInto('jobs')
    .values({
      id: 'j1',
      workspace_id: workspaceId,
      kind: 'simulate',
      state: 'done',
      input: '{}',
      result: '{"mean":1.5}',
      error: null,
      progress: 0.75,
      cancel_requested: 0,
      created_by: 'u1',
      created_at: at,
      started_at: at,
      finished_at: at,
      worker: 'w',
      heartbeat_at: null,
    })
    .execute();
}

/** One of each running-partnership record: agreement, obligation, ledger, review, settings, exit plan. */
async function runAPartnership(
  db: TestDatabase['db'],
  workspace: { id: string; slug: string },
): Promise<void> {
  const workspaceId = workspace.id;
  await createAgreement(
    db,
    workspaceId,
    {
      document: {
        id: 'jrd-1',
        type: 'joint-rnd',
        parties: ['us', 'p00002'],
        start: '2026-01-01',
        end: '2026-12-31',
        terms: [{ milestone: { id: 'm1', payer: 'us', payee: 'p00002', amount: 1000.01 } }],
      },
      fairShare: { values: { '': 0, us: 1, p00002: 2, 'us,p00002': 4 } },
    },
    'ann',
  );
  const o = await createObligation(
    db,
    workspaceId,
    'jrd-1',
    {
      title: '原型 prototype',
      kind: 'milestone',
      owner: 'p00002',
      dueDate: '2026-03-01',
      milestoneId: 'm1',
    },
    'ann',
  );
  await changeObligationState(
    db,
    workspaceId,
    o.id,
    { state: 'kept', resolvedAt: '2026-02-01' },
    1,
    'ann',
  );
  await recordLedgerEvent(
    db,
    workspaceId,
    'jrd-1',
    { date: '2026-02-02', kind: 'milestone', id: 'm1' },
    'ann',
  );
  await upsertOutcomes(
    db,
    workspaceId,
    {
      points: [
        { unit: 'p00002', period: '2025-12', outcome: 'pilots', value: 1.5 },
        { unit: '医疗 line', period: '2026-01', outcome: 'pilots', value: 2 },
      ],
      units: [{ unit: 'p00002', kind: 'partner', partner: 'p00002', agreement: 'jrd-1' }],
    },
    'ann',
  );
  await createReview(
    db,
    workspaceId,
    'p00002',
    {
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      plan: { cost: 1, return: 2 },
      actual: { cost: 1, return: 3 },
      actualReason: 'typed for the test',
      health: [{ respondent: 'ann', side: 'us', scores: { strategy: 4 } }],
      decision: 'continue',
      reasons: 'fine',
    },
    'ann',
  );
  await saveReviewSettings(
    db,
    workspaceId,
    { cadence: { every: 6, unit: 'months' }, rules: [] },
    0,
    'ann',
  );
  await startExitPlan(db, workspaceId, 'p00003', { owner: 'ann' }, 'ann');
  const amended = {
    id: 'jrd-1',
    type: 'joint-rnd',
    parties: ['us', 'p00002'],
    start: '2026-01-01',
    end: '2026-12-31',
    terms: [{ milestone: { id: 'm1', payer: 'us', payee: 'p00002', amount: 2000 } }],
  };
  await updateAgreement(db, workspaceId, 'jrd-1', { status: 'active' }, 1, 'ann');
  await proposeAmendment(
    db,
    workspaceId,
    'jrd-1',
    { document: amended, effectiveFrom: '2026-10-01' },
    'ann',
  );
  await acceptAmendment(db, workspaceId, 'jrd-1', 2, 'us', 'ann');
  const period = { from: '2026-01-01', to: '2026-12-31' };
  await recordStatement(db, workspace, 'jrd-1', period, 'ann');
  for (const party of ['us', 'p00002']) {
    await respondToStatement(db, workspaceId, 'jrd-1', 1, { party, decision: 'accept' }, 'ann');
  }
  const paid = { transfer: 0, date: '2026-03-01', reference: 'wire 1' };
  await markTransferPaid(db, workspaceId, 'jrd-1', 1, paid, 'ann');
  // The partner's seat: a private health-check answer (user u1, see fillOtherTables) and a
  // partner's word on an obligation we owe.
  await answerHealthCheck(db, workspaceId, 'jrd-1', 'u1', {
    round: '2026',
    side: 'us',
    scores: { strategy: 4, culture: 3.5 },
  });
  const ours = await createObligation(
    db,
    workspaceId,
    'jrd-1',
    { title: 'share the data', owner: 'us', dueDate: '2026-02-01' },
    'ann',
  );
  await recordVerdict(
    db,
    workspaceId,
    'jrd-1',
    ours.id,
    { party: 'p00002', verdict: 'kept', date: '2026-02-01', note: '按时 on time' },
    'ann',
  );
}

describe.skipIf(!pg)('backup and restore across databases', () => {
  const dbs: Owned[] = [];
  let sqliteA: Owned;
  let postgres: Owned;
  let sqliteB: Owned;
  beforeAll(async () => {
    sqliteA = await createTestDatabase('sqlite');
    postgres = await createTestDatabase('postgres');
    sqliteB = await createTestDatabase('sqlite');
    dbs.push(sqliteA, postgres, sqliteB);
  });
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });

  it('SQLite → PostgreSQL → SQLite keeps every row and a verifiable audit chain', async () => {
    const db = sqliteA.db;
    const { workspace } = await createTestWorkspace(db, { partners: 30, assessors: 3 });
    await createTestWorkspace(db, { partners: 5 });
    const p = await getPartner(db, workspace.id, 'p00001');
    await updatePartner(
      db,
      workspace.id,
      'p00001',
      { notes: 'ünïcödé 中文 "quoted"', alpha: 0.1 + 0.2 },
      p.version,
      'ann',
    );
    await createPartner(
      db,
      workspace.id,
      { id: 'x', kind: 'other', contacts: [{ name: 'X', email: 'x@x.org' }] },
      'ann',
    );
    await createSynergy(
      db,
      workspace.id,
      { between: ['p00001', 'p00002'], value: { normal: [0.1, 1e-9] } },
      'ann',
    );
    await saveScenario(
      db,
      workspace.id,
      {
        name: 'plan A',
        kind: 'optimize',
        criteriaVersion: 1,
        inputs: { x: 1 },
        result: { selected: ['p00001'] },
      },
      'ann',
    );
    await fillOtherTables(db, workspace.id);
    await runAPartnership(db, workspace);
    // Signing creates the workspace's ledger key: backed up with the data.
    const head = await signLedgerCheckpoint(db, workspace);

    const first = await backupDatabase(db);
    expect(Object.values(first.tables).every((rows) => rows.length > 0)).toBe(true);
    // The document survives JSON (it is what `partnerfolio backup` writes to a file).
    const restored = await restoreDatabase(
      postgres.db,
      JSON.parse(JSON.stringify(first)) as BackupDocument,
    );
    expect(restored.rows).toBe(Object.values(first.tables).reduce((n, rows) => n + rows.length, 0));
    const second = await backupDatabase(postgres.db);
    expect(second.tables).toEqual(first.tables);
    expect(await verifyAuditChain(postgres.db)).toMatchObject({ intact: true });
    expect(await verifyLedger(postgres.db)).toEqual({ intact: true, entries: 3 });
    expect(await verifyLedgerSince(postgres.db, head)).toEqual({ intact: true, entries: 3 });
    expect(await exportWorkspaceSpec(postgres.db, workspace.id)).toEqual(
      await exportWorkspaceSpec(db, workspace.id),
    );

    await restoreDatabase(sqliteB.db, second);
    const third = await backupDatabase(sqliteB.db);
    expect(third.tables).toEqual(first.tables);
    expect(await verifyLedgerSince(sqliteB.db, head)).toEqual({ intact: true, entries: 3 });
    expect(await verifyAuditChain(sqliteB.db)).toEqual(await verifyAuditChain(db));
    expect(third.source).toBe('sqlite');
    expect(second.source).toBe('postgres');
  });

  it('refuses a database that is not empty, and leaves it unchanged', async () => {
    const doc = await backupDatabase(sqliteA.db);
    const before = await backupDatabase(postgres.db);
    const error = await restoreDatabase(postgres.db, doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/empty database/);
    expect((await backupDatabase(postgres.db)).tables).toEqual(before.tables);
  });

  it('refuses a document that is not a backup, or has unknown tables or columns, writing nothing', async () => {
    const empty = await createTestDatabase('sqlite');
    dbs.push(empty);
    const good = await backupDatabase(sqliteA.db);
    await expect(
      restoreDatabase(empty.db, { format: 'x' } as unknown as BackupDocument),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      restoreDatabase(empty.db, { ...good, tables: { ...good.tables, nope: [] } }),
    ).rejects.toMatchObject({ code: 'invalid' });
    const rows = good.tables.partners ?? [];
    const badColumn = {
      ...good,
      tables: { ...good.tables, partners: [{ ...rows[0], colour: 'red' }] },
    };
    await expect(restoreDatabase(empty.db, badColumn)).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      restoreDatabase(empty.db, { ...good, migrations: ['0000-other'] }),
    ).rejects.toMatchObject({ code: 'invalid' });
    const { rows: count } = await sql<{ n: number }>`select count(*) as n from workspaces`.execute(
      empty.db.kysely,
    );
    expect(Number(count[0]?.n)).toBe(0);
  });
});
