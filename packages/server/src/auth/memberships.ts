/**
 * Who belongs to which workspace, with which role. Every change is written to the
 * workspace's audit log in the same transaction. A workspace always keeps an owner.
 */
import type { Db } from '../db/connect.js';
import type { Role } from '../db/schema.js';
import { AccountError } from '../store/account-errors.js';
import { appendAudit } from '../store/audit.js';
import { now, type Trx, writeTransaction } from '../store/tx.js';
import { checkWorkspaceSlug, createWorkspace, type Workspace } from '../store/workspaces.js';
import { forgetMemberships } from './lookup-cache.js';
import { findUserByEmail } from './users.js';

export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly since: string;
  /** For the `partner` role: the key of the partner the user speaks for. */
  readonly partnerKey: string | null;
}

export interface MemberWorkspace {
  readonly slug: string;
  readonly name: string;
  readonly role: Role;
  /** A partner's contact: the key of the partner it belongs to. */
  readonly partner?: string;
}

/** The workspaces a user belongs to, by slug. */
export async function listWorkspacesOf(db: Db, userId: string): Promise<MemberWorkspace[]> {
  const rows = await db.kysely
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select(['workspaces.slug', 'workspaces.name', 'memberships.role', 'memberships.partner_key'])
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.slug')
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    role: r.role,
    ...(r.role === 'partner' && r.partner_key !== null ? { partner: r.partner_key } : {}),
  }));
}

export async function listMembers(db: Db, workspaceId: string): Promise<Member[]> {
  return readMembers(db.kysely, workspaceId);
}

async function readMembers(q: Trx, workspaceId: string, email?: string): Promise<Member[]> {
  let query = q
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'memberships.role',
      'memberships.created_at',
      'memberships.partner_key',
    ])
    .where('memberships.workspace_id', '=', workspaceId);
  if (email !== undefined) query = query.where('users.email', '=', email.trim().toLowerCase());
  const rows = await query.orderBy('users.email').execute();
  return rows.map((r) => ({
    userId: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    since: r.created_at,
    partnerKey: r.partner_key,
  }));
}

const present = (m: Member) => ({
  email: m.email,
  role: m.role,
  ...(m.partnerKey === null ? {} : { partner: m.partnerKey }),
});

/**
 * The partner key a membership stores: required (and checked to name a partner of the
 * workspace) for the `partner` role, refused for every other role.
 */
export async function checkPartnerBinding(
  trx: Trx,
  workspaceId: string,
  role: Role,
  partnerKey: string | null | undefined,
): Promise<string | null> {
  if (role !== 'partner') {
    if (partnerKey !== undefined && partnerKey !== null) {
      throw new AccountError('invalid', 'only the partner role is bound to a partner', 'partner');
    }
    return null;
  }
  if (partnerKey === undefined || partnerKey === null || partnerKey === '') {
    throw new AccountError(
      'invalid',
      'the partner role needs the partner it speaks for',
      'partner',
    );
  }
  const found = await trx
    .selectFrom('partners')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', partnerKey)
    .executeTakeFirst();
  if (!found) {
    throw new AccountError(
      'invalid',
      `the workspace has no partner ${JSON.stringify(partnerKey)}`,
      'partner',
    );
  }
  return partnerKey;
}

async function requireMember(trx: Trx, workspaceId: string, email: string): Promise<Member> {
  const [member] = await readMembers(trx, workspaceId, email);
  if (!member) throw new AccountError('not_member', `${email} is not a member of this workspace`);
  return member;
}

const lastOwner = () =>
  new AccountError('last_owner', 'the last owner cannot step down; make someone else owner first');

async function countOwners(trx: Trx, workspaceId: string): Promise<number> {
  const row = await trx
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Adds a user (by email) to a workspace; throws `duplicate` when already a member and
 * `unknown_user` when no account has that email.
 */
export async function insertMember(
  db: Db,
  workspaceId: string,
  input: { readonly email: string; readonly role: Role; readonly partnerKey?: string | null },
  actor: string | null,
): Promise<Member> {
  return writeTransaction(db, async (trx) => {
    const partnerKey = await checkPartnerBinding(trx, workspaceId, input.role, input.partnerKey);
    const user = await findUserByEmail(trx, input.email);
    if (!user) {
      throw new AccountError(
        'unknown_user',
        `no user has the email ${input.email}; create the account first (partnerfolio user add)`,
        'email',
      );
    }
    const [existing] = await readMembers(trx, workspaceId, user.email);
    if (existing) {
      throw new AccountError('duplicate', `${user.email} is already a member`, 'email');
    }
    const at = now(trx);
    await trx
      .insertInto('memberships')
      .values({
        workspace_id: workspaceId,
        user_id: user.id,
        role: input.role,
        created_at: at,
        partner_key: partnerKey,
      })
      .execute();
    const member: Member = {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: input.role,
      since: at,
      partnerKey,
    };
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'member.add',
      entity: 'member',
      entityId: user.email,
      before: null,
      after: present(member),
      at,
    });
    return member;
  });
}

/** Changes a member's role; the last owner cannot step down. */
export async function changeMemberRole(
  db: Db,
  workspaceId: string,
  email: string,
  role: Role,
  actor: string | null,
  partnerKey?: string | null,
): Promise<Member> {
  // The guard's cached memberships (lookup-cache.ts) go, whatever happens.
  try {
    return await changeRole(db, workspaceId, email, role, actor, partnerKey);
  } finally {
    forgetMemberships(db);
  }
}

