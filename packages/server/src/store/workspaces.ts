import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { appendAudit } from './audit.js';
import { invalid, isUniqueViolation, notFound, StoreError } from './errors.js';
import { newId, now, writeTransaction } from './tx.js';
import { settingsSchema } from './validation.js';

export interface Workspace {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly createdAt: string;
}

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

export function presentWorkspace(
  row: Pick<Row<'workspaces'>, 'id' | 'slug' | 'name' | 'created_at'>,
): Workspace {
  return { id: row.id, slug: row.slug, name: row.name, createdAt: row.created_at };
}

export interface NewWorkspace {
  readonly slug: string;
  readonly name: string;
  readonly actor: string | null;
}

/** Throws the input error a new workspace's slug gets when it does not fit `SLUG_PATTERN`. */
export function checkWorkspaceSlug(slug: string): void {
  if (!SLUG_PATTERN.test(slug)) {
    throw invalid(
      ['slug'],
      `"${slug}" is not a workspace slug: use 2-63 lower-case letters, digits and dashes, starting with a letter or digit`,
      'invalid_slug',
    );
  }
}

/** A new, empty workspace; its settings start at the spec's defaults, named after it. */
export async function createWorkspace(db: Db, input: NewWorkspace): Promise<Workspace> {
  checkWorkspaceSlug(input.slug);
  const name = input.name.trim();
  if (name === '') throw invalid(['name'], 'a workspace needs a name', 'missing_field');
  const settings = settingsSchema.parse({ organization: name });
  try {
    return await writeTransaction(db, async (trx) => {
      const taken = await trx
        .selectFrom('workspaces')
        .select('id')
        .where('slug', '=', input.slug)
        .executeTakeFirst();
      if (taken) throw duplicateSlug(input.slug);
      const at = now(trx);
      const row = { id: newId(), slug: input.slug, name, created_at: at };
      await trx
        .insertInto('workspaces')
        .values({ ...row, settings: JSON.stringify(settings), version: 1 })
        .execute();
      const workspace = presentWorkspace(row);
      await appendAudit(trx, {
        workspaceId: row.id,
        actor: input.actor,
        action: 'workspace.create',
        entity: 'workspace',
        entityId: row.id,
        before: null,
        after: { ...workspace, settings },
        at,
      });
      return workspace;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateSlug(input.slug);
    throw error;
  }
}

const duplicateSlug = (slug: string) =>
  new StoreError('duplicate', `a workspace with the slug "${slug}" already exists`);

export async function getWorkspaceBySlug(db: Db, slug: string): Promise<Workspace> {
  const row = await db.kysely
    .selectFrom('workspaces')
    .select(['id', 'slug', 'name', 'created_at'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!row) throw notFound(`workspace "${slug}"`);
  return presentWorkspace(row);
}

export async function getWorkspaceById(db: Db, id: string): Promise<Workspace> {
  const row = await db.kysely
    .selectFrom('workspaces')
    .select(['id', 'slug', 'name', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(`workspace ${id}`);
  return presentWorkspace(row);
}

/** Every workspace, by slug (membership filtering belongs to the auth layer). */
export async function listWorkspaces(db: Db): Promise<Workspace[]> {
  const rows = await db.kysely
    .selectFrom('workspaces')
    .select(['id', 'slug', 'name', 'created_at'])
    .orderBy('slug')
    .execute();
  return rows.map(presentWorkspace);
}

/** Renames a workspace (audited), checking the version read; answers its name and version. */
export function renameWorkspace(
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
