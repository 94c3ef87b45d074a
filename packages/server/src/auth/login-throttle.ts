/**
 * Sign-in throttling with exponential back-off (ASVS V2.2.1), counted twice: per client
 * address (so that one address cannot try many accounts: 40 emails from one address are
 * throttled after `perAddress` failures) and per account (so that many addresses cannot
 * hammer one account; counted by the email given, whether or not an account has it, so that
 * the answers say nothing about which accounts exist).
 *
 * Once a key has failed its allowance, it is locked for 1 s, then after each further
 * failure 2 s, 4 s, 8 s, ... up to `maxDelaySeconds`; while locked, sign-in answers 429 with Retry-After before any
 * password is checked. A success clears its account's count (not its address's: an
 * attacker with one account of their own must not be able to reset the count of the
 * address they spray from). A key without failures for 4 × `maxDelaySeconds` is forgotten.
 *
 * The counts live in this process's memory: behind several server processes each counts
 * on its own, so the effective limit is multiplied by their number (docs/security.md).
 */
export interface ThrottleSettings {
  /** Failures from one address before the first lock. */
  readonly perAddress: number;
  /** Failures for one account before the first lock. */
  readonly perAccount: number;
  /** The longest lock, in seconds. */
  readonly maxDelaySeconds: number;
}

interface Entry {
  failures: number;
  lockedUntil: number;
  last: number;
}

const MAX_KEYS = 100_000;

export class LoginThrottle {
  readonly #entries = new Map<string, Entry>();

  constructor(readonly settings: ThrottleSettings) {}

  #keys(address: string, email: string) {
    return [
      { key: `address\u0000${address}`, free: this.settings.perAddress },
      { key: `account\u0000${email}`, free: this.settings.perAccount },
    ];
  }

  /** Seconds to wait before this attempt may be tried, or 0 when it may go ahead now. */
  retryAfter(address: string, email: string, now: number): number {
    let wait = 0;
    for (const { key } of this.#keys(address, email)) {
      const entry = this.#live(key, now);
      if (entry && entry.lockedUntil > now) wait = Math.max(wait, entry.lockedUntil - now);
    }
    return Math.ceil(wait / 1000);
  }

  failed(address: string, email: string, now: number): void {
    for (const { key, free } of this.#keys(address, email)) {
      const entry = this.#live(key, now) ?? { failures: 0, lockedUntil: 0, last: now };
      entry.failures += 1;
      entry.last = now;
      const over = entry.failures - free;
      if (over >= 0) {
        const delay = Math.min(2 ** over, this.settings.maxDelaySeconds) * 1000;
        entry.lockedUntil = now + delay;
      }
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    while (this.#entries.size > MAX_KEYS) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  succeeded(email: string): void {
    this.#entries.delete(`account\u0000${email}`);
  }

  #live(key: string, now: number): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry && now - entry.last > 4 * this.settings.maxDelaySeconds * 1000) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
