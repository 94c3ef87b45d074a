/**
 * Invitations that a person accepts (instead of an owner adding an existing account
 * silently). An owner invites an email with a role (and, for the `partner` role, the
 * partner it speaks for); the answer carries a one-time token, shown once, for the link the
 * owner sends. The table keeps only the token's SHA-256. The invitee accepts by
 * - setting a password, when no account has the email (the account is created), or
 * - proving to be that account: signed in as it, or giving its password.
 * An invitation is used once, expires (`invitationTtlSeconds`, 7 days by default) and can be
 * revoked. Inviting answers the same whether or not the email has an account, so the
 * answer tells an owner nothing about who has one.
 */
import type { Db } from '../db/connect.js';
import type { Role, Row } from '../db/schema.js';
import { AccountError } from '../store/account-errors.js';
import { newId, writeTransaction } from '../store/tx.js';
import { checkPartnerBinding, insertMember, listMembers } from './memberships.js';
import { randomSecret, sha256 } from './secrets.js';
import { checkCredentials, checkEmail, createUser, findUserByEmail, type User } from './users.js';

export interface Invitation {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly partner: string | null;
  readonly invitedBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly acceptedAt: string | null;
  readonly revokedAt: string | null;
}

const toInvitation = (row: Row<'invitations'>): Invitation => ({
  id: row.id,
  email: row.email,
  role: row.role,
  partner: row.partner_key,
  invitedBy: row.invited_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  acceptedAt: row.accepted_at,
  revokedAt: row.revoked_at,
});

export interface NewInvitation {
  readonly email: string;
  readonly role: Role;
  readonly partnerKey?: string | null;
}

export async function createInvitation(
  db: Db,
  workspaceId: string,
  input: NewInvitation,
  invitedBy: string,
  ttlSeconds: number,
  now: Date,
): Promise<Invitation & { readonly token: string }> {
  const email = checkEmail(input.email);
  const members = await listMembers(db, workspaceId);
  if (members.some((m) => m.email === email)) {
    throw new AccountError('duplicate', `${email} is already a member`, 'email');
  }
  const token = `pfi_${randomSecret()}`;
  const row = await writeTransaction(db, async (trx) => {
    const partnerKey = await checkPartnerBinding(trx, workspaceId, input.role, input.partnerKey);
    const values: Row<'invitations'> = {
      id: newId(),
      workspace_id: workspaceId,
      email,
      role: input.role,
      partner_key: partnerKey,
      token_hash: sha256(token),
      invited_by: invitedBy,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + ttlSeconds * 1000).toISOString(),
      accepted_at: null,
      revoked_at: null,
    };
    await trx.insertInto('invitations').values(values).execute();
    return values;
  });
  return { ...toInvitation(row), token };
}

/** The invitations of a workspace that can still be accepted, oldest first. */
export async function listPendingInvitations(
  db: Db,
  workspaceId: string,
  now: Date,
): Promise<Invitation[]> {
  const rows = await db.kysely
    .selectFrom('invitations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toInvitation);
}

/** Revokes a pending invitation; false when the workspace has no such pending one. */
export async function revokeInvitation(
  db: Db,
  workspaceId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const result = await db.kysely
    .updateTable('invitations')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface OpenInvitation extends Invitation {
  readonly workspaceId: string;
  readonly workspaceSlug: string;
  readonly workspaceName: string;
}

/** The pending invitation a token opens, or undefined (unknown, used, revoked or expired). */
export async function findInvitation(
  db: Db,
  token: string,
  now: Date,
): Promise<OpenInvitation | undefined> {
  if (!token.startsWith('pfi_') || token.length > 128) return undefined;
  const row = await db.kysely
    .selectFrom('invitations')
    .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
    .selectAll('invitations')
    .select(['workspaces.slug as workspace_slug', 'workspaces.name as workspace_name'])
    .where('invitations.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.accepted_at !== null || row.revoked_at !== null) return undefined;
  if (row.expires_at <= now.toISOString()) return undefined;
  const { workspace_slug, workspace_name, ...invitation } = row;
  return {
    ...toInvitation(invitation),
    workspaceId: invitation.workspace_id,
    workspaceSlug: workspace_slug,
    workspaceName: workspace_name,
  };
}

export interface AcceptInput {
  readonly token: string;
  /** The new account's password, or the existing account's (when not signed in). */
  readonly password?: string;
  readonly name?: string;
  /** The signed-in caller, when there is one. */
  readonly caller?: User;
}

export const INVALID_INVITATION =
  'the invitation is not valid: it was used, revoked or has expired';

/**
 * Accepts an invitation: the invitee becomes a member with the invited role. Throws
 * `AccountError` `not_member` (404) for a token that opens nothing, `invalid` for a missing
 * or weak password, `forbidden` when the caller is signed in as someone else and
 * `invalid_credentials` for a wrong password of an existing account.
 */
export async function acceptInvitation(
  db: Db,
  input: AcceptInput,
  now: Date,
): Promise<{
  readonly invitation: OpenInvitation;
  readonly user: User;
  readonly created: boolean;
}> {
  const invitation = await findInvitation(db, input.token, now);
  if (!invitation) throw new AccountError('not_member', INVALID_INVITATION);
  let user: User | undefined;
  let created = false;
  if (input.caller !== undefined) {
    if (input.caller.email !== invitation.email) {
      throw new AccountError(
        'forbidden',
        `this invitation is for another email; sign out and accept it as ${invitation.email}`,
      );
    }
    user = input.caller;
  } else {
    if (input.password === undefined || input.password === '') {
      throw new AccountError('invalid', 'give a password to accept the invitation', 'password');
    }
    if (await findUserByEmail(db.kysely, invitation.email)) {
      user = await checkCredentials(db, invitation.email, input.password);
      if (!user) throw new AccountError('invalid_credentials', 'wrong email or password');
    } else {
      user = await createUser(db, {
        email: invitation.email,
        password: input.password,
        ...(input.name ? { name: input.name } : {}),
      });
      created = true;
    }
  }
  // Marked used first, so that two acceptances racing each other cannot both pass.
  const claimed = await db.kysely
    .updateTable('invitations')
    .set({ accepted_at: now.toISOString() })
    .where('id', '=', invitation.id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0)
    throw new AccountError('not_member', INVALID_INVITATION);
  const members = await listMembers(db, invitation.workspaceId);
  if (!members.some((m) => m.email === invitation.email)) {
    await insertMember(
      db,
      invitation.workspaceId,
      { email: invitation.email, role: invitation.role, partnerKey: invitation.partner },
      invitation.email,
    );
  }
  return { invitation, user, created };
}
