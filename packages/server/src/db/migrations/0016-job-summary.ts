import type { Kysely } from 'kysely';

/**
 * A job's summary beside its input: the options and scenario name it shows (`{ "options",
 * "save" }` as JSON). An engine job's input holds the workspace's whole spec, megabytes for
 * a large workspace, and the jobs list, a job's page and its event stream had to parse that
 * input for every job they showed, on the thread that serves every request. Existing jobs
 * are backfilled from their input, a page at a time.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('jobs').addColumn('summary', 'text').execute();
  const PAGE = 100;
  for (let after = ''; ; ) {
    const rows: { id: string; input: string }[] = await db
      .selectFrom('jobs')
      .select(['id', 'input'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      await db
        .updateTable('jobs')
        .set({ summary: summaryOf(row.input) })
        .where('id', '=', row.id)
        .execute();
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE) break;
    after = last.id;
  }
}

/**
 * The rule of the jobs queue (`jobSummary` in jobs/queue.ts) as it stood when this
 * migration was written: a migration keeps its own copy, so that it never changes.
 */
function summaryOf(input: string): string {
  const value: unknown = JSON.parse(input);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '{}';
  const { options, save } = value as { options?: unknown; save?: unknown };
  return JSON.stringify({
    ...(options === undefined ? {} : { options }),
    ...(typeof save === 'string' ? { save } : {}),
  });
}

// biome-ignore lint/suspicious/noExplicitAny: see up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('jobs').dropColumn('summary').execute();
}
