import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';

describeEachDatabase('migrations', (get) => {
  it('create every table, empty', async () => {
    const { db } = get();
    for (const table of [
      'workspaces',
      'users',
      'memberships',
      'sessions',
      'api_tokens',
      'partners',
      'criteria_sets',
      'assessments',
      'estimates',
      'synergies',
      'scenarios',
      'audit_log',
      'jobs',
    ] as const) {
      const rows = await db.kysely.selectFrom(table).selectAll().execute();
      expect(rows, table).toEqual([]);
    }
  });

  it('store doubles and text exactly', async () => {
    const { db } = get();
    const now = new Date(0).toISOString();
    await db.kysely
      .insertInto('workspaces')
      .values({ id: 'w1', slug: 'w', name: 'W', created_at: now, settings: '{}', version: 1 })
      .execute();
    await db.kysely
      .insertInto('partners')
      .values({
        id: 'p1',
        workspace_id: 'w1',
        key: 'a',
        name: '大学 A',
        kind: 'academic',
        status: 'candidate',
        domains: '[]',
        offers: '[]',
        contacts: '[]',
        uses: '{}',
        alpha: 0.1 + 0.2,
        beta: null,
        notes: '',
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const row = await db.kysely
      .selectFrom('partners')
      .selectAll()
      .where('id', '=', 'p1')
      .executeTakeFirstOrThrow();
    expect(row.alpha).toBe(0.1 + 0.2);
    expect(row.name).toBe('大学 A');
    const count = await db.kysely
      .selectFrom('partners')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });
});
