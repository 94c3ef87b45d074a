import { type Kysely, sql } from 'kysely';

/**
 * A job's summary beside its input: the options and scenario name it shows (`{ "options",
 * "save" }` as JSON). An engine job's input holds the workspace's whole spec, megabytes for
 * a large workspace, and the jobs list, a job's page and its event stream had to parse that
 * input for every job they showed, on the thread that serves every request.
 *
 * The table is rebuilt with its small columns first and `input` and `result` last: SQLite
 * keeps a large value in a chain of overflow pages, and reading a column stored after it
 * (the progress an event stream polls, the summary a list shows) walked that chain, a
 * millisecond per job of an SMAA document. Jobs of a workspace are listed by an index now.
 * Existing jobs are summarised from their input, a page at a time.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('jobs_next')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) =>
      c.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('progress', 'double precision', (c) => c.notNull())
    .addColumn('cancel_requested', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('worker', 'text')
    .addColumn('heartbeat_at', 'text')
    .addColumn('error', 'text')
    .addColumn('summary', 'text')
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .execute();
  await sql`insert into jobs_next (id, workspace_id, kind, state, progress, cancel_requested,
      created_by, created_at, started_at, finished_at, worker, heartbeat_at, error, input, result)
    select id, workspace_id, kind, state, progress, cancel_requested,
      created_by, created_at, started_at, finished_at, worker, heartbeat_at, error, input, result
    from jobs`.execute(db);
  await db.schema.dropTable('jobs').execute();
  await db.schema.alterTable('jobs_next').renameTo('jobs').execute();
  await db.schema.createIndex('jobs_state').on('jobs').columns(['state', 'created_at']).execute();
  await db.schema
    .createIndex('jobs_workspace')
    .on('jobs')
    .columns(['workspace_id', 'created_at'])
    .execute();

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

/** The summary and the index go; the columns keep their new order (order is not meaning). */
// biome-ignore lint/suspicious/noExplicitAny: see up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('jobs_workspace').execute();
  await db.schema.alterTable('jobs').dropColumn('summary').execute();
}
