/**
 * The dashboard's operations summary must not grow with the ledger (issue 11): a warm
 * page view at 100,000 ledger entries against the same at 100, in the same run, on
 * SQLite. Also reports the first (cold) summary, which walks the chain once, and the
 * summary after one more append (walks only the new entry).
 *
 *   node bench/operations.mjs [--quick]
 */
import { migrateToLatest, openDatabase } from '@partnerfolio/server';
import { recordLedgerEvent } from '../packages/server/dist/store/agreements/events.js';
import { createAgreement } from '../packages/server/dist/store/agreements/writes.js';
import { canonicalJson } from '../packages/server/dist/store/canonical-json.js';
import { GENESIS_HASH } from '../packages/server/dist/store/chain-genesis.js';
import { ledgerHash } from '../packages/server/dist/store/ledger.js';
import { operationsSummary } from '../packages/server/dist/store/operations.js';
import { replaceWorkspaceFromSpec } from '../packages/server/dist/store/spec-replace.js';
import { writeTransaction } from '../packages/server/dist/store/tx.js';
import { createWorkspace } from '../packages/server/dist/store/workspaces.js';
import { measureAsync, runAsScript } from './harness.mjs';
import { sqliteDatabase } from './server-databases.mjs';
import { generateSpec } from './server-workspace.mjs';

const AGREEMENT = {
  id: 'pool-1',
  title: 'GPU pool',
  type: 'resource-sharing',
  parties: ['us', 'p00001'],
  start: '2026-01-01',
  end: '2030-12-31',
  terms: [{ costShare: { pool: 'compute', split: { us: 0.5, p00001: 0.5 } } }],
};

/** A workspace whose ledger holds `entries` chained cost events (written in bulk). */
async function workspaceWithLedger(db, slug, entries) {
  const workspace = await createWorkspace(db, { slug, name: slug, actor: 'bench' });
  await replaceWorkspaceFromSpec(
    db,
    workspace.id,
    generateSpec({ partners: 20, criteria: 4, seed: 7 }),
    'bench',
  );
  const agreement = await createAgreement(
    db,
    workspace.id,
    { document: AGREEMENT, status: 'active' },
    null,
  );
  let prevHash = GENESIS_HASH;
  for (let start = 1; start <= entries; start += 500) {
    const rows = [];
    for (let seq = start; seq < Math.min(start + 500, entries + 1); seq++) {
      const day = 1 + (seq % 28);
      const event = JSON.parse(
        canonicalJson({
          date: `2026-03-${String(day).padStart(2, '0')}`,
          kind: 'cost',
          pool: 'compute',
          amount: 10,
          paidBy: 'us',
        }),
      );
      const entry = {
        workspaceId: workspace.id,
        agreementId: agreement.id,
        kind: 'cost',
        eventDate: event.date,
        event,
        author: null,
        at: '2026-03-31T00:00:00.000Z',
        seq,
      };
      const hash = ledgerHash(prevHash, entry);
      rows.push({
        workspace_id: workspace.id,
        seq,
        agreement_id: agreement.id,
        kind: 'cost',
        event_date: event.date,
        event: canonicalJson(event),
        author: null,
        at: entry.at,
        prev_hash: prevHash,
        hash,
      });
      prevHash = hash;
    }
    await writeTransaction(db, (trx) => trx.insertInto('ledger_entries').values(rows).execute());
  }
  return { workspaceId: workspace.id, agreementId: agreement.id };
}

export async function run(report, { quick }) {
  const large = quick ? 20_000 : 100_000;
  const database = sqliteDatabase();
  const db = openDatabase(database.target);
  try {
    await migrateToLatest(db);
    report.section(
      `operations summary, SQLite: 100 vs ${large.toLocaleString('en')} ledger entries`,
    );
    const small = await workspaceWithLedger(db, 'small', 100);
    const big = await workspaceWithLedger(db, 'big', large);
    const cold = async (id) => {
      const start = performance.now();
      await operationsSummary(db, id);
      return performance.now() - start;
    };
    const coldSmall = await cold(small.workspaceId);
    const coldBig = await cold(big.workspaceId);
    report.metric('coldSmall', 'first summary, 100 entries (walks the chain)', coldSmall, 'ms');
    report.metric('coldBig', `first summary, ${large} entries (walks the chain)`, coldBig, 'ms');
    const reps = quick ? 20 : 100;
    const warmSmall = await measureAsync(() => operationsSummary(db, small.workspaceId), { reps });
    const warmBig = await measureAsync(() => operationsSummary(db, big.workspaceId), { reps });
    report.metric('warmSmall', 'warm summary, 100 entries', warmSmall.median, 'ms', warmSmall);
    report.metric('warmBig', `warm summary, ${large} entries`, warmBig.median, 'ms', warmBig);
    const appendBig = await measureAsync(
      async () => {
        await recordLedgerEvent(
          db,
          big.workspaceId,
          AGREEMENT.id,
          { date: '2026-04-01', kind: 'cost', pool: 'compute', amount: 1, paidBy: 'us' },
          null,
        );
        return operationsSummary(db, big.workspaceId);
      },
      { reps: quick ? 5 : 20 },
    );
    report.metric(
      'appendBig',
      `one append + summary, ${large} entries`,
      appendBig.median,
      'ms',
      appendBig,
    );
    const flat = warmBig.median / warmSmall.median;
    report.ratio(
      'flat',
      `warm summary: ${large} entries ÷ 100 entries`,
      flat,
      'the 100-entry ledger, same run',
    );
    report.target(
      'flat',
      'operations summary flat in the ledger size (warm ratio)',
      flat,
      '<=',
      1.5,
      '×',
    );
    const summary = await operationsSummary(db, big.workspaceId);
    report.check(
      'the large ledger verifies intact',
      summary.ledger.intact === true,
      JSON.stringify(summary.ledger),
    );
  } finally {
    await db.close();
    await database.drop();
  }
}

await runAsScript('operations', run);