function changeRole(
  db: Db,
  workspaceId: string,
  email: string,
  role: Role,
  actor: string | null,
  partnerKey?: string | null,
): Promise<Member> {
  return writeTransaction(db, async (trx) => {
    const member = await requireMember(trx, workspaceId, email);
    const key = await checkPartnerBinding(trx, workspaceId, role, partnerKey);
    if (member.role === role && member.partnerKey === key) return member;
    if (member.role === 'owner' && (await countOwners(trx, workspaceId)) <= 1) throw lastOwner();
    await trx
      .updateTable('memberships')
      .set({ role, partner_key: key })
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', member.userId)
      .execute();
    const after = { ...member, role, partnerKey: key };
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'member.role',
      entity: 'member',
      entityId: member.email,
      before: present(member),
      after: present(after),
      at: now(trx),
    });
    return after;
  });
}

/** Removes a member; the last owner cannot be removed. */
export async function removeMember(
  db: Db,
  workspaceId: string,
  email: string,
  actor: string | null,
): Promise<void> {
  try {
    await deleteMember(db, workspaceId, email, actor);
  } finally {
    forgetMemberships(db);
  }
}

async function deleteMember(
  db: Db,
  workspaceId: string,
  email: string,
  actor: string | null,
): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const member = await requireMember(trx, workspaceId, email);
    if (member.role === 'owner' && (await countOwners(trx, workspaceId)) <= 1) {
      throw new AccountError(
        'last_owner',
        'the last owner cannot leave; make someone else owner first',
      );
    }
    await trx
      .deleteFrom('memberships')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', member.userId)
      .execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'member.remove',
      entity: 'member',
      entityId: member.email,
      before: present(member),
      after: null,
      at: now(trx),
    });
  });
}

/** Creates a workspace with `ownerId` as its owner (the creator of a workspace owns it). */
export async function createOwnedWorkspace(
  db: Db,
  input: { readonly slug: string; readonly name: string; readonly ownerEmail: string },
): Promise<Workspace> {
  const workspace = await createWorkspace(db, {
    slug: input.slug,
    name: input.name,
    actor: input.ownerEmail,
  });
  await insertMember(
    db,
    workspace.id,
    { email: input.ownerEmail, role: 'owner' },
    input.ownerEmail,
  );
  return workspace;
}

export interface AddMemberInput {
  readonly workspaceSlug: string;
  readonly email: string;
  readonly role: Role;
  /** For the `partner` role: the key of the partner the user speaks for. */
  readonly partnerKey?: string;
  /** The name of the workspace when it is created (default: the slug). */
  readonly workspaceName?: string;
}

/**
 * For the CLI's `user add --workspace`: makes the user a member with `role`, creating the
 * workspace if it does not exist yet. Idempotent: an existing member gets the new role.
 */
export async function addMember(
  db: Db,
  input: AddMemberInput,
): Promise<{ readonly workspace: Workspace; readonly created: boolean; readonly role: Role }> {
  const found = await db.kysely
    .selectFrom('workspaces')
    .select(['id', 'slug', 'name', 'created_at'])
    .where('slug', '=', input.workspaceSlug)
    .executeTakeFirst();
  const workspace = found
    ? { id: found.id, slug: found.slug, name: found.name, createdAt: found.created_at }
    : await createWorkspace(db, {
        slug: input.workspaceSlug,
        name: input.workspaceName ?? input.workspaceSlug,
        actor: null,
      });
  const [member] = await readMembers(db.kysely, workspace.id, input.email);
  if (member) {
    await changeMemberRole(db, workspace.id, input.email, input.role, null, input.partnerKey);
  } else {
    await insertMember(
      db,
      workspace.id,
      { email: input.email, role: input.role, partnerKey: input.partnerKey ?? null },
      null,
    );
  }
  return { workspace, created: !found, role: input.role };
}

/**
 * What `addMember` would refuse, checked before anything is written: the CLI's `user add`
 * creates the account or sets its password (which ends its sessions and tokens) only when
 * the membership that follows will be taken. Throws what `addMember` would: a slug that is
 * not one (for a workspace to create), a partner binding that names no partner of the
 * workspace (a workspace not yet created has none) or goes with another role, the last
 * owner stepping down.
 */
export async function checkAddMember(db: Db, input: AddMemberInput): Promise<void> {
  const found = await db.kysely
    .selectFrom('workspaces')
    .select('id')
    .where('slug', '=', input.workspaceSlug)
    .executeTakeFirst();
  if (!found) checkWorkspaceSlug(input.workspaceSlug);
  await checkPartnerBinding(db.kysely, found?.id ?? '', input.role, input.partnerKey);
  if (!found) return;
  const [member] = await readMembers(db.kysely, found.id, input.email);
  if (member?.role === 'owner' && input.role !== 'owner') {
    if ((await countOwners(db.kysely, found.id)) <= 1) throw lastOwner();
  }
}

/** The id of the workspace `slug` when the user is one of its members, else undefined. */
export async function memberWorkspaceId(
  db: Db,
  userId: string,
  slug: string,
): Promise<string | undefined> {
  const row = await db.kysely
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select('workspaces.id')
    .where('workspaces.slug', '=', slug)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst();
  return row?.id;
}
