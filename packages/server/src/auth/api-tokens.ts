/**
 * API tokens for scripts and the CLI: `pf_` + 32 random bytes, shown once; the table keeps
 * its SHA-256. A token acts as its user (needing no CSRF token) within its limits: it
 * expires (`config.tokenTtlSeconds`, 90 days by default), a `read` token only reads, and a
 * token bound to a workspace reaches no other (the guard enforces both).
 */
import type { Db } from '../db/connect.js';
import type { Row, TokenScope } from '../db/schema.js';
import { AccountError } from '../store/account-errors.js';
import { newId } from '../store/tx.js';
import { forgetToken } from './lookup-cache.js';
import { randomSecret, sha256 } from './secrets.js';
import { findUserByEmail, toUser, type User } from './users.js';

export const TOKEN_PREFIX = 'pf_';
/** The default lifetime of a token: 90 days. */
export const DEFAULT_TOKEN_TTL_SECONDS = 90 * 86_400;

export interface ApiToken {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly expiresAt: string | null;
  readonly scope: TokenScope;
  /** The slug of the one workspace the token may reach; null for all of the user's. */
  readonly workspace: string | null;
}

export interface TokenLimits {
  readonly scope?: TokenScope;
  /** Id of the one workspace the token may reach. */
  readonly workspaceId?: string | null;
  /** Seconds until the token expires. */
  readonly ttlSeconds?: number;
}

type TokenRow = Row<'api_tokens'> & { readonly workspace_slug: string | null };

const toToken = (row: TokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
  scope: row.scope,
  workspace: row.workspace_slug,
});

/** Issues a token for a user; the returned `token` is the only copy of the secret. */
export async function issueApiToken(
  db: Db,
  userId: string,
  name: string,
  now: Date,
  limits: TokenLimits = {},
): Promise<ApiToken & { readonly token: string }> {
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  const ttl = limits.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const row: Row<'api_tokens'> = {
    id: newId(),
    user_id: userId,
    name,
    token_hash: sha256(token),
    created_at: now.toISOString(),
    last_used_at: null,
    expires_at: new Date(now.getTime() + ttl * 1000).toISOString(),
    scope: limits.scope ?? 'write',
    workspace_id: limits.workspaceId ?? null,
  };
  await db.kysely.insertInto('api_tokens').values(row).execute();
  const slug = row.workspace_id
    ? ((
        await db.kysely
          .selectFrom('workspaces')
          .select('slug')
          .where('id', '=', row.workspace_id)
          .executeTakeFirst()
      )?.slug ?? null)
    : null;
  return { ...toToken({ ...row, workspace_slug: slug }), token };
}

export interface CreateTokenInput {
  readonly email: string;
  readonly name?: string;
  readonly scope?: TokenScope;
  /** Slug of the one workspace the token may reach; the user must be a member. */
  readonly workspace?: string;
  readonly ttlSeconds?: number;
}

/** For the CLI's `token create`: a new token for the user with this email. */
export async function createApiToken(
  db: Db,
  input: CreateTokenInput,
  clock: () => Date = db.clock,
): Promise<string> {
  const user = await findUserByEmail(db.kysely, input.email);
  if (!user) {
    throw new AccountError('unknown_user', `no user has the email ${input.email}`, 'email');
  }
  let workspaceId: string | null = null;
  if (input.workspace !== undefined) {
    const member = await db.kysely
      .selectFrom('memberships')
      .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
      .select('workspaces.id')
      .where('workspaces.slug', '=', input.workspace)
      .where('memberships.user_id', '=', user.id)
      .executeTakeFirst();
    if (!member) {
      throw new AccountError(
        'not_member',
        `${user.email} is not a member of the workspace ${input.workspace}`,
        'workspace',
      );
    }
    workspaceId = member.id;
  }
  const now = clock();
  const name = input.name?.trim() || `cli ${now.toISOString()}`;
  const issued = await issueApiToken(db, user.id, name, now, {
    ...(input.scope ? { scope: input.scope } : {}),
    workspaceId,
    ...(input.ttlSeconds === undefined ? {} : { ttlSeconds: input.ttlSeconds }),
  });
  return issued.token;
}

export async function listApiTokens(db: Db, userId: string): Promise<ApiToken[]> {
  const rows = await db.kysely
    .selectFrom('api_tokens')
    .leftJoin('workspaces', 'workspaces.id', 'api_tokens.workspace_id')
    .selectAll('api_tokens')
    .select('workspaces.slug as workspace_slug')
    .where('api_tokens.user_id', '=', userId)
    .orderBy('api_tokens.created_at')
    .orderBy('api_tokens.id')
    .execute();
  return rows.map(toToken);
}

/** Revokes one of the user's tokens; false when the user has no token with that id. */
export async function revokeApiToken(db: Db, userId: string, tokenId: string): Promise<boolean> {
  const result = await db.kysely
    .deleteFrom('api_tokens')
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  forgetToken(db, tokenId);
  return Number(result.numDeletedRows) > 0;
}

/** Writing `last_used_at` on every request would make each read a write; once a minute will do. */
const TOUCH_INTERVAL_MS = 60_000;

export interface TokenHolder {
  readonly user: User;
  readonly tokenId: string;
  readonly scope: TokenScope;
  readonly workspaceId: string | null;
  readonly expiresAt: string | null;
}

/** The user and limits of a live bearer token, or undefined (unknown, revoked or expired). */
export async function findTokenUser(
  db: Db,
  token: string,
  now: Date,
): Promise<TokenHolder | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 128) return undefined;
  const row = await db.kysely
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.last_used_at',
      'api_tokens.expires_at',
      'api_tokens.scope',
      'api_tokens.workspace_id',
      'users.id',
      'users.email',
      'users.name',
      'users.password_hash',
      'users.created_at',
    ])
    .where('api_tokens.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.expires_at !== null && row.expires_at <= now.toISOString()) return undefined;
  const last = row.last_used_at ? Date.parse(row.last_used_at) : 0;
  if (now.getTime() - last > TOUCH_INTERVAL_MS) {
    await db.kysely
      .updateTable('api_tokens')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', row.token_id)
      .execute();
  }
  const {
    token_id: tokenId,
    last_used_at: _,
    expires_at: expiresAt,
    scope,
    workspace_id: workspaceId,
    ...user
  } = row;
  return { user: toUser(user), tokenId, scope, workspaceId, expiresAt };
}
