/** Renaming a workspace: the store has no command for it, so it lives here, audited. */
import { forgetMemberships } from '../../auth/lookup-cache.js';
import type { Db } from '../../db/connect.js';
import { appendAudit } from '../../store/audit.js';
import { StoreError } from '../../store/errors.js';
import { now, writeTransaction } from '../../store/tx.js';

export async function renameWorkspace(
  db: Db,
  workspaceId: string,
  name: string,
  expectedVersion: number,
  actor: string | null,
): Promise<{ readonly name: string; readonly version: number }> {
  try {
    return await rename(db, workspaceId, name, expectedVersion, actor);
  } finally {
    // The guard's cached memberships carry the workspace's name (auth/lookup-cache.ts).
    forgetMemberships(db);
  }
}

function rename(
  db: Db,
  workspaceId: string,
  name: string,
  expectedVersion: number,
  actor: string | null,
): Promise<{ readonly name: string; readonly version: number }> {
  return writeTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('workspaces')
      .select(['name', 'version'])
      .where('id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    const current = { name: row.name, version: Number(row.version) };
    if (current.version !== expectedVersion) {
      throw new StoreError(
        'conflict',
        `the workspace changed since version ${expectedVersion} (now ${current.version}); reload and retry`,
        { current },
      );
    }
    if (current.name === name) return current;
    const next = { name, version: current.version + 1 };
    await trx
      .updateTable('workspaces')
      .set(next)
      .where('id', '=', workspaceId)
      .where('version', '=', current.version)
      .execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'workspace.rename',
      entity: 'workspace',
      entityId: workspaceId,
      before: current,
      after: next,
      at: now(trx),
    });
    return next;
  });
}
