/** Renaming a workspace (the store's audited command), then the guard's cached names. */
import { forgetMemberships } from '../../auth/lookup-cache.js';
import type { Db } from '../../db/connect.js';
import { renameWorkspace as rename } from '../../store/workspaces.js';

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
