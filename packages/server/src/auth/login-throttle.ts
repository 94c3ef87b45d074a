/**
 * Sign-in throttling with exponential back-off (ASVS V2.2.1), counted twice: per client
 * address (so that one address cannot try many accounts: 40 emails from one address are
 * throttled after `perAddress` failures) and per account (so that many addresses cannot
 * hammer one account; counted by the email given, whether or not an account has it, so that
 * the answers say nothing about which accounts exist).
 *
 * Once a key has failed its allowance, it is locked for 1 s, then after each further
 * failure 2 s, 4 s, 8 s, ... up to `maxDelaySeconds`; while locked, sign-in answers 429
 * with Retry-After before any password is checked. A success clears its account's count
 * (not its address's: an attacker with one account of their own must not be able to reset
 * the count of the address they spray from). A key without failures for
 * 4 × `maxDelaySeconds` is forgotten.
 *
 * The counts live in the database (`login_throttle`), so every server process on it
 * shares them: more processes do not multiply the allowance. A failure is one atomic
 * upsert per key, so concurrent failures from several processes all count.
 */
import { sql } from 'kysely';
import type { Db } from '../db/connect.js';

export interface ThrottleSettings {
  /** Failures from one address before the first lock. */
  readonly perAddress: number;
  /** Failures for one account before the first lock. */
  readonly perAccount: number;
  /** The longest lock, in seconds. */
  readonly maxDelaySeconds: number;
}

/** The lock after `failures` failures of a key allowed `free` of them, in ms (0: none). */
export function lockAfter(failures: number, free: number, maxDelaySeconds: number): number {
  const over = failures - free;
  return over < 0 ? 0 : Math.min(2 ** over, maxDelaySeconds) * 1000;
}

export class LoginThrottle {
  constructor(
    private readonly db: Db,
    readonly settings: ThrottleSettings,
  ) {}

  #keys(address: string, email: string) {
    return [
      { key: `address:${address}`, free: this.settings.perAddress },
      { key: `account:${email}`, free: this.settings.perAccount },
    ];
  }

  /** Failures older than this are forgotten. */
  #forgetBefore(now: number): number {
    return now - 4 * this.settings.maxDelaySeconds * 1000;
  }

  /** Seconds to wait before this attempt may be tried, or 0 when it may go ahead now. */
  async retryAfter(address: string, email: string, now: number): Promise<number> {
    const rows = await this.db.kysely
      .selectFrom('login_throttle')
      .select(['locked_until'])
      .where(
        'key',
        'in',
        this.#keys(address, email).map((k) => k.key),
      )
      .where('last', '>=', this.#forgetBefore(now))
      .execute();
    const wait = Math.max(0, ...rows.map((r) => Number(r.locked_until) - now));
    return Math.ceil(wait / 1000);
  }

  async failed(address: string, email: string, now: number): Promise<void> {
    const forgetBefore = this.#forgetBefore(now);
    for (const { key, free } of this.#keys(address, email)) {
      const row = await this.db.kysely
        .insertInto('login_throttle')
        .values({ key, failures: 1, locked_until: 0, last: now })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql<number>`case when login_throttle.last < ${forgetBefore} then 1 else login_throttle.failures + 1 end`,
            last: now,
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      const lock = lockAfter(Number(row.failures), free, this.settings.maxDelaySeconds);
      if (lock > 0) {
        await this.db.kysely
          .updateTable('login_throttle')
          .set({ locked_until: now + lock })
          .where('key', '=', key)
          .execute();
      }
    }
    // Forgotten keys go, so the table holds only the recent failures.
    await this.db.kysely.deleteFrom('login_throttle').where('last', '<', forgetBefore).execute();
  }

  async succeeded(email: string): Promise<void> {
    await this.db.kysely
      .deleteFrom('login_throttle')
      .where('key', '=', `account:${email}`)
      .execute();
  }
}
