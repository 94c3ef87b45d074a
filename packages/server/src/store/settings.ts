import { buildVocabulary, checkRuleIds, formatPath } from '@partnerfolio/core';
import type { z } from 'zod';
import type { Db } from '../db/connect.js';
import { appendAudit } from './audit.js';
import { notFound, StoreError } from './errors.js';
import { now, type Trx, writeTransaction } from './tx.js';
import { parseOrThrow, settingsSchema } from './validation.js';

/**
 * The spec's workspace-wide parts: organization, unit, netModel, objective,
 * coordinationCost, resources and constraints (in the spec's validated form, defaults
 * filled in). Criteria live in their own versioned sets (criteria.ts).
 */
export type WorkspaceSettings = z.output<typeof settingsSchema>;
export type WorkspaceSettingsPatch = Partial<z.input<typeof settingsSchema>>;

export interface VersionedSettings {
  readonly settings: WorkspaceSettings;
  readonly version: number;
}

export async function readSettings(q: Trx, workspaceId: string): Promise<VersionedSettings> {
  const row = await q
    .selectFrom('workspaces')
    .select(['settings', 'version'])
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) throw notFound(`workspace ${workspaceId}`);
  // Re-parsed so that a default added to the spec later applies to stored settings too.
  return { settings: settingsSchema.parse(JSON.parse(row.settings)), version: Number(row.version) };
}

export function getWorkspaceSettings(db: Db, workspaceId: string): Promise<VersionedSettings> {
  return readSettings(db.kysely, workspaceId);
}

/**
 * Merges `patch` into the settings (top-level fields are replaced whole: a patch with
 * `constraints` replaces every constraint). A stale `expectedVersion` → `conflict`.
 */
export async function updateWorkspaceSettings(
  db: Db,
  workspaceId: string,
  patch: WorkspaceSettingsPatch,
  expectedVersion: number,
  actor: string | null,
): Promise<VersionedSettings> {
  // Merged first and validated whole: zod fills defaults even into optional fields, so
  // validating the patch alone would reset every field it does not mention.
  const defined = Object.fromEntries(
    Object.entries(typeof patch === 'object' && patch !== null ? patch : {}).filter(
      ([, value]) => value !== undefined,
    ),
  );
  return writeTransaction(db, async (trx) => {
    const current = await readSettings(trx, workspaceId);
    if (current.version !== expectedVersion) throw staleSettings(current, expectedVersion);
    const next = parseOrThrow(settingsSchema, { ...current.settings, ...defined }, 'the settings');
    checkGraphSettings(next);
    return writeSettings(trx, workspaceId, current, next, actor, 'workspace.settings');
  });
}

/**
 * What the schema alone cannot see, checked as a spec file is: a vocabulary word that
 * would mean two capabilities, two rules with one id.
 */
function checkGraphSettings(next: WorkspaceSettings): void {
  const issues = [...buildVocabulary(next.vocabulary).issues, ...checkRuleIds(next.rules)];
  const first = issues[0];
  if (first === undefined) return;
  throw new StoreError(
    'invalid',
    `the settings are not valid at ${formatPath(first.path)}: ${first.message}`,
    { issues },
  );
}

export function staleSettings(current: VersionedSettings, expected: number): StoreError {
  return new StoreError(
    'conflict',
    `the settings changed since version ${expected} (now ${current.version}); reload and retry`,
    { current },
  );
}

/** Writes new settings at version + 1 and audits the change (inside a write transaction). */
export async function writeSettings(
  trx: Trx,
  workspaceId: string,
  current: VersionedSettings,
  next: WorkspaceSettings,
  actor: string | null,
  /** Undefined: the caller audits the change as part of a larger one. */
  action: string | undefined,
): Promise<VersionedSettings> {
  const result = await trx
    .updateTable('workspaces')
    .set({ settings: JSON.stringify(next), version: current.version + 1 })
    .where('id', '=', workspaceId)
    .where('version', '=', current.version)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw staleSettings(await readSettings(trx, workspaceId), current.version);
  }
  const after = { settings: next, version: current.version + 1 };
  if (action === undefined) return after;
  await appendAudit(trx, {
    workspaceId,
    actor,
    action,
    entity: 'workspace',
    entityId: workspaceId,
    before: current,
    after,
    at: now(trx),
  });
  return after;
}
