/**
 * The data layer at the scale: 10,000 partners and 100,000 assessments. Not a
 * benchmark (those live in bench/): it guards against a query that loads a whole
 * workspace for one page, with a bound loose enough not to flake on a busy machine.
 */
import { CompiledQuery } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { listAssessments } from './assessments.js';
import {
  listPartners,
  normalizePartnerListQuery,
  PARTNER_SORTS,
  type PartnerListQuery,
  partnerPageQuery,
} from './partner-list.js';
import { getPartner, updatePartner } from './partners.js';
import { loadWorkspacePortfolio } from './spec-io.js';
import { createTestWorkspace } from './test-support/factories.js';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

describeEachDatabase('10,000 partners, 100,000 assessments', (get) => {
  let ws = '';
  it('builds the workspace through the bulk paths', async () => {
    const { db, kind } = get();
    const started = performance.now();
    const { workspace } = await createTestWorkspace(db, {
      partners: 10_000,
      criteria: 5,
      assessors: 2,
    });
    ws = workspace.id;
    console.info(
      `[${kind}] created 10,000 partners + 100,000 assessments in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    expect((await listAssessments(db, ws, { partner: 'p00042' })).length).toBe(10);
  }, 120_000);

  it('serves pages of 50 with their five combined scores', async () => {
    const { db, kind } = get();
    const queries: PartnerListQuery[] = [
      { limit: 50 },
      { limit: 50, offset: 5000, sort: '-name' },
      { limit: 50, sort: '-updatedAt' },
      { limit: 50, q: 'partner 99', sort: 'id' },
      { limit: 50, kind: ['academic', 'government'], status: ['candidate'], sort: 'kind' },
      { limit: 50, domain: 'medical', offer: 'data', offset: 100 },
    ];
    for (const q of queries) await listPartners(db, ws, q); // warm up
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const query = queries[i % queries.length] ?? {};
      const t = performance.now();
      const page = await listPartners(db, ws, query);
      times.push(performance.now() - t);
      expect(page.items.length).toBeGreaterThan(0);
      expect(Object.keys(page.items[0]?.scores ?? {})).toHaveLength(5);
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 0.5);
    const p99 = percentile(times, 0.99);
    console.info(`[${kind}] list page of 50: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`);
    // Timed assertions flake on a loaded machine (the p99 < 50 ms target is measured in
    // bench/server-load.mjs); the figures are printed for whoever reads the log.
  });

  it('cuts a page from the sort index and joins only its rows (query plan)', async () => {
    const { db } = get();
    for (const sort of PARTNER_SORTS) {
      const compiled = partnerPageQuery(
        db,
        ws,
        normalizePartnerListQuery({ limit: 50, offset: 9950, sort }),
      ).compile();
      const explain =
        db.dialect === 'sqlite' ? 'explain query plan ' : 'explain (format text, costs off) ';
      const { rows } = await db.kysely.executeQuery<Record<string, unknown>>(
        CompiledQuery.raw(`${explain}${compiled.sql}`, [...compiled.parameters]),
      );
      const plan = rows.map((r) => String(Object.values(r).at(-1))).join('\n');
      // SQLite: the 50 keys drive the join (no walk of the workspace through an automatic
      // index); PostgreSQL: no sort of the workspace's full rows.
      expect(plan, `${sort}:\n${plan}`).not.toMatch(/AUTOMATIC|Seq Scan on partners p\b(?!_)/);
      if (db.dialect === 'sqlite') expect(plan, `${sort}:\n${plan}`).toMatch(/SCAN k/);
    }
  });

  it('updates partners and loads the whole portfolio for the engine', async () => {
    const { db, kind } = get();
    const times: number[] = [];
    for (let i = 1; i <= 50; i++) {
      const key = `p${String(i * 97).padStart(5, '0')}`;
      const p = await getPartner(db, ws, key);
      const t = performance.now();
      await updatePartner(db, ws, key, { notes: `n${i}` }, p.version, 'bench');
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const started = performance.now();
    const loaded = await loadWorkspacePortfolio(db, ws);
    const load = performance.now() - started;
    console.info(
      `[${kind}] update: p50 ${percentile(times, 0.5).toFixed(2)} ms, max ${percentile(times, 1).toFixed(2)} ms; load portfolio of 10,000: ${load.toFixed(0)} ms`,
    );
    expect(loaded.portfolio.partners).toHaveLength(10_000);
  });
});
