/** Accounts: create a user, find one by email, check a password. */
import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { AccountError } from '../store/account-errors.js';
import type { Trx } from '../store/tx.js';
import { newId, writeTransaction } from '../store/tx.js';
import { forgetUser } from './lookup-cache.js';
import { decoyHash, hashPassword, verifyPassword } from './password.js';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from './password-policy.js';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
}

export const toUser = (row: Row<'users'>): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  createdAt: row.created_at,
});

/** Emails compare case-insensitively and without surrounding blanks. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function checkEmail(email: string): string {
  const normal = normalizeEmail(email);
  if (normal.length > 254 || !EMAIL.test(normal)) {
    throw new AccountError('invalid', `"${email}" is not an email address`, 'email');
  }
  return normal;
}

/** Throws `AccountError('invalid', ..., 'password', 'password_<problem>')` for a password that may not be used. */
export function checkPassword(password: string, email?: string): void {
  const problem = passwordProblem(password, email);
  if (problem !== null) {
    throw new AccountError(
      'invalid',
      PASSWORD_PROBLEM_MESSAGES[problem],
      'password',
      `password_${problem}`,
    );
  }
}

export interface NewUser {
  readonly email: string;
  readonly password: string;
  readonly name?: string;
}

/** Creates an account; throws `AccountError` (`invalid`, `duplicate`). */
export async function createUser(db: Db, input: NewUser, clock: () => Date = db.clock) {
  const email = checkEmail(input.email);
  checkPassword(input.password, email);
  if (await findUserByEmail(db.kysely, email)) {
    throw new AccountError('duplicate', `a user with the email ${email} already exists`, 'email');
  }
  const row: Row<'users'> = {
    id: newId(),
    email,
    name: input.name?.trim() || email.split('@')[0] || email,
    password_hash: await hashPassword(input.password),
    created_at: clock().toISOString(),
  };
  try {
    await db.kysely.insertInto('users').values(row).execute();
  } catch (error) {
    // Two creations raced past the check above; the unique index decided.
    if (await findUserByEmail(db.kysely, email)) {
      throw new AccountError('duplicate', `a user with the email ${email} already exists`, 'email');
    }
    throw error;
  }
  return toUser(row);
}

/**
 * Sets a new password (CLI `user add` for an existing account, which is how an operator
 * resets one; a signed-in user's change) and ends every session and API token of the
 * account in the same transaction (ASVS V3.3.3): whoever held the old password or a token
 * taken with it is out. Returns the user's id.
 */
export async function setPassword(db: Db, email: string, password: string): Promise<string> {
  const user = await findUserByEmail(db.kysely, email);
  if (!user) throw new AccountError('unknown_user', `no user has the email ${email}`, 'email');
  checkPassword(password, user.email);
  const hash = await hashPassword(password);
  await writeTransaction(db, async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', user.id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await trx.deleteFrom('api_tokens').where('user_id', '=', user.id).execute();
  });
  forgetUser(db, user.id);
  return user.id;
}

export async function findUserByEmail(q: Trx, email: string): Promise<Row<'users'> | undefined> {
  return q
    .selectFrom('users')
    .selectAll()
    .where('email', '=', normalizeEmail(email))
    .executeTakeFirst();
}

export async function findUserById(q: Trx, id: string): Promise<Row<'users'> | undefined> {
  return q.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The user whose email and password these are, or undefined. Takes as long for an unknown
 * email as for a wrong password, so that timing does not reveal which accounts exist.
 */
export async function checkCredentials(
  db: Db,
  email: string,
  password: string,
): Promise<User | undefined> {
  const row = await findUserByEmail(db.kysely, email);
  const hash = row?.password_hash ?? (await decoyHash());
  const ok = await verifyPassword(password, hash);
  return ok && row?.password_hash ? toUser(row) : undefined;
}
