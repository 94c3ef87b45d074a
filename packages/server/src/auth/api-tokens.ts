/**
 * API tokens for scripts and the CLI: `pf_` + 32 random bytes, shown once; the table keeps
 * its SHA-256. A token acts as its user on every route and needs no CSRF token.
 */
import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { newId } from '../store/tx.js';
import { AccountError } from './errors.js';
import { forgetToken } from './lookup-cache.js';
import { randomSecret, sha256 } from './secrets.js';
import { findUserByEmail, toUser, type User } from './users.js';

export const TOKEN_PREFIX = 'pf_';

export interface ApiToken {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
}

const toToken = (row: Row<'api_tokens'>): ApiToken => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});

/** Issues a token for a user; the returned `token` is the only copy of the secret. */
export async function issueApiToken(
  db: Db,
  userId: string,
  name: string,
  now: Date,
): Promise<ApiToken & { readonly token: string }> {
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  const row: Row<'api_tokens'> = {
    id: newId(),
    user_id: userId,
    name,
    token_hash: sha256(token),
    created_at: now.toISOString(),
    last_used_at: null,
  };
  await db.kysely.insertInto('api_tokens').values(row).execute();
  return { ...toToken(row), token };
}

/** For the CLI's `token create`: a new token for the user with this email. */
export async function createApiToken(
  db: Db,
  input: { readonly email: string; readonly name?: string },
  clock: () => Date = () => new Date(),
): Promise<string> {
  const user = await findUserByEmail(db.kysely, input.email);
  if (!user) {
    throw new AccountError('unknown_user', `no user has the email ${input.email}`, 'email');
  }
  const now = clock();
  const name = input.name?.trim() || `cli ${now.toISOString()}`;
  return (await issueApiToken(db, user.id, name, now)).token;
}

export async function listApiTokens(db: Db, userId: string): Promise<ApiToken[]> {
  const rows = await db.kysely
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
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

/** The user and token id of a bearer token, or undefined. */
export async function findTokenUser(
  db: Db,
  token: string,
  now: Date,
): Promise<{ readonly user: User; readonly tokenId: string } | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 128) return undefined;
  const row = await db.kysely
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.last_used_at',
      'users.id',
      'users.email',
      'users.name',
      'users.password_hash',
      'users.created_at',
    ])
    .where('api_tokens.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) return undefined;
  const last = row.last_used_at ? Date.parse(row.last_used_at) : 0;
  if (now.getTime() - last > TOUCH_INTERVAL_MS) {
    await db.kysely
      .updateTable('api_tokens')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', row.token_id)
      .execute();
  }
  const { token_id: tokenId, last_used_at: _, ...user } = row;
  return { user: toUser(user), tokenId };
}
