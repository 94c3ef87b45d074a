/**
 * Sign-in sessions, kept in the database so that any server process can serve any user.
 * The cookie holds a random 32-byte secret; the table holds only its SHA-256, so a copy
 * of the database holds no usable session. Each session has its own CSRF token.
 */
import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { forgetSession } from './lookup-cache.js';
import { randomSecret, sha256 } from './secrets.js';
import { toUser, type User } from './users.js';

export const SESSION_COOKIE = 'pf_session';

export interface NewSession {
  /** Goes into the cookie, and nowhere else. */
  readonly secret: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface ActiveSession {
  readonly id: string;
  readonly user: User;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export async function createSession(
  db: Db,
  userId: string,
  ttlSeconds: number,
  now: Date,
): Promise<NewSession> {
  const secret = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000).toISOString();
  await db.kysely
    .insertInto('sessions')
    .values({
      id: sha256(secret),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  // Expired sessions are swept on sign-in: cheap, and no timer to stop at shutdown.
  await db.kysely.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
  return { secret, csrfToken, expiresAt };
}

/** The live session whose cookie secret this is, with its user; undefined when none. */
export async function findSession(
  db: Db,
  secret: string,
  now: Date,
): Promise<ActiveSession | undefined> {
  if (secret.length === 0 || secret.length > 128) return undefined;
  const row = await db.kysely
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id',
      'users.email',
      'users.name',
      'users.password_hash',
      'users.created_at',
    ])
    .where('sessions.id', '=', sha256(secret))
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  const user: Row<'users'> = {
    id: row.id,
    email: row.email,
    name: row.name,
    password_hash: row.password_hash,
    created_at: row.created_at,
  };
  return {
    id: row.session_id,
    user: toUser(user),
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
  };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.kysely.deleteFrom('sessions').where('id', '=', sessionId).execute();
  forgetSession(db, sessionId);
}
