import type { Db } from '../../db/connect.js';
import { newId } from '../../store/tx.js';

/** A bare workspace row, enough for jobs to reference (the queue tests need no portfolio). */
export async function insertWorkspaceRow(db: Db, slug: string): Promise<string> {
  const id = newId();
  await db.kysely
    .insertInto('workspaces')
    .values({
      id,
      slug,
      name: slug,
      created_at: new Date(0).toISOString(),
      settings: '{}',
      version: 1,
    })
    .execute();
  return id;
}
